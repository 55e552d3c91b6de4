/**
 * The errors of reading desired state, planning and applying. Each says what is wrong, where, and what to do; none
 * carries a secret value.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { formatProblem } from "./SourceFile.js"

/**
 * A located finding in a file, as carried by errors (see `SourceFile.Problem`).
 *
 * @since 0.0.0
 */
export const ProblemData = Schema.Struct({
  severity: Schema.Literal("error", "warning"),
  file: Schema.String,
  line: Schema.optional(Schema.Number),
  column: Schema.optional(Schema.Number),
  entry: Schema.optional(Schema.Struct({ index: Schema.Number, name: Schema.optional(Schema.String) })),
  path: Schema.String,
  message: Schema.String
})

/**
 * The desired-state file cannot be used: it does not parse, has the wrong shape or fails validation. Nothing was
 * read from or written to the tenant.
 *
 * @since 0.0.0
 */
export class DesiredStateInvalid extends Schema.TaggedError<DesiredStateInvalid>("@effect-auth0/sync/DesiredStateInvalid")(
  "DesiredStateInvalid",
  { file: Schema.String, problems: Schema.Array(ProblemData) }
) {
  override get message(): string {
    const errors = this.problems.filter((p) => p.severity === "error")
    return `${this.file}: ${errors.length} problem${errors.length === 1 ? "" : "s"}; fix them and run again\n${
      errors.map(formatProblem).join("\n")
    }`
  }
}

/**
 * One secret reference that could not be resolved.
 *
 * @since 0.0.0
 */
export const UnresolvedSecret = Schema.Struct({
  connection: Schema.String,
  path: Schema.String,
  /** `env:NAME` or `file:path`. */
  reference: Schema.String,
  reason: Schema.String
})

const describeUnresolved = (s: typeof UnresolvedSecret.Type): string => {
  const todo = s.reference.startsWith("env:")
    ? `set ${s.reference.slice(4)} in the environment (or in the file given with --env-file)`
    : `make ${s.reference.slice(5)} readable and non-empty`
  return `secret ${s.path} of connection "${s.connection}" (${s.reference}): ${s.reason}; ${todo}`
}

/**
 * Secret references that could not be resolved (variable not set, file unreadable or empty), all of them at once.
 * Nothing was written.
 *
 * @since 0.0.0
 */
export class SecretUnavailable extends Schema.TaggedError<SecretUnavailable>("@effect-auth0/sync/SecretUnavailable")(
  "SecretUnavailable",
  { secrets: Schema.NonEmptyArray(UnresolvedSecret) }
) {
  override get message(): string {
    return this.secrets.length === 1
      ? describeUnresolved(this.secrets[0])
      : `${this.secrets.length} secrets cannot be resolved (nothing was written):\n${this.secrets.map((s) => `  ${describeUnresolved(s)}`).join("\n")}`
  }
}

/**
 * Enabled clients named in the desired state that the tenant does not have, or that several clients share.
 * Found while planning: nothing was written.
 *
 * @since 0.0.0
 */
export class ClientsUnresolved extends Schema.TaggedError<ClientsUnresolved>("@effect-auth0/sync/ClientsUnresolved")(
  "ClientsUnresolved",
  {
    problems: Schema.Array(Schema.Struct({
      connection: Schema.String,
      client: Schema.String,
      reason: Schema.Literal("unknown", "duplicate"),
      /** For `unknown`: a close name; for `duplicate`: the ids sharing the name. */
      hints: Schema.Array(Schema.String)
    }))
  }
) {
  override get message(): string {
    return `enabled clients that cannot be resolved (nothing was written):\n${
      this.problems.map((p) =>
        p.reason === "unknown"
          ? `  connection "${p.connection}": no client named "${p.client}"${p.hints.length > 0 ? ` (did you mean "${p.hints[0]}"?)` : ""}`
          : `  connection "${p.connection}": several clients are named "${p.client}" (${p.hints.join(", ")}); write { client_id: … } instead`
      ).join("\n")
    }`
  }
}

/**
 * A saved plan cannot be applied: it does not decode, was made for another tenant, from another version of the
 * desired state, or no longer matches what planning now gives. Refused before any write.
 *
 * @since 0.0.0
 */
export class PlanRejected extends Schema.TaggedError<PlanRejected>("@effect-auth0/sync/PlanRejected")("PlanRejected", {
  reason: Schema.Literal("Decode", "Tenant", "DesiredState", "Mismatch", "Replace", "Prune"),
  detail: Schema.String
}) {
  override get message(): string {
    return `plan refused (${this.reason}): ${this.detail}`
  }
}

/**
 * Targets of a saved plan that someone changed since the plan was made. Refused before any write: plan again.
 *
 * @since 0.0.0
 */
export class DriftDetected extends Schema.TaggedError<DriftDetected>("@effect-auth0/sync/DriftDetected")("DriftDetected", {
  targets: Schema.Array(Schema.Struct({ connection: Schema.String, detail: Schema.String }))
}) {
  override get message(): string {
    return `changed since the plan was made (nothing was written; run plan again):\n${
      this.targets.map((t) => `  "${t.connection}": ${t.detail}`).join("\n")
    }`
  }
}
