/**
 * `@effect-auth0/engine`: Auth0's semantics for `/api/v2/connections…` over an in-memory store, served by the
 * emulator over HTTP and by the fake (`@effect-auth0/testing`) over an in-process transport.
 *
 * @since 0.0.0
 */

/** The Auth0 connections engine (wire-level semantics over an in-memory store). @since 0.0.0 */
export * as Engine from "./Engine.js"
