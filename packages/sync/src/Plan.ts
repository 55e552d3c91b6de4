/**
 * Planning: compares desired state with the tenant and lists what applying would do.
 *
 * - Only declared keys are compared; live values not declared are listed apart as server defaults.
 * - `options` (and any object field) are merged into the live object, so a write carries the whole merged object
 *   (Auth0's PATCH replaces `options` wholesale).
 * - Enabled clients are resolved from names to ids through `ClientDirectory`; an unknown or ambiguous name fails
 *   the plan.
 * - A strategy change is a replacement (Auth0 cannot change a strategy): delete, then create.
 * - Deletion only with `prune`, and only of live connections inside the desired state's `managed` set.
 * - Reads are list pages (100 connections a request) plus the client directory; enabled-clients pages only for a
 *   connection whose list item lacks them.
 *
 * Secret references are resolved in memory to compare their hash with the live value; the plan holds only hashes.
 *
 * @since 0.0.0
 */
import type { ClientId, ConnectionId } from "@effect-auth0/domain/Identifiers"
import type { CreateScimConfiguration } from "@effect-auth0/domain/Scim"
import type { CommonError } from "@effect-auth0/http/ConnectionsError"
import { type ByIdError, ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as Validation from "@effect-auth0/domain/Validation"
import type * as FileSystem from "@effect/platform/FileSystem"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as ClientDirectory from "./ClientDirectory.js"
import type { DesiredConnection, DesiredState } from "./DesiredState.js"
import { isManaged } from "./DesiredState.js"
import { covers, diff, merge, undeclared } from "./internal/diff.js"
import { getAt, setAt } from "./internal/json.js"
import { type LiveConnection, readConnections, withTarget } from "./internal/live.js"
import type { Action, ClientLabel, PlanDocument, Target } from "./PlanDocument.js"
import { FORMAT } from "./PlanDocument.js"
import * as SecretRef from "./SecretRef.js"
import { ClientsUnresolved, PlanRejected, SecretUnavailable, type UnresolvedSecret } from "./SyncError.js"

/**
 * What to plan against.
 *
 * @since 0.0.0
 */
export interface PlanOptions {
  /** The tenant (its domain or base URL): recorded in the plan, checked by apply. */
  readonly tenant: string
  /** Delete live connections of the managed set that are not declared. */
  readonly prune?: boolean | undefined
}

/**
 * One write of an apply, with secrets as `Redacted` (never in a plan file).
 *
 * @since 0.0.0
 */
export type Step =
  | { readonly _tag: "Create"; readonly connection: string; readonly body: { readonly [key: string]: unknown } }
  | { readonly _tag: "Update"; readonly connection: string; readonly id: ConnectionId; readonly patch: { readonly [key: string]: unknown } }
  | { readonly _tag: "Delete"; readonly connection: string; readonly id: ConnectionId }
  | {
    readonly _tag: "EnabledClients"
    readonly connection: string
    /** Absent for a connection created earlier in the same apply. */
    readonly id: ConnectionId | undefined
    readonly add: ReadonlyArray<ClientId>
    readonly remove: ReadonlyArray<ClientId>
  }
  | {
    readonly _tag: "Scim"
    readonly connection: string
    /** Absent for a connection created earlier in the same apply. */
    readonly id: ConnectionId | undefined
    readonly change: "create" | "update" | "delete"
    readonly body: CreateScimConfiguration
  }

/**
 * A plan: the document (what a plan file holds) and the writes in dependency order, phase by phase: replacements'
 * deletes, then creates and updates, then enabled clients, then SCIM configurations, then deletions.
 *
 * @since 0.0.0
 */
export interface Plan {
  readonly document: PlanDocument
  readonly phases: ReadonlyArray<ReadonlyArray<Step>>
  /** The state of every live connection the plan looked at, by lower-cased name. */
  readonly targets: ReadonlyMap<string, Target>
}

/**
 * Errors of planning.
 *
 * @since 0.0.0
 */
export type PlanError = CommonError | ByIdError | ClientsUnresolved | SecretUnavailable | PlanRejected

/** Fields that identify a connection or are read-only: never server defaults, never written. */
const IDENTITY: ReadonlySet<string> = new Set(["id", "name", "strategy", "enabled_clients", "provisioning_ticket_url", "updated_at", "created_at"])

/** A declared connection with its secrets resolved into `Redacted` values. */
interface Resolved {
  readonly desired: DesiredConnection
  readonly declared: { readonly [key: string]: unknown }
  readonly references: ReadonlyMap<string, string>
}

/** Resolves every secret of every connection; fails with all the references that cannot be resolved. */
const resolveSecrets = (desired: DesiredState): Effect.Effect<ReadonlyArray<Resolved>, SecretUnavailable, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const unresolved: Array<typeof UnresolvedSecret.Type> = []
    const resolved = yield* Effect.forEach(desired.connections, (connection) =>
      Effect.reduce(connection.secrets, { desired: connection, declared: connection.declared, references: new Map<string, string>() }, (acc, slot) => {
        const path = Validation.formatPath(slot.path)
        if (slot.ref === undefined) {
          acc.references.set(path, "(in the file)")
          return Effect.succeed({ ...acc, declared: setAt(acc.declared, slot.path, Redacted.make(String(getAt(acc.declared, slot.path)))) })
        }
        acc.references.set(path, SecretRef.describe(slot.ref))
        return SecretRef.resolve(slot.ref, desired.baseDir).pipe(
          Effect.map((value) => ({ ...acc, declared: setAt(acc.declared, slot.path, value) })),
          Effect.catchAll((e) => Effect.sync(() => (unresolved.push({ connection: connection.name, path, reference: e.reference, reason: e.reason }), acc)))
        )
      }))
    const [first, ...rest] = unresolved
    if (first !== undefined) return yield* new SecretUnavailable({ secrets: [first, ...rest] })
    return resolved
  })

