/**
 * Checkpoint cursors: base64url JSON of the last item's sort key, tagged with what they page through (`c1` for
 * connections, `e1` for a connection's enabled clients, `s1`/`d1` for the tenant-wide SCIM and directory-provisioning
 * lists, `g1` for a connection's synchronized groups). Opaque to callers and stable across writes: a cursor
 * names a position in sort order, not an offset. Anything that does not decode is Auth0's 400.
 *
 * @internal
 */
import { failure, reject } from "./errors.js"
import type { SortKey } from "./store.js"

const invalidCursor = () => reject(failure(400, "Invalid pagination cursor.", "invalid_query_string"))

const encode = (parts: ReadonlyArray<string>): string => Buffer.from(JSON.stringify(parts)).toString("base64url")

/** The string fields of a cursor with `tag` and `count` fields after it, or a rejection. */
const decode = (cursor: string, tag: string, count: number): ReadonlyArray<string> => {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return invalidCursor()
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
  } catch {
    return invalidCursor()
  }
  if (
    !Array.isArray(parsed) || parsed.length !== count + 1 || parsed[0] !== tag ||
    !parsed.every((p): p is string => typeof p === "string")
  ) {
    return invalidCursor()
  }
  return parsed.slice(1)
}

/** The cursor after `key` in the connections list. */
export const encodeConnectionCursor = (key: SortKey): string => encode(["c1", key.lower, key.name, key.id])

/** The sort key a connections cursor names. */
export const decodeConnectionCursor = (cursor: string): SortKey => {
  const [lower, name, id] = decode(cursor, "c1", 3) as readonly [string, string, string]
  // The key is only consistent when `lower` is `name` lower-cased; anything else was not made here.
  return name.toLowerCase() === lower ? { lower, name, id } : invalidCursor()
}

/** The cursor after `clientId` in a connection's enabled clients. */
export const encodeClientCursor = (clientId: string): string => encode(["e1", clientId])

/** The client id an enabled-clients cursor names. */
export const decodeClientCursor = (cursor: string): string => decode(cursor, "e1", 1)[0]!

/** What an id-ordered list pages through: the tag its cursors carry. */
export type IdList = "s1" | "d1" | "g1" | "a1"

/** The cursor after `id` in the id-ordered list `list`. */
export const encodeIdCursor = (list: IdList, id: string): string => encode([list, id])

/** The id an id-ordered list's cursor names (a cursor of another list is Auth0's 400). */
export const decodeIdCursor = (list: IdList, cursor: string): string => decode(cursor, list, 1)[0]!

/** Auth0's default page size. */
const DEFAULT_TAKE = 50

/**
 * One page of an id-ordered list: the items after the cursor `from`, `take` (default 50) of them, with `next`
 * while more remain. `items` must be sorted by `idOf`.
 */
export const idPage = <A>(
  list: IdList,
  items: ReadonlyArray<A>,
  idOf: (a: A) => string,
  query: { readonly take?: unknown; readonly from?: unknown }
): { readonly page: ReadonlyArray<A>; readonly next: string | undefined } => {
  const take = typeof query.take === "number" ? query.take : DEFAULT_TAKE
  const after = typeof query.from === "string" && query.from.length > 0 ? decodeIdCursor(list, query.from) : undefined
  let start = 0
  if (after !== undefined) {
    // Binary search: the first item whose id sorts after the cursor's.
    let hi = items.length
    while (start < hi) {
      const mid = (start + hi) >>> 1
      if (idOf(items[mid]!) <= after) start = mid + 1
      else hi = mid
    }
  }
  const page = items.slice(start, start + take)
  const more = start + take < items.length
  return { page, next: more ? encodeIdCursor(list, idOf(page[page.length - 1]!)) : undefined }
}
