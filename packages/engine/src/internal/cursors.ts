/**
 * Checkpoint cursors: base64url JSON of the last item's sort key, tagged with what they page through (`c1` for
 * connections, `e1` for a connection's enabled clients). Opaque to callers and stable across writes: a cursor
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
