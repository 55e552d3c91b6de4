/**
 * @since 0.0.0
 */
/** @since 0.0.0 */
export * as DefinitionCheck from "./DefinitionCheck.js"
/** @since 0.0.0 */
export * as SourceFile from "./SourceFile.js"
/** @since 0.0.0 */
export * as ClientDirectory from "./ClientDirectory.js"
/** @since 0.0.0 */
export * as DesiredState from "./DesiredState.js"
/** @since 0.0.0 */
export * as Plan from "./Plan.js"
/** @since 0.0.0 */
export * as PlanDocument from "./PlanDocument.js"
/** @since 0.0.0 */
export * as SecretRef from "./SecretRef.js"
/** @since 0.0.0 */
export * as SyncError from "./SyncError.js"
/** @since 0.0.0 */
export * as Apply from "./Apply.js"
/** @since 0.0.0 */
export * as Export from "./Export.js"
/** @since 0.0.0 */
export * as Sync from "./Sync.js"
