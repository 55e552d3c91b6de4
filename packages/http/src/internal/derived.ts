/**
 * The operations built from the endpoint methods rather than sent as one request: `stream` and `findByName`
 * (checkpoint pages read lazily), `setEnabledClients` (read every page, send the difference) and `updateOptions`
 * (read-modify-write under a per-connection lock). Written once, for the client and the fake alike.
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type { Connection, ConnectionProjection } from "@effect-auth0/domain/Connection"
import type * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import type { ClientId, ConnectionId, Cursor } from "@effect-auth0/domain/Identifiers"
import * as ConnectionsError from "../ConnectionsError.js"
import type { EnabledClientsDiff, Service, StreamFilter } from "../ConnectionsService.js"
import * as Endpoints from "./endpoints.js"
import type { Executor } from "./executor.js"
import type * as KeyedLock from "./keyedLock.js"
import * as Validate from "./validate.js"
import { traced } from "./traced.js"

/** A checkpoint page, projected or not. */
interface Page {
  readonly connections: ReadonlyArray<Connection | ConnectionProjection>
  readonly next?: Cursor | undefined
}

/** Page sizes of the operations that read many pages. */
export const pageSizes = {
  /** `stream`, `findByName` and the streams over the other checkpoint lists. */
  stream: 100,
  /** `setEnabledClients`. */
  enabledClients: 1000
} as const

/** The derived operations. */
export type DerivedMethods = Pick<
  Service,
  "stream" | "findByName" | "setEnabledClients" | "updateOptions" | "streamScimConfigurations" | "streamSynchronizedGroups" | "streamDirectoryProvisionings"
>

/** Every item of a checkpoint list, one page (`take = pageSize`) at a time, fetched lazily. */
export const checkpointStream = <P extends { readonly next?: string | undefined }, A, E>(
  page: (params: { readonly take: number; readonly from?: Cursor }) => Effect.Effect<P, E>,
  items: (page: P) => ReadonlyArray<A>,
  pageSize: number
): Stream.Stream<A, E> =>
  Stream.paginateChunkEffect(undefined as Cursor | undefined, (from) =>
    Effect.map(page({ take: pageSize, ...(from === undefined ? {} : { from }) }), (p) =>
      [
        Chunk.fromIterable(items(p)),
        p.next === undefined || p.next.length === 0 ? Option.none() : Option.some<Cursor | undefined>(p.next as Cursor)
      ] as const))

type Filter = StreamFilter & { readonly fields?: ReadonlyArray<string> | undefined; readonly include_fields?: boolean | undefined }

/**
 * Every connection matching `filter` (projected when it names `fields`), fetched lazily one checkpoint page
 * (`take = pageSize`) at a time.
 */
const streamConnections = (list: Service["list"], pageSize: number) => (filter: Filter | undefined) =>
  Stream.paginateChunkEffect(undefined as Cursor | undefined, (from) =>
    Effect.map(
      // The implementation of `list` picks the page schema by `fields`; its overloads only type the two cases.
      (list as (params: ConnectionList.CheckpointListParams) => Effect.Effect<Page, ConnectionsError.CommonError>)({
        take: pageSize,
        ...(from === undefined ? {} : { from }),
        ...(filter?.strategy === undefined ? {} : { strategy: filter.strategy }),
        ...(filter?.name === undefined ? {} : { name: filter.name }),
        ...(filter?.fields === undefined ? {} : { fields: filter.fields }),
        ...(filter?.include_fields === undefined ? {} : { include_fields: filter.include_fields })
      }),
      (page) =>
        [
          Chunk.fromIterable(page.connections),
          page.next === undefined || page.next.length === 0 ? Option.none() : Option.some<Cursor | undefined>(page.next)
        ] as const
    ))

/** The ids of every client the connection is enabled for, reading all pages. */
const allEnabledClients = (getEnabledClients: Service["getEnabledClients"], id: ConnectionId) =>
  Effect.gen(function*() {
    const current: Array<ClientId> = []
    let from: Cursor | undefined = undefined
    do {
      const page: EnabledClients.EnabledClientsPage = yield* getEnabledClients(id, {
        take: pageSizes.enabledClients,
        ...(from === undefined ? {} : { from })
      })
      // Auth0 returns client ids as plain strings; they are the same ids the tenant knows.
      for (const c of page.clients) current.push(c.client_id as ClientId)
      from = page.next === undefined || page.next.length === 0 ? undefined : page.next
    } while (from !== undefined)
    return current
  })

