/**
 * Fuzzing helpers for the domain reliability suite: every public decoder of `@effect-auth0/domain`, hostile
 * JSON generators, and mutations that turn a valid document into a near miss.
 */
import { Arbitrary, Either, FastCheck as fc, ParseResult, Redacted, Schema } from "effect"
import type { SchemaAST } from "effect"
import * as Domain from "@effect-auth0/domain"
import * as Validation from "@effect-auth0/domain/Validation"

// ---------------------------------------------------------------------------------------------------------------
// Decoders
// ---------------------------------------------------------------------------------------------------------------

/** What one decode gave: a value, or the issues of a ParseError (plus the error itself when there is one). */
export type Outcome =
  | { readonly _tag: "Success"; readonly value: unknown }
  | { readonly _tag: "Failure"; readonly error: ParseResult.ParseError | undefined; readonly issues: ReadonlyArray<Validation.Issue> }

/** A public decoder: a schema of the package with one set of parse options, or a `Validation` function. */
export interface Decoder {
  readonly name: string
  readonly schema: Schema.Schema<any, any, never> | undefined
  /** True when excess properties are errors: then a success must encode back to exactly the input. */
  readonly strict: boolean
  readonly run: (input: unknown) => Outcome
}

const fromSchema = (name: string, schema: Schema.Schema<any, any, never>, options: SchemaAST.ParseOptions, strict: boolean): Decoder => {
  const decode = Schema.decodeUnknownEither(schema, options)
  return {
    name,
    schema,
    strict,
    run: (input) => {
      const result = decode(input)
      return Either.isRight(result)
        ? { _tag: "Success", value: result.right }
        : { _tag: "Failure", error: result.left, issues: Validation.issuesOf(result.left) }
    }
  }
}

/** Every schema exported by a module of the package, found by walking the namespaces of the index. */
export const publicSchemas: ReadonlyArray<readonly [string, Schema.Schema<any, any, never>]> = Object.entries(Domain).flatMap(
  ([moduleName, module]) =>
    Object.entries(module as Record<string, unknown>)
      .filter((entry): entry is [string, Schema.Schema<any, any, never>] => Schema.isSchema(entry[1]))
      .map(([name, schema]) => [`${moduleName}.${name}`, schema] as const)
)

/**
 * Every public decoder: each exported schema with the default options (what `Schema.decodeUnknown` does) and with
 * `Validation.strictOptions` (what the emulator and local validation use), plus `Validation.decodeCreateConnection`.
 */
export const decoders: ReadonlyArray<Decoder> = [
  ...publicSchemas.flatMap(([name, schema]) => [
    fromSchema(name, schema, {}, false),
    fromSchema(`${name} (strict)`, schema, Validation.strictOptions, true)
  ]),
  {
    name: "Validation.decodeCreateConnection",
    schema: undefined,
    strict: true,
    run: (input) => {
      const result = Validation.decodeCreateConnection(input)
      return Either.isRight(result) ? { _tag: "Success", value: result.right } : { _tag: "Failure", error: undefined, issues: result.left }
    }
  }
]

/** The decoders of one exported schema (default and strict), by its `Module.Name`. */
export const decodersOf = (qualifiedName: string): ReadonlyArray<Decoder> =>
  decoders.filter((d) => d.name === qualifiedName || d.name === `${qualifiedName} (strict)`)

// ---------------------------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------------------------

