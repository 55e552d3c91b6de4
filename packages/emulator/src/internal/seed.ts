/**
 * The shape of a seed as it arrives from outside (`--seed` file, `POST /__emulator/seed`), validated before it
 * reaches the engine.
 */
import type * as Engine from "@effect-auth0/engine/Engine"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as ParseError from "./parseError.js"

const JsonObject = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * `{connections?: object[], clients?: {client_id, client_secret?, name?}[], directoryProvisionings?: object[]}`, plus
 * what an export adds: `keys`, `scim` and `scimTokens` keyed by connection id. Unknown top-level keys are refused.
 * Directory-provisioning items are checked by the engine (by its body schemas).
 */
export const SeedSchema = Schema.Struct({
  connections: Schema.optional(Schema.Array(JsonObject)),
  keys: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Array(JsonObject) })),
  scim: Schema.optional(Schema.Record({ key: Schema.String, value: JsonObject })),
  scimTokens: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Array(JsonObject) })),
  clients: Schema.optional(Schema.Array(Schema.Struct({
    client_id: Schema.String.pipe(Schema.minLength(1)),
    client_secret: Schema.optional(Schema.String),
    name: Schema.optional(Schema.String)
  }))),
  directoryProvisionings: Schema.optional(Schema.Array(Schema.Record({ key: Schema.String, value: Schema.Unknown })))
}).annotations({ identifier: "Seed", parseOptions: { onExcessProperty: "error" } })

/** Validates a seed; the `Left` is a readable message. */
export const decode = (input: unknown): Either.Either<Engine.Seed, string> =>
  Schema.decodeUnknownEither(SeedSchema, { errors: "all" })(input).pipe(
    // The engine checks each item of `directoryProvisionings` field by field and names the first problem.
    Either.map((seed) => seed as Engine.Seed),
    Either.mapLeft(ParseError.format)
  )
