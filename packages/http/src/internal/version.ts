/**
 * The package version sent in the `Auth0-Client` telemetry header. Kept in code (not read from package.json) so
 * the library needs neither JSON imports nor Node's `fs`; bump it together with package.json.
 */
export const VERSION = "0.0.0"

/** The library name sent in the `Auth0-Client` telemetry header. */
export const NAME = "effect-auth0"