/** Client ids by connection name (lower-cased) for every connection that declares its enabled clients. */
const resolveClients = (
  connections: ReadonlyArray<DesiredConnection>,
  directory: ClientDirectory.Index
): Effect.Effect<ReadonlyMap<string, ReadonlyArray<ClientId>>, ClientsUnresolved> => {
  const out = new Map<string, ReadonlyArray<ClientId>>()
  const problems: Array<ClientsUnresolved["problems"][number]> = []
  for (const connection of connections) {
    if (connection.enabledClients === undefined) continue
    const ids: Array<ClientId> = []
    for (const ref of connection.enabledClients) {
      if ("client_id" in ref) {
        ids.push(ref.client_id as ClientId)
        continue
      }
      const found = directory.byName(ref.name)
      if (found._tag === "Found") ids.push(found.client.client_id)
      else if (found._tag === "Unknown") problems.push({ connection: connection.name, client: ref.name, reason: "unknown", hints: found.suggestion === undefined ? [] : [found.suggestion] })
      else problems.push({ connection: connection.name, client: ref.name, reason: "duplicate", hints: found.ids })
    }
    out.set(connection.name.toLowerCase(), [...new Set(ids)])
  }
  return problems.length > 0 ? Effect.fail(new ClientsUnresolved({ problems })) : Effect.succeed(out)
}

/** What one declared connection contributes to the plan. */
interface Contribution {
  readonly actions: ReadonlyArray<Action>
  readonly phases: readonly [ReadonlyArray<Step>, ReadonlyArray<Step>, ReadonlyArray<Step>, ReadonlyArray<Step>]
  readonly secrets: ReadonlyArray<PlanDocument["secrets"][number]>
  readonly serverDefaults: ReadonlyArray<string>
}

const label = (directory: ClientDirectory.Index) => (id: string): ClientLabel => {
  const name = directory.nameOf(id)
  return name === undefined ? { client_id: id } : { client_id: id, name }
}

