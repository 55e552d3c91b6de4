/**
 * Fault scripting: "answer the next N requests matching METHOD PATH with status S / delay D / a dropped connection".
 *
 * Matching rules (documented for `POST /__emulator/faults`):
 * - `method`: case-insensitive HTTP method; omitted or `"*"` matches any method.
 * - `path`: the request path without its query string, as sent (still percent-encoded), e.g.
 *   `/api/v2/connections`. Without wildcards it must match exactly. `*` matches within one segment (no `/`),
 *   `**` matches anything including `/`: `/api/v2/connections/*` matches one connection,
 *   `/api/v2/connections**` matches the collection and everything below it (a prefix match).
 * - `pathRegex`: a JavaScript regular expression (source, no slashes) tested against the same path, instead of `path`.
 * - Omitting both matches every path. The control plane (`/__emulator/…`) is never faulted.
 *
 * Actions: `status` (+ optional `body` and `headers`; the default body is Auth0's envelope for that status, and a
 * 429 gets `retry-after: 1` unless `headers` says otherwise), `delayMs` (alone: delay, then answer normally), `drop`
 * (destroy the socket without answering; after `delayMs` if given). Rules are kept in order: each request takes the
 * first rule that matches and still has `times` left.
 *
 * @since 0.0.0
 */
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as ParseError from "./internal/parseError.js"

const Int = (min: number, max: number) => Schema.Int.pipe(Schema.between(min, max))

const isValidRegex = (source: string): boolean => {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}

/**
 * One fault rule, as posted to `POST /__emulator/faults`.
 *
 * @since 0.0.0
 */
export const FaultRule = Schema.Struct({
  /** HTTP method to match (any when omitted or `"*"`). */
  method: Schema.optional(Schema.String.pipe(Schema.pattern(/^(\*|[A-Za-z]+)$/))),
  /** Exact path or glob (`*` one segment, `**` anything). */
  path: Schema.optional(Schema.String.pipe(Schema.startsWith("/"))),
  /** Regular expression source tested against the path. */
  pathRegex: Schema.optional(Schema.String.pipe(Schema.filter((s) => isValidRegex(s) || "pathRegex is not a valid regular expression"))),
  /** How many matching requests this rule answers (default 1). */
  times: Schema.optional(Int(1, 1_000_000)),
  /** Status to answer with. */
  status: Schema.optional(Int(200, 599)),
  /** JSON body to answer with (needs `status`); default: Auth0's envelope for the status. */
  body: Schema.optional(Schema.Unknown),
  /** Extra response headers. */
  headers: Schema.optional(Schema.Record({ key: Schema.String.pipe(Schema.pattern(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/)), value: Schema.String.pipe(Schema.pattern(/^[^\r\n\0]*$/)) })),
  /** Milliseconds to wait before acting. */
  delayMs: Schema.optional(Int(0, 600_000)),
  /** Destroy the connection instead of answering. */
  drop: Schema.optional(Schema.Boolean)
}).pipe(
  Schema.filter((rule) => {
    if (rule.path !== undefined && rule.pathRegex !== undefined) return "give either path or pathRegex, not both"
    if (rule.status === undefined && rule.delayMs === undefined && rule.drop !== true) return "a fault needs status, delayMs or drop"
    if (rule.drop === true && rule.status !== undefined) return "drop and status are exclusive"
    if (rule.status === undefined && (rule.body !== undefined || rule.headers !== undefined)) return "body and headers need a status"
    return true
  })
).annotations({ identifier: "FaultRule" })

/**
 * @since 0.0.0
 */
export type FaultRule = typeof FaultRule.Type

/**
 * A scheduled fault: the rule, its id and how many requests it will still answer.
 *
 * @since 0.0.0
 */
export interface Fault extends FaultRule {
  readonly id: number
  readonly remaining: number
}

const parseOptions = { onExcessProperty: "error", errors: "all" } as const
const decodeRule = Schema.decodeUnknownEither(FaultRule, parseOptions)
const decodeRuleArray = Schema.decodeUnknownEither(Schema.Array(FaultRule), parseOptions)

/**
 * Validates a posted rule or array of rules; the `Left` is a readable message naming each problem and where it is
 * (`status: …`, `[1]: …` for the second rule of an array).
 *
 * @since 0.0.0
 */
export const parseRules = (input: unknown): Either.Either<ReadonlyArray<FaultRule>, string> => {
  // An object is one rule and an array is rules: deciding first keeps the message to the shape that was sent.
  if (Array.isArray(input)) return Either.mapLeft(decodeRuleArray(input), ParseError.formatEach)
  if (typeof input === "object" && input !== null) return Either.mapBoth(decodeRule(input), { onLeft: ParseError.formatEach, onRight: (rule) => [rule] })
  return Either.left(`expected a fault rule (an object) or an array of rules, got ${input === null ? "null" : typeof input}`)
}

const globToRegExp = (glob: string): RegExp => {
  const source = glob
    .split("**")
    .map((part) => part.split("*").map((literal) => literal.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*"))
    .join(".*")
  return new RegExp(`^${source}$`)
}

/**
 * A compiled path/method matcher for a rule.
 *
 * @since 0.0.0
 */
export const matcher = (rule: FaultRule): (method: string, path: string) => boolean => {
  const method = rule.method === undefined || rule.method === "*" ? undefined : rule.method.toUpperCase()
  const pathTest = rule.pathRegex !== undefined
    ? ((re: RegExp) => (p: string) => re.test(p))(new RegExp(rule.pathRegex))
    : rule.path === undefined
    ? () => true
    : rule.path.includes("*")
    ? ((re: RegExp) => (p: string) => re.test(p))(globToRegExp(rule.path))
    : (p: string) => p === rule.path
  return (m, p) => (method === undefined || method === m) && pathTest(p)
}
