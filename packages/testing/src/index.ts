/**
 * `@effect-auth0/testing`: the in-memory `ConnectionsService` fake: the real HTTP client over an in-process
 * transport to the engine (`@effect-auth0/engine`).
 *
 * @since 0.0.0
 */

/** The in-memory `ConnectionsService` fake, built on the engine. @since 0.0.0 */
export * as ConnectionsMemory from "./ConnectionsMemory.js"
/** An `HttpClient` answered by an engine in memory (no sockets). @since 0.0.0 */
export * as EngineHttpClient from "./EngineHttpClient.js"