const planOne = (
  resolved: Resolved,
  live: LiveConnection | undefined,
  clientIds: ReadonlyArray<ClientId> | undefined,
  directory: ClientDirectory.Index
): Contribution => {
  const { declared, desired } = resolved
  const name = desired.name
  const liveObject = live?.connection as { readonly [key: string]: unknown } | undefined
  const secrets = desired.secrets.map((slot) => {
    const path = Validation.formatPath(slot.path)
    const value = getAt(declared, slot.path) as Redacted.Redacted<string>
    return {
      connection: name,
      path,
      reference: resolved.references.get(path) ?? "",
      status: liveObject !== undefined && live!.connection.strategy === desired.strategy && covers(value, getAt(liveObject, slot.path))
        ? "unchanged" as const
        : "set" as const,
      hash: SecretRef.hash(value)
    }
  })
  const body = { name, strategy: desired.strategy, ...declared }
  const addAll = clientIds !== undefined && clientIds.length > 0
    ? [{ _tag: "EnabledClients" as const, connection: name, id: undefined, add: clientIds, remove: [] }]
    : []
  const addAllAction: ReadonlyArray<Action> = addAll.length > 0
    ? [{ _tag: "enabled-clients", connection: name, add: clientIds!.map(label(directory)), remove: [] }]
    : []
  const fresh = live === undefined || live.connection.strategy !== desired.strategy
  const scim = planScim(desired, fresh ? undefined : live)
  if (live === undefined || liveObject === undefined) {
    return {
      actions: [{ _tag: "create", connection: name, strategy: desired.strategy, changes: diff(declared, {}) }, ...addAllAction, ...scim.actions],
      phases: [[], [{ _tag: "Create", connection: name, body }], addAll, scim.steps],
      secrets,
      serverDefaults: []
    }
  }
  if (live.connection.strategy !== desired.strategy) {
    return {
      actions: [
        { _tag: "replace", connection: name, target: live.target, from: live.connection.strategy, to: desired.strategy, changes: diff(declared, {}) },
        ...addAllAction,
        ...scim.actions
      ],
      phases: [[{ _tag: "Delete", connection: name, id: live.connection.id }], [{ _tag: "Create", connection: name, body }], addAll, scim.steps],
      secrets,
      serverDefaults: []
    }
  }
  const changes = diff(declared, liveObject)
  const actions: Array<Action> = []
  const update: Array<Step> = []
  if (changes.length > 0) {
    const changed = new Set(changes.map((c) => /^[^.[]+/.exec(c.path)?.[0] ?? c.path))
    const patch: Record<string, unknown> = {}
    for (const key of Object.keys(declared)) if (changed.has(key)) patch[key] = merge(liveObject[key], declared[key])
    actions.push({ _tag: "update", connection: name, target: live.target, changes })
    update.push({ _tag: "Update", connection: name, id: live.connection.id, patch })
  }
  const clients: Array<Step> = []
  if (clientIds !== undefined) {
    const current = new Set(live.clients ?? [])
    const wanted = new Set<string>(clientIds)
    const add = clientIds.filter((id) => !current.has(id))
    const remove = [...current].filter((id) => !wanted.has(id)) as Array<ClientId>
    if (add.length > 0 || remove.length > 0) {
      actions.push({ _tag: "enabled-clients", connection: name, target: live.target, add: add.map(label(directory)), remove: remove.map(label(directory)) })
      clients.push({ _tag: "EnabledClients", connection: name, id: live.connection.id, add, remove })
    }
  }
  return {
    actions: [...actions, ...scim.actions],
    phases: [[], update, clients, scim.steps],
    secrets,
    serverDefaults: undeclared(declared, liveObject, IDENTITY)
  }
}

/** The SCIM configuration's action: only when declared; `live` absent for a connection the plan creates. */
const planScim = (desired: DesiredConnection, live: LiveConnection | undefined): { readonly actions: ReadonlyArray<Action>; readonly steps: ReadonlyArray<Step> } => {
  const declared = desired.scim
  const current = live?.scim ?? null
  const target = live === undefined ? {} : { target: live.target }
  const id = live?.connection.id
  const name = desired.name
  if (declared === undefined || (declared === false && current === null)) return { actions: [], steps: [] }
  if (declared === false) {
    return {
      actions: [{ _tag: "scim", connection: name, ...target, change: "delete", changes: [] }],
      steps: [{ _tag: "Scim", connection: name, id, change: "delete", body: {} }]
    }
  }
  if (current === null) {
    return {
      actions: [{ _tag: "scim", connection: name, ...target, change: "create", changes: diff(declared, {}) }],
      steps: [{ _tag: "Scim", connection: name, id, change: "create", body: declared }]
    }
  }
  const changes = diff(declared, current)
  if (changes.length === 0) return { actions: [], steps: [] }
  // A SCIM PATCH needs both fields: the live value stands in for the one not declared.
  const userIdAttribute = declared.user_id_attribute ?? current.user_id_attribute
  const body = { ...(userIdAttribute === undefined ? {} : { user_id_attribute: userIdAttribute }), mapping: declared.mapping ?? current.mapping ?? [] }
  return {
    actions: [{ _tag: "scim", connection: name, ...target, change: "update", changes }],
    steps: [{ _tag: "Scim", connection: name, id, change: "update", body }]
  }
}

const ORDER: Record<Action["_tag"], number> = { replace: 0, create: 1, update: 2, "enabled-clients": 3, scim: 4, delete: 5 }

/**
 * Plans the desired state against the tenant of the `ConnectionsService`.
 *
 * @since 0.0.0
 */
export const make = (
  desired: DesiredState,
  options: PlanOptions
): Effect.Effect<Plan, PlanError, ConnectionsService | ClientDirectory.ClientDirectory | FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const prune = options.prune === true
    if (prune && desired.managed === undefined) {
      return yield* new PlanRejected({
        reason: "Prune",
        detail: `--prune needs a \`managed\` set (names or prefixes) in ${desired.file}: nothing is deleted without one`
      })
    }
    const service = yield* ConnectionsService
    const resolved = yield* resolveSecrets(desired)
    const needsClients = desired.connections.some((c) => c.enabledClients !== undefined)
    const directory = ClientDirectory.index(needsClients ? yield* (yield* ClientDirectory.ClientDirectory).list : [])
    const clientIds = yield* resolveClients(desired.connections, directory)
    const liveList = yield* readConnections(service)
    const declaredNames = new Set(desired.connections.map((c) => c.name.toLowerCase()))
    const scimDeclared = new Set(desired.connections.filter((c) => c.scim !== undefined).map((c) => c.name.toLowerCase()))
    const relevant = liveList.filter((c) =>
      declaredNames.has(c.name.toLowerCase()) || (prune && desired.managed !== undefined && isManaged(desired.managed, c.name))
    )
    const live = new Map<string, LiveConnection>()
    yield* Effect.forEach(relevant, (connection) =>
      Effect.map(
        withTarget(service, connection, { clients: clientIds.has(connection.name.toLowerCase()), scim: scimDeclared.has(connection.name.toLowerCase()) }),
        (l) => live.set(connection.name.toLowerCase(), l)
      ), {
      concurrency: 4,
      discard: true
    })
    return assemble(desired, options, resolved, live, clientIds, directory)
  }).pipe(Effect.withSpan("Plan.make", { attributes: { file: desired.file, tenant: options.tenant } }))

