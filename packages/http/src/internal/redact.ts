/**
 * Scrubs the client's own credentials out of text taken from responses. Auth0 does not echo them, but a proxy that
 * reflects the request (the token request's form body, an `Authorization` header) would otherwise have them copied
 * into error messages.
 */
import * as Redacted from "effect/Redacted"
import type { Outcome } from "./transport.js"

/** What replaces a credential. */
export const PLACEHOLDER = "<redacted>"

// Shorter values are not credentials worth the risk of mangling ordinary text.
const MIN_LENGTH = 8

/** The plain values of the given secrets, with the forms a form body or a URL would carry them in. */
export const variants = (secrets: ReadonlyArray<Redacted.Redacted<string> | undefined>): ReadonlyArray<string> => {
  const out = new Set<string>()
  for (const secret of secrets) {
    if (secret === undefined) continue
    const value = Redacted.value(secret)
    if (value.length < MIN_LENGTH) continue
    out.add(value)
    out.add(encodeURIComponent(value))
    out.add(new URLSearchParams({ v: value }).toString().slice(2))
  }
  // Longest first, so an encoded form is replaced whole rather than around a shorter one inside it.
  return [...out].sort((a, b) => b.length - a.length)
}

/** `text` with every occurrence of every value replaced by {@link PLACEHOLDER}. */
export const text = (input: string, values: ReadonlyArray<string>): string => {
  let result = input
  for (const value of values) if (result.includes(value)) result = result.split(value).join(PLACEHOLDER)
  return result
}

/** A parsed response body (JSON or raw text) with every string in it, keys included, scrubbed. */
export const body = (input: unknown, values: ReadonlyArray<string>): unknown => {
  if (values.length === 0) return input
  if (typeof input === "string") return text(input, values)
  if (Array.isArray(input)) return input.map((item) => body(item, values))
  if (typeof input === "object" && input !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(input)) {
      Object.defineProperty(out, text(key, values), { value: body(value, values), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return input
}

/**
 * An attempt's outcome as it may reach an error: a failed answer's body and a transport message scrubbed. A 2xx
 * body is left alone (it is decoded, never copied into an error).
 */
export const outcome = (input: Outcome, values: ReadonlyArray<string>): Outcome =>
  input._tag === "Response"
    ? (input.status >= 200 && input.status < 300 ? input : { ...input, text: text(input.text, values), body: body(input.body, values) })
    : { ...input, message: text(input.message, values) }
