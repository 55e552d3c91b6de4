/**
 * Canonical JSON (sorted keys) and short SHA-256 digests: the one way sync fingerprints values and hashes secrets.
 * A `Redacted` value enters a canonical text only as the digest of its content, never as the content.
 */
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import { createHash } from "node:crypto"

/** `sha256:` and the first 16 hex digits of the SHA-256 of `text`. */
export const digest = (text: string): string => `sha256:${createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16)}`

/** The digest of a secret's value (a `Redacted` or a plain string). */
export const secretDigest = (value: Redacted.Redacted<string> | string): string =>
  digest(`secret\u0000${Redacted.isRedacted(value) ? Redacted.value(value) : value}`)

/** JSON with object keys sorted at every level; `Redacted` values become `{"$secret": digest}`. */
export const canonical = (value: unknown): string => {
  if (Redacted.isRedacted(value)) return JSON.stringify({ $secret: secretDigest(value as Redacted.Redacted<string>) })
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  if (Predicate.isRecord(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

/** The digest of a value's canonical JSON. */
export const fingerprint = (value: unknown): string => digest(canonical(value))
