/**
 * The engine's store: connections by id, a case-insensitive name index for uniqueness, and a name-sorted list for
 * checkpoint pagination.
 *
 * The sorted list is an array of small sorted blocks (like Python's `sortedcontainers`): finding a cursor's
 * position is a binary search over block bounds then within one block, and an insert or delete moves at most one
 * block's worth of entries. So a checkpoint page costs O(log n + page) and a write O(log n + block) at any tenant
 * size, where one flat array would cost O(n) per write (100k creates would move billions of slots).
 *
 * A connection is kept as its JSON text, not as an object tree: a one-byte string costs about a byte per character
 * where the parsed tree costs about twice the text (100k connections of ~1.2 KB: ~120 MB instead of ~240 MB). Only
 * what the store sorts, indexes and filters on (`id`, `name`, `lower`, `strategy`) is kept as fields; a read parses
 * the text (a page parses at most 100 small strings), which also makes every read a fresh copy.
 *
 * Stored values are never mutated after they are put in: every write replaces an entry, and responses copy.
 *
 * @internal
 */
import type { JsonObject } from "./json.js"
import * as TextCodec from "./textCodec.js"

/** One stored connection. */
export interface Entry {
  readonly id: string
  readonly name: string
  /** `name.toLowerCase()`: the sort and uniqueness key. */
  readonly lower: string
  readonly strategy: string
  /** The connection in wire format as JSON text, canonical key order, `options` included; encoded with `codec` if set. */
  readonly text: string
  readonly codec?: TextCodec.Codec | undefined
}

/** The entry of a stored connection (its `name` and `strategy` are already validated strings). */
export const entryOf = (id: string, connection: JsonObject): Entry => {
  const name = flat(String(connection.name))
  return { id: flat(id), name, lower: name.toLowerCase(), strategy: flat(String(connection.strategy)), text: flat(JSON.stringify(connection)) }
}

/**
 * The same string, stored flat. V8 builds `JSON.stringify`'s result (and concatenations such as minted ids) as a
 * tree of pieces that costs ~200 bytes more than the characters of a 1.2 KB text (a sixth of it) until something
 * reads the string whole; converting to a number is such a read and flattens it in place.
 */
const flat = (s: string): string => {
  Number(s)
  return s
}

/** The stored connection, parsed: a fresh object the caller owns (`__proto__`, if a key, is an own property). */
export const connectionOf = (entry: Entry): JsonObject =>
  JSON.parse(entry.codec === undefined ? entry.text : entry.codec.decode(entry.text)) as JsonObject

/**
 * From this many connections on, the store keeps new entries encoded with a codec learnt from its own connections
 * (`textCodec.ts`: realistic connections shrink to about half, 100k of them by ~60 MB); small stores (tests, the
 * fake) keep plain text.
 */
const PACK_FROM = 10_000

/** The codec of texts like the first 512 plain ones of `sample`. */
const learnCodec = (sample: Iterable<Entry>): TextCodec.Codec => {
  const texts: Array<string> = []
  for (const entry of sample) {
    if (entry.codec !== undefined) continue
    texts.push(entry.text)
    if (texts.length >= 512) break
  }
  return TextCodec.learn(texts)
}

const pack = (entry: Entry, codec: TextCodec.Codec): Entry => ({
  id: entry.id,
  name: entry.name,
  lower: entry.lower,
  strategy: entry.strategy,
  text: flat(codec.encode(entry.text)),
  codec
})

/** A position in sort order. */
export interface SortKey {
  readonly lower: string
  readonly name: string
  readonly id: string
}

/** Sort order: case-insensitive name, then exact name, then id (names are unique, so the tail only breaks ties). */
export const compareKeys = (a: SortKey, b: SortKey): number =>
  a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

const BLOCK = 512

/** Entries in sort order, stored as sorted blocks of at most 2 × {@link BLOCK} entries. */
export class SortedEntries {
  private blocks: Array<Array<Entry>> = []
  private count = 0

  get size(): number {
    return this.count
  }

