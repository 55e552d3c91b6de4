/**
 * Applying: runs a plan's writes in dependency order (connections, enabled clients, SCIM configurations, deletions) through the `ConnectionsService` (and so through its rate
 * limiter, retries and duplicate-safe create).
 *
 * A saved plan is applied only when it still holds: same tenant, same desired state (by hash), no target changed
 * since (by `updated_at` when Auth0 sends one, else by fingerprint), and planning again gives the same actions
 * (a secret that changed since the plan shows here). Every check runs before the first write.
 *
 * After an interruption or a failure, planning again shows exactly what remains, and applying again converges.
 *
 * @since 0.0.0
 */
import type { ConnectionsError } from "@effect-auth0/http/ConnectionsError"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import { MAX_CLIENTS_PER_PATCH } from "@effect-auth0/domain/EnabledClients"
import { UpdateConnection } from "@effect-auth0/domain/ConnectionRequest"
import { UpdateScimConfiguration } from "@effect-auth0/domain/Scim"
import type { ClientId, ConnectionId } from "@effect-auth0/domain/Identifiers"
import * as Validation from "@effect-auth0/domain/Validation"
import type * as FileSystem from "@effect/platform/FileSystem"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import type * as ClientDirectory from "./ClientDirectory.js"
import type { DesiredState } from "./DesiredState.js"
import { canonical } from "./internal/canonical.js"
import { DESCEND, rewrite } from "./internal/json.js"
import * as Plan from "./Plan.js"
import type { PlanDocument } from "./PlanDocument.js"
import { DriftDetected, PlanRejected } from "./SyncError.js"

/**
 * One finished write.
 *
 * @since 0.0.0
 */
export interface Progress {
  readonly done: number
  readonly total: number
  /** e.g. `create acme-google`, `enabled clients acme-google (+2 -1)`. */
  readonly step: string
}

/**
 * How to apply.
 *
 * @since 0.0.0
 */
export interface ApplyOptions {
  /** Replacements delete a connection (and its users): refused unless allowed. */
  readonly allowReplace?: boolean | undefined
  /** Writes in flight at once within a phase (default 4); the client's rate limiter paces them. */
  readonly concurrency?: number | undefined
  readonly onProgress?: ((progress: Progress) => Effect.Effect<void>) | undefined
}

/**
 * What an apply did.
 *
 * @since 0.0.0
 */
export interface ApplyResult {
  readonly document: PlanDocument
  readonly writes: number
}

/**
 * Errors of applying (planning's included).
 *
 * @since 0.0.0
 */
export type ApplyError = Plan.PlanError | ConnectionsError | DriftDetected | PlanRejected

/**
 * Checks a saved plan against a fresh plan of the same desired state; fails before any write when it no longer
 * holds.
 *
 * @since 0.0.0
 */
export const check = (saved: PlanDocument, desired: DesiredState, fresh: Plan.Plan): Effect.Effect<void, PlanRejected | DriftDetected> =>
  Effect.suspend((): Effect.Effect<void, PlanRejected | DriftDetected> => {
    if (saved.tenant !== fresh.document.tenant) {
      return Effect.fail(new PlanRejected({ reason: "Tenant", detail: `the plan was made for ${saved.tenant}, not ${fresh.document.tenant}` }))
    }
    if (saved.desiredState.hash !== desired.hash) {
      return Effect.fail(
        new PlanRejected({
          reason: "DesiredState",
          detail: `the plan was made from another version of the desired state (${saved.desiredState.file} ${saved.desiredState.hash}; ${desired.file} is now ${desired.hash}); plan again`
        })
      )
    }
    const drift: Array<{ connection: string; detail: string }> = []
    for (const action of saved.actions) {
      const now = fresh.targets.get(action.connection.toLowerCase())
      if (action._tag === "create") {
        if (now !== undefined) drift.push({ connection: action.connection, detail: `created by someone else (${now.id})` })
        continue
      }
      const then = action.target
      if (then === undefined) continue
      if (now === undefined || now.id !== then.id) drift.push({ connection: action.connection, detail: `${then.id} was deleted or replaced` })
      else if (then.updated_at !== null && now.updated_at !== null && then.updated_at !== now.updated_at) {
        drift.push({ connection: action.connection, detail: `updated_at ${then.updated_at} → ${now.updated_at}` })
      } else if (now.fingerprint !== then.fingerprint) drift.push({ connection: action.connection, detail: `its settings or enabled clients changed (${then.fingerprint} → ${now.fingerprint})` })
    }
    if (drift.length > 0) return Effect.fail(new DriftDetected({ targets: drift }))
    if (saved.prune !== fresh.document.prune || canonical(saved.actions) !== canonical(fresh.document.actions)) {
      const changed = fresh.document.actions.filter((a) => !saved.actions.some((s) => canonical(s) === canonical(a))).map((a) => `${a._tag} ${a.connection}`)
      return Effect.fail(
        new PlanRejected({
          reason: "Mismatch",
          detail: `planning again no longer gives the saved plan (${changed.length > 0 ? `now: ${changed.join(", ")}` : "actions removed"}); a secret or the tenant changed: plan again`
        })
      )
    }
    return Effect.void
  })

const unwrap = (value: unknown): unknown => rewrite(value, (node) => (Redacted.isRedacted(node) ? Redacted.value(node) : DESCEND))