/** A problem with one decode, or `undefined` when the outcome is well formed. */
export const checkOutcome = (decoder: Decoder, input: unknown, outcome: Outcome): string | undefined => {
  if (outcome._tag === "Success") {
    const proto = injectedPrototype(outcome.value)
    if (proto !== undefined) return `${decoder.name}: decoded value has a non-plain prototype at ${proto}`
    if (decoder.strict && decoder.schema !== undefined) {
      // Strict decoding drops nothing, so encoding must give the input back (forward compatibility: a PATCH
      // built from a decoded connection must not erase what the library does not model).
      const encoded = Schema.encodeEither(decoder.schema)(outcome.value)
      if (Either.isLeft(encoded)) return `${decoder.name}: decoded value does not encode: ${String(encoded.left).slice(0, 300)}`
      if (!jsonEqual(encoded.right, input)) return `${decoder.name}: decode→encode changed the value`
    }
    return undefined
  }
  if (decoder.schema !== undefined && !(outcome.error instanceof ParseResult.ParseError)) {
    return `${decoder.name}: failed with something other than a ParseError`
  }
  if (outcome.issues.length === 0) return `${decoder.name}: ParseError without issues`
  for (const issue of outcome.issues) {
    if (!Array.isArray(issue.path) || !issue.path.every((p) => typeof p === "string" || typeof p === "number")) {
      return `${decoder.name}: issue without a usable path: ${String(issue.path)}`
    }
    if (typeof issue.message !== "string" || issue.message.length === 0) return `${decoder.name}: issue without a message`
    // Rendering must never throw either (it is what people print).
    Validation.formatIssue(issue)
  }
  return undefined
}

/** Runs a decoder, turning a thrown exception into a reported problem. */
export const decodeSafely = (decoder: Decoder, input: unknown): { readonly outcome?: Outcome; readonly problem?: string; readonly knownUpstream?: true } => {
  try {
    const outcome = decoder.run(input)
    const problem = checkOutcome(decoder, input, outcome)
    return problem === undefined ? { outcome } : { outcome, problem }
  } catch (e) {
    if (isUnionDiscriminatorThrow(e)) return { knownUpstream: true }
    return { problem: `${decoder.name}: threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e).slice(0, 200)}` }
  }
}

/**
 * The one throw known to come from Effect itself (reported; the lead decides whether the domain guards against
 * it): a `Schema.Union` discriminated by a literal field runs `String(input[field])`, which throws when that field
 * holds an object whose own `toString` is not a function (`{"strategy": {"toString": 1}}`). The fuzz properties
 * count these instead of failing at random; `ReliabilityFuzz` asserts the behaviour strictly in a dedicated test.
 */
export const isUnionDiscriminatorThrow = (e: unknown): boolean => {
  const text = `${String(e)}\n${e instanceof Error ? e.stack ?? "" : ""}\n${e instanceof Error && e.cause instanceof Error ? e.cause.stack ?? "" : ""}`
  return text.includes("Cannot convert object to primitive value") && /ParseResult\.(ts|js)/.test(text) && !text.includes("packages/domain/src")
}

/** True when `prefix` is a prefix of `path`. */
export const isPrefix = (prefix: ReadonlyArray<PropertyKey>, path: ReadonlyArray<PropertyKey>): boolean =>
  prefix.length <= path.length && prefix.every((p, i) => p === path[i])

/** True when one path contains the other: an issue there talks about the mutated spot or what encloses it. */
export const related = (a: ReadonlyArray<PropertyKey>, b: ReadonlyArray<PropertyKey>): boolean => isPrefix(a, b) || isPrefix(b, a)

/**
 * The path of the first plain-data object (not an array, not a `Redacted`, not a `Schema.Class` instance) whose
 * prototype is neither `Object.prototype` nor `null`: that is what an own `__proto__` key turns into when a
 * decoder copies it with an assignment, and the inherited properties then bypass validation.
 */
export const injectedPrototype = (value: unknown, path = "(root)", seen = new Set<unknown>(), depth = 0): string | undefined => {
  if (typeof value !== "object" || value === null || seen.has(value) || depth > 200 || Redacted.isRedacted(value)) return undefined
  seen.add(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = injectedPrototype(value[i], `${path}[${i}]`, seen, depth + 1)
      if (found !== undefined) return found
    }
    return undefined
  }
  const proto = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) {
    // Library values (Redacted, Option, …) have their own prototypes; a data object's prototype is a plain object.
    const protoProto = Object.getPrototypeOf(proto)
    if (protoProto === Object.prototype || protoProto === null) {
      if (!Object.prototype.hasOwnProperty.call(proto, "constructor")) return path
    }
    return undefined
  }
  for (const key of Object.keys(value)) {
    const found = injectedPrototype((value as Record<string, unknown>)[key], `${path}.${key}`, seen, depth + 1)
    if (found !== undefined) return found
  }
  return undefined
}

