/**
 * The service methods that map one to one onto an endpoint: each validates nothing itself (the endpoint's encoders
 * do), names its span's attributes and executes its declaration. Errors come from the declarations' `errors` lists.
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import type * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import type { ConnectionId, ScimTokenId } from "@effect-auth0/domain/Identifiers"
import type * as Scim from "@effect-auth0/domain/Scim"
import type { Projection, Service, UpdateInput } from "../ConnectionsService.js"
import type { Endpoint, ErrorTag } from "./endpoint.js"
import * as Endpoints from "./endpoints.js"
import type { Executor } from "./executor.js"
import type * as KeyedLock from "./keyedLock.js"
import { traced, withSpan } from "./traced.js"

/** The methods on the connection itself (listing, reading, writing, deleting). */
export type ConnectionMethods = Pick<Service, "list" | "listOffset" | "get" | "getProjection" | "update" | "delete" | "checkStatus">

/** The methods on a connection's sub-resources (enabled clients, users, keys, SCIM). */
export type SubResourceMethods = Pick<
  Service,
  | "getEnabledClients"
  | "updateEnabledClients"
  | "deleteUserByEmail"
  | "getKeys"
  | "createKeys"
  | "rotateKeys"
  | "getScimConfiguration"
  | "createScimConfiguration"
  | "updateScimConfiguration"
  | "deleteScimConfiguration"
  | "getScimDefaultMapping"
  | "listScimTokens"
  | "createScimToken"
  | "deleteScimToken"
>

/** A path that addresses one connection by `{id}` and nothing else. */
type ByIdPath = `/connections/{id}${string}`

/** The span attributes of a call on one connection (its id, the first argument). */
export const onConnection = { attributes: (id: ConnectionId, ..._rest: ReadonlyArray<unknown>) => ({ "connection.id": id }) }

/** The options of the span of a call on the connection `id`. */
const spanOn = (id: ConnectionId) => ({ captureStackTrace: false, attributes: onConnection.attributes(id) })

const valueOf = <A, E>(reply: Effect.Effect<{ readonly value: A }, E>) => Effect.map(reply, (r) => r.value)

/** `(id) => value` over an endpoint addressed by the connection id alone, as the span `ConnectionsService.<method>`. */
const byIdOf = (executor: Executor) => <A, T extends ErrorTag>(method: keyof Service, endpoint: Endpoint<ByIdPath, never, never, A, T>) =>
(id: ConnectionId) => withSpan(valueOf(executor.execute(endpoint, { params: { id } })), `ConnectionsService.${method}`, spanOn(id))

/** `(id, body?) => value` over an endpoint with a body, an absent body sent as `empty`. */
const byIdWithBodyOf = (executor: Executor) =>
<B, A, T extends ErrorTag>(method: keyof Service, endpoint: Endpoint<ByIdPath, never, B, A, T>, empty: B) =>
(id: ConnectionId, body?: B) =>
  withSpan(valueOf(executor.execute(endpoint, { params: { id }, body: body ?? empty })), `ConnectionsService.${method}`, spanOn(id))

/**
 * The connection methods. `optionLocks` is the per-connection lock `updateOptions` holds: a PATCH that replaces
 * `options` waits for it, so it cannot land between that call's read and its write.
 */
