/**
 * Desired state: a YAML or JSON file of connections as they should be, validated with the domain schemas.
 *
 * ```yaml
 * managed:                 # optional: the only connections `--prune` may delete
 *   prefixes: [acme-]
 *   names: [legacy-db]
 * connections:
 *   - name: acme-google
 *     strategy: google-oauth2
 *     enabled_clients: [Acme Web]          # client names (or { client_id: … })
 *     options:
 *       client_id: 1234.apps.googleusercontent.com
 *       client_secret: { env: ACME_GOOGLE_CLIENT_SECRET }   # or { file: secrets/google.txt }
 *   - name: acme-okta
 *     strategy: okta
 *     scim: { user_id_attribute: externalId }           # or `scim: false` for none
 * ```
 *
 * Only the keys written are managed: what the server fills in is never a change. Problems are reported as
 * `file:line:col` with the field path; unknown top-level fields are warnings (Auth0 adds fields over time) and are
 * ignored.
 *
 * @since 0.0.0
 */
import { createFields } from "@effect-auth0/domain/ConnectionRequest"
import { CreateScimConfiguration } from "@effect-auth0/domain/Scim"
import * as Validation from "@effect-auth0/domain/Validation"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import * as nodePath from "node:path"
import * as DefinitionCheck from "./DefinitionCheck.js"
import { fingerprint } from "./internal/canonical.js"
import { DESCEND, type Path, rewrite, setKey } from "./internal/json.js"
import { isSecretRef, type SecretRef, secretPaths } from "./SecretRef.js"
import * as SourceFile from "./SourceFile.js"
import { DesiredStateInvalid } from "./SyncError.js"

/**
 * A client a connection is enabled for: by name (resolved through `ClientDirectory`) or by id.
 *
 * @since 0.0.0
 */
export type ClientRef = { readonly name: string } | { readonly client_id: string }

/**
 * A secret inside a declared connection: its path (e.g. `["options", "client_secret"]`) and its reference, or
 * `undefined` when the file holds the value itself (a warning: it should be a reference).
 *
 * @since 0.0.0
 */
export interface SecretSlot {
  readonly path: ReadonlyArray<string | number>
  readonly ref: SecretRef | undefined
}

/**
 * One declared connection.
 *
 * @since 0.0.0
 */
export interface DesiredConnection {
  /** 0-based position in the file. */
  readonly index: number
  readonly name: string
  readonly strategy: string
  /** The managed fields as written (secret references kept), without `name`, `strategy` and `enabled_clients`. */
  readonly declared: { readonly [key: string]: unknown }
  /** The exact set of enabled clients, when declared (`undefined`: not managed). */
  readonly enabledClients: ReadonlyArray<ClientRef> | undefined
  /** The SCIM configuration: declared keys, or `false` for none (`undefined`: not managed). */
  readonly scim: CreateScimConfiguration | false | undefined
  readonly secrets: ReadonlyArray<SecretSlot>
}

/**
 * The connections `--prune` may delete: declared ones plus any live connection named here or starting with a prefix.
 *
 * @since 0.0.0
 */
export const ManagedSet = Schema.Struct({
  names: Schema.optionalWith(Schema.Array(Schema.String), { exact: true }),
  prefixes: Schema.optionalWith(Schema.Array(Schema.String.pipe(Schema.minLength(1))), { exact: true })
}).annotations({ identifier: "ManagedSet" })

/**
 * @since 0.0.0
 */
export type ManagedSet = typeof ManagedSet.Type

/**
 * A validated desired-state file.
 *
 * @since 0.0.0
 */
export interface DesiredState {
  readonly file: string
  /** Folder against which `{ file: … }` references are resolved. */
  readonly baseDir: string
  readonly connections: ReadonlyArray<DesiredConnection>
  readonly managed: ManagedSet | undefined
  /** Digest of the declarations (references, not secret values): a saved plan is tied to it. */
  readonly hash: string
  readonly warnings: ReadonlyArray<SourceFile.Problem>
}

/**
 * Whether a live connection's name is in the managed set.
 *
 * @since 0.0.0
 */
export const isManaged = (managed: ManagedSet, name: string): boolean =>
  (managed.names ?? []).includes(name) || (managed.prefixes ?? []).some((prefix) => name.startsWith(prefix))

/** Top-level keys a definition may carry. */
const KNOWN_FIELDS: ReadonlySet<string> = new Set([...Object.keys(createFields), "name", "strategy", "options", "scim"])
const ROOT_KEYS: ReadonlySet<string> = new Set(["connections", "managed"])
/** Stands in for a secret reference while the schemas check the rest (it satisfies any string rule a secret has). */
const PLACEHOLDER = "secret-reference"

const decodeManaged = Validation.decode(ManagedSet)

/**
 * Validates the text of a desired-state file. `baseDir` defaults to the file's folder.
 *
 * @since 0.0.0
 */
