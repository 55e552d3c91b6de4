/**
 * Export and import of the whole state in the seed format: an export is a seed that recreates the store
 * (connections with their ids, clients, keys, SCIM configurations and tokens); an import replaces the state with
 * one, all or nothing.
 *
 * @internal
 */
import type { Seed, SeedDirectoryProvisioning } from "./protocol.js"
import * as Secrets from "./secrets.js"
import * as Seeding from "./seeding.js"
import { makeState, type State } from "./state.js"

const pick = (o: Record<string, unknown>, keys: ReadonlyArray<string>): Record<string, unknown> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]))

/** How much of the secrets an export carries. */
export interface ExportOptions {
  /** Client secrets and connection secrets in plain text (default: masked). */
  readonly includeSecrets?: boolean | undefined
  /**
   * Only these connections (with their keys, SCIM and directory provisioning), by id and/or name; unknown ones are
   * left out. The clients are always all there. A change journal records what one change touched this way.
   */
  readonly only?: Seeding.Selection | undefined
}

/** The whole state as a seed; secrets masked unless asked for. */
export const exportSeed = (state: State, options?: ExportOptions): Seed => {
  const snapshot = Seeding.snapshot(state, options?.only)
  const reveal = options?.includeSecrets === true
  return {
    connections: snapshot.connections.map((c) => reveal ? Secrets.unseal(c, state.sealer) : Secrets.mask(c)),
    clients: snapshot.clients.map((c) =>
      reveal || c.client_secret === undefined ? c : { ...c, client_secret: Secrets.MASK }
    ),
    keys: snapshot.keys,
    scim: snapshot.scim,
    scimTokens: snapshot.scimTokens,
    // Directory provisioning as seed items: the configuration's body fields and the selected groups (a
    // synchronization in flight is not carried over).
    directoryProvisionings: Object.entries(snapshot.directoryProvisioning).map(([connectionId, d]) => ({
      connection_id: connectionId,
      ...pick(d.configuration, ["mapping", "synchronize_automatically", "synchronize_groups"]),
      groups: d.groups as SeedDirectoryProvisioning["groups"]
    }))
  }
}

/**
 * Replaces the store with `seed` (the initial clients stay, as configured): it is loaded into a scratch state first, so a refused
 * seed leaves the state untouched. The message names the first problem.
 */
export const replace = (state: State, seed: Seed, now: number): string | undefined => {
  // The scratch state shares the sealer, so the configuration it seals stays readable once moved over.
  const scratch: State = { ...makeState(state.options, state.initialClients, state.features), sealer: state.sealer }
  const problem = Seeding.seed(scratch, seed, now)
  if (problem !== undefined) return problem
  // The initial clients are configuration (the emulator's own client and secret), not state: they win.
  for (const client of state.initialClients) scratch.clients.set(client.client_id, client)
  state.store.clear()
  state.store.insertMany(scratch.store.sorted.toArray())
  for (const [id, sub] of scratch.store.sub) state.store.sub.set(id, sub)
  state.clients.clear()
  for (const [id, client] of scratch.clients) state.clients.set(id, client)
  return undefined
}
