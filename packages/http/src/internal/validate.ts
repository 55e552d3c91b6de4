/**
 * Local validation: an input that breaks a domain rule fails with `InvalidRequest{source: "local"}` naming every
 * problem, before anything is sent.
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Schema from "effect/Schema"
import * as Validation from "@effect-auth0/domain/Validation"
import * as ConnectionsError from "../ConnectionsError.js"

/** Domain issues as the errors carry them (printable paths). */
export const toIssues = (issues: ReadonlyArray<Validation.Issue>): ReadonlyArray<ConnectionsError.ValidationIssue> =>
  issues.map((issue) => ({ path: Validation.formatPath(issue.path), message: issue.message }))

/** The error of an input that was refused locally: nothing was sent. */
export const localInvalid = (issues: ReadonlyArray<Validation.Issue>): ConnectionsError.InvalidRequest =>
  new ConnectionsError.InvalidRequest({
    message: `Invalid request: ${issues.map(Validation.formatIssue).join("; ")}`,
    source: "local",
    issues: toIssues(issues)
  })

/** A validation result as an effect that fails with {@link localInvalid}. */
export const fromEither = <A>(either: Either.Either<A, ReadonlyArray<Validation.Issue>>): Effect.Effect<A, ConnectionsError.InvalidRequest> =>
  Either.match(either, { onLeft: (issues) => Effect.fail(localInvalid(issues)), onRight: Effect.succeed })

/** Encodes with `schema` (strict: unknown keys refused where the schema says so), failing with {@link localInvalid}. */
export const encodeWith = <A, I>(schema: Schema.Schema<A, I, never>) => {
  const run = Validation.encode(schema)
  return (value: A): Effect.Effect<I, ConnectionsError.InvalidRequest> => fromEither(run(value))
}
