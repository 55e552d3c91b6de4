/**
 * A PROTOTYPE, kept in bench/ to measure a proposed fix for the decoding hot spot (see bench/results.md):
 * a decoder compiled once from a schema's AST into plain closures, with no `Either` allocated per value.
 *
 * It is exact by construction: it handles only the AST nodes whose decoding it reproduces (type literals with
 * index signatures, arrays, unions — dispatched on a literal discriminator —, literals, keywords, refinements,
 * declarations and final transformations such as `Redacted`), delegates any other node to Effect's own
 * parser, and on the first failure anywhere it re-runs Effect's decoder on the whole input, so every error
 * (and every success the fast path could not prove) is Effect's own result.
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"

const FAIL: unique symbol = Symbol("fastDecode/fail")
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

/** Literal values of a required property, or undefined when the property is not a literal (union). */
const literalsOf = (ast: AST.AST): Array<AST.LiteralValue> | undefined => {
  if (ast._tag === "Literal") return [ast.literal]
  if (ast._tag === "Union") {
    const out: Array<AST.LiteralValue> = []
    for (const t of ast.types) {
      const l = literalsOf(t)
      if (l === undefined) return undefined
      out.push(...l)
    }
    return out
  }
  return undefined
}

const compileUnion = (ast: AST.Union, compile: (ast: AST.AST) => Parser): Parser => {
  const members = leaves(ast)
  // A union of literals is a set lookup.
  if (members.every((m) => m._tag === "Literal")) {
    const set = new Set(members.map((m) => (m as AST.Literal).literal))
    return (u) => (set.has(u as AST.LiteralValue) ? u : FAIL)
  }
  const parsers = members.map(compile)
  // Discriminator: the required literal-typed key present in the most members.
  const counts = new Map<PropertyKey, number>()
  for (const m of members) {
    if (m._tag !== "TypeLiteral") continue
    for (const ps of m.propertySignatures) {
      if (!ps.isOptional && literalsOf(ps.type) !== undefined) counts.set(ps.name, (counts.get(ps.name) ?? 0) + 1)
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
  const tryAll = (indices: ReadonlyArray<number>): Parser => (u) => {
    for (const i of indices) {
      const r = parsers[i]!(u)
      if (r !== FAIL) return r
    }
    return FAIL
  }
  if (best === undefined) return tryAll(members.map((_, i) => i))
  const key = best[0] as string
  const byLiteral = new Map<unknown, Array<number>>()
  const otherwise: Array<number> = []
  members.forEach((m, i) => {
    const ps = m._tag === "TypeLiteral" ? m.propertySignatures.find((p) => p.name === key && !p.isOptional) : undefined
    const lits = ps ? literalsOf(ps.type) : undefined
    if (lits === undefined) otherwise.push(i)
    else for (const l of lits) byLiteral.set(l, [...(byLiteral.get(l) ?? []), i])
  })
  // Candidates keep the union's declared order, as Effect's first-success rule does.
  const dispatch = new Map<unknown, Parser>()
  for (const [l, idx] of byLiteral) dispatch.set(l, tryAll([...idx, ...otherwise].sort((a, b) => a - b)))
  const fallback = tryAll(otherwise)
  return (u) => {
    if (isRecord(u) && hasOwn.call(u, key)) {
      const p = dispatch.get(u[key])
      if (p !== undefined) return p(u)
    }
    return fallback(u)
  }
}

const compileTypeLiteral = (ast: AST.TypeLiteral, compile: (ast: AST.AST) => Parser, inPlace: boolean): Parser => {
  if (ast.propertySignatures.some((ps) => typeof ps.name !== "string")) return viaEffect(ast)
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
  const keyOk = keyParser === undefined ? () => true : (key: string): boolean => {
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
  const set = (out: Record<string, unknown>, key: string, value: unknown) => {
    if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
    else out[key] = value
  }
  if (inPlace && index !== undefined) {
    // Open object: validate and write back only the values a transformation changed; a key the index signature's
    // key schema rejects is deleted, as Effect leaves it out of its output.
    return (u) => {
      if (!isRecord(u)) return FAIL
      const k = kindsOf()
      let found = 0
      for (const key in u) {
        const v = u[key]
        const i = table[key]
        if (i !== undefined) {
          let r: unknown
          switch (k[i]) {
            case KIND_STRING:
              r = typeof v === "string" ? v : FAIL
              break
            case KIND_NUMBER:
              r = typeof v === "number" ? v : FAIL
              break
            case KIND_BOOLEAN:
              r = typeof v === "boolean" ? v : FAIL
              break
            case KIND_ANY:
              r = v
              break
            default:
              r = props[i]!(v)
          }
          if (r === FAIL) return FAIL
          if (!optional[i]) found++
          if (valueParser !== undefined && keyOk(key) && valueParser(v) === FAIL) return FAIL
          if (r !== v) u[key] = r
        } else if (!keyOk(key)) {
          delete u[key]
        } else if (valueParser !== undefined) {
          const r = valueParser(v)
          if (r === FAIL) return FAIL
          if (r !== v) u[key] = r
        }
      }
      if (found < required) {
        for (let i = 0; i < n; i++) {
          if (optional[i] || hasOwn.call(u, names[i]!)) continue
          const r = props[i]!(undefined)
          if (r === FAIL) return FAIL
          set(u, names[i]!, r)
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
        let r: unknown
        switch (k[i]) {
          case KIND_STRING:
            r = typeof v === "string" ? v : FAIL
            break
          case KIND_NUMBER:
            r = typeof v === "number" ? v : FAIL
            break
          case KIND_BOOLEAN:
            r = typeof v === "boolean" ? v : FAIL
            break
          case KIND_ANY:
            r = v
            break
          default:
            r = props[i]!(v)
        }
        if (r === FAIL) return FAIL
        if (!optional[i]) found++
        set(out, key, r)
        if (valueParser !== undefined && keyOk(key) && valueParser(u[key]) === FAIL) return FAIL
      } else if (index !== undefined) {
        // Effect skips keys the index signature's key schema rejects, rather than failing.
        if (!keyOk(key)) continue
        const r = valueParser === undefined ? u[key] : valueParser(u[key])
        if (r === FAIL) return FAIL
        set(out, key, r)
      }
    }
    if (found < required) {
      // A required key is missing: Effect parses `undefined` for it (which fails unless the type allows it).
      for (let i = 0; i < n; i++) {
        if (optional[i] || hasOwn.call(u, names[i]!)) continue
        const r = props[i]!(undefined)
        if (r === FAIL) return FAIL
        set(out, names[i]!, r)
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

const compileAst = (root: AST.AST, inPlace: boolean): Parser => {
  const memo = new Map<AST.AST, Parser>()
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
        return compileUnion(ast, compile)
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

/**
 * Compiles a decoder with the same results as `Schema.decodeUnknownEither(schema)`: the fast path answers when it
 * succeeds; anything else is Effect's own decode (so errors are `ParseError`s exactly as Effect reports them).
 * The input is not modified.
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
 * Compiles `JSON.parse` + decode of a response body. The freshly parsed value belongs to the decoder alone, so
 * open objects (whose unknown keys are kept anyway) are validated in place instead of copied; on any failure
 * the text is parsed again and decoded by Effect, so results are the same as
 * `Schema.decodeUnknownEither(schema)(JSON.parse(text))`, up to key order (which Effect does not promise either).
 */
export const compileJsonDecoder = <A, I>(schema: Schema.Schema<A, I, never>): ((text: string) => Either.Either<A, ParseResult.ParseError>) => {
  const fast = compileAst(schema.ast, true)
  const slow = Schema.decodeUnknownEither(schema)
  return (text) => {
    const r = fast(JSON.parse(text))
    return r === FAIL ? slow(JSON.parse(text)) : Either.right(r as A)
  }
}
