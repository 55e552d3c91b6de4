/**
 * @since 0.0.0
 */
/** @since 0.0.0 */
export * as DefinitionCheck from "./DefinitionCheck.js"
/** @since 0.0.0 */
export * as SourceFile from "./SourceFile.js"