/** Deep equality of JSON data (key order ignored), tolerant of `-0` vs `0` like JSON itself. */
export const jsonEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bs = b as ReadonlyArray<unknown>
    return a.length === bs.length && a.every((x, i) => jsonEqual(x, bs[i]))
  }
  const ak = Object.keys(a as object)
  const bk = Object.keys(b as object)
  if (ak.length !== bk.length) return false
  return ak.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as any)[k], (b as any)[k]))
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------------------------

/** One megabyte of text and 100k astral characters, built once and shared (the decoders must not choke on them). */
export const HUGE_ASCII = "x".repeat(1_000_000)
export const HUGE_ASTRAL = "😀".repeat(100_000)

/** Strings that have broken parsers before: control characters, bidi overrides, astral planes, lone surrogates. */
export const NASTY_STRINGS: ReadonlyArray<string> = [
  "", " ", "\u0000", "a\u0000b", "\u202Eevil\u202C", "\u200F\u200E", "مرحبا", "שלום", "😀", "👩‍👩‍👧‍👦", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "\uD800", "\uDFFF", "a\uD83D", "e\u0301\u0301\u0301", "\uFEFF", "\u200B", "\r\n", "\t", "\\", "\"", "'", "<script>alert(1)</script>",
  "${process.exit()}", "%s%n%x", "../../etc/passwd", "con_", "con_0000000000000000", "con_😀", "tok_", "null", "true", "0",
  "-1", "1e309", "NaN", "__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "-", "--", "a--b", "-a", "a-",
  "a".repeat(127), "a".repeat(128), "a".repeat(129), "a".repeat(254), "a".repeat(255), "a".repeat(256), "😀".repeat(64),
  "😀".repeat(65), "a".repeat(1000), "a".repeat(1001), HUGE_ASCII, HUGE_ASTRAL
]

/** Numbers at the edges of what JSON can carry and of the limits the schemas declare. */
export const NASTY_NUMBERS: ReadonlyArray<number> = [
  0, -0, 1, -1, 0.5, 1.5, 24, 25, 50, 51, 96, 97, 99, 100, 101, 127, 128, 129, 255, 256, 900, 901, 1000, 1001,
  2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308,
  Number.MIN_VALUE, Number.EPSILON
]

/** A string: anything unicode (lone surrogates included), a grapheme soup, or one of the nasty ones. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9-]{0,130}$/) }
)

/** A number: integer, double, or an edge value (all finite: JSON has no NaN or Infinity). */
export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...NASTY_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true })
)

/** Object keys, including the ones JavaScript treats specially. */
export const nastyKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "then", "length", "0", "-1", "😀", "\u0000", "a.b", "[0]") },
  { weight: 1, arbitrary: fc.constantFrom("id", "name", "strategy", "options", "realms", "metadata", "enabled_clients", "display_name", "connections", "clients", "next", "total", "client_id", "status", "statusCode", "message") }
)

/** A JSON value of bounded size built from the hostile pieces above. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    nastyNumber,
    nastyString,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(nastyKey, tie("value"), { maxKeys: 6 })
  )
})).value

/** Nests a value `depth` times inside arrays or objects (alternating when `mixed`). */
export const nest = (depth: number, kind: "array" | "object" | "mixed", leaf: unknown = "x"): unknown => {
  let value = leaf
  for (let i = 0; i < depth; i++) {
    value = kind === "array" || (kind === "mixed" && i % 2 === 0) ? [value] : { a: value }
  }
  return value
}