export const fromText = (file: string, text: string, baseDir: string = nodePath.dirname(file)): Either.Either<DesiredState, DesiredStateInvalid> => {
  const parsed = SourceFile.parse(file, text)
  if (Either.isLeft(parsed)) return Either.left(new DesiredStateInvalid({ file, problems: parsed.left }))
  const source = parsed.right
  const definitions = SourceFile.definitionsOf(source)
  if (Either.isLeft(definitions)) return Either.left(new DesiredStateInvalid({ file, problems: [definitions.left] }))
  const problems: Array<SourceFile.Problem> = []
  const root = source.value
  let managed: ManagedSet | undefined = undefined
  if (Predicate.isRecord(root)) {
    for (const key of Object.keys(root)) {
      if (!ROOT_KEYS.has(key)) {
        problems.push({ severity: "warning", file, ...source.locate([key]), path: key, message: "unknown top-level key; ignored (expected `connections` and optionally `managed`)" })
      }
    }
    if (root["managed"] !== undefined) {
      const decoded = decodeManaged(root["managed"])
      if (Either.isLeft(decoded)) {
        for (const issue of decoded.left) {
          problems.push({ severity: "error", file, ...source.locate(["managed", ...issue.path]), path: Validation.formatPath(["managed", ...issue.path]), message: issue.message })
        }
      } else managed = decoded.right
    }
  }
  const { list, listPath } = definitions.right
  const connections: Array<DesiredConnection> = []
  const seen = new Map<string, number>()
  list.forEach((definition, index) => {
    const entry = { index, name: SourceFile.nameOf(definition) }
    const report = (severity: SourceFile.Severity, path: ReadonlyArray<PropertyKey>, message: string) =>
      problems.push({ severity, file, ...source.locate([...listPath, index, ...path]), entry, path: Validation.formatPath(path), message })
    const connection = readDefinition(definition, index, report)
    if (connection === undefined) return
    // Auth0 treats names case-insensitively: a second definition would be the same connection.
    const key = connection.name.toLowerCase()
    const first = seen.get(key)
    if (first !== undefined) report("error", ["name"], `duplicate name: entry [${first}] already declares "${connection.name}"`)
    else seen.set(key, index)
    connections.push(connection)
  })
  const sorted = SourceFile.sortProblems(problems)
  if (SourceFile.errorsOf(sorted).length > 0) return Either.left(new DesiredStateInvalid({ file, problems: sorted }))
  const hash = fingerprint({ connections: list, managed: Predicate.isRecord(root) ? root["managed"] : undefined })
  return Either.right({ file, baseDir, connections, managed, hash, warnings: sorted })
}

type Report = (severity: SourceFile.Severity, path: ReadonlyArray<PropertyKey>, message: string) => void

const readDefinition = (definition: unknown, index: number, report: Report): DesiredConnection | undefined => {
  if (!Predicate.isRecord(definition)) {
    report("error", [], "expected a connection definition (an object with at least `name` and `strategy`)")
    return undefined
  }
  const declared: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(definition)) {
    if (key === "enabled_clients" || key === "scim") continue
    if (KNOWN_FIELDS.has(key)) {
      setKey(declared, key, value)
      continue
    }
    const hint = DefinitionCheck.suggest(key, KNOWN_FIELDS)
    report("warning", [key], `unknown field${hint === undefined ? "" : ` (did you mean "${hint}"?)`}; not managed, ignored`)
  }
  const enabledClients = readClients(definition["enabled_clients"], report)
  const scim = readScim(definition["scim"], report)
  const refs: Array<SecretSlot> = []
  const withPlaceholders = { ...declared, ...(Predicate.isRecord(declared["options"]) ? { options: replaceRefs(declared["options"], ["options"], refs) } : {}) }
  const checked = DefinitionCheck.check(withPlaceholders)
  if (Either.isLeft(checked)) {
    for (const issue of checked.left) report("error", issue.path, issue.message)
    return undefined
  }
  const refPaths = new Set(refs.map((slot) => slot.path.join("\u0000")))
  const literals: Array<SecretSlot> = []
  for (const path of secretPaths(checked.right)) {
    if (path[0] !== "options") continue
    if (refPaths.has(path.join("\u0000"))) continue
    literals.push({ path, ref: undefined })
    report("warning", path, "a secret written in the file; write { env: NAME } or { file: path } so it stays out of files and plans")
  }
  const { name: _name, strategy: _strategy, ...fields } = declared
  return {
    index,
    name: checked.right.name,
    strategy: checked.right.strategy,
    declared: fields,
    enabledClients: enabledClients ?? undefined,
    scim: scim ?? undefined,
    secrets: [...refs, ...literals]
  }
}

const readClients = (value: unknown, report: Report): ReadonlyArray<ClientRef> | null | undefined => {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) {
    report("error", ["enabled_clients"], "expected a list of client names (or { client_id: … })")
    return null
  }
  const out: Array<ClientRef> = []
  value.forEach((item: unknown, i) => {
    if (typeof item === "string" && item.length > 0) out.push({ name: item })
    else if (Predicate.isRecord(item) && typeof item["client_id"] === "string" && item["client_id"].length > 0 && Object.keys(item).length === 1) {
      out.push({ client_id: item["client_id"] })
    } else report("error", ["enabled_clients", i], "expected a client name or { client_id: … }")
  })
  return out
}

const decodeScim = Validation.decode(CreateScimConfiguration)

const readScim = (value: unknown, report: Report): CreateScimConfiguration | false | null | undefined => {
  if (value === undefined || value === false) return value
  const decoded = decodeScim(value)
  if (Either.isRight(decoded)) return decoded.right
  for (const issue of decoded.left) report("error", ["scim", ...issue.path], issue.message)
  return null
}

/** A copy of `value` with each secret reference replaced by a placeholder; the references are collected. */
const replaceRefs = (value: unknown, path: Path, out: Array<SecretSlot>): unknown =>
  rewrite(value, (node, at) => {
    if (!isSecretRef(node)) return DESCEND
    out.push({ path: at, ref: node })
    return PLACEHOLDER
  }, path)

/**
 * Reads and validates a desired-state file.
 *
 * @since 0.0.0
 */
export const load = (path: string): Effect.Effect<DesiredState, DesiredStateInvalid, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const text = yield* fs.readFileString(path).pipe(
      Effect.mapError((error) =>
        new DesiredStateInvalid({ file: path, problems: [{ severity: "error", file: path, path: "(root)", message: `cannot read the file: ${error.message}` }] })
      )
    )
    return yield* fromText(path, text)
  }).pipe(Effect.withSpan("DesiredState.load", { attributes: { file: path } }))
