/**
 * Compiled decoders for the response schemas: the same results as Effect's `Schema.decodeUnknownEither`, several
 * times faster on valid input.
 *
 * Contract: for every input, `compileDecoder(schema)(u)` gives the same `Either` as
 * `Schema.decodeUnknownEither(schema)(u)` (up to key order in objects, which Effect does not promise either). A
 * schema's AST is compiled once into plain closures for the nodes whose decoding this module reproduces (type
 * literals with at most one string index signature, arrays, unions — candidates ordered exactly as Effect orders
 * them —, literals, keywords, refinements, declarations and final transformations such as `Redacted`); any other
 * node is decoded by Effect's own parser, and on the first failure anywhere (or anything it cannot prove, such as a
 * `__proto__` key an index signature would keep, or an asynchronous step) the whole input is handed to
 * `Schema.decodeUnknownEither`, so every error is Effect's own `ParseError`.
 *
 * @since 0.0.0
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import { SafeKey, Secret } from "./ConnectionOptions.js"

const FAIL: unique symbol = Symbol("@effect-auth0/domain/FastDecode/fail")
// A union's candidates all failed without changing the input: try the next ones.
const NEXT: unique symbol = Symbol("@effect-auth0/domain/FastDecode/next")
const NONE: ReadonlyArray<never> = []
type Parser = (u: unknown) => unknown
const options: AST.ParseOptions = {}
const identity: Parser = (u) => u
const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)
const hasOwn = Object.prototype.hasOwnProperty

/** Falls back to Effect's parser for one node (exact, just not faster). */
const viaEffect = (ast: AST.AST): Parser => {
  const decode = ParseResult.decodeUnknownEither(Schema.make(ast))
  return (u) => {
    const r = decode(u, options)
    return Either.isRight(r) ? r.right : FAIL
  }
}

/** Sync parser results from Effect-style functions: a `Right` value, or FAIL for a `Left` or an async effect. */
const fromResult = (r: unknown): unknown => (Either.isEither(r) ? (Either.isRight(r) ? r.right : FAIL) : FAIL)

const leaves = (ast: AST.AST): Array<AST.AST> => (ast._tag === "Union" ? ast.types.flatMap(leaves) : [ast])

/** The literal-typed required keys of a union member, as Effect's union parser finds them (decoding side). */
const literalsOf = (ast: AST.AST): Array<readonly [PropertyKey, AST.Literal]> => {
  switch (ast._tag) {
    case "Declaration": {
      const surrogate = AST.getSurrogateAnnotation(ast)
      return Option.isSome(surrogate) ? literalsOf(surrogate.value) : []
    }
    case "TypeLiteral": {
      const out: Array<readonly [PropertyKey, AST.Literal]> = []
      for (const ps of ast.propertySignatures) {
        const type = AST.encodedAST(ps.type)
        if (AST.isLiteral(type) && !ps.isOptional) out.push([ps.name, type])
      }
      return out
    }
    case "TupleType": {
      const out: Array<readonly [PropertyKey, AST.Literal]> = []
      ast.elements.forEach((e, i) => {
        const type = AST.encodedAST(e.type)
        if (AST.isLiteral(type) && !e.isOptional) out.push([i, type])
      })
      return out
    }
    case "Refinement":
      return literalsOf(ast.from)
    case "Suspend":
      return literalsOf(ast.f())
    case "Transformation":
      return literalsOf(ast.from)
  }
  return []
}

/** Whether the in-place parser of a node may write into its input (only objects and arrays are validated in place). */
const changesInPlace = (ast: AST.AST): boolean => {
  switch (ast._tag) {
    case "TypeLiteral":
    case "TupleType":
    case "Suspend":
      return true
    case "Refinement":
      return changesInPlace(ast.from)
    case "Transformation":
      return changesInPlace(ast.from) || changesInPlace(ast.to)
    case "Union":
      return ast.types.some(changesInPlace)
    default:
      return false
  }
}

interface SearchTree {
  readonly keys: Record<PropertyKey, { readonly buckets: Record<string, Array<AST.AST>> }>
  readonly otherwise: Array<AST.AST>
}

