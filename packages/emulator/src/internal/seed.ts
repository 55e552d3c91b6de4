/**
 * The shape of a seed as it arrives from outside (`--seed` file, `POST /__emulator/seed`), validated before it
 * reaches the engine.
 */
import type * as Engine from "@effect-auth0/engine/Engine"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as ParseError from "./parseError.js"

/**
 * `{connections?: object[], clients?: {client_id, client_secret?, name?}[], directoryProvisionings?: object[]}`;
 * unknown top-level keys are refused. Directory-provisioning items are checked by the engine (by its body schemas).
 */
export const SeedSchema = Schema.Struct({
  connections: Schema.optional(Schema.Array(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
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
