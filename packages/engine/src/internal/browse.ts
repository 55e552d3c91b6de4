/**
 * A filtered, paged view of the store for people (the emulator's admin page): connections whose name contains a
 * text and/or with one strategy, in list order. The filter reads only the index fields, and only the page's
 * connections are parsed, so a view of a 100k-connection store costs one pass over small fields, not a copy.
 *
 * @internal
 */
import type { State } from "./state.js"
import { connectionOf } from "./store.js"

/** What to show. */
export interface BrowseQuery {
  /** Case-insensitive substring of the name (all names when empty or absent). */
  readonly nameContains?: string | undefined
  /** Exact strategy (all when empty or absent). */
  readonly strategy?: string | undefined
  /** Matching connections to skip (default 0). */
  readonly offset?: number | undefined
  /** Most connections to return. */
  readonly limit: number
}

/** One view: the page (stored form, secrets sealed as stored) with the counts and the strategies in the store. */
export interface BrowsePage {
  readonly total: number
  readonly matching: number
  readonly strategies: ReadonlyArray<string>
  readonly connections: ReadonlyArray<Record<string, unknown>>
}

/** The view a query asks for. */
export const browse = (state: State, query: BrowseQuery): BrowsePage => {
  const needle = (query.nameContains ?? "").toLowerCase()
  const strategy = query.strategy ?? ""
  const offset = Math.max(0, query.offset ?? 0)
  const strategies = new Set<string>()
  const connections: Array<Record<string, unknown>> = []
  let matching = 0
  for (const e of state.store.sorted.after(undefined)) {
    strategies.add(e.strategy)
    if (needle !== "" && !e.lower.includes(needle)) continue
    if (strategy !== "" && e.strategy !== strategy) continue
    if (matching >= offset && connections.length < query.limit) connections.push(connectionOf(e))
    matching++
  }
  return { total: state.store.size, matching, strategies: [...strategies].sort(), connections }
}
