/**
 * FastDecode's contract: for every response schema the HTTP client decodes, the compiled decoders give the same
 * result as `Schema.decodeUnknownEither` — the same values (secrets still `Redacted`, unknown keys kept) and, on
 * corrupted input, the same `Left` with the same issues.
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Either, FastCheck, Redacted, Schema } from "effect"
import * as ApiError from "@effect-auth0/domain/ApiError"
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionKey from "@effect-auth0/domain/ConnectionKey"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import * as FastDecode from "@effect-auth0/domain/FastDecode"
import * as Scim from "@effect-auth0/domain/Scim"
import * as Validation from "@effect-auth0/domain/Validation"

type AnySchema = Schema.Schema<any, any, never>

const schemas: ReadonlyArray<readonly [string, AnySchema, number]> = [
  ["Connection", Connection.Connection, 60],
  ["ConnectionProjection", Connection.ConnectionProjection, 60],
  ["ConnectionDeleted", Connection.ConnectionDeleted, 60],
  ["ConnectionsCheckpointPage", ConnectionList.ConnectionsCheckpointPage, 15],
  ["ConnectionsTotalsPage", ConnectionList.ConnectionsTotalsPage, 15],
  ["ConnectionArray", ConnectionList.ConnectionArray, 15],
  ["EnabledClientsPage", EnabledClients.EnabledClientsPage, 60],
  ["ConnectionKey", ConnectionKey.ConnectionKey, 60],
  ["ConnectionKeys", ConnectionKey.ConnectionKeys, 40],
  ["ScimConfiguration", Scim.ScimConfiguration, 60],
  ["ScimDefaultMapping", Scim.ScimDefaultMapping, 60],
  ["ScimTokens", Scim.ScimTokens, 40],
  ["CreatedScimToken", Scim.CreatedScimToken, 60],
  ["ApiErrorBody", ApiError.ApiErrorBody, 60]
]

FastCheck.configureGlobal({ baseSize: "xsmall" })

/** Secrets compared by value; prototypes recorded, so a `__proto__` that became a prototype shows up. */
const plain = (x: unknown): unknown =>
  Redacted.isRedacted(x) ? { redacted: Redacted.value(x) }
  : Array.isArray(x) ? x.map(plain)
  : x !== null && typeof x === "object"
  ? { proto: Object.getPrototypeOf(x) === Object.prototype, own: Object.entries(x).map(([k, v]) => [k, plain(v)]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)) }
  : x

type Result = Either.Either<unknown, import("effect/ParseResult").ParseError>

/** Same Left/Right; same value, or same issues and message. Returns whether it was a Left. */
const expectSame = (got: Result, expected: Result): boolean => {
  expect(got._tag).toBe(expected._tag)
  if (Either.isLeft(expected) && Either.isLeft(got)) {
    expect(Validation.issuesOf(got.left)).toEqual(Validation.issuesOf(expected.left))
    expect(got.left.message).toBe(expected.left.message)
    return true
  }
  if (Either.isRight(expected) && Either.isRight(got)) expect(plain(got.right)).toEqual(plain(expected.right))
  return false
}

/** A copy of a JSON value with every `every`-th value (from `offset`) flipped to another JSON type. */
const corrupt = (text: string, every: number, offset: number): string => {
  let i = 0
  return JSON.stringify(JSON.parse(text, (_k, v: unknown) => {
    if (i++ % every !== offset) return v
    return typeof v === "string" ? 1 : typeof v === "number" ? "n" : typeof v === "boolean" ? null : Array.isArray(v) ? {} : v === null ? [] : "o"
  }))
}

const hostile: ReadonlyArray<readonly [string, unknown]> = [
  ["__proto__", { polluted: true }],
  ["constructor", { prototype: 1 }],
  ["x_unknown", [1, "a"]],
  ["toString", "x"]
]

/** Adds a key to every object of a JSON text: an own `__proto__` (as JSON.parse keeps it), `constructor` or an unknown key. */
const withHostileKeys = (text: string, which: number): string => {
  const [key, extra] = hostile[which % hostile.length]!
  const go = (u: unknown): unknown => {
    if (Array.isArray(u)) return u.map(go)
    if (u === null || typeof u !== "object") return u
    const out: Record<string, unknown> = {}
    const put = (k: string, v: unknown) => Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
    put(key, extra)
    for (const [k, v] of Object.entries(u)) put(k, go(v))
    return out
  }
  return JSON.stringify(go(JSON.parse(text)))
}

