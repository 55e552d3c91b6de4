/**
 * Validation problems a person can act on: every problem, with its field path and the rule broken.
 *
 * @since 0.0.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import { type CreateConnection, CreateConnectionFields, createSchemaFor } from "./ConnectionRequest.js"
import { isStrategy } from "./Strategy.js"

/**
 * One validation problem: where (`path`) and what rule was broken (`message`).
 *
 * @since 0.0.0
 */
export interface Issue {
  readonly path: ReadonlyArray<PropertyKey>
  readonly message: string
}

/**
 * Renders a path as `options.upstream_params.screen_name` / `realms[2]` (`(root)` when empty). A key that would
 * read ambiguously after a dot (empty, or with spaces, dots or brackets) is quoted: `metadata["a.b"]`.
 *
 * @since 0.0.0
 */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0
    ? "(root)"
    : path.map((p, i) =>
      typeof p === "number"
        ? `[${p}]`
        : typeof p === "string" && !PLAIN_KEY.test(p)
        ? `[${JSON.stringify(p)}]`
        : i === 0
        ? String(p)
        : `.${String(p)}`
    ).join("")

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/

/**
 * Renders an issue as `path: message`.
 *
 * @since 0.0.0
 */
export const formatIssue = (issue: Issue): string => `${formatPath(issue.path)}: ${issue.message}`

/**
 * Every issue of a parse error, in order, tidied for people: a nullable field that fails inside no longer also
 * reports "Expected null" for itself, and the alternatives of a literal union are reported as one issue
 * (`Expected "rsa-sha1" | "rsa-sha256", actual "md5"`) instead of one issue per alternative.
 *
 * @since 0.0.0
 */