// The schemas' messages quote the offending value, which may be a resolved secret: only paths are reported.
const invalidWrite = (connection: string, issues: ReadonlyArray<Validation.Issue>) =>
  new PlanRejected({
    reason: "Mismatch",
    detail: `connection "${connection}": the write is invalid once secrets are resolved at ${issues.map((i) => Validation.formatPath(i.path)).join(", ")} (check the referenced values)`
  })

const decodeUpdate = Schema.decodeUnknownEither(UpdateConnection)
const decodeScimUpdate = Schema.decodeUnknownEither(UpdateScimConfiguration)

const describe = (step: Plan.Step): string =>
  step._tag === "EnabledClients"
    ? `enabled clients ${step.connection} (+${step.add.length} -${step.remove.length})`
    : step._tag === "Scim"
    ? `${step.change} SCIM configuration ${step.connection}`
    : `${step._tag.toLowerCase()} ${step.connection}`

/**
 * Runs a plan's writes, phase by phase. Refuses replacements unless `allowReplace`.
 *
 * @since 0.0.0
 */
export const execute = (plan: Plan.Plan, options: ApplyOptions = {}): Effect.Effect<ApplyResult, ApplyError, ConnectionsService> =>
  Effect.gen(function*() {
    if (plan.document.summary.replace > 0 && options.allowReplace !== true) {
      const names = plan.document.actions.filter((a) => a._tag === "replace").map((a) => a.connection)
      return yield* new PlanRejected({
        reason: "Replace",
        detail: `replacing ${names.join(", ")} deletes the connection and its users before creating it again; allow it explicitly (--allow-replace)`
      })
    }
    const service = yield* ConnectionsService
    const created = new Map<string, ConnectionId>()
    const total = plan.phases.reduce((n, phase) => n + phase.length, 0)
    const done = yield* Ref.make(0)
    const run = (step: Plan.Step): Effect.Effect<void, ApplyError> => {
      switch (step._tag) {
        case "Create": {
          const body = Validation.decodeCreateConnection(unwrap(step.body))
          if (Either.isLeft(body)) return Effect.fail(invalidWrite(step.connection, body.left))
          return Effect.map(service.create(body.right), (c) => void created.set(step.connection.toLowerCase(), c.id))
        }
        case "Update": {
          const patch = decodeUpdate(step.patch)
          if (Either.isLeft(patch)) return Effect.fail(invalidWrite(step.connection, Validation.issuesOf(patch.left)))
          return Effect.asVoid(service.update(step.id, patch.right))
        }
        case "Delete":
          return Effect.asVoid(service.delete(step.id))
        case "EnabledClients": {
          const id = step.id ?? created.get(step.connection.toLowerCase())
          if (id === undefined) return Effect.fail(new PlanRejected({ reason: "Mismatch", detail: `connection "${step.connection}" was not created` }))
          const changes = [
            ...step.add.map((client_id: ClientId) => ({ client_id, status: true })),
            ...step.remove.map((client_id: ClientId) => ({ client_id, status: false }))
          ]
          const chunks = Array.from({ length: Math.ceil(changes.length / MAX_CLIENTS_PER_PATCH) }, (_, i) =>
            changes.slice(i * MAX_CLIENTS_PER_PATCH, (i + 1) * MAX_CLIENTS_PER_PATCH))
          return Effect.forEach(chunks, (chunk) => service.updateEnabledClients(id, chunk), { discard: true })
        }
        case "Scim": {
          const id = step.id ?? created.get(step.connection.toLowerCase())
          if (id === undefined) return Effect.fail(new PlanRejected({ reason: "Mismatch", detail: `connection "${step.connection}" was not created` }))
          if (step.change === "delete") return service.deleteScimConfiguration(id)
          if (step.change === "create") return Effect.asVoid(service.createScimConfiguration(id, step.body))
          const body = decodeScimUpdate(step.body)
          if (Either.isLeft(body)) return Effect.fail(invalidWrite(step.connection, Validation.issuesOf(body.left)))
          return Effect.asVoid(service.updateScimConfiguration(id, body.right))
        }
      }
    }
    for (const phase of plan.phases) {
      yield* Effect.forEach(phase, (step) =>
        run(step).pipe(
          Effect.withSpan("Apply.step", { attributes: { step: describe(step) } }),
          Effect.zipRight(Ref.updateAndGet(done, (n) => n + 1)),
          Effect.flatMap((n) => options.onProgress?.({ done: n, total, step: describe(step) }) ?? Effect.void)
        ), { concurrency: options.concurrency ?? 4, discard: true })
    }
    return { document: plan.document, writes: yield* Ref.get(done) }
  }).pipe(Effect.withSpan("Apply.execute"))

/**
 * Plans and applies; with `saved`, applies that saved plan only if it still holds (see {@link check}).
 *
 * @since 0.0.0
 */
export const run = (
  desired: DesiredState,
  options: ApplyOptions & Plan.PlanOptions & { readonly saved?: PlanDocument | undefined }
): Effect.Effect<ApplyResult, ApplyError, ConnectionsService | ClientDirectory.ClientDirectory | FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fresh = yield* Plan.make(desired, { tenant: options.tenant, prune: options.saved?.prune ?? options.prune })
    if (options.saved !== undefined) yield* check(options.saved, desired, fresh)
    return yield* execute(fresh, options)
  }).pipe(Effect.withSpan("Apply.run"))
