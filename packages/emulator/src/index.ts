/**
 * `@effect-auth0/emulator`: a local Auth0 Management API emulator for connections.
 *
 * @since 0.0.0
 */

/** The HTTP server, its in-process layer and the Promise API. @since 0.0.0 */
export * as Emulator from "./Emulator.js"
/** Fault scripting rules. @since 0.0.0 */
export * as Fault from "./Fault.js"
/** Command-line options. @since 0.0.0 */
export * as Cli from "./Cli.js"
/** An emulator and a `ConnectionsService` pointed at it, in one layer. @since 0.0.0 */
export * as EmulatorClient from "./EmulatorClient.js"
