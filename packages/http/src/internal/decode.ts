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

/**
 * One compiled function per schema, keyed by AST: compiling walks the whole schema, which must happen once per
 * schema, never per response.
 */
const compiledOnce = <In>(compile: (schema: Schema.Schema<unknown, unknown, never>) => (input: In) => Either.Either<unknown, ParseResult.ParseError>) => {
  const compiled = new WeakMap<Schema.Schema.AnyNoContext["ast"], (input: In) => Either.Either<unknown, ParseResult.ParseError>>()
  return <A, I>(schema: Schema.Schema<A, I, never>): (input: In) => Either.Either<A, ParseResult.ParseError> => {
    let f = compiled.get(schema.ast)
    if (f === undefined) {
      f = compile(schema as Schema.Schema<unknown, unknown, never>)
      compiled.set(schema.ast, f)
    }
    return f as (input: In) => Either.Either<A, ParseResult.ParseError>
  }
}

/** The compiled decoder of `schema` (compiled on first use, then reused). */
export const decoderFor = compiledOnce<unknown>(FastDecode.compileDecoder)

/**
 * The compiled parse-and-decode of a JSON text for `schema`: the parsed value is validated in place rather than
 * copied (it belongs to the decoder alone), which halves what a large page allocates. Throws what `JSON.parse` throws.
 */
export const jsonDecoderFor = compiledOnce<string>(FastDecode.compileJsonDecoder)

// Every response schema the client decodes, compiled at module load so no request pays for it. 2xx bodies go
// through `jsonDecoderFor`; `decoderFor` only sees empty or non-JSON bodies (which fail), so it compiles on first use.
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
) jsonDecoderFor(schema)