const assemble = (
  desired: DesiredState,
  options: PlanOptions,
  resolved: ReadonlyArray<Resolved>,
  live: ReadonlyMap<string, LiveConnection>,
  clientIds: ReadonlyMap<string, ReadonlyArray<ClientId>>,
  directory: ClientDirectory.Index
): Plan => {
  const prune = options.prune === true
  const contributions = resolved.map((r) =>
    planOne(r, live.get(r.desired.name.toLowerCase()), clientIds.get(r.desired.name.toLowerCase()), directory)
  )
  const deletions: Array<Action> = []
  const deleteSteps: Array<Step> = []
  if (prune) {
    const declared = new Set(desired.connections.map((c) => c.name.toLowerCase()))
    for (const [key, l] of live) {
      if (declared.has(key)) continue
      deletions.push({ _tag: "delete", connection: l.connection.name, strategy: l.connection.strategy, target: l.target })
      deleteSteps.push({ _tag: "Delete", connection: l.connection.name, id: l.connection.id })
    }
  }
  const actions = [...contributions.flatMap((c) => c.actions), ...deletions].sort((a, b) => ORDER[a._tag] - ORDER[b._tag])
  const count = (tag: Action["_tag"]) => actions.filter((a) => a._tag === tag).length
  const document: PlanDocument = {
    format: FORMAT,
    tenant: options.tenant,
    desiredState: { file: desired.file, hash: desired.hash },
    prune,
    actions,
    secrets: contributions.flatMap((c) => c.secrets),
    serverDefaults: contributions.flatMap((c, i) =>
      c.serverDefaults.length > 0 ? [{ connection: resolved[i]!.desired.name, paths: c.serverDefaults }] : []
    ),
    summary: {
      create: count("create"),
      update: count("update"),
      replace: count("replace"),
      delete: count("delete"),
      enabledClients: count("enabled-clients"),
      scim: count("scim"),
      unchanged: contributions.filter((c) => c.actions.length === 0).length
    }
  }
  return {
    document,
    phases: [
      contributions.flatMap((c) => c.phases[0]),
      contributions.flatMap((c) => c.phases[1]),
      contributions.flatMap((c) => c.phases[2]),
      contributions.flatMap((c) => c.phases[3]),
      deleteSteps
    ],
    targets: new Map([...live].map(([k, l]) => [k, l.target]))
  }
}