  /** Index of the first block whose last entry is ≥ key (or > key with `strict`); `blocks.length` when none. */
  private blockFor(key: SortKey, strict: boolean): number {
    let lo = 0
    let hi = this.blocks.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const block = this.blocks[mid]!
      const c = compareKeys(block[block.length - 1]!, key)
      if (strict ? c <= 0 : c < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private static within(block: ReadonlyArray<Entry>, key: SortKey, strict: boolean): number {
    let lo = 0
    let hi = block.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const c = compareKeys(block[mid]!, key)
      if (strict ? c <= 0 : c < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  insert(entry: Entry): void {
    this.count++
    if (this.blocks.length === 0) {
      this.blocks.push([entry])
      return
    }
    let b = this.blockFor(entry, true)
    if (b === this.blocks.length) b--
    const block = this.blocks[b]!
    block.splice(SortedEntries.within(block, entry, true), 0, entry)
    if (block.length > 2 * BLOCK) this.blocks.splice(b, 1, block.slice(0, BLOCK), block.slice(BLOCK))
  }

  /** Where the entry with exactly this key is (block and index), or `undefined`. */
  private locate(key: SortKey): readonly [block: number, index: number] | undefined {
    const b = this.blockFor(key, false)
    const block = this.blocks[b]
    if (block === undefined) return undefined
    const i = SortedEntries.within(block, key, false)
    return i < block.length && compareKeys(block[i]!, key) === 0 ? [b, i] : undefined
  }

  /**
   * The entry whose case-insensitive name is `lower`, or `undefined`: a binary search, as names sort by `lower`
   * first and `""` sorts below every name and id. (A map by name would cost ~60 bytes an entry for what the sort
   * order answers in O(log n).)
   */
  withLower(lower: string): Entry | undefined {
    const key: SortKey = { lower, name: "", id: "" }
    const block = this.blocks[this.blockFor(key, false)]
    if (block === undefined) return undefined
    const entry = block[SortedEntries.within(block, key, false)]
    return entry !== undefined && entry.lower === lower ? entry : undefined
  }

  /** Removes the entry with exactly this key; false when absent. */
  remove(key: SortKey): boolean {
    const at = this.locate(key)
    if (at === undefined) return false
    const block = this.blocks[at[0]]!
    block.splice(at[1], 1)
    this.count--
    if (block.length === 0) this.blocks.splice(at[0], 1)
    return true
  }

  /** Swaps the entry with `entry`'s key for `entry` (same position). */
  replace(entry: Entry): boolean {
    const at = this.locate(entry)
    if (at === undefined) return false
    this.blocks[at[0]]![at[1]] = entry
    return true
  }

  /** Entries strictly after `key` (all entries without one), in order, lazily. */
  *after(key: SortKey | undefined): Generator<Entry> {
    let b = 0
    let i = 0
    if (key !== undefined) {
      b = this.blockFor(key, true)
      if (b < this.blocks.length) i = SortedEntries.within(this.blocks[b]!, key, true)
    }
    for (; b < this.blocks.length; b++, i = 0) {
      const block = this.blocks[b]!
      for (; i < block.length; i++) yield block[i]!
    }
  }

  /** Entries at positions [start, end) (offset paging): skips whole blocks. */
  slice(start: number, end: number): Array<Entry> {
    const out: Array<Entry> = []
    let offset = 0
    for (const block of this.blocks) {
      if (offset + block.length <= start) {
        offset += block.length
        continue
      }
      for (let i = Math.max(0, start - offset); i < block.length && offset + i < end; i++) out.push(block[i]!)
      offset += block.length
      if (offset >= end) break
    }
    return out
  }

  toArray(): Array<Entry> {
    return this.blocks.flat()
  }

  /** Replaces the content with `entries` (any order): one sort, then cut into blocks. */
  load(entries: ReadonlyArray<Entry>): void {
    const sorted = [...entries].sort(compareKeys)
    this.blocks = []
    for (let i = 0; i < sorted.length; i += BLOCK) this.blocks.push(sorted.slice(i, i + BLOCK))
    this.count = sorted.length
  }

  clear(): void {
    this.blocks = []
    this.count = 0
  }
}

/** The latest synchronization of a connection's directory: its id and when it was requested (epoch ms). */
export interface SynchronizationRecord {
  readonly id: string
  readonly requestedAt: number
}

/** Signing keys, SCIM configuration and tokens, directory provisioning of one connection. */
export interface SubResources {
  keys?: ReadonlyArray<JsonObject>
  scim?: JsonObject
  scimTokens?: ReadonlyArray<JsonObject>
  /** The directory-provisioning configuration as stored (without the `last_synchronization_*` fields). */
  directory?: JsonObject
  /** The latest synchronization requested; its status follows from the time that has passed since. */
  synchronization?: SynchronizationRecord
  /** The selected directory groups, sorted by id. */
  groups?: ReadonlyArray<JsonObject>
}

/** The mutable store. Only the engine touches it, one request at a time. */
export class Store {
  readonly byId = new Map<string, Entry>()
  readonly sorted = new SortedEntries()
  readonly sub = new Map<string, SubResources>()
  /** The codec of encoded entries, learnt once the store reaches {@link PACK_FROM} connections. */
  private codec: TextCodec.Codec | undefined

  /** `entry` as this store keeps it: encoded once the store holds {@link PACK_FROM} connections (or will). */
  private stored(entry: Entry, sizeAfter: number, sample: () => Iterable<Entry>): Entry {
    if (entry.codec !== undefined || sizeAfter < PACK_FROM) return entry
    this.codec ??= learnCodec(sample())
    return pack(entry, this.codec)
  }

  get size(): number {
    return this.byId.size
  }

  /** The connection named `name` in any case (names are unique case-insensitively), or `undefined`. */
  named(name: string): Entry | undefined {
    return this.sorted.withLower(name.toLowerCase())
  }

  insert(plain: Entry): void {
    const entry = this.stored(plain, this.byId.size + 1, () => this.byId.values())
    this.byId.set(entry.id, entry)
    this.sorted.insert(entry)
  }

  /** Many at once (seeding): large batches are merged with one sort instead of one insert each. */
  insertMany(plain: ReadonlyArray<Entry>): void {
    const sizeAfter = this.byId.size + plain.length
    const entries = plain.map((e) => this.stored(e, sizeAfter, () => [...this.byId.values(), ...plain]))
    for (const e of entries) this.byId.set(e.id, e)
    if (entries.length < 1024) {
      for (const e of entries) this.sorted.insert(e)
    } else {
      this.sorted.load([...this.sorted.toArray(), ...entries])
    }
  }

  /** Replaces an entry whose name did not change (PATCH cannot rename). */
  replace(plain: Entry): void {
    if (!this.byId.has(plain.id)) return this.insert(plain)
    const entry = this.stored(plain, this.byId.size, () => this.byId.values())
    this.byId.set(entry.id, entry)
    this.sorted.replace(entry)
  }

  remove(id: string): Entry | undefined {
    const entry = this.byId.get(id)
    if (entry === undefined) return undefined
    this.byId.delete(id)
    this.sorted.remove(entry)
    this.sub.delete(id)
    return entry
  }

  clear(): void {
    this.byId.clear()
    this.codec = undefined
    this.sorted.clear()
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
