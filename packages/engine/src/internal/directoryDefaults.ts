/**
 * Directory provisioning facts the handlers share: Auth0's default attribute mapping, the strategies that have
 * directory provisioning, and how a synchronization's status follows from the time that passed since it was
 * requested.
 *
 * @internal
 */
import { DIRECTORY_PROVISIONING_STRATEGIES } from "@effect-auth0/domain/DirectoryProvisioning"
import { clone, type JsonObject } from "./json.js"
import type { Entry, SynchronizationRecord } from "./store.js"

/** Strategies that accept directory provisioning (Google Workspace only). */
export const DIRECTORY_STRATEGIES: ReadonlySet<string> = new Set(DIRECTORY_PROVISIONING_STRATEGIES)

/**
 * The default mapping between the Auth0 profile and a Google Workspace directory user. No recording shows Auth0's
 * list; these are the Directory API's user fields for the profile attributes a Google Workspace connection fills.
 */
const DEFAULT_MAPPING: ReadonlyArray<readonly [auth0: string, idp: string]> = [
  ["email", "primaryEmail"],
  ["email_verified", "primaryEmail"],
  ["family_name", "name.familyName"],
  ["given_name", "name.givenName"],
  ["name", "name.fullName"],
  ["nickname", "primaryEmail"],
  ["picture", "thumbnailPhotoUrl"]
]

/** A fresh copy of the default mapping. */
export const defaultDirectoryMapping = (): Array<JsonObject> => DEFAULT_MAPPING.map(([auth0, idp]) => ({ auth0, idp }))

/**
 * How long a synchronization stays in each status before the next one. Auth0 documents neither the values of
 * `status` / `last_synchronization_status` nor the timing: the engine answers `pending`, then `in_progress`, then
 * `completed`, moved along by the engine's clock (so tests drive it with `TestClock`).
 */
export const SYNCHRONIZATION_PHASES = {
  /** From the request until the synchronization starts. */
  pendingMillis: 5_000,
  /** From its start until it completes. */
  inProgressMillis: 25_000
} as const

/** A synchronization's status at `now`, and since when it has had it (epoch milliseconds). */
export const synchronizationStatus = (
  sync: SynchronizationRecord,
  now: number
): { readonly status: "pending" | "in_progress" | "completed"; readonly since: number } => {
  const started = sync.requestedAt + SYNCHRONIZATION_PHASES.pendingMillis
  const completed = started + SYNCHRONIZATION_PHASES.inProgressMillis
  if (now < started) return { status: "pending", since: sync.requestedAt }
  if (now < completed) return { status: "in_progress", since: started }
  return { status: "completed", since: completed }
}

/** Whether a synchronization is still pending or in progress at `now`. */
export const synchronizationActive = (sync: SynchronizationRecord | undefined, now: number): boolean =>
  sync !== undefined && synchronizationStatus(sync, now).status !== "completed"

/**
 * A new configuration of `entry` from a create body (already validated): Auth0's defaults for what it leaves out.
 * Recorded: a create without them answered `synchronize_automatically: false, synchronize_groups: "off"`.
 */
export const newConfiguration = (entry: Entry, input: JsonObject, now: number): JsonObject => {
  const at = new Date(now).toISOString()
  return {
    connection_id: entry.id,
    connection_name: entry.name,
    strategy: entry.strategy,
    mapping: Array.isArray(input.mapping) ? clone(input.mapping) : defaultDirectoryMapping(),
    synchronize_automatically: typeof input.synchronize_automatically === "boolean" ? input.synchronize_automatically : false,
    synchronize_groups: typeof input.synchronize_groups === "string" ? input.synchronize_groups : "off",
    created_at: at,
    updated_at: at
  }
}

/** Groups in id order, the last of each id winning (a body may name a group twice). */
export const groupsById = (groups: Iterable<JsonObject>): ReadonlyArray<JsonObject> => {
  const map = new Map<string, JsonObject>()
  for (const g of groups) map.set(String(g.id), clone(g))
  return [...map.values()].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0))
}
