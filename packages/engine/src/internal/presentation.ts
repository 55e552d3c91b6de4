/**
 * How a stored connection goes out: a copy, without `options` unless the caller may read them, projected to the
 * requested `fields`.
 *
 * @internal
 */
import { defineOwn, type JsonObject } from "./json.js"
import type { ParsedQuery } from "./query.js"
import { READ_OPTIONS } from "./scopes.js"
import { connectionOf, type Entry } from "./store.js"

/** Fields a projection always keeps, even when `fields` does not name them (Auth0 does the same). */
const STICKY_FIELDS: ReadonlySet<string> = new Set(["id", "is_domain_connection", "authentication", "connected_accounts"])

/** `fields` and `include_fields` of a query. */
export interface Projection {
  readonly fields: ReadonlySet<string>
  /** `true`: keep only `fields`; `false`: drop them. */
  readonly include: boolean
}

/** The projection a query asks for; `undefined` without `fields`. */
export const projectionOf = (q: ParsedQuery): Projection | undefined => {
  const fields = q.fields
  if (typeof fields !== "string") return undefined
  const set = new Set(fields.split(",").map((f) => f.trim()).filter((f) => f.length > 0))
  return { fields: set, include: q.include_fields !== false }
}

/** The scopes that show everything: what a create response is shown with. */
export const FULL_VIEW: ReadonlySet<string> = new Set([READ_OPTIONS])

/** A response copy of a stored connection (parsed from the stored text, so already the caller's own). */
export const present = (entry: Entry, scopes: ReadonlySet<string>, projection?: Projection): JsonObject => {
  const out: JsonObject = {}
  const connection = connectionOf(entry)
  const showOptions = scopes.has(READ_OPTIONS)
  for (const key of Object.keys(connection)) {
    if (key === "options" && !showOptions) continue
    if (projection !== undefined && projection.fields.size > 0 && !STICKY_FIELDS.has(key)) {
      if (projection.include !== projection.fields.has(key)) continue
    }
    if (key === "__proto__") defineOwn(out, key, connection[key])
    else out[key] = connection[key]
  }
  return out
}
