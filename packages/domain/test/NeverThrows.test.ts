/**
 * Decoding never throws, whatever comes in: every schema answers with `Right` or `Left(ParseError)`.
 * Also: a `"__proto__"` key (which `JSON.parse` keeps as an ordinary key) never reaches a decoded prototype.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either, FastCheck as fc, ParseResult, Redacted, Schema } from "effect"
import * as Domain from "@effect-auth0/domain"
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as Metadata from "@effect-auth0/domain/Metadata"
import * as Validation from "@effect-auth0/domain/Validation"
import { isUnionDiscriminatorThrow } from "./reliability/fuzz.js"

type AnySchema = Schema.Schema<any, any, never>

const schemas: ReadonlyArray<readonly [string, AnySchema]> = Object.entries(Domain).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter((entry): entry is [string, AnySchema] => Schema.isSchema(entry[1]))
    .map(([name, schema]) => [`${module}.${name}`, schema] as const)
)

// Anything JSON.parse can give (object keys include "__proto__", "constructor"…), and values JSON cannot express.
const input = fc.oneof(
  fc.json({ depthSize: "small" }).map((text) => JSON.parse(text) as unknown),
  fc.jsonValue({ depthSize: "small" }),
  fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true })
)

// A connection-shaped object with junk in random places is more likely to get deep into the decoders.
const nearMiss = fc.record({
  id: fc.oneof(fc.constant("con_dqoO3J23QCEvZ85b"), fc.jsonValue()),
  name: fc.oneof(fc.constant("acme"), fc.jsonValue()),
  strategy: fc.oneof(fc.constantFrom("auth0", "samlp", "oidc", "waad", "sms", "apple", "brand-new-idp"), fc.jsonValue()),
  options: fc.oneof(fc.dictionary(fc.constantFrom("client_secret", "upstream_params", "__proto__", "scope", "x"), fc.jsonValue()), fc.jsonValue()),
  metadata: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.constant(null), fc.jsonValue()))
}, { requiredKeys: [] }).map((value) => JSON.parse(JSON.stringify(value)) as unknown)

const neverThrows = (run: (u: unknown) => Either.Either<unknown, unknown>, numRuns: number) =>
  fc.assert(
    fc.property(fc.oneof(input, nearMiss), (u) => {
      let result: Either.Either<unknown, unknown>
      try {
        result = run(u)
      } catch (e) {
        // Effect's own union-discriminator throw on `{"strategy": {"toString": null}}`: known upstream, asserted
        // strictly (as `it.fails`) in ReliabilityFuzz; the domain's `Validation` helpers catch it. Anything else fails.
        if (isUnionDiscriminatorThrow(e)) return
        throw e
      }
      expect(Either.isEither(result)).toBe(true)
      if (Either.isLeft(result)) expect(ParseResult.isParseError(result.left)).toBe(true)
    }),
    { numRuns }
  )

describe("decoding arbitrary input never throws", () => {
  it(`every exported schema (${schemas.length}), default and strict options`, () => {
    for (const [name, schema] of schemas) {
      const lenient = Schema.decodeUnknownEither(schema)
      const strict = Schema.decodeUnknownEither(schema, Validation.strictOptions)
      try {
        neverThrows(lenient, 20)
        neverThrows(strict, 10)
      } catch (error) {
        throw new Error(`${name}: ${String(error)}`)
      }
    }
  })

  it("every exported schema on edge values: null, primitives, boxed values, objects without a prototype", () => {
    const bare = Object.assign(Object.create(null) as object, { name: "n", strategy: "auth0", take: 5, id: "con_abc" })
    const edges: ReadonlyArray<unknown> = [
      null, undefined, 0, -1, 1.5, Number.NaN, Infinity, "", "x".repeat(2000), true, [], [null], {}, bare, [bare],
      { take: bare, metadata: bare, options: bare }, new Date(0), new Map(), 10n, Symbol("s"), () => 1,
      new Boolean(true), new String("s"), new Number(1)
    ]
    const problems: Array<string> = []
    for (const [name, schema] of schemas) {
      for (const options of [undefined, Validation.strictOptions]) {
        const decode = Schema.decodeUnknownEither(schema, options)
        for (const edge of edges) {
          try {
            const result = decode(edge)
            if (Either.isLeft(result)) Validation.issuesOf(result.left)
          } catch (error) {
            problems.push(`${name}: threw ${String(error)} on ${typeof edge}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  })

  it("input nested 100 000 levels deep gives issues through Validation, never a stack overflow", () => {
    let deep: unknown = "leaf"
    for (let i = 0; i < 100_000; i++) deep = i % 2 === 1 ? [deep] : { k: deep }
    const bodies = [
      { name: "n", strategy: "auth0", options: { mfa: deep } },
      { name: "n", strategy: "auth0", display_name: deep },
      { name: "n", strategy: "samlp", realms: deep, options: { fieldsMap: { a: deep } } }
    ]
    for (const body of bodies) {
      const result = Validation.decodeCreateConnection(body)
      expect(Either.isLeft(result)).toBe(true)
      if (Either.isLeft(result)) expect(result.left.length).toBeGreaterThan(0)
    }
    const update = Validation.decode(ConnectionRequest.UpdateConnection)({ options: { deep }, display_name: deep })
    expect(Either.isLeft(update) && update.left.map(Validation.formatIssue)[0]).toMatch(/^display_name: Expected string, actual \[\{"k":/)
    // An open value that deep passes through, and encodes without walking it recursively.
    const encoded = Schema.encodeEither(ConnectionRequest.UpdateConnection)({ options: { deep } })
    expect(Either.isRight(encoded)).toBe(true)
  })

  it("a discriminator Effect cannot turn into a string is an issue through Validation, not an exception", () => {
    // `{"toString": null}` is valid JSON; Effect's union parser calls String() on the `strategy` it dispatches on.
    const hostile = JSON.parse(`{"id":"con_abc","name":"n","strategy":{"toString":null}}`) as unknown
    expect(Validation.decode(Connection.Connection)(hostile)).toEqual(
      Either.left([{ path: [], message: "cannot be decoded (Cannot convert object to primitive value)" }])
    )
    const create = Validation.decodeCreateConnection(hostile)
    const lines = Either.isLeft(create) ? create.left.map(Validation.formatIssue) : []
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^id: is unexpected, expected: "name" \| "display_name"/)
    expect(lines[1]).toBe("strategy: must be one of the 62 Auth0 connection strategies (got an object)")
  })

  it("Validation.decodeCreateConnection returns issues, never throws", () => {
    fc.assert(
      fc.property(fc.oneof(input, nearMiss), (u) => {
        const result = Validation.decodeCreateConnection(u)
        expect(Either.isEither(result)).toBe(true)
        if (Either.isLeft(result)) {
          expect(result.left.length).toBeGreaterThan(0)
          for (const issue of result.left) expect(typeof Validation.formatIssue(issue)).toBe("string")
        }
      }),
      { numRuns: 500 }
    )
  })
})

describe("__proto__ keys", () => {
  it("cannot put unvalidated values behind a decoded connection's options", () => {
    const json = JSON.parse(
      `{"id":"con_dqoO3J23QCEvZ85b","name":"g","strategy":"google-oauth2","options":{"client_id":"a","__proto__":{"client_secret":"plain","scope":123}}}`
    )
    const decoded = Schema.decodeUnknownSync(Connection.Connection)(json)
    if (!Connection.isStrategy(decoded, "google-oauth2")) throw new Error("not google-oauth2")
    expect(Object.getPrototypeOf(decoded.options)).toBe(Object.prototype)
    expect(decoded.options?.client_secret).toBeUndefined()
    expect(decoded.options?.scope).toBeUndefined()
    expect(decoded.options).toEqual({ client_id: "a" })
  })

  it("is reported as unexpected under the strict options, dropped otherwise", () => {
    const json = JSON.parse(`{"name":"a","strategy":"auth0","options":{"__proto__":{"x":1}},"metadata":{"__proto__":null,"k":"v"}}`)
    const result = Validation.decodeCreateConnection(json)
    expect(Either.isLeft(result) && result.left.map((i) => Validation.formatPath(i.path))).toEqual(["metadata.__proto__", "options.__proto__"])
    const metadata = Schema.decodeUnknownSync(Metadata.MetadataWrite)(JSON.parse(`{"__proto__":null,"k":"v"}`))
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype)
    expect(metadata).toEqual({ k: "v" })
    expect(`${String(metadata)}`).toBe("[object Object]")
  })

  it("stays an ordinary key when an update's options are encoded with their secrets unwrapped", () => {
    const options = JSON.parse(`{"client_secret":"x","nested":{"__proto__":{"polluted":true},"keep":1}}`) as Record<string, unknown>
    options["client_secret"] = Redacted.make("s3cr3t")
    const encoded = Schema.encodeSync(ConnectionRequest.OptionsWrite)(options)
    expect(JSON.stringify(encoded)).toBe(`{"client_secret":"s3cr3t","nested":{"__proto__":{"polluted":true},"keep":1}}`)
    expect(Object.getPrototypeOf(encoded["nested"])).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined()
  })

  it("at the top level of a connection is dropped too", () => {
    const json = JSON.parse(`{"id":"con_dqoO3J23QCEvZ85b","name":"n","strategy":"brand-new-idp","__proto__":{"options":{"client_secret":"x"}}}`)
    const decoded = Schema.decodeUnknownSync(Connection.Connection)(json)
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype)
    expect(decoded.options).toBeUndefined()
    expect(Redacted.isRedacted(decoded)).toBe(false)
  })
})