export const issuesOf = (error: ParseResult.ParseError): ReadonlyArray<Issue> => {
  const issues = format(error.issue)
  const kept = issues.filter((issue, index) =>
    !(isNullBranch(issue) && issues.some((other, j) => j !== index && !isNullBranch(other) && startsWith(other.path, issue.path)))
  )
  const out: Array<Issue> = []
  const alternatives = new Map<string, { readonly at: number; readonly actual: string; readonly expected: Array<string> }>()
  for (const issue of kept) {
    const literal = LITERAL_MISMATCH.exec(issue.message)
    if (literal === null) {
      out.push(issue)
      continue
    }
    const key = formatPath(issue.path)
    const seen = alternatives.get(key)
    if (seen !== undefined && seen.actual === literal[2]) {
      seen.expected.push(literal[1]!)
      out[seen.at] = { path: issue.path, message: `Expected ${seen.expected.join(" | ")}, actual ${seen.actual}` }
    } else {
      alternatives.set(key, { at: out.length, actual: literal[2]!, expected: [literal[1]!] })
      out.push(issue)
    }
  }
  // A union reports the same problem once per member it tried (every `CreateConnection` member checks `name`):
  // each path and message is listed once.
  const seen = new Set<string>()
  return out.filter((issue) => {
    const key = `${formatPath(issue.path)}\u0000${issue.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

// Effect prints the offending value recursively: a value nested thousands of levels deep (JSON.parse accepts
// far more) overflows the stack. The values in a copy of the issue tree are cut at MAX_SHOWN_DEPTH levels.
const MAX_SHOWN_DEPTH = 8
const CUT = "…"

// Both walks visit each object once (`seen`), so shared or cyclic values cannot make them explode.
const depthExceeds = (root: unknown, limit: number): boolean => {
  const stack: Array<readonly [unknown, number]> = [[root, 0]]
  const seen = new Set<unknown>()
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (typeof value !== "object" || value === null || seen.has(value)) continue
    if (depth >= limit) return true
    seen.add(value)
    for (const child of Object.values(value)) stack.push([child, depth + 1])
  }
  return false
}

const cut = (value: unknown, depth: number, seen: Set<unknown> = new Set()): unknown => {
  if (typeof value !== "object" || value === null) return value
  if (depth >= MAX_SHOWN_DEPTH || seen.has(value)) return CUT
  seen.add(value)
  if (Array.isArray(value)) return value.map((item) => cut(item, depth + 1, seen))
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(out, key, { value: cut(child, depth + 1, seen), enumerable: true, writable: true, configurable: true })
  }
  return out
}

const shallowIssue = (issue: ParseResult.ParseIssue): ParseResult.ParseIssue => {
  const copy = Object.create(Object.getPrototypeOf(issue)) as Record<string, unknown>
  for (const [key, value] of Object.entries(issue)) {
    copy[key] = key === "actual" && depthExceeds(value, MAX_SHOWN_DEPTH)
      ? cut(value, 0)
      : key === "issue"
      ? shallowIssue(value as ParseResult.ParseIssue)
      : key === "issues"
      ? (Array.isArray(value) ? value.map(shallowIssue) : shallowIssue(value as ParseResult.ParseIssue))
      : value
  }
  return copy as unknown as ParseResult.ParseIssue
}

const format = (issue: ParseResult.ParseIssue): ReadonlyArray<Issue> => {
  try {
    return ParseResult.ArrayFormatter.formatIssueSync(shallowIssue(issue)).map(({ message, path }): Issue => ({ path, message }))
  } catch (cause) {
    // A message function of a schema outside this package may still throw: report that rather than throw.
    return [{ path: [], message: `invalid value (the validation message could not be built: ${cause instanceof Error ? cause.message.slice(0, 200) : "unknown error"})` }]
  }
}

// The message Effect gives for one literal that does not match (`Expected "rsa-sha1", actual "md5"`).
const LITERAL_MISMATCH = /^Expected ("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null), actual (.*)$/s

const isNullBranch = (issue: Issue): boolean => issue.message.startsWith("Expected null, actual ")

const startsWith = (path: ReadonlyArray<PropertyKey>, prefix: ReadonlyArray<PropertyKey>): boolean =>
  path.length >= prefix.length && prefix.every((p, i) => path[i] === p)

/**
 * Parse options for validating request bodies: report every problem, reject unknown top-level keys.
 *
 * @since 0.0.0
 */
export const strictOptions: SchemaAST.ParseOptions = { errors: "all", onExcessProperty: "error" }

/**
 * Decodes unknown input (JSON) with a schema, returning every issue on failure.
 *
 * @since 0.0.0
 */
export const decode = <A, I>(schema: Schema.Schema<A, I, never>, options: SchemaAST.ParseOptions = strictOptions) => {
  const run = Schema.decodeUnknownEither(schema, options)
  return (input: unknown): Either.Either<A, ReadonlyArray<Issue>> => guarded(() => Either.mapLeft(run(input), issuesOf))
}

// Effect's union parser turns a discriminator into a string with `String(value)`, which throws for a JSON object
// such as `{"toString": null}`: these functions report that as an issue instead of throwing.
const guarded = <A>(run: () => Either.Either<A, ReadonlyArray<Issue>>): Either.Either<A, ReadonlyArray<Issue>> => {
  try {
    return run()
  } catch (cause) {
    return Either.left([{ path: [], message: `cannot be decoded (${cause instanceof Error ? cause.message.slice(0, 200) : "unknown error"})` }])
  }
}

/**
 * Encodes a value with a schema (checking every refinement on the way), returning every issue on failure.
 *
 * @since 0.0.0
 */
export const encode = <A, I>(schema: Schema.Schema<A, I, never>, options: SchemaAST.ParseOptions = strictOptions) => {
  const run = Schema.encodeEither(schema, options)
  return (value: A): Either.Either<I, ReadonlyArray<Issue>> => guarded(() => Either.mapLeft(run(value), issuesOf))
}

const decodeFields = decode(CreateConnectionFields)

const strategyOf = (input: unknown): unknown => (Predicate.isRecord(input) ? input["strategy"] : undefined)

/**
 * Validates a `POST /connections` body given as JSON and reports every problem at once: top-level fields and
 * the options of the body's strategy together, each with its own path. When the strategy itself is not valid,
 * the body is checked against every top-level rule and the options keys common to all strategies.
 *
 * @since 0.0.0
 */
export const decodeCreateConnection = (input: unknown): Either.Either<CreateConnection, ReadonlyArray<Issue>> => {
  const strategy = strategyOf(input)
  return isStrategy(strategy)
    ? decode<CreateConnection, unknown>(createSchemaFor(strategy))(input)
    : Either.flatMap(decodeFields(input), (fields) => decode<CreateConnection, unknown>(createSchemaFor(fields.strategy))(input))
}

const encodeFields = encode(CreateConnectionFields)

/**
 * Validates a typed create body and gives its JSON form, reporting every problem at once like
 * {@link decodeCreateConnection}.
 *
 * @since 0.0.0
 */
export const encodeCreateConnection = (value: CreateConnection): Either.Either<typeof CreateConnectionFields.Encoded, ReadonlyArray<Issue>> => {
  const strategy = strategyOf(value)
  return isStrategy(strategy)
    ? encode<CreateConnection, typeof CreateConnectionFields.Encoded>(createSchemaFor(strategy))(value)
    : Either.flatMap(
      encodeFields(value as unknown as typeof CreateConnectionFields.Type),
      (): Either.Either<typeof CreateConnectionFields.Encoded, ReadonlyArray<Issue>> =>
        encode<CreateConnection, typeof CreateConnectionFields.Encoded>(createSchemaFor(value.strategy))(value)
    )
}
