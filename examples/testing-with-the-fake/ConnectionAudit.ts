/**
 * `ConnectionAudit`: an application service built on `ConnectionsService`. It reads every connection of the tenant
 * and reports risky settings, and it can fix the worst one (database connections without brute-force protection).
 *
 * It only depends on the `ConnectionsService` tag, so it runs unchanged against Auth0 (`ConnectionsHttp.layer`),
 * the emulator, or the in-memory fake (`ConnectionsMemory.layer`) in its tests: see
 * `examples/test/connection-audit.test.ts`, the pattern to copy.
 */
import * as Connection from "@effect-auth0/domain/Connection"
import type { ConnectionId } from "@effect-auth0/domain/Identifiers"
import * as Strategy from "@effect-auth0/domain/Strategy"
import type { CommonError, Conflict, ConnectionNotFound } from "@effect-auth0/http/ConnectionsError"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"

/** How urgent a finding is. */
export type Severity = "high" | "medium" | "low"

/** The rules the audit applies. */
export type Rule = "brute-force-protection-off" | "weak-password-policy" | "saml-sha1" | "deprecated-strategy" | "not-enabled-for-any-client"

/** One risky setting on one connection. */
export interface Finding {
  readonly connectionId: ConnectionId
  readonly name: string
  readonly strategy: string
  readonly rule: Rule
  readonly severity: Severity
  readonly message: string
}

/** The result of an audit: how many connections were read, and what was found (most severe first). */
export interface AuditReport {
  readonly connections: number
  readonly findings: ReadonlyArray<Finding>
}

const severityOrder: Record<Severity, number> = { high: 0, medium: 1, low: 2 }

/** The checks that need only the connection object (options are visible with `read:connections_options`). */
const inspect = (connection: Connection.Connection): ReadonlyArray<Omit<Finding, "connectionId" | "name" | "strategy">> => {
  const out: Array<Omit<Finding, "connectionId" | "name" | "strategy">> = []
  if (Connection.isStrategy(connection, "auth0") && connection.options !== undefined) {
    if (connection.options.brute_force_protection !== true) {
      out.push({ rule: "brute-force-protection-off", severity: "high", message: "brute-force protection is off" })
    }
    const policy = connection.options.passwordPolicy
    if (policy === "none" || policy === "low") {
      out.push({ rule: "weak-password-policy", severity: "high", message: `password policy is "${policy}"` })
    }
  }
  if (Connection.isStrategy(connection, "samlp") && connection.options !== undefined) {
    const { digestAlgorithm, signatureAlgorithm } = connection.options
    if (signatureAlgorithm === "rsa-sha1" || digestAlgorithm === "sha1") {
      out.push({ rule: "saml-sha1", severity: "medium", message: "signs or digests with SHA-1 (use rsa-sha256 / sha256)" })
    }
  }
  if (Strategy.isDeprecated(connection.strategy)) {
    out.push({ rule: "deprecated-strategy", severity: "medium", message: `"${connection.strategy}" is a deprecated strategy` })
  }
  return out
}

/**
 * The service interface.
 */
export interface Service {
  /** Reads every connection (and its enabled clients) and reports the findings, most severe first. */
  readonly audit: Effect.Effect<AuditReport, CommonError | ConnectionNotFound>
  /**
   * Turns brute-force protection on for every database connection that has it off, keeping every other option
   * (a read-modify-write through `updateOptions`). Returns the ids it changed.
   */
  readonly hardenDatabases: Effect.Effect<ReadonlyArray<ConnectionId>, CommonError | ConnectionNotFound | Conflict>
}

/** The tag. */
export class ConnectionAudit extends Context.Tag("examples/ConnectionAudit")<ConnectionAudit, Service>() {}

/** Builds the service from the `ConnectionsService` in context. */
export const make = Effect.gen(function*() {
  const connections = yield* ConnectionsService

  const audit = Effect.gen(function*() {
    const all = Chunk.toReadonlyArray(yield* Stream.runCollect(connections.stream()))
    // One request per connection for its clients; a few at a time keeps well inside the tenant's rate limit.
    const perConnection = yield* Effect.forEach(all, (connection) =>
      connections.getEnabledClients(connection.id, { take: 1 }).pipe(
        Effect.map((page) => {
          const found = [...inspect(connection)]
          if (page.clients.length === 0) {
            found.push({ rule: "not-enabled-for-any-client", severity: "low", message: "no application uses it" })
          }
          return found.map((f): Finding => ({ connectionId: connection.id, name: connection.name, strategy: connection.strategy, ...f }))
        })
      ), { concurrency: 4 })
    const findings = perConnection.flat().sort((a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] || a.name.localeCompare(b.name) || a.rule.localeCompare(b.rule)
    )
    return { connections: all.length, findings }
  }).pipe(Effect.withSpan("ConnectionAudit.audit"))

  const hardenDatabases = Effect.gen(function*() {
    const databases = yield* Stream.runCollect(connections.stream({ strategy: ["auth0"] }))
    const weak = Chunk.filter(databases, (c) => Connection.isStrategy(c, "auth0") && c.options?.brute_force_protection !== true)
    return yield* Effect.forEach(weak, (c) =>
      connections.updateOptions(c.id, (options) => ({ ...options, brute_force_protection: true })).pipe(Effect.as(c.id)))
  }).pipe(Effect.withSpan("ConnectionAudit.hardenDatabases"))

  return ConnectionAudit.of({ audit, hardenDatabases })
})

/** The layer: needs a `ConnectionsService` (HTTP, emulator or fake). */
export const layer: Layer.Layer<ConnectionAudit, never, ConnectionsService> = Layer.effect(ConnectionAudit, make)
