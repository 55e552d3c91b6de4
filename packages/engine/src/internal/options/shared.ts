/**
 * What every strategy's options derivation shares: its context, its type, and small helpers.
 *
 * Default sub-objects are frozen module constants shared by every stored connection: the store never mutates
 * what it holds and copies on the way out, so sharing is safe and keeps 100k connections small.
 *
 * @internal
 */
import type { Sealer } from "../crypto.js"
import { defineOwn, type JsonObject, own } from "../json.js"

/** Context for deriving options. */
export interface DeriveContext {
  readonly mode: "create" | "update"
  readonly strategy: string
  readonly name: string
  readonly tenantDomain: string
  readonly sealer: Sealer
  /** The options before this PATCH (update only). */
  readonly previous?: JsonObject | undefined
}

/**
 * The options Auth0 stores for one strategy: the caller's options (`user`, already validated) completed with the
 * strategy's server-side defaults. May reject with a 400 for a broken business rule.
 */
export type Derive = (user: JsonObject, ctx: DeriveContext) => JsonObject

/** Freezes a default value and everything in it. */
export const deepFreeze = <A>(value: A): A => {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** Copies the user's keys in order (shallow: nested values are fresh from the parsed body). */
export const copyKeys = (target: JsonObject, source: JsonObject): void => {
  for (const key of Object.keys(source)) defineOwn(target, key, source[key])
}

/** A copy of the user's options, to which defaults are then added. */
export const copyOf = (user: JsonObject): JsonObject => {
  const out: JsonObject = {}
  copyKeys(out, user)
  return out
}

/** Sets each default the user did not send. */
export const fill = (out: JsonObject, user: JsonObject, defaults: JsonObject): JsonObject => {
  for (const key of Object.keys(defaults)) if (!Object.prototype.hasOwnProperty.call(user, key)) out[key] = defaults[key]
  return out
}

/** A boolean option, or `undefined` when absent or of another type. */
export const bool = (o: JsonObject, key: string): boolean | undefined => {
  const v = own(o, key)
  return typeof v === "boolean" ? v : undefined
}
