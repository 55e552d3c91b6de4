/**
 * Readers of single settings for `ConnectionsHttp.configRaw`: empty values count as unset, durations are plain
 * milliseconds or Effect's notation, and the rate limit accepts `off`.
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as Option from "effect/Option"

/** A string; blank counts as unset. */
export const optionalString = (name: string) =>
  Config.option(Config.string(name)).pipe(Config.map(Option.filter((s) => s.trim() !== "")), Config.map(Option.getOrUndefined))

/** A secret, kept `Redacted`. */
export const optionalRedacted = (name: string) => Config.option(Config.redacted(name)).pipe(Config.map(Option.getOrUndefined))

/** A duration as plain milliseconds (`30000`) or in Effect's notation (`30 seconds`). */
export const optionalDuration = (name: string) =>
  optionalString(name).pipe(Config.mapOrFail((s) => {
    if (s === undefined) return Either.right(undefined)
    const trimmed = s.trim()
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Either.right(Duration.millis(Number(trimmed)))
    const decoded = Duration.decodeUnknown(trimmed)
    return Option.isSome(decoded)
      ? Either.right(decoded.value)
      : Either.left(ConfigError.InvalidData([name], `Expected milliseconds or a duration like "30 seconds", got ${JSON.stringify(trimmed)}`))
  }))

/** A number. */
export const optionalNumber = (name: string) => Config.option(Config.number(name)).pipe(Config.map(Option.getOrUndefined))

/** A boolean. */
export const optionalBoolean = (name: string) => Config.option(Config.boolean(name)).pipe(Config.map(Option.getOrUndefined))

/** Requests per second: a number ≥ 0, or `off`/`false`/`none` (read as 0). */
export const optionalRate = (name: string) =>
  optionalString(name).pipe(Config.mapOrFail((s) => {
    if (s === undefined) return Either.right(undefined)
    if (/^(off|false|none)$/i.test(s.trim())) return Either.right(0)
    const n = Number(s)
    return Number.isFinite(n) && n >= 0
      ? Either.right(n)
      : Either.left(ConfigError.InvalidData([name], `Expected requests per second (a number ≥ 0) or "off", got ${JSON.stringify(s)}`))
  }))

// A host name or IP address with an optional port: what `AUTH0_DOMAIN` names (`acme.eu.auth0.com`, `localhost:4010`).
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?$/

/** `undefined` when `value` is a domain (a bare host, optionally with `https://` and a trailing slash), else what is wrong. */
export const checkDomain = (name: string, baseUrlName: string, value: string): string | undefined => {
  const host = value.trim().replace(/^https?:\/\//i, "").replace(/\/+$/, "")
  return HOST.test(host)
    ? undefined
    : `Expected ${name} to be a bare host such as "acme.eu.auth0.com" (a URL with a path goes in ${baseUrlName}), got ${JSON.stringify(value)}`
}

/** `undefined` when `value` is an absolute http(s) URL (or `"/"` where `relative` allows it), else what is wrong. */
export const checkUrl = (name: string, value: string, relative: boolean): string | undefined => {
  const trimmed = value.trim()
  if (relative && /^\/*$/.test(trimmed)) return undefined
  let ok = false
  try {
    const url = new URL(trimmed)
    ok = (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== ""
  } catch {
    ok = false
  }
  return ok
    ? undefined
    : `Expected ${name} to be an absolute http(s) URL such as "https://acme.eu.auth0.com" or "http://127.0.0.1:4010"${
      relative ? ` (or "/" for relative URLs)` : ""
    }, got ${JSON.stringify(value)}`
}