/** Effect's union search tree (the same buckets in the same order), so candidates are tried in Effect's order. */
const searchTree = (members: ReadonlyArray<AST.AST>): SearchTree => {
  const keys: Record<PropertyKey, { buckets: Record<string, Array<AST.AST>> }> = {}
  const otherwise: Array<AST.AST> = []
  for (const member of members) {
    const tags = literalsOf(member)
    if (tags.length === 0) {
      otherwise.push(member)
      continue
    }
    for (let j = 0; j < tags.length; j++) {
      const [key, literal] = tags[j]!
      const hash = String(literal.literal)
      const buckets = (keys[key] ??= { buckets: {} }).buckets
      if (hasOwn.call(buckets, hash)) {
        if (j < tags.length - 1) continue
        buckets[hash]!.push(member)
      } else {
        buckets[hash] = [member]
        break
      }
    }
  }
  return { keys, otherwise }
}

const compileUnion = (ast: AST.Union, compile: (ast: AST.AST) => Parser, inPlace: boolean): Parser => {
  // A union of literals is a set lookup (Effect returns the input itself for whichever literal matches).
  const all = leaves(ast)
  if (all.every((m) => m._tag === "Literal")) {
    const set = new Set(all.map((m) => (m as AST.Literal).literal))
    return (u) => (set.has(u as AST.LiteralValue) ? u : FAIL)
  }
  const tree = searchTree(ast.types)
  const keys = Reflect.ownKeys(tree.keys)
  if (keys.includes("__proto__")) return viaEffect(ast)
  const parserOf = new Map<AST.AST, Parser>()
  for (const m of ast.types) parserOf.set(m, compile(m))
  const toParsers = (ms: ReadonlyArray<AST.AST>) => ms.map((m) => parserOf.get(m)!)
  const otherwise = toParsers(tree.otherwise)
  // Effect returns the first candidate that succeeds. In place, a failed candidate that may have changed the input
  // already must not be followed by another: the whole input goes to Effect instead.
  const mayChange = new Set(inPlace ? ast.types.filter(changesInPlace).map((m) => parserOf.get(m)!) : [])
  // The first answer among `parsers`, or NEXT when each failed without having changed the input.
  const attempt = (parsers: ReadonlyArray<Parser>, u: unknown): unknown => {
    for (let i = 0; i < parsers.length; i++) {
      const p = parsers[i]!
      const r = p(u)
      // Only objects and arrays are written to: a primitive input cannot have been changed.
      if (r !== FAIL || (typeof u === "object" && u !== null && mayChange.has(p))) return r
    }
    return NEXT
  }
  const tryAll = (parsers: ReadonlyArray<Parser>): Parser => (u) => {
    const r = attempt(parsers, u)
    return r === NEXT ? FAIL : r
  }
  const tryOtherwise = tryAll(otherwise)
  // Effect dispatches on `String(value)`; anything but a primitive there is left to Effect.
  const isPrimitive = (v: unknown) => v === null || (typeof v !== "object" && typeof v !== "function")
  if (keys.length === 1) {
    const key = keys[0]!
    const dispatch = new Map<string, Parser>()
    for (const [hash, ms] of Object.entries(tree.keys[key]!.buckets)) dispatch.set(hash, tryAll([...toParsers(ms), ...otherwise]))
    return (u) => {
      if (typeof u === "object" && u !== null && hasOwn.call(u, key)) {
        const v = (u as Record<PropertyKey, unknown>)[key]
        if (!isPrimitive(v)) return FAIL
        const p = dispatch.get(String(v))
        if (p !== undefined) return p(u)
      }
      return tryOtherwise(u)
    }
  }
  const buckets = keys.map((k) => {
    const out = new Map<string, ReadonlyArray<Parser>>()
    for (const [hash, ms] of Object.entries(tree.keys[k]!.buckets)) out.set(hash, toParsers(ms))
    return out
  })
  return (u) => {
    // The matching buckets in key order, then `otherwise`: copied only when a second bucket matches.
    let candidates: ReadonlyArray<Parser> = NONE
    if (typeof u === "object" && u !== null) {
      for (let i = 0; i < keys.length; i++) {
        if (!hasOwn.call(u, keys[i]!)) continue
        const v = (u as Record<PropertyKey, unknown>)[keys[i]!]
        if (!isPrimitive(v)) return FAIL
        const b = buckets[i]!.get(String(v))
        if (b !== undefined) candidates = candidates.length === 0 ? b : candidates.concat(b)
      }
    }
    const r = attempt(candidates, u)
    return r === NEXT ? tryOtherwise(u) : r
  }
}

