/**
 * The engine's store: connections by id, a case-insensitive name index for uniqueness, and a name-sorted array
 * for checkpoint pagination (binary search, so a page costs O(log n + page) whatever the size of the tenant).
 *
 * Stored values are never mutated after they are put in: every write replaces an entry, and responses copy.
 *
 * @internal
 */
import type { JsonObject } from "./json.js"

/** One stored connection. */
export interface Entry {
  readonly id: string
  readonly name: string
  /** `name.toLowerCase()`: the sort and uniqueness key. */
  readonly lower: string
  readonly strategy: string
  /** The connection in wire format, canonical key order, `options` included. */
  readonly connection: JsonObject
}

/** Sort order: case-insensitive name, then exact name, then id (names are unique, so the tail only breaks ties of bad seeds). */
export const compareKeys = (
  a: { readonly lower: string; readonly name: string; readonly id: string },
  b: { readonly lower: string; readonly name: string; readonly id: string }
): number =>
  a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** Signing keys, SCIM configuration and tokens of one connection. */
export interface SubResources {
  keys?: ReadonlyArray<JsonObject>
  scim?: JsonObject
  scimTokens?: ReadonlyArray<JsonObject>
}

/** The mutable store. Only the engine touches it, one request at a time. */
export class Store {
  readonly byId = new Map<string, Entry>()
  readonly byLower = new Map<string, Entry>()
  sorted: Array<Entry> = []
  readonly sub = new Map<string, SubResources>()

  get size(): number {
    return this.byId.size
  }

  /** Index of the first entry strictly after `key` in sort order. */
  upperBound(key: { readonly lower: string; readonly name: string; readonly id: string }): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareKeys(this.sorted[mid]!, key) <= 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Index of `entry` in the sorted array, or -1. */
  indexOf(entry: Entry): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const c = compareKeys(this.sorted[mid]!, entry)
      if (c === 0) return mid
      if (c < 0) lo = mid + 1
      else hi = mid
    }
    return -1
  }

  insert(entry: Entry): void {
    this.byId.set(entry.id, entry)
    this.byLower.set(entry.lower, entry)
    this.sorted.splice(this.upperBound(entry), 0, entry)
  }

  /** Many at once: append and sort once (seeding 100k connections stays O(n log n)). */
  insertMany(entries: ReadonlyArray<Entry>): void {
    if (entries.length < 64) {
      for (const e of entries) this.insert(e)
      return
    }
    for (const e of entries) {
      this.byId.set(e.id, e)
      this.byLower.set(e.lower, e)
      this.sorted.push(e)
    }
    this.sorted.sort(compareKeys)
  }

  /** Replaces an entry whose name did not change (PATCH cannot rename). */
  replace(entry: Entry): void {
    const old = this.byId.get(entry.id)
    if (old === undefined) return this.insert(entry)
    this.byId.set(entry.id, entry)
    this.byLower.set(entry.lower, entry)
    const i = this.indexOf(old)
    if (i >= 0) this.sorted[i] = entry
  }

  remove(id: string): Entry | undefined {
    const entry = this.byId.get(id)
    if (entry === undefined) return undefined
    this.byId.delete(id)
    if (this.byLower.get(entry.lower) === entry) this.byLower.delete(entry.lower)
    const i = this.indexOf(entry)
    if (i >= 0) this.sorted.splice(i, 1)
    this.sub.delete(id)
    return entry
  }

  clear(): void {
    this.byId.clear()
    this.byLower.clear()
    this.sorted = []
    this.sub.clear()
  }

  subOf(id: string): SubResources {
    let s = this.sub.get(id)
    if (s === undefined) {
      s = {}
      this.sub.set(id, s)
    }
    return s
  }
}
