/**
 * Reading the tenant's live state for a plan: every connection through the list pages (100 a request), and enabled
 * clients from the list items (Auth0 includes `enabled_clients` there) or, when an item lacks them, from the
 * enabled-clients pages of that one connection.
 */
import type { Connection } from "@effect-auth0/domain/Connection"
import type { EnabledClientsPage } from "@effect-auth0/domain/EnabledClients"
import type { ConnectionId, Cursor } from "@effect-auth0/domain/Identifiers"
import type { ScimConfiguration } from "@effect-auth0/domain/Scim"
import type { ByIdError, Service, StreamFilter } from "@effect-auth0/http/ConnectionsService"
import type { CommonError } from "@effect-auth0/http/ConnectionsError"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { Target } from "../PlanDocument.js"
import { fingerprint } from "./canonical.js"

/** A live connection as planning sees it. */
export interface LiveConnection {
  readonly connection: Connection
  /** Enabled client ids, when they were needed (declared) or came with the list item. */
  readonly clients: ReadonlyArray<string> | undefined
  /** The SCIM configuration when it was needed (declared): `null` when there is none. */
  readonly scim: ScimConfiguration | null | undefined
  readonly target: Target
}

/** Every live connection matching the filter, by lower-cased name (Auth0's names are unique case-insensitively). */
export const readConnections = (service: Service, filter?: StreamFilter): Effect.Effect<ReadonlyArray<Connection>, CommonError> =>
  Effect.map(Stream.runCollect(service.stream(filter)), Chunk.toReadonlyArray)

const listedClients = (connection: Connection): ReadonlyArray<string> | undefined =>
  Array.isArray(connection.enabled_clients) ? connection.enabled_clients : undefined

/** The enabled client ids of one connection: from its list item, else from its enabled-clients pages. */
export const clientsOf = (service: Service, connection: Connection): Effect.Effect<ReadonlyArray<string>, ByIdError> => {
  const listed = listedClients(connection)
  if (listed !== undefined) return Effect.succeed(listed)
  return Effect.gen(function*() {
    const out: Array<string> = []
    let from: Cursor | undefined = undefined
    do {
      const page: EnabledClientsPage = yield* service.getEnabledClients(connection.id, from === undefined ? { take: 1000 } : { take: 1000, from })
      out.push(...page.clients.map((c) => c.client_id))
      from = page.next
    } while (from !== undefined)
    return out
  })
}

/** The SCIM configuration of one connection, `null` when it has none. */
export const scimOf = (service: Service, id: ConnectionId): Effect.Effect<ScimConfiguration | null, ByIdError> =>
  service.getScimConfiguration(id).pipe(
    Effect.catchTag("ResourceNotFound", () => Effect.succeed(null))
  )

/** The state a target has now (see `PlanDocument.Target`). */
export const targetOf = (
  connection: Connection,
  clients: ReadonlyArray<string> | undefined,
  scim: ScimConfiguration | null | undefined
): Target => {
  const updatedAt = (connection as { readonly updated_at?: unknown }).updated_at
  return {
    id: connection.id,
    updated_at: typeof updatedAt === "string" ? updatedAt : null,
    fingerprint: fingerprint({ connection, clients: clients === undefined ? null : [...clients].sort(), ...(scim === undefined ? {} : { scim }) })
  }
}

/** A live connection with its target state, reading its enabled clients and SCIM configuration when needed. */
export const withTarget = (
  service: Service,
  connection: Connection,
  need: { readonly clients: boolean; readonly scim: boolean }
): Effect.Effect<LiveConnection, ByIdError> =>
  Effect.map(
    Effect.all([
      need.clients ? clientsOf(service, connection) : Effect.succeed(listedClients(connection)),
      need.scim ? scimOf(service, connection.id) : Effect.succeed(undefined)
    ]),
    ([clients, scim]) => ({ connection, clients, scim, target: targetOf(connection, clients, scim) })
  )
