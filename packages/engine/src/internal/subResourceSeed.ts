/**
 * The per-connection sub-resources of a seed (what an export carries besides connections and clients): signing
 * keys, SCIM configurations and SCIM tokens, keyed by connection id. Checked before anything is written, then
 * written together with the connections.
 *
 * @internal
 */
import { isRecord } from "effect/Predicate"
import { clone, type JsonObject, own } from "./json.js"
import type { Store } from "./store.js"

/** The sub-resources of a seed, checked. */
export interface SubResourceSeed {
  readonly keys: ReadonlyArray<readonly [string, ReadonlyArray<JsonObject>]>
  readonly scim: ReadonlyArray<readonly [string, JsonObject]>
  readonly scimTokens: ReadonlyArray<readonly [string, ReadonlyArray<JsonObject>]>
}

const arrayOfObjects = (v: unknown): v is ReadonlyArray<JsonObject> => Array.isArray(v) && v.every(isRecord)

/**
 * Reads `keys`, `scim` and `scimTokens` of a seed; every id must be one the seed gives a connection. The message
 * names the first problem.
 */
export const read = (data: JsonObject, ids: ReadonlySet<string>): SubResourceSeed | string => {
  const entries = <A>(field: string, valid: (v: unknown) => v is A, what: string): Array<readonly [string, A]> | string => {
    const value = own(data, field)
    if (value === undefined) return []
    if (!isRecord(value)) return `seed.${field} must be an object keyed by connection id`
    const out: Array<readonly [string, A]> = []
    for (const id of Object.keys(value)) {
      if (!ids.has(id)) return `seed.${field}.${id}: no connection of the seed has this id`
      const v = value[id]
      if (!valid(v)) return `seed.${field}.${id} must be ${what}`
      out.push([id, clone(v)])
    }
    return out
  }
  const keys = entries("keys", arrayOfObjects, "an array of objects")
  if (typeof keys === "string") return keys
  const scim = entries("scim", isRecord, "an object")
  if (typeof scim === "string") return scim
  const scimTokens = entries("scimTokens", arrayOfObjects, "an array of objects")
  if (typeof scimTokens === "string") return scimTokens
  return { keys, scim, scimTokens }
}

/** Writes checked sub-resources. */
export const write = (store: Store, sub: SubResourceSeed): void => {
  for (const [id, keys] of sub.keys) store.subOf(id).keys = keys
  for (const [id, scim] of sub.scim) store.subOf(id).scim = scim
  for (const [id, tokens] of sub.scimTokens) store.subOf(id).scimTokens = tokens
}
