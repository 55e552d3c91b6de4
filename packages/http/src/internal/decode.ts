/**
 * Decoding of 2xx response bodies through the domain's compiled decoders (`FastDecode`): the same results and
 * errors as `Schema.decodeUnknownEither`, several times faster on large list pages.
 */
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionKey from "@effect-auth0/domain/ConnectionKey"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import * as FastDecode from "@effect-auth0/domain/FastDecode"
import * as Scim from "@effect-auth0/domain/Scim"
import type * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"

type Decoder = (u: unknown) => Either.Either<unknown, ParseResult.ParseError>

// Keyed by AST: compiling walks the whole schema, which must happen once per schema, never per response.
const decoders = new WeakMap<Schema.Schema.AnyNoContext["ast"], Decoder>()

/** The compiled decoder of `schema` (compiled on first use, then reused). */
export const decoderFor = <A, I>(schema: Schema.Schema<A, I, never>): (u: unknown) => Either.Either<A, ParseResult.ParseError> => {
  let decoder = decoders.get(schema.ast)
  if (decoder === undefined) {
    decoder = FastDecode.compileDecoder(schema)
    decoders.set(schema.ast, decoder)
  }
  return decoder as (u: unknown) => Either.Either<A, ParseResult.ParseError>
}

// Keyed by AST, as `decoders`.
const jsonDecoders = new WeakMap<Schema.Schema.AnyNoContext["ast"], (text: string) => Either.Either<unknown, ParseResult.ParseError>>()

/**
 * The compiled parse-and-decode of a JSON text for `schema`: the parsed value is validated in place rather than
 * copied (it belongs to the decoder alone), which halves what a large page allocates. Throws what `JSON.parse` throws.
 */
export const jsonDecoderFor = <A, I>(schema: Schema.Schema<A, I, never>): (text: string) => Either.Either<A, ParseResult.ParseError> => {
  let decoder = jsonDecoders.get(schema.ast)
  if (decoder === undefined) {
    decoder = FastDecode.compileJsonDecoder(schema)
    jsonDecoders.set(schema.ast, decoder)
  }
  return decoder as (text: string) => Either.Either<A, ParseResult.ParseError>
}

// Every response schema the client decodes, compiled at module load so no request pays for it.
for (
  const schema of [
    Connection.Connection,
    Connection.ConnectionProjection,
    Connection.ConnectionDeleted,
    ConnectionList.ConnectionsCheckpointPage,
    ConnectionList.ConnectionsTotalsPage,
    EnabledClients.EnabledClientsPage,
    ConnectionKey.ConnectionKey,
    ConnectionKey.ConnectionKeys,
    Scim.ScimConfiguration,
    Scim.ScimDefaultMapping,
    Scim.ScimTokens,
    Scim.CreatedScimToken
  ] as ReadonlyArray<Schema.Schema<unknown, unknown, never>>
) {
  decoderFor(schema)
  jsonDecoderFor(schema)
}