/** `SafeKey` (or an annotated copy of it: the same filter), the key schema of every open object: any key but `__proto__`. */
const isSafeKey = (ast: AST.AST): boolean =>
  ast._tag === "Refinement" && ast.filter === (SafeKey.ast as AST.Refinement).filter && ast.from === (SafeKey.ast as AST.Refinement).from

const compileTypeLiteral = (ast: AST.TypeLiteral, compile: (ast: AST.AST) => Parser, inPlace: boolean): Parser => {
  // `{}` accepts anything but null and undefined, and returns the input itself.
  if (ast.propertySignatures.length === 0 && ast.indexSignatures.length === 0) return (u) => (u == null ? FAIL : u)
  // Effect writes its output with `output[key] = value`, so a `__proto__` property is left to Effect.
  if (ast.propertySignatures.some((ps) => typeof ps.name !== "string" || ps.name === "__proto__")) return viaEffect(ast)
  const names = ast.propertySignatures.map((ps) => ps.name as string)
  const optional = ast.propertySignatures.map((ps) => ps.isOptional)
  const props = ast.propertySignatures.map((ps) => compile(ps.type))
  // Resolved lazily: a recursive schema's parsers are placeholders until the first call.
  let kinds: Array<number> | undefined
  const kindsOf = () => (kinds ??= props.map(kindOf))
  const n = names.length
  if (ast.indexSignatures.length > 1) return viaEffect(ast)
  const index = ast.indexSignatures[0]
  let keyParser: Parser | undefined
  let valueParser: Parser | undefined
  if (index !== undefined) {
    let param: AST.AST = index.parameter
    while (param._tag === "Refinement") param = param.from
    if (param._tag !== "StringKeyword") return viaEffect(ast)
    keyParser = index.parameter._tag === "StringKeyword" ? undefined : compile(index.parameter)
    valueParser = index.type._tag === "UnknownKeyword" || index.type._tag === "AnyKeyword" ? undefined : compile(index.type)
  }
  // Key schemas are refinements of string (pure), and the same option names come back in every object: remember
  // each key's verdict (bounded, so hostile input cannot grow it without limit).
  const keyCache = new Map<string, boolean>()
  const keyOk = keyParser === undefined ? () => true : isSafeKey(index!.parameter) ? (key: string) => key !== "__proto__" : (key: string): boolean => {
    let ok = keyCache.get(key)
    if (ok === undefined) {
      ok = keyParser!(key) !== FAIL
      if (keyCache.size < 10_000) keyCache.set(key, ok)
    }
    return ok
  }
  // One pass over the keys the input has (not over every declared key: most options are absent).
  const table: Record<string, number> = Object.create(null)
  names.forEach((name, i) => (table[name] = i))
  const required = optional.reduce((k, o) => k + (o ? 0 : 1), 0)
  if (inPlace && index !== undefined) {
    // Open object: validate and write back only the values a transformation changed; a key the index signature's
    // key schema rejects is deleted, as Effect leaves it out of its output.
    return (u) => {
      if (!isRecord(u)) return FAIL
      const k = kindsOf()
      let found = 0
      // Own keys only, as Effect reads them (`Object.keys`): `for…in` visits exactly those on a freshly parsed JSON
      // object when nothing enumerable sits on `Object.prototype` (checked once per decode, see compileJsonDecoder),
      // without allocating the array of keys.
      for (const key in u) {
        const v = u[key]
        const i = table[key]
        if (i !== undefined) {
          const r = parseField(k[i]!, props[i]!, v)
          if (r === FAIL) return FAIL
          if (!optional[i]) found++
          if (valueParser !== undefined && keyOk(key) && valueParser(v) === FAIL) return FAIL
          if (r !== v) u[key] = r
        } else if (!keyOk(key)) {
          delete u[key]
        } else if (key === "__proto__") {
          // Kept by the key schema: Effect's output would get it as its prototype, which is left to Effect.
          return FAIL
        } else if (valueParser !== undefined) {
          const r = valueParser(v)
          if (r === FAIL) return FAIL
          if (r !== v) u[key] = r
        }
      }
      if (found < required) {
        for (let i = 0; i < n; i++) {
          if (optional[i] || hasOwn.call(u, names[i]!)) continue
          const r = props[i]!(u[names[i]!])
          if (r === FAIL) return FAIL
          u[names[i]!] = r
        }
      }
      return u
    }
  }
  return (u) => {
    if (!isRecord(u)) return FAIL
    const out: Record<string, unknown> = {}
    let found = 0
    const k = kindsOf()
    for (const key of Object.keys(u)) {
      const i = table[key]
      if (i !== undefined) {
        const v = u[key]
        const r = parseField(k[i]!, props[i]!, v)
        if (r === FAIL) return FAIL
        if (!optional[i]) found++
        out[key] = r
        if (valueParser !== undefined && keyOk(key) && valueParser(u[key]) === FAIL) return FAIL
      } else if (index !== undefined) {
        // Effect skips keys the index signature's key schema rejects, rather than failing.
        if (!keyOk(key)) continue
        if (key === "__proto__") return FAIL
        const r = valueParser === undefined ? u[key] : valueParser(u[key])
        if (r === FAIL) return FAIL
        out[key] = r
      }
    }
    if (found < required) {
      // A required key is missing: Effect parses `input[key]` for it (`undefined`, or an inherited value).
      for (let i = 0; i < n; i++) {
        if (optional[i] || hasOwn.call(u, names[i]!)) continue
        const r = props[i]!(u[names[i]!])
        if (r === FAIL) return FAIL
        out[names[i]!] = r
      }
    }
    return out
  }
}

