/**
 * Operations built from the endpoint methods of a `ConnectionsService`, shared by every implementation (the HTTP
 * client and the in-memory fake), so `stream` and `setEnabledClients` mean exactly the same thing in both.
 *
 * @since 0.0.0
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type { Connection } from "@effect-auth0/domain/Connection"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import type { ClientId, ConnectionId, Cursor } from "@effect-auth0/domain/Identifiers"
import type { ByIdError, Service, StreamFilter } from "./ConnectionsService.js"
import type { CommonError } from "./ConnectionsError.js"

/**
 * Every connection matching `filter`, fetched lazily one checkpoint page (`take = pageSize`) at a time.
 *
 * @since 0.0.0
 */
export const streamConnections = (list: Service["list"], pageSize: number) =>
(filter?: StreamFilter): Stream.Stream<Connection, CommonError> =>
  Stream.paginateChunkEffect(undefined as Cursor | undefined, (from) =>
    Effect.map(
      list({
        take: pageSize,
        ...(from === undefined ? {} : { from }),
        ...(filter?.strategy === undefined ? {} : { strategy: filter.strategy }),
        ...(filter?.name === undefined ? {} : { name: filter.name })
      }),
      (page) =>
        [
          Chunk.fromIterable(page.connections),
          page.next === undefined || page.next.length === 0 ? Option.none() : Option.some<Cursor | undefined>(page.next)
        ] as const
    ))

/**
 * The ids of every client the connection is enabled for, reading all pages.
 *
 * @since 0.0.0
 */
export const allEnabledClients = (getEnabledClients: Service["getEnabledClients"], pageSize: number) =>
(id: ConnectionId): Effect.Effect<Array<ClientId>, ByIdError> =>
  Effect.gen(function*() {
    const current: Array<ClientId> = []
    let from: Cursor | undefined = undefined
    do {
      const page: EnabledClients.EnabledClientsPage = yield* getEnabledClients(id, {
        take: pageSize,
        ...(from === undefined ? {} : { from })
      })
      // Auth0 returns client ids as plain strings; they are the same ids the tenant knows.
      for (const c of page.clients) current.push(c.client_id as ClientId)
      from = page.next === undefined || page.next.length === 0 ? undefined : page.next
    } while (from !== undefined)
    return current
  })

/**
 * What must change to go from `current` to `wanted`, as PATCH bodies of at most 50 changes each.
 *
 * @since 0.0.0
 */
export const diffEnabledClients = (current: ReadonlyArray<ClientId>, wanted: Iterable<ClientId>): {
  readonly enabled: ReadonlyArray<ClientId>
  readonly disabled: ReadonlyArray<ClientId>
  readonly chunks: ReadonlyArray<EnabledClients.UpdateEnabledClients>
} => {
  const want = [...new Set(wanted)]
  const have = new Set<string>(current)
  const wantSet = new Set<string>(want)
  const enabled = want.filter((c) => !have.has(c))
  const disabled = current.filter((c) => !wantSet.has(c))
  const changes = [
    ...enabled.map((client_id) => ({ client_id, status: true })),
    ...disabled.map((client_id) => ({ client_id, status: false }))
  ]
  const chunks: Array<EnabledClients.UpdateEnabledClients> = []
  for (let i = 0; i < changes.length; i += EnabledClients.MAX_CLIENTS_PER_PATCH) {
    chunks.push(changes.slice(i, i + EnabledClients.MAX_CLIENTS_PER_PATCH))
  }
  return { enabled, disabled, chunks }
}
