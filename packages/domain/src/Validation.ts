/**
 * Validation problems a person can act on: every problem, with its field path and the rule broken.
 *
 * @since 0.0.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import { type CreateConnection, CreateConnectionFields, createSchemaFor } from "./ConnectionRequest.js"

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
 * Renders a path as `options.upstream_params.screen_name` / `realms[2]` (`(root)` when empty).
 *
 * @since 0.0.0
 */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0
    ? "(root)"
    : path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("")

/**
 * Renders an issue as `path: message`.
 *
 * @since 0.0.0
 */
export const formatIssue = (issue: Issue): string => `${formatPath(issue.path)}: ${issue.message}`

/**
 * Every issue of a parse error, in order.
 *
 * @since 0.0.0
 */
export const issuesOf = (error: ParseResult.ParseError): ReadonlyArray<Issue> => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error).map(({ message, path }): Issue => ({ path, message }))
  // A nullable field that fails reports both branches ("…at most 255…" and "Expected null, actual …");
  // keep only the informative one.
  const key = (issue: Issue) => formatPath(issue.path)
  const informative = new Set(issues.filter((i) => !isNullBranch(i)).map(key))
  return issues.filter((issue) => !(isNullBranch(issue) && informative.has(key(issue))))
}

const isNullBranch = (issue: Issue): boolean => issue.message.startsWith("Expected null, actual ")

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
  return (input: unknown): Either.Either<A, ReadonlyArray<Issue>> => Either.mapLeft(run(input), issuesOf)
}

/**
 * Encodes a value with a schema (checking every refinement on the way), returning every issue on failure.
 *
 * @since 0.0.0
 */
export const encode = <A, I>(schema: Schema.Schema<A, I, never>, options: SchemaAST.ParseOptions = strictOptions) => {
  const run = Schema.encodeEither(schema, options)
  return (value: A): Either.Either<I, ReadonlyArray<Issue>> => Either.mapLeft(run(value), issuesOf)
}

const decodeFields = decode(CreateConnectionFields)

/**
 * Validates a `POST /connections` body given as JSON: top-level problems first (each with its own path),
 * then the options of the given strategy.
 *
 * @since 0.0.0
 */
export const decodeCreateConnection = (input: unknown): Either.Either<CreateConnection, ReadonlyArray<Issue>> =>
  Either.flatMap(decodeFields(input), (fields): Either.Either<CreateConnection, ReadonlyArray<Issue>> => decode(createSchemaFor(fields.strategy))(input))

const encodeFields = encode(CreateConnectionFields)

/**
 * Validates a typed create body and gives its JSON form, with the same two-step reporting as
 * {@link decodeCreateConnection}.
 *
 * @since 0.0.0
 */
export const encodeCreateConnection = (value: CreateConnection): Either.Either<typeof CreateConnectionFields.Encoded, ReadonlyArray<Issue>> =>
  Either.flatMap(
    encodeFields(value as unknown as typeof CreateConnectionFields.Type),
    (): Either.Either<typeof CreateConnectionFields.Encoded, ReadonlyArray<Issue>> => encode(createSchemaFor(value.strategy))(value)
  )
