/**
 * The plan file: what `plan --out` saves and `apply --plan` runs. It holds names, ids, field-level changes and the
 * state each target had (`updated_at` and a fingerprint), with secrets only as hashes: never a secret value.
 *
 * @since 0.0.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { PlanRejected } from "./SyncError.js"

/**
 * The plan format's name and version; a file with another is refused.
 *
 * @since 0.0.0
 */
export const FORMAT = "effect-auth0/plan@1"

/**
 * The state a target had when planned: Auth0's `updated_at` when it sends one, and a fingerprint of the whole live
 * object and its enabled clients (secrets hashed).
 *
 * @since 0.0.0
 */
export const Target = Schema.Struct({
  id: Schema.String,
  updated_at: Schema.NullOr(Schema.String),
  fingerprint: Schema.String
}).annotations({ identifier: "Target" })

/**
 * @since 0.0.0
 */
export type Target = typeof Target.Type

/**
 * One field-level change; `before` is absent when the live object has no value there. Secrets appear as
 * `{ $secret: "sha256:…" }`.
 *
 * @since 0.0.0
 */
export const Change = Schema.Struct({
  path: Schema.String,
  before: Schema.optional(Schema.Unknown),
  after: Schema.Unknown
}).annotations({ identifier: "Change" })

/**
 * @since 0.0.0
 */
export type Change = typeof Change.Type

/**
 * A client in a plan: its id and, when the directory knows one, its name.
 *
 * @since 0.0.0
 */
export const ClientLabel = Schema.Struct({ client_id: Schema.String, name: Schema.optional(Schema.String) })

/**
 * @since 0.0.0
 */
export type ClientLabel = typeof ClientLabel.Type

/**
 * A planned action. Order in the file is the order of application: connections (replacements' deletes first,
 * creates, updates), then enabled clients, then SCIM configurations, then deletions.
 *
 * @since 0.0.0
 */
export const Action = Schema.Union(
  Schema.TaggedStruct("create", { connection: Schema.String, strategy: Schema.String, changes: Schema.Array(Change) }),
  Schema.TaggedStruct("update", { connection: Schema.String, target: Target, changes: Schema.Array(Change) }),
  Schema.TaggedStruct("replace", {
    connection: Schema.String,
    target: Target,
    from: Schema.String,
    to: Schema.String,
    changes: Schema.Array(Change)
  }),
  Schema.TaggedStruct("enabled-clients", {
    connection: Schema.String,
    /** Absent for a connection the plan creates. */
    target: Schema.optional(Target),
    add: Schema.Array(ClientLabel),
    remove: Schema.Array(ClientLabel)
  }),
  Schema.TaggedStruct("scim", {
    connection: Schema.String,
    /** Absent for a connection the plan creates. */
    target: Schema.optional(Target),
    change: Schema.Literal("create", "update", "delete"),
    changes: Schema.Array(Change)
  }),
  Schema.TaggedStruct("delete", { connection: Schema.String, strategy: Schema.String, target: Target })
).annotations({ identifier: "Action" })

/**
 * @since 0.0.0
 */
export type Action = typeof Action.Type

/**
 * A declared secret: its reference and whether applying would set it (its hash differs from the live one).
 *
 * @since 0.0.0
 */
export const SecretLine = Schema.Struct({
  connection: Schema.String,
  path: Schema.String,
  reference: Schema.String,
  status: Schema.Literal("set", "unchanged"),
  hash: Schema.String
})

/**
 * The whole plan.
 *
 * @since 0.0.0
 */
export const PlanDocument = Schema.Struct({
  format: Schema.Literal(FORMAT),
  /** The tenant planned against (its domain or base URL). */
  tenant: Schema.String,
  desiredState: Schema.Struct({ file: Schema.String, hash: Schema.String }),
  prune: Schema.Boolean,
  actions: Schema.Array(Action),
  secrets: Schema.Array(SecretLine),
  /** Live values not declared (filled in by the server or kept from earlier): never changes. */
  serverDefaults: Schema.Array(Schema.Struct({ connection: Schema.String, paths: Schema.Array(Schema.String) })),
  summary: Schema.Struct({
    create: Schema.Number,
    update: Schema.Number,
    replace: Schema.Number,
    delete: Schema.Number,
    enabledClients: Schema.Number,
    scim: Schema.Number,
    unchanged: Schema.Number
  })
}).annotations({ identifier: "PlanDocument" })

/**
 * @since 0.0.0
 */
export type PlanDocument = typeof PlanDocument.Type

/**
 * Whether the plan changes anything.
 *
 * @since 0.0.0
 */
export const hasChanges = (plan: PlanDocument): boolean => plan.actions.length > 0

/**
 * The plan as the JSON a plan file holds.
 *
 * @since 0.0.0
 */
export const toJson = (plan: PlanDocument): string => `${JSON.stringify(Schema.encodeSync(PlanDocument)(plan), null, 2)}\n`

const decodeDocument = Schema.decodeUnknownEither(PlanDocument, { errors: "all", onExcessProperty: "error" })

/**
 * Reads a plan file's text; anything that is not a plan of this format is refused with the reason.
 *
 * @since 0.0.0
 */
export const fromJson = (text: string): Either.Either<PlanDocument, PlanRejected> => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return Either.left(new PlanRejected({ reason: "Decode", detail: `the plan file is not JSON (${e instanceof Error ? e.message : String(e)})` }))
  }
  const format = typeof value === "object" && value !== null ? (value as { format?: unknown }).format : undefined
  if (format !== FORMAT) {
    return Either.left(new PlanRejected({ reason: "Decode", detail: `not a plan of format ${FORMAT} (format: ${JSON.stringify(format) ?? "missing"}); plan again with this version` }))
  }
  return Either.mapLeft(decodeDocument(value), (error) =>
    new PlanRejected({
      reason: "Decode",
      detail: `the plan file does not decode: ${ParseResult.ArrayFormatter.formatErrorSync(error).slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`
    }))
}