// Shared keyword checkers: struct loops recognise them and inline the `typeof` test instead of calling them.
const isStringP: Parser = (u) => (typeof u === "string" ? u : FAIL)
const isNumberP: Parser = (u) => (typeof u === "number" ? u : FAIL)
const isBooleanP: Parser = (u) => (typeof u === "boolean" ? u : FAIL)
const KIND_CALL = 0
const KIND_STRING = 1
const KIND_NUMBER = 2
const KIND_BOOLEAN = 3
const KIND_ANY = 4
const kindOf = (p: Parser): number =>
  p === isStringP ? KIND_STRING : p === isNumberP ? KIND_NUMBER : p === isBooleanP ? KIND_BOOLEAN : p === identity ? KIND_ANY : KIND_CALL

/** One declared field: the common primitive checks inline, anything else through its compiled parser. */
const parseField = (kind: number, parse: (u: unknown) => unknown, v: unknown): unknown => {
  switch (kind) {
    case KIND_STRING:
      return typeof v === "string" ? v : FAIL
    case KIND_NUMBER:
      return typeof v === "number" ? v : FAIL
    case KIND_BOOLEAN:
      return typeof v === "boolean" ? v : FAIL
    case KIND_ANY:
      return v
    default:
      return parse(v)
  }
}

/**
 * Nodes with a known direct parser. `Secret` (a string to `Redacted`) is a transformation whose target, Effect's
 * `RedactedFromSelf` declaration, unwraps the fresh `Redacted`, decodes its string again and wraps it anew: the
 * same value as one `Redacted.make`, at a third of the cost, and a page holds a secret or more per connection.
 */
const KNOWN: ReadonlyMap<AST.AST, Parser> = new Map<AST.AST, Parser>([
  [Secret.ast, (u) => (typeof u === "string" ? Redacted.make(u) : FAIL)]
])