// ---------------------------------------------------------------------------------------------------------------
// Near misses: mutations of valid documents
// ---------------------------------------------------------------------------------------------------------------

/** A location in a JSON document. */
export type Path = ReadonlyArray<string | number>

/** Every path of a JSON document (the root included), objects and arrays alike. */
export const pathsOf = (value: unknown, prefix: Path = [], out: Array<Path> = []): Array<Path> => {
  out.push(prefix)
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out))
  else if (typeof value === "object" && value !== null) for (const k of Object.keys(value)) pathsOf((value as any)[k], [...prefix, k], out)
  return out
}

/** True when every step of the path exists in the document. */
export const exists = (doc: unknown, path: Path): boolean => {
  let current = doc
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.prototype.hasOwnProperty.call(current, key)) return false
    current = (current as any)[key]
  }
  return true
}

/** The value at a path. */
export const getAt = (value: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v as any)?.[k], value)

/** A copy of `doc` with `f` applied at `path` (`f` returns `undefined` to remove the key / element). */
export const updateAt = (doc: unknown, path: Path, f: (current: unknown) => unknown): unknown => {
  if (path.length === 0) return f(doc)
  const [head, ...rest] = path
  if (Array.isArray(doc)) {
    // A path drawn before an earlier step replaced an object with an array may name a key such as "length": it
    // addresses no element, so the step leaves the document as it is (seed 1484230850 threw RangeError here).
    if (typeof head !== "number" || !Number.isInteger(head) || head < 0) return doc
    const copy = [...doc]
    const next = updateAt(copy[head as number], rest, f)
    if (next === undefined && rest.length === 0) copy.splice(head as number, 1)
    else copy[head as number] = next
    return copy
  }
  const copy: Record<string, unknown> = {}
  for (const k of Object.keys(doc as object)) defineOwn(copy, k, (doc as any)[k])
  const next = updateAt(Object.prototype.hasOwnProperty.call(copy, head!) ? copy[head as string] : undefined, rest, f)
  if (next === undefined && rest.length === 0) delete copy[head as string]
  else defineOwn(copy, head as string, next)
  return copy
}

/** One way to damage a document. */
export type Mutation =
  | { readonly _tag: "Replace"; readonly value: unknown }
  | { readonly _tag: "Remove" }
  | { readonly _tag: "AddKey"; readonly key: string; readonly value: unknown }
  | { readonly _tag: "Wrap" }
  | { readonly _tag: "AppendItem"; readonly value: unknown }
  | { readonly _tag: "Grow"; readonly times: number }

const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, "", "x", [], {}, [null], { "": null }) },
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 2, arbitrary: nastyJson },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 50, max: 1500 })).map((d) => nest(d, "mixed")) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5_000 }).map((n) => Array.from({ length: n }, (_, i) => `v${i}`)) }
)

/** A mutation (prototype keys are generated separately, see {@link prototypeMutation}). */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: wrongValue.map((value): Mutation => ({ _tag: "Replace", value })) },
  { weight: 3, arbitrary: fc.constant<Mutation>({ _tag: "Remove" }) },
  { weight: 3, arbitrary: fc.record({ key: nastyKey, value: wrongValue }).map(({ key, value }): Mutation => ({ _tag: "AddKey", key, value })) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ _tag: "Wrap" }) },
  { weight: 2, arbitrary: wrongValue.map((value): Mutation => ({ _tag: "AppendItem", value })) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 120 }).map((times): Mutation => ({ _tag: "Grow", times })) }
)

/** Keys that name `Object.prototype` members; `__proto__` is added as an own key, as `JSON.parse` does. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__"] as const

/** Adds a prototype-named key holding an object or a scalar. */
export const prototypeMutation: fc.Arbitrary<Mutation> = fc
  .record({
    key: fc.constantFrom(...PROTOTYPE_KEYS),
    value: fc.oneof(
      fc.constantFrom<unknown>({ polluted: true }, { isAdmin: true, passwordPolicy: "not-a-policy", name: 42 }, null, "x", 1, [])
    )
  })
  .map(({ key, value }): Mutation => ({ _tag: "AddKey", key, value }))

