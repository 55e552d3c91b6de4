/**
 * `@effect-auth0/http`: the `ConnectionsService` over Auth0's Management API, with typed errors.
 *
 * @since 0.0.0
 */

/** The service tag and its interface. @since 0.0.0 */
export * as ConnectionsService from "./ConnectionsService.js"
/** The HTTP implementation: `make`, `layer`, `layerConfig`, options and configuration. @since 0.0.0 */
export * as ConnectionsHttp from "./ConnectionsHttp.js"
/** Typed errors and the status → error mapping. @since 0.0.0 */
export * as ConnectionsError from "./ConnectionsError.js"
/** Rate-limit state. @since 0.0.0 */
export * as RateLimit from "./RateLimit.js"
/** Access tokens: static or client credentials with caching. @since 0.0.0 */
export * as TokenProvider from "./TokenProvider.js"