export const connectionMethods = (executor: Executor, optionLocks: KeyedLock.KeyedLock<undefined>): ConnectionMethods => {
  const { execute } = executor
  return {
    // One implementation per method; `fields` picks the projected endpoint (and so the projected page schema).
    list: traced("ConnectionsService.list")(function*(params?: ConnectionList.CheckpointListParams) {
      return params?.fields === undefined
        ? (yield* execute(Endpoints.list, { query: params ?? {} })).value
        : (yield* execute(Endpoints.listProjection, { query: { ...params, fields: params.fields } })).value
    }) as Service["list"],
    listOffset: traced("ConnectionsService.listOffset")(function*(params?: ConnectionList.OffsetListParams) {
      return params?.fields === undefined
        ? (yield* execute(Endpoints.listOffset, { query: params ?? {} })).value
        : (yield* execute(Endpoints.listOffsetProjection, { query: { ...params, fields: params.fields } })).value
    }) as Service["listOffset"],
    get: traced("ConnectionsService.get")(function*(id: ConnectionId) {
      return (yield* execute(Endpoints.get, { params: { id } })).value
    }, {
      ...onConnection,
      attributesOf: (connection) => ({ "connection.name": connection.name, "connection.strategy": connection.strategy })
    }),
    getProjection: traced("ConnectionsService.getProjection")(function*(id: ConnectionId, projection: Projection) {
      return (yield* execute(Endpoints.getProjection, { params: { id }, query: projection })).value
    }, onConnection),
    update: traced("ConnectionsService.update")(function*(id: ConnectionId, body: UpdateInput) {
      const patch = execute(Endpoints.update, { params: { id }, body })
      return (yield* (body.options === undefined ? patch : optionLocks.withLock(id, () => patch))).value
    }, onConnection),
    delete: traced("ConnectionsService.delete")(function*(id: ConnectionId) {
      const reply = yield* execute(Endpoints.remove, { params: { id } })
      return reply.status === 202 && reply.value !== undefined ? Option.some(reply.value) : Option.none()
    }, onConnection),
    checkStatus: byIdOf(executor)("checkStatus", Endpoints.checkStatus)
  }
}

/** The sub-resource methods. */
export const subResourceMethods = (executor: Executor): SubResourceMethods => {
  const { execute } = executor
  const byId = byIdOf(executor)
  const byIdWithBody = byIdWithBodyOf(executor)
  return {
    getEnabledClients: traced("ConnectionsService.getEnabledClients")(function*(id: ConnectionId, params?: EnabledClients.EnabledClientsParams) {
      return (yield* execute(Endpoints.getEnabledClients, { params: { id }, query: params ?? {} })).value
    }, onConnection),
    updateEnabledClients: traced("ConnectionsService.updateEnabledClients")(function*(id: ConnectionId, changes: EnabledClients.UpdateEnabledClients) {
      yield* execute(Endpoints.updateEnabledClients, { params: { id }, body: changes })
    }, { attributes: (id, changes) => ({ "connection.id": id, "auth0.changes": changes.length }) }),
    deleteUserByEmail: traced("ConnectionsService.deleteUserByEmail")(function*(id: ConnectionId, email: string) {
      yield* execute(Endpoints.deleteUserByEmail, { params: { id }, query: { email } })
    }, onConnection),
    getKeys: byId("getKeys", Endpoints.getKeys),
    createKeys: byIdWithBody("createKeys", Endpoints.createKeys, {}),
    rotateKeys: byIdWithBody("rotateKeys", Endpoints.rotateKeys, {}),
    getScimConfiguration: byId("getScimConfiguration", Endpoints.getScimConfiguration),
    createScimConfiguration: byIdWithBody("createScimConfiguration", Endpoints.createScimConfiguration, {}),
    updateScimConfiguration: traced("ConnectionsService.updateScimConfiguration")(function*(id: ConnectionId, body: Scim.UpdateScimConfiguration) {
      return (yield* execute(Endpoints.updateScimConfiguration, { params: { id }, body })).value
    }, onConnection),
    deleteScimConfiguration: byId("deleteScimConfiguration", Endpoints.deleteScimConfiguration),
    getScimDefaultMapping: byId("getScimDefaultMapping", Endpoints.getScimDefaultMapping),
    listScimTokens: byId("listScimTokens", Endpoints.listScimTokens),
    createScimToken: byIdWithBody("createScimToken", Endpoints.createScimToken, {}),
    deleteScimToken: traced("ConnectionsService.deleteScimToken")(function*(id: ConnectionId, tokenId: ScimTokenId) {
      yield* execute(Endpoints.deleteScimToken, { params: { id, tokenId } })
    }, { attributes: (id, tokenId) => ({ "connection.id": id, "auth0.scim_token.id": tokenId }) })
  }
}