/** Sets an own property, even `__proto__` (plain assignment would replace the prototype instead). */
const defineOwn = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })

/**
 * Applies a mutation at a path; returns the new document and the path the change is at (for `AddKey`, the new key).
 * `Remove` on the root and `AddKey`/`AppendItem` on a value of the wrong kind turn into a `Replace`.
 */
export const applyMutation = (doc: unknown, path: Path, m: Mutation): { readonly doc: unknown; readonly at: Path } | undefined => {
  // An earlier mutation may have replaced a container on the way: then this one has nothing to act on.
  if (!exists(doc, path)) return undefined
  switch (m._tag) {
    case "Replace":
      return { doc: updateAt(doc, path, () => m.value), at: path }
    case "Remove":
      if (path.length === 0) return { doc: null, at: path }
      // Removing an array element shifts the ones after it, so the change is the whole array.
      return { doc: updateAt(doc, path, () => undefined), at: typeof path[path.length - 1] === "number" ? path.slice(0, -1) : path }
    case "Wrap":
      return { doc: updateAt(doc, path, (v) => [v]), at: path }
    case "AddKey": {
      const target = getAt(doc, path)
      if (typeof target !== "object" || target === null || Array.isArray(target)) {
        const obj = {}
        defineOwn(obj, m.key, m.value)
        return { doc: updateAt(doc, path, () => obj), at: path }
      }
      return {
        doc: updateAt(doc, path, (v) => {
          const copy: Record<string, unknown> = {}
          for (const k of Object.keys(v as object)) defineOwn(copy, k, (v as any)[k])
          defineOwn(copy, m.key, m.value)
          return copy
        }),
        at: [...path, m.key]
      }
    }
    case "AppendItem": {
      const target = getAt(doc, path)
      if (!Array.isArray(target)) return { doc: updateAt(doc, path, () => [m.value]), at: path }
      return { doc: updateAt(doc, path, (v) => [...(v as Array<unknown>), m.value]), at: [...path, target.length] }
    }
    case "Grow": {
      const target = getAt(doc, path)
      if (Array.isArray(target) && target.length > 0) {
        return { doc: updateAt(doc, path, (v) => Array.from({ length: m.times }, (_, i) => (v as Array<unknown>)[i % (v as Array<unknown>).length])), at: path }
      }
      if (typeof target === "string") return { doc: updateAt(doc, path, () => target.repeat(m.times) + "x"), at: path }
      if (typeof target === "object" && target !== null) {
        return {
          doc: updateAt(doc, path, (v) => {
            const copy: Record<string, unknown> = { ...(v as object) }
            for (let i = 0; i < m.times; i++) copy[`k${i}`] = `v${i}`
            return copy
          }),
          at: path
        }
      }
      return { doc: updateAt(doc, path, () => m.times), at: path }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Valid seeds
// ---------------------------------------------------------------------------------------------------------------

/** Valid wire documents for a schema: `Arbitrary.make` values, encoded (so secrets are plain strings again). */
export const validWire = (schema: Schema.Schema<any, any, never>): fc.Arbitrary<unknown> => {
  const encode = Schema.encodeEither(schema)
  const decode = Schema.decodeUnknownEither(schema)
  // `Schema.Unknown` parts may hold values JSON cannot carry (undefined, NaN): keep what survives the wire.
  return Arbitrary.make(schema)
    .map((value) => {
      const encoded = encode(value)
      if (Either.isLeft(encoded)) return NOT_JSON
      const text = JSON.stringify(encoded.right)
      return text === undefined ? NOT_JSON : (JSON.parse(text) as unknown)
    })
    .filter((wire) => wire !== NOT_JSON && Either.isRight(decode(wire)))
}

const NOT_JSON: unique symbol = Symbol("NOT_JSON")
