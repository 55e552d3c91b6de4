/**
 * `Sync`: config as code for connections as one service (plan, apply, export) over a `ConnectionsService`, a
 * `ClientDirectory` and a `FileSystem` (for `{ file: … }` secrets). Swapping any of them is one layer.
 *
 * @since 0.0.0
 */
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Apply from "./Apply.js"
import { ClientDirectory } from "./ClientDirectory.js"
import type { DesiredState } from "./DesiredState.js"
import * as Export from "./Export.js"
import * as Plan from "./Plan.js"
import type { PlanDocument } from "./PlanDocument.js"

/**
 * The service.
 *
 * @since 0.0.0
 */
export interface Service {
  readonly plan: (desired: DesiredState, options: Plan.PlanOptions) => Effect.Effect<Plan.Plan, Plan.PlanError>
  /** Plans and applies; with `saved`, applies that plan only if it still holds. */
  readonly apply: (
    desired: DesiredState,
    options: Apply.ApplyOptions & Plan.PlanOptions & { readonly saved?: PlanDocument | undefined }
  ) => Effect.Effect<Apply.ApplyResult, Apply.ApplyError>
  /** Runs a plan made by {@link Service.plan} (e.g. after a person confirmed it). */
  readonly execute: (plan: Plan.Plan, options?: Apply.ApplyOptions) => Effect.Effect<Apply.ApplyResult, Apply.ApplyError>
  readonly export: (options?: Export.ExportOptions) => Effect.Effect<Export.ExportResult, Export.ExportError>
}

/**
 * The service tag.
 *
 * @since 0.0.0
 */
export class Sync extends Context.Tag("@effect-auth0/sync/Sync")<Sync, Service>() {}

/**
 * The service over the context's connections, client directory and file system.
 *
 * @since 0.0.0
 */
export const make: Effect.Effect<Service, never, ConnectionsService | ClientDirectory | FileSystem.FileSystem> = Effect.map(
  Effect.context<ConnectionsService | ClientDirectory | FileSystem.FileSystem>(),
  (context): Service => ({
    plan: (desired, options) => Effect.provide(Plan.make(desired, options), context),
    apply: (desired, options) => Effect.provide(Apply.run(desired, options), context),
    execute: (plan, options) => Effect.provide(Apply.execute(plan, options), context),
    export: (options) => Effect.provide(Export.run(options), context)
  })
)

/**
 * {@link make} as a layer.
 *
 * @since 0.0.0
 */
export const layer: Layer.Layer<Sync, never, ConnectionsService | ClientDirectory | FileSystem.FileSystem> = Layer.effect(Sync, make)
