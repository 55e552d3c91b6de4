/**
 * @since 0.0.0
 */
/** @since 0.0.0 */
export * as Cli from "./Cli.js"
/** @since 0.0.0 */
export * as Render from "./Render.js"
/** @since 0.0.0 */
export * as Settings from "./Settings.js"
