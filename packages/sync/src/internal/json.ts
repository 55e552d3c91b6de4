/**
 * Plain JSON-like data: copying with rewrites, reading and writing at a path. Keys are set with `defineProperty`,
 * so a `"__proto__"` key stays an ordinary key instead of setting a prototype.
 */
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"

export type Path = ReadonlyArray<string | number>

export const setKey = (target: Record<string, unknown>, key: string, value: unknown): void =>
  void Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })

/** Returned by a rewrite's visitor to copy the value as it is and visit its children. */
export const DESCEND: unique symbol = Symbol.for("@effect-auth0/sync/DESCEND")

/**
 * A copy of `value` in which `visit` may replace any node (by returning the replacement) or let the copy descend
 * into it (by returning {@link DESCEND}). A `Redacted` is never descended into.
 */
export const rewrite = (value: unknown, visit: (node: unknown, path: Path) => unknown, path: Path = []): unknown => {
  const replaced = visit(value, path)
  if (replaced !== DESCEND) return replaced
  if (Redacted.isRedacted(value)) return value
  if (Array.isArray(value)) return value.map((item, i) => rewrite(item, visit, [...path, i]))
  if (Predicate.isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setKey(out, k, rewrite(v, visit, [...path, k]))
    return out
  }
  return value
}

export const getAt = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (Predicate.isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined), root)

/** A copy of `root` with `value` at `path` (missing objects on the way are created). */
export const setAt = <A extends { readonly [key: string]: unknown }>(root: A, path: Path, value: unknown): A => {
  const copy = (node: unknown, i: number): unknown => {
    if (i === path.length) return value
    const key = path[i]!
    if (Array.isArray(node)) return node.map((item, j) => (j === key ? copy(item, i + 1) : item))
    const source = Predicate.isRecord(node) ? node : {}
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(source)) setKey(out, k, v)
    setKey(out, String(key), copy(source[String(key)], i + 1))
    return out
  }
  return copy(root, 0) as A
}