describe("FastDecode agrees with Schema.decodeUnknownEither", () => {
  for (const [name, schema, numRuns] of schemas) {
    const reference = Schema.decodeUnknownEither(schema)
    const fast = FastDecode.compileDecoder(schema)
    const fromJson = FastDecode.compileJsonDecoder(schema)
    const encode = Schema.encodeSync(schema)
    const same = (text: string): boolean => {
      const input: unknown = JSON.parse(text)
      const snapshot = JSON.stringify(input)
      const expected = reference(JSON.parse(text))
      const left = expectSame(fast(input), expected)
      expect(JSON.stringify(input)).toBe(snapshot) // the input is never modified
      expectSame(fromJson(text), expected)
      return left
    }

    it(`${name}: generated, corrupted and hostile-key inputs`, () => {
      let rights = 0
      let lefts = 0
      FastCheck.assert(
        FastCheck.property(Arbitrary.make(schema), FastCheck.nat(), (value, seed) => {
          const text = JSON.stringify(encode(value))
          expect(same(text)).toBe(false) // every generated value decodes
          rights++
          for (const t of [corrupt(text, 3 + (seed % 7), seed % 3), withHostileKeys(text, seed)]) {
            if (same(t)) lefts++
          }
        }),
        { numRuns, seed: 7 }
      )
      expect(rights).toBe(numRuns)
      // The corrupted copies must really exercise the error path.
      expect(lefts).toBeGreaterThan(numRuns / 4)
    })
  }

  it("keeps unknown keys, drops `__proto__` without touching prototypes, and keeps secrets redacted", () => {
    const text = JSON.stringify({
      id: "con_0123456789abcdef",
      name: "sms-conn",
      strategy: "sms",
      x_new_field: { nested: [1, 2] },
      options: { twilio_token: "secret-token", x_unknown_option: "kept" }
    }).replace("\"options\":{", "\"options\":{\"__proto__\":{\"client_secret\":\"leak\"},")
    const expected = Schema.decodeUnknownEither(Connection.Connection)(JSON.parse(text))
    for (const got of [FastDecode.compileDecoder(Connection.Connection)(JSON.parse(text)), FastDecode.compileJsonDecoder(Connection.Connection)(text)]) {
      expectSame(got, expected)
      const c = Either.getOrThrow(got) as unknown as Record<string, any>
      expect(c.x_new_field).toEqual({ nested: [1, 2] })
      expect(c.options.x_unknown_option).toBe("kept")
      expect(Redacted.isRedacted(c.options.twilio_token)).toBe(true)
      expect(Object.getPrototypeOf(c.options)).toBe(Object.prototype)
      expect(Object.prototype.hasOwnProperty.call(c.options, "__proto__")).toBe(false)
      expect(c.options.client_secret).toBeUndefined()
    }
  })

  it("an enumerable property on Object.prototype (a polluted realm) changes nothing: the JSON decoder still answers as Effect", () => {
    const text = JSON.stringify({ id: "con_0123456789abcdef", name: "sms-conn", strategy: "sms", options: { from: "+15555550100" } })
    const decode = FastDecode.compileJsonDecoder(Connection.Connection)
    // Synchronous and restored before returning: no other test can observe the polluted prototype.
    Object.defineProperty(Object.prototype, "twilio_token", { value: "inherited", enumerable: true, configurable: true, writable: true })
    try {
      const expected = Schema.decodeUnknownEither(Connection.Connection)(JSON.parse(text))
      const got = decode(text)
      expectSame(got, expected)
      // An inherited key is not the answer's: it must not become an own (secret) option.
      const options = (Either.getOrThrow(got) as unknown as { options: object }).options
      expect(Object.prototype.hasOwnProperty.call(options, "twilio_token")).toBe(false)
    } finally {
      delete (Object.prototype as Record<string, unknown>)["twilio_token"]
    }
  })

  it("a `__proto__` key an index signature keeps is left to Effect (same result, prototype included)", () => {
    const Open = Schema.Record({ key: Schema.String, value: Schema.Unknown })
    const text = "{\"a\":1,\"__proto__\":{\"b\":2}}"
    const expected = Schema.decodeUnknownEither(Open)(JSON.parse(text))
    expectSame(FastDecode.compileDecoder(Open)(JSON.parse(text)), expected)
    expectSame(FastDecode.compileJsonDecoder(Open)(text), expected)
  })
})