/** What must change to go from `current` to `wanted`, as PATCH bodies of at most 50 changes each. */
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

const encodeChanges = Validate.encodeWith(EnabledClients.UpdateEnabledClients)

type OptionsUpdate = Parameters<Service["updateOptions"]>[1]

/**
 * The derived operations over the endpoint methods. `optionLocks` serializes `updateOptions` per connection id
 * (shared with `update`, whose `options` PATCH waits for it).
 */
export const make = (
  executor: Executor,
  methods: Pick<Service, "list" | "getEnabledClients" | "listScimConfigurations" | "listSynchronizedGroups" | "listDirectoryProvisionings">,
  optionLocks: KeyedLock.KeyedLock<undefined>
): DerivedMethods => {
  const { execute } = executor
  const stream = ((filter?: Filter) =>
    streamConnections(methods.list, pageSizes.stream)(filter).pipe(Stream.withSpan("ConnectionsService.stream"))) as Service["stream"]

  // Read immediately before writing: PATCH replaces `options` as a whole and Auth0 has no conditional update, so a
  // change made by another process between this read and the write is overwritten (last writer wins).
  const readModifyWrite = (id: ConnectionId, f: OptionsUpdate) =>
    Effect.gen(function*() {
      const connection = (yield* execute(Endpoints.get, { params: { id } })).value
      yield* Effect.annotateCurrentSpan("connection.strategy", connection.strategy)
      if (connection.options === undefined) {
        // Without `read:connections_options` Auth0 hides `options`: writing f({}) would erase every option.
        return yield* new ConnectionsError.InsufficientScope({
          message: "Reading options requires the \"read:connections_options\" scope; refusing to replace options that could not be read",
          requiredScopes: ["read:connections_options"],
          requirement: "all"
        })
      }
      const next = f(connection.options as { readonly [key: string]: unknown }, connection)
      const body = { strategy: connection.strategy, options: next }
      return (yield* execute(Endpoints.replaceOptions, { params: { id }, body })).value
    })

  return {
    stream,
    streamScimConfigurations: () =>
      checkpointStream(methods.listScimConfigurations, (p) => p.scim_configurations, pageSizes.stream).pipe(
        Stream.withSpan("ConnectionsService.streamScimConfigurations")
      ),
    streamDirectoryProvisionings: () =>
      checkpointStream(methods.listDirectoryProvisionings, (p) => p.directory_provisionings, pageSizes.stream).pipe(
        Stream.withSpan("ConnectionsService.streamDirectoryProvisionings")
      ),
    streamSynchronizedGroups: (id) =>
      checkpointStream((params) => methods.listSynchronizedGroups(id, params), (p) => p.groups, pageSizes.stream).pipe(
        Stream.withSpan("ConnectionsService.streamSynchronizedGroups", { attributes: { "connection.id": id } })
      ),
    findByName: traced("ConnectionsService.findByName")(function*(name: string) {
      yield* Effect.annotateCurrentSpan("connection.name", name)
      // Auth0 filters by name server side; the exact comparison guards against looser matching.
      return yield* Stream.runHead(Stream.filter(stream({ name }), (c) => c.name === name))
    }),
    setEnabledClients: traced("ConnectionsService.setEnabledClients")(function*(id: ConnectionId, clientIds: Iterable<ClientId>) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      const current = yield* allEnabledClients(methods.getEnabledClients, id)
      const { chunks, disabled, enabled } = diffEnabledClients(current, clientIds)
      // Validate every chunk before sending any, so a bad id cannot leave the change half applied.
      for (const chunk of chunks) yield* encodeChanges(chunk)
      for (const chunk of chunks) yield* execute(Endpoints.updateEnabledClients, { params: { id }, body: chunk })
      yield* Effect.annotateCurrentSpan({ "auth0.enabled": enabled.length, "auth0.disabled": disabled.length, "auth0.requests": chunks.length })
      return { enabled, disabled, requests: chunks.length } satisfies EnabledClientsDiff
    }),
    updateOptions: traced("ConnectionsService.updateOptions")(function*(id: ConnectionId, f: OptionsUpdate) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      // One read-modify-write per connection at a time within this service, so each sees the previous one's result.
      return yield* optionLocks.withLock(id, () => readModifyWrite(id, f))
    })
  }
}