const compileAst = (root: AST.AST, inPlace: boolean): Parser => {
  const memo = new Map<AST.AST, Parser>(KNOWN)
  const compile = (ast: AST.AST): Parser => {
    const cached = memo.get(ast)
    if (cached) return cached
    // Placeholder for recursive schemas: resolved on first call.
    let resolved: Parser | undefined
    memo.set(ast, (u) => resolved!(u))
    resolved = build(ast)
    memo.set(ast, resolved)
    return resolved
  }
  const build = (ast: AST.AST): Parser => {
    // Parse options and decoding fallbacks attached to a node change how Effect decodes it: left to Effect.
    if (Option.isSome(AST.getParseOptionsAnnotation(ast)) || Option.isSome(AST.getDecodingFallbackAnnotation(ast))) {
      return viaEffect(ast)
    }
    switch (ast._tag) {
      case "StringKeyword":
        return isStringP
      case "NumberKeyword":
        return isNumberP
      case "BooleanKeyword":
        return isBooleanP
      case "UnknownKeyword":
      case "AnyKeyword":
        return identity
      case "UndefinedKeyword":
        return (u) => (u === undefined ? u : FAIL)
      case "Literal": {
        const literal = ast.literal
        return (u) => (u === literal ? u : FAIL)
      }
      case "Refinement": {
        const from = compile(ast.from)
        const filter = ast.filter
        return (u) => {
          const a = from(u)
          if (a === FAIL) return FAIL
          return Option.isNone(filter(a, options, ast)) ? a : FAIL
        }
      }
      case "Transformation": {
        if (ast.transformation._tag !== "FinalTransformation") return viaEffect(ast)
        const from = compile(ast.from)
        const to = compile(ast.to)
        const decode = ast.transformation.decode
        return (u) => {
          const a = from(u)
          if (a === FAIL) return FAIL
          const b = fromResult(decode(a, options, ast, u))
          return b === FAIL ? FAIL : to(b)
        }
      }
      case "Declaration": {
        const parse = ast.decodeUnknown(...ast.typeParameters)
        return (u) => fromResult(parse(u, options, ast))
      }
      case "TupleType": {
        if (ast.elements.length > 0 || ast.rest.length !== 1) return viaEffect(ast)
        const item = compile(ast.rest[0]!.type)
        return (u) => {
          if (!Array.isArray(u)) return FAIL
          if (inPlace) {
            for (let i = 0; i < u.length; i++) {
              const v = u[i]
              const r = item(v)
              if (r === FAIL) return FAIL
              if (r !== v) u[i] = r
            }
            return u
          }
          const out = new Array<unknown>(u.length)
          for (let i = 0; i < u.length; i++) {
            const r = item(u[i])
            if (r === FAIL) return FAIL
            out[i] = r
          }
          return out
        }
      }
      case "TypeLiteral":
        return compileTypeLiteral(ast, compile, inPlace)
      case "Union":
        return compileUnion(ast, compile, inPlace)
      case "Suspend": {
        let inner: Parser | undefined
        return (u) => (inner ??= compile(ast.f()))(u)
      }
      default:
        return viaEffect(ast)
    }
  }
  return compile(root)
}

const enumerableOnObjectPrototype = (): boolean => {
  for (const _ in Object.prototype) return true
  return false
}

/**
 * Compiles `schema` once into a decoder with the same result as `Schema.decodeUnknownEither(schema)` for every
 * input: the compiled fast path answers when it succeeds, anything else (and every failure) is Effect's own decode,
 * so errors are Effect's `ParseError`s. The input is never modified. Compile once (at module load), call many times.
 *
 * @since 0.0.0
 */
export const compileDecoder = <A, I>(schema: Schema.Schema<A, I, never>): ((u: unknown) => Either.Either<A, ParseResult.ParseError>) => {
  const fast = compileAst(schema.ast, false)
  const slow = Schema.decodeUnknownEither(schema)
  return (u) => {
    const r = fast(u)
    return r === FAIL ? slow(u) : Either.right(r as A)
  }
}

/**
 * Compiles `JSON.parse` + decode of a JSON text: the same result as
 * `Schema.decodeUnknownEither(schema)(JSON.parse(text))`. The freshly parsed value belongs to the decoder alone, so
 * open objects and arrays are validated in place instead of copied; on any failure the text is parsed again and
 * decoded by Effect. Throws what `JSON.parse` throws on text that is not JSON.
 *
 * @since 0.0.0
 */
export const compileJsonDecoder = <A, I>(schema: Schema.Schema<A, I, never>): ((text: string) => Either.Either<A, ParseResult.ParseError>) => {
  const fast = compileAst(schema.ast, true)
  const slow = Schema.decodeUnknownEither(schema)
  return (text) => {
    // The in-place parsers walk objects with `for…in`: with anything enumerable on `Object.prototype` they would
    // see inherited keys, so the whole input goes to Effect instead.
    if (enumerableOnObjectPrototype()) return slow(JSON.parse(text))
    const r = fast(JSON.parse(text))
    return r === FAIL ? slow(JSON.parse(text)) : Either.right(r as A)
  }
}
