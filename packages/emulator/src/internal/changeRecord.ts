/**
 * What a journal record says and how replaying it changes a saved state. A record carries the state of every
 * connection a change touched, as an export of just those connections (`put`), and the ids of the ones that no
 * longer exist (`delete`). Records are absolute, not deltas: replaying one twice, or replaying a journal over a
 * snapshot that already includes it (a crash between writing a snapshot and emptying the journal), gives the same
 * state.
 */
import type * as Engine from "@effect-auth0/engine/Engine"
import { isRecord } from "effect/Predicate"

/** One journal record. */
export interface ChangeRecord {
  /** The touched connections as they are now, with their keys, SCIM and directory provisioning (and the clients, when they changed). */
  readonly put?: Engine.Seed
  /** Connections that no longer exist. */
  readonly delete?: ReadonlyArray<string>
}

type Json = Record<string, unknown>

/** A saved state being rebuilt: a snapshot with journal records applied. */
export class Replay {
  private readonly connections = new Map<string, Json>()
  private readonly keys = new Map<string, unknown>()
  private readonly scim = new Map<string, unknown>()
  private readonly scimTokens = new Map<string, unknown>()
  private readonly directories = new Map<string, Json>()
  private clients: ReadonlyArray<unknown> | undefined

  constructor(snapshot: Engine.Seed) {
    this.add(snapshot)
    this.clients = snapshot.clients
  }

  private drop(id: string): void {
    this.connections.delete(id)
    this.keys.delete(id)
    this.scim.delete(id)
    this.scimTokens.delete(id)
    this.directories.delete(id)
  }

  private add(seed: Engine.Seed): void {
    for (const c of seed.connections ?? []) {
      const id = String((c as Json).id)
      this.drop(id)
      this.connections.set(id, c as Json)
    }
    for (const [map, source] of [[this.keys, seed.keys], [this.scim, seed.scim], [this.scimTokens, seed.scimTokens]] as const) {
      for (const [id, value] of Object.entries(source ?? {})) map.set(id, value)
    }
    for (const d of seed.directoryProvisionings ?? []) this.directories.set(String(d.connection_id), d as Json)
  }

  /** Applies one record; the message when it is not a record. */
  apply(record: unknown): string | undefined {
    if (!isRecord(record)) return "not an object"
    const { put, delete: deleted } = record
    if (deleted !== undefined && !(Array.isArray(deleted) && deleted.every((id) => typeof id === "string"))) return "delete is not a list of ids"
    if (put !== undefined && !isRecord(put)) return "put is not an object"
    for (const id of (deleted ?? []) as ReadonlyArray<string>) this.drop(id)
    if (put !== undefined) {
      this.add(put as Engine.Seed)
      if ((put as Engine.Seed).clients !== undefined) this.clients = (put as Engine.Seed).clients
    }
    return undefined
  }

  /** The state as a seed (the engine validates it as it loads it). */
  seed(): Engine.Seed {
    return {
      connections: [...this.connections.values()],
      ...(this.clients === undefined ? {} : { clients: this.clients as Engine.Seed["clients"] }),
      keys: Object.fromEntries(this.keys) as Engine.Seed["keys"],
      scim: Object.fromEntries(this.scim) as Engine.Seed["scim"],
      scimTokens: Object.fromEntries(this.scimTokens) as Engine.Seed["scimTokens"],
      directoryProvisionings: [...this.directories.values()] as Engine.Seed["directoryProvisionings"]
    }
  }
}
