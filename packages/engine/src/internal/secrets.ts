/**
 * The secrets a stored connection holds, found once: the options the domain types as `Secret` (`client_secret`,
 * `twilio_token`, `gateway_authentication.secret`, the private `key` of `decryptionKey` / `signing_key`, a plain
 * `decryptionKey`) and every value of a custom database's `configuration` (which the engine keeps sealed).
 * Used to mask them (snapshots, exports without secrets) and to open sealed values (exports with secrets).
 *
 * @internal
 */
import { isRecord } from "effect/Predicate"
import type { Sealer } from "./crypto.js"
import { clone, type JsonObject } from "./json.js"

/** What a masked secret reads as. */
export const MASK = "********"

const TOP_LEVEL = ["client_secret", "twilio_token"] as const
const NESTED = [["gateway_authentication", "secret"], ["decryptionKey", "key"], ["signing_key", "key"]] as const

/**
 * A copy of `connection` with every secret string `s` replaced by `f(s, configuration)` (`configuration` tells a
 * value of `options.configuration`, the sealed ones, from the others). Other values are left as they are.
 */
export const mapSecrets = (connection: JsonObject, f: (value: string, configuration: boolean) => string): JsonObject => {
  const options = connection.options
  if (!isRecord(options)) return clone(connection)
  const out = clone(connection)
  const o = out.options as JsonObject
  for (const key of TOP_LEVEL) if (typeof o[key] === "string") o[key] = f(o[key], false)
  if (typeof o.decryptionKey === "string") o.decryptionKey = f(o.decryptionKey, false)
  for (const [outer, inner] of NESTED) {
    const holder = o[outer]
    if (isRecord(holder) && typeof holder[inner] === "string") holder[inner] = f(holder[inner], false)
  }
  if (isRecord(o.configuration)) {
    const configuration = o.configuration
    for (const key of Object.keys(configuration)) {
      const v = configuration[key]
      if (typeof v === "string") configuration[key] = f(v, true)
    }
  }
  return out
}

/** Every secret replaced by {@link MASK}. */
export const mask = (connection: JsonObject): JsonObject => mapSecrets(connection, () => MASK)

/** Sealed `configuration` values opened to their plain text (a seed of the result seals them again). */
export const unseal = (connection: JsonObject, sealer: Sealer): JsonObject =>
  mapSecrets(connection, (value, configuration) => configuration ? sealer.open(value) ?? value : value)
