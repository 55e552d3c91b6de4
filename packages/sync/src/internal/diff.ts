/**
 * Comparing declared values with live ones, and merging them for a write.
 *
 * Only what is declared counts: an object is equal when every declared key is (the server may add keys), an array
 * when it has the same items. Secrets (`Redacted`) are compared by hash and shown only as their hash; a live secret
 * that differs is shown as `(live value)`, never as its hash (a short hash of a weak secret could be guessed).
 */
import * as Validation from "@effect-auth0/domain/Validation"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import { SECRET_KEY } from "../SecretRef.js"
import { secretDigest } from "./canonical.js"
import { DESCEND, rewrite, setKey } from "./json.js"

/** One field-level difference (`before` absent: the live object has no such key). */
export interface Change {
  readonly path: string
  readonly before?: unknown
  readonly after: unknown
}

const secretText = (value: unknown): string | undefined =>
  Redacted.isRedacted(value) ? String(Redacted.value(value)) : typeof value === "string" ? value : undefined

/** Whether `live` has every declared part of `declared`. */
export const covers = (declared: unknown, live: unknown): boolean => {
  if (Redacted.isRedacted(declared)) {
    const text = secretText(live)
    return text !== undefined && secretDigest(text) === secretDigest(declared as Redacted.Redacted<string>)
  }
  if (Redacted.isRedacted(live)) return typeof declared === "string" && declared === Redacted.value(live)
  if (Array.isArray(declared)) return Array.isArray(live) && live.length === declared.length && declared.every((d, i) => covers(d, live[i]))
  if (Predicate.isRecord(declared)) return Predicate.isRecord(live) && Object.keys(declared).every((k) => covers(declared[k], live[k]))
  return Object.is(declared, live)
}

/**
 * A value as a plan may show it: every `Redacted` inside, and every string under a secret-looking key, becomes
 * `{ $secret: hash }`.
 */
export const shown = (value: unknown, key?: PropertyKey): unknown =>
  rewrite(value, (node, path) => {
    const at = path.length === 0 ? key : path[path.length - 1]
    if (Redacted.isRedacted(node)) return { $secret: secretDigest(node as Redacted.Redacted<string>) }
    if (typeof node === "string" && typeof at === "string" && SECRET_KEY.test(at)) return { $secret: secretDigest(node) }
    return DESCEND
  })

/** The differences between `declared` and `live`, at the deepest object level that differs. */
export const diff = (
  declared: unknown,
  live: unknown,
  path: ReadonlyArray<string | number> = [],
  out: Array<Change> = []
): ReadonlyArray<Change> => {
  if (Predicate.isRecord(declared) && Predicate.isRecord(live) && !Redacted.isRedacted(declared)) {
    for (const key of Object.keys(declared)) diff(declared[key], live[key], [...path, key], out)
    return out
  }
  if (!covers(declared, live)) {
    const key = path[path.length - 1]
    const before = live === undefined ? {} : { before: Redacted.isRedacted(declared) ? { $secret: "(live value)" } : shown(live, key) }
    out.push({ path: Validation.formatPath(path), ...before, after: shown(declared, key) })
  }
  return out
}

/** `live` with `declared` written over it: objects merge key by key (keeping live keys), anything else is replaced. */
export const merge = (live: unknown, declared: unknown): unknown => {
  if (!Predicate.isRecord(declared) || !Predicate.isRecord(live) || Redacted.isRedacted(declared)) return declared
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(live)) setKey(out, k, v)
  for (const [k, v] of Object.entries(declared)) setKey(out, k, merge(live[k], v))
  return out
}

/** Paths (as `formatPath` text) of the live keys that are not declared: what the server filled in or keeps. */
export const undeclared = (declared: { readonly [key: string]: unknown }, live: { readonly [key: string]: unknown }, ignore: ReadonlySet<string>): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (const key of Object.keys(live)) {
    if (ignore.has(key) || live[key] === undefined) continue
    if (!(key in declared)) out.push(Validation.formatPath([key]))
    else if (key === "options" && Predicate.isRecord(live[key]) && Predicate.isRecord(declared[key])) {
      const options = declared[key] as Record<string, unknown>
      for (const optionKey of Object.keys(live[key] as object)) if (!(optionKey in options)) out.push(Validation.formatPath([key, optionKey]))
    }
  }
  return out
}
