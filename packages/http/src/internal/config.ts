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
