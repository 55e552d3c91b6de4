/**
 * Export: writes a tenant's connections (all, or filtered by name or strategy) as desired state. Secrets become
 * references (`{ env: NAME }`, with a suggested variable name per secret), enabled clients are written by client
 * name (by `{ client_id }` when the directory has no unique name for one). Planning the export against the same
 * tenant, with those variables set, shows no changes.
 *
 * @since 0.0.0
 */
import type { Connection } from "@effect-auth0/domain/Connection"
import { createFields } from "@effect-auth0/domain/ConnectionRequest"
import type { ListStrategy } from "@effect-auth0/domain/Strategy"
import * as Validation from "@effect-auth0/domain/Validation"
import type { CommonError } from "@effect-auth0/http/ConnectionsError"
import { type ByIdError, ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { Document, isMap, visit } from "yaml"
import * as ClientDirectory from "./ClientDirectory.js"
import { DESCEND, type Path, rewrite, setKey } from "./internal/json.js"
import { clientsOf, readConnections } from "./internal/live.js"
import { isSecretRef, SECRET_KEY, suggestVariable } from "./SecretRef.js"

/**
 * Which connections to export.
 *
 * @since 0.0.0
 */
export interface ExportOptions {
  readonly name?: string | undefined
  readonly strategy?: ReadonlyArray<ListStrategy> | undefined
}

/**
 * A secret turned into a reference.
 *
 * @since 0.0.0
 */
export interface ExportedSecret {
  readonly connection: string
  readonly path: string
  readonly variable: string
}

/**
 * The export: the desired-state text (YAML) and the variables it expects.
 *
 * @since 0.0.0
 */
export interface ExportResult {
  readonly text: string
  readonly connections: number
  readonly secrets: ReadonlyArray<ExportedSecret>
}

/**
 * Errors of exporting.
 *
 * @since 0.0.0
 */
export type ExportError = CommonError | ByIdError

/** The fields a definition may carry besides name, strategy and options (enabled clients are written apart). */
const WRITABLE = Object.keys(createFields).filter((k) => k !== "name" && k !== "enabled_clients")

const referencesFor = (connection: string, secrets: Array<ExportedSecret>) => (value: unknown, path: Path): unknown =>
  rewrite(value, (node, at) => {
    const key = at[at.length - 1]
    const secret = Redacted.isRedacted(node) || (at[0] === "options" && typeof node === "string" && typeof key === "string" && SECRET_KEY.test(key))
    if (!secret) return DESCEND
    const variable = suggestVariable(connection, at)
    secrets.push({ connection, path: Validation.formatPath(at), variable })
    return { env: variable }
  }, path)

const definitionOf = (
  connection: Connection,
  clients: ReadonlyArray<string>,
  directory: ClientDirectory.Index,
  secrets: Array<ExportedSecret>
): Record<string, unknown> => {
  const live = connection as unknown as Record<string, unknown>
  const walk = referencesFor(connection.name, secrets)
  const out: Record<string, unknown> = { name: connection.name, strategy: connection.strategy }
  for (const key of WRITABLE) if (live[key] !== undefined) setKey(out, key, walk(live[key], [key]))
  if (clients.length > 0) {
    out["enabled_clients"] = [...clients].sort().map((id) => directory.nameOf(id) ?? { client_id: id })
  }
  if (live["options"] !== undefined) out["options"] = walk(live["options"], ["options"])
  return out
}

/** YAML with secret references written inline (`client_secret: { env: NAME }`), as people write them. */
const toYaml = (value: unknown): string => {
  const doc = new Document(value)
  visit(doc, {
    Map: (_, node) => {
      if (isMap(node) && node.items.length === 1 && isSecretRef(node.toJSON())) node.flow = true
    }
  })
  return doc.toString({ lineWidth: 0 })
}

/**
 * Exports the tenant's connections as desired state.
 *
 * @since 0.0.0
 */
export const run = (
  options: ExportOptions = {}
): Effect.Effect<ExportResult, ExportError, ConnectionsService | ClientDirectory.ClientDirectory> =>
  Effect.gen(function*() {
    const service = yield* ConnectionsService
    const connections = yield* readConnections(service, { name: options.name, strategy: options.strategy })
    const clients = yield* Effect.forEach(connections, (c) => clientsOf(service, c), { concurrency: 4 })
    const directory = ClientDirectory.index(clients.some((ids) => ids.length > 0) ? yield* (yield* ClientDirectory.ClientDirectory).list : [])
    const secrets: Array<ExportedSecret> = []
    const definitions = connections.map((c, i) => definitionOf(c, clients[i]!, directory, secrets))
    const header = [
      "# Desired state exported by effect-auth0.",
      ...(secrets.length > 0 ? ["# Secrets are references: set these variables (or an --env-file) before plan/apply:", ...[...new Set(secrets.map((s) => s.variable))].map((v) => `#   ${v}`)] : [])
    ].join("\n")
    return { text: `${header}\n${toYaml({ connections: definitions })}`, connections: connections.length, secrets }
  }).pipe(Effect.withSpan("Export.run"))
