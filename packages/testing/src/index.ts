/**
 * `@effect-auth0/testing`: the Auth0 connections engine and the in-memory `ConnectionsService` fake.
 *
 * @since 0.0.0
 */

/** The Auth0 connections engine (wire-level semantics over an in-memory store). @since 0.0.0 */
export * as Engine from "./Engine.js"
/** The in-memory `ConnectionsService` fake, built on the engine. @since 0.0.0 */
export * as ConnectionsMemory from "./ConnectionsMemory.js"
