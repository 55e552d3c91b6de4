/**
 * `ConnectionsMemory`: an in-memory `ConnectionsService` for tests, over the same {@link Engine} the emulator serves.
 *
 * Every method does what the HTTP implementation does, minus the network: it validates and encodes its input with
 * the domain schemas (an invalid input fails with `InvalidRequest{source:"local"}` and reaches nothing), sends the
 * wire JSON to the engine, decodes the answer with the domain schemas and maps a non-2xx answer with
 * `ConnectionsError.fromResponse`, so the errors are the HTTP client's errors, tag for tag.
 *
 * @since 0.0.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionKey from "@effect-auth0/domain/ConnectionKey"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import type { ConnectionId } from "@effect-auth0/domain/Identifiers"
import * as Scim from "@effect-auth0/domain/Scim"
import * as Validation from "@effect-auth0/domain/Validation"
import * as ConnectionsError from "@effect-auth0/http/ConnectionsError"
import * as Derived from "@effect-auth0/http/DerivedOperations"
import { ConnectionsService, type EnabledClientsDiff, type Service } from "@effect-auth0/http/ConnectionsService"
import * as Engine from "@effect-auth0/engine/Engine"

/**
 * How to build the fake: the engine's options plus the scopes its caller holds.
 *
 * @since 0.0.0
 */
export interface MemoryOptions extends Engine.EngineOptions {
  /** Scopes granted to the fake's caller (default: every scope, {@link Engine.SCOPES}). */
  readonly scopes?: Iterable<string> | undefined
}

/**
 * The fake: a `ConnectionsService` plus the engine under it (to seed, inspect or snapshot the store in tests).
 *
 * @since 0.0.0
 */
export interface ConnectionsMemory extends Service {
  readonly engine: Engine.Service
}

const COMMON = ["InvalidRequest", "Unauthorized", "InsufficientScope", "RateLimited", "ServerError", "TransportError", "UnexpectedResponse"] as const
type CommonTag = typeof COMMON[number]

type Tagged<Tag extends string> = Extract<ConnectionsError.ConnectionsError, { readonly _tag: Tag }>

interface Call<A, I> {
  readonly method: string
  readonly path: string
  readonly query?: ReadonlyArray<readonly [string, string]>
  readonly body?: unknown
  readonly connectionId?: string
  /** Schema of a 2xx body; `undefined` when the body is ignored. */
  readonly schema?: Schema.Schema<A, I, never>
}

const toIssues = (issues: ReadonlyArray<Validation.Issue>): ReadonlyArray<ConnectionsError.ValidationIssue> =>
  issues.map((issue) => ({ path: Validation.formatPath(issue.path), message: issue.message }))

/** The local validation error, exactly as the HTTP client reports it: nothing was sent. */
const localInvalid = (issues: ReadonlyArray<Validation.Issue>): ConnectionsError.InvalidRequest =>
  new ConnectionsError.InvalidRequest({
    message: `Invalid request: ${issues.map(Validation.formatIssue).join("; ")}`,
    source: "local",
    issues: toIssues(issues)
  })

const encodeWith = <A, I>(schema: Schema.Schema<A, I, never>) => {
  const run = Validation.encode(schema)
  return (value: A): Effect.Effect<I, ConnectionsError.InvalidRequest> =>
    Either.match(run(value), { onLeft: (issues) => Effect.fail(localInvalid(issues)), onRight: Effect.succeed })
}

/** What the wire does to a body: `undefined` keys vanish, values become plain JSON. */
const wire = (body: unknown): unknown => (body === undefined ? undefined : JSON.parse(JSON.stringify(body)))

const encodeCheckpoint = encodeWith(ConnectionList.CheckpointListParams)
const encodeOffset = encodeWith(ConnectionList.OffsetListParams)
const encodeUpdate = encodeWith(ConnectionRequest.UpdateConnection)
const encodeClientsParams = encodeWith(EnabledClients.EnabledClientsParams)
const encodeClientChanges = encodeWith(EnabledClients.UpdateEnabledClients)
const encodeKeysRequest = encodeWith(ConnectionKey.KeysRequest)
const encodeCreateScim = encodeWith(Scim.CreateScimConfiguration)
const encodeUpdateScim = encodeWith(Scim.UpdateScimConfiguration)
const encodeCreateToken = encodeWith(Scim.CreateScimToken)

const filterQuery = (params: {
  readonly strategy?: ReadonlyArray<string> | undefined
  readonly name?: string | undefined
  readonly fields?: ReadonlyArray<string> | undefined
  readonly include_fields?: boolean | undefined
}): Array<readonly [string, string]> => {
  const q: Array<readonly [string, string]> = []
  for (const s of params.strategy ?? []) q.push(["strategy", s])
  if (params.name !== undefined) q.push(["name", params.name])
  if (params.fields !== undefined) q.push(["fields", params.fields.join(",")])
  if (params.include_fields !== undefined) q.push(["include_fields", String(params.include_fields)])
  return q
}

/**
 * Builds the fake over an existing engine (e.g. one the emulator also serves).
 *
 * @since 0.0.0
 */
export const fromEngine = (engine: Engine.Service, options?: MemoryOptions): Effect.Effect<ConnectionsMemory> =>
  Effect.sync(() => {
    const scopes: ReadonlySet<string> = new Set(options?.scopes ?? Engine.SCOPES)
    const tenantDomain = options?.tenantDomain ?? Engine.DEFAULT_TENANT_DOMAIN
    const base = `https://${tenantDomain}/api/v2`

    /** Sends one request; narrows errors to the tags the method declares (anything else is an `UnexpectedResponse`). */
    const send = <A, I, Tag extends ConnectionsError.ConnectionsError["_tag"]>(
      call: Call<A, I>,
      allowed: ReadonlyArray<Tag>
    ): Effect.Effect<{ readonly status: number; readonly value: A | undefined }, Tagged<Tag | CommonTag>> =>
      Effect.gen(function*() {
        const url = `${base}${call.path}`
        const response = yield* engine.handle({
          method: call.method,
          path: call.path,
          query: call.query ?? [],
          body: wire(call.body),
          scopes
        })
        if (response.status < 200 || response.status >= 300) {
          const error = ConnectionsError.fromResponse({
            status: response.status,
            body: response.body,
            headers: {},
            method: call.method,
            url,
            connectionId: call.connectionId,
            attempts: 1
          })
          if ((COMMON as ReadonlyArray<string>).includes(error._tag) || (allowed as ReadonlyArray<string>).includes(error._tag)) {
            return yield* Effect.fail(error as Tagged<Tag | CommonTag>)
          }
          return yield* Effect.fail(
            new ConnectionsError.UnexpectedResponse({
              statusCode: response.status,
              message: "message" in error && typeof error.message === "string" ? error.message : `HTTP ${response.status}`,
              status: response.status,
              method: call.method,
              url,
              issues: []
            }) as Tagged<Tag | CommonTag>
          )
        }
        if (call.schema === undefined || response.status === 204) return { status: response.status, value: undefined }
        const decoded = Schema.decodeUnknownEither(call.schema)(response.body)
        if (Either.isLeft(decoded)) {
          return yield* Effect.fail(
            new ConnectionsError.UnexpectedResponse({
              message: "The response body does not match the expected schema",
              status: response.status,
              method: call.method,
              url,
              issues: toIssues(Validation.issuesOf(decoded.left))
            }) as Tagged<Tag | CommonTag>
          )
        }
        return { status: response.status, value: decoded.right }
      })

    const value = <A>(r: { readonly value: A | undefined }): A => r.value as A
    const idPath = (id: string) => `/connections/${encodeURIComponent(id)}`

    const list: Service["list"] = (params = {}) =>
      Effect.gen(function*() {
        const p = yield* encodeCheckpoint(params)
        const query = filterQuery(p)
        if (p.from !== undefined) query.unshift(["from", p.from])
        if (p.take !== undefined) query.unshift(["take", String(p.take)])
        // Checkpoint mode needs `take` or `from` on the wire; without either Auth0 would answer a bare array.
        if (p.take === undefined && p.from === undefined) query.unshift(["take", "50"])
        return value(yield* send({ method: "GET", path: "/connections", query, schema: ConnectionList.ConnectionsCheckpointPage }, []))
      }).pipe(Effect.withSpan("ConnectionsMemory.list"))

    const listOffset: Service["listOffset"] = (params = {}) =>
      Effect.gen(function*() {
        const p = yield* encodeOffset(params)
        const query = filterQuery(p)
        if (p.page !== undefined) query.push(["page", String(p.page)])
        if (p.per_page !== undefined) query.push(["per_page", String(p.per_page)])
        query.push(["include_totals", "true"])
        return value(yield* send({ method: "GET", path: "/connections", query, schema: ConnectionList.ConnectionsTotalsPage }, []))
      }).pipe(Effect.withSpan("ConnectionsMemory.listOffset"))

    const stream: Service["stream"] = (filter) =>
      Derived.streamConnections(list, 100)(filter).pipe(Stream.withSpan("ConnectionsMemory.stream"))

    const findByName: Service["findByName"] = (name) =>
      Effect.map(list({ name }), (page) => Option.fromNullable(page.connections.find((c) => c.name === name))).pipe(
        Effect.withSpan("ConnectionsMemory.findByName", { attributes: { "connection.name": name } })
      )

    const get: Service["get"] = (id) =>
      Effect.map(send({ method: "GET", path: idPath(id), connectionId: id, schema: Connection.Connection }, ["ConnectionNotFound"]), value).pipe(
        Effect.withSpan("ConnectionsMemory.get", { attributes: { "connection.id": id } })
      )

    const getProjection: Service["getProjection"] = (id, projection) =>
      Effect.map(
        send({
          method: "GET",
          path: idPath(id),
          query: filterQuery({ fields: projection.fields, include_fields: projection.include_fields ?? true }),
          connectionId: id,
          schema: Connection.ConnectionProjection
        }, ["ConnectionNotFound"]),
        value
      ).pipe(Effect.withSpan("ConnectionsMemory.getProjection", { attributes: { "connection.id": id } }))

    const create: Service["create"] = (input) =>
      Effect.gen(function*() {
        const body = yield* Either.match(Validation.encodeCreateConnection(input), {
          onLeft: (issues) => Effect.fail(localInvalid(issues)),
          onRight: Effect.succeed
        })
        return value(yield* send({ method: "POST", path: "/connections", body, schema: Connection.Connection }, ["Conflict"]))
      }).pipe(Effect.withSpan("ConnectionsMemory.create", { attributes: { "connection.name": input.name, "connection.strategy": input.strategy } }))

    const patch = (id: ConnectionId, body: unknown) =>
      Effect.map(send({ method: "PATCH", path: idPath(id), body, connectionId: id, schema: Connection.Connection }, ["ConnectionNotFound", "Conflict"]), value)

    const update: Service["update"] = (id, body) =>
      Effect.flatMap(encodeUpdate(body), (encoded) => patch(id, encoded)).pipe(
        Effect.withSpan("ConnectionsMemory.update", { attributes: { "connection.id": id } })
      )

    const updateOptions: Service["updateOptions"] = (id, f) =>
      Effect.gen(function*() {
        const connection = yield* get(id)
        if (connection.options === undefined && !scopes.has("read:connections_options")) {
          // Without the scope Auth0 hides `options`: writing f({}) would erase every option the caller cannot see.
          return yield* Effect.fail(
            new ConnectionsError.InsufficientScope({
              message: "Reading options requires the \"read:connections_options\" scope; refusing to replace options that could not be read",
              requiredScopes: ["read:connections_options"],
              requirement: "all"
            })
          )
        }
        const next = f((connection.options ?? {}) as { readonly [key: string]: unknown }, connection)
        // Encode with the strategy's options schema, so `Redacted` secrets go out as their values.
        const options = yield* encodeWith(Connection.optionsSchemaFor(connection.strategy))(next)
        return yield* patch(id, { options })
      }).pipe(Effect.withSpan("ConnectionsMemory.updateOptions", { attributes: { "connection.id": id } }))

    const del: Service["delete"] = (id) =>
      Effect.map(
        send({ method: "DELETE", path: idPath(id), connectionId: id, schema: Connection.ConnectionDeleted }, []),
        (r) => (r.status === 202 && r.value !== undefined ? Option.some(r.value) : Option.none())
      ).pipe(Effect.withSpan("ConnectionsMemory.delete", { attributes: { "connection.id": id } }))

    const checkStatus: Service["checkStatus"] = (id) =>
      Effect.asVoid(send({ method: "GET", path: `${idPath(id)}/status`, connectionId: id }, ["ConnectionNotFound", "ResourceNotFound"])).pipe(
        Effect.withSpan("ConnectionsMemory.checkStatus", { attributes: { "connection.id": id } })
      )

    const getEnabledClients: Service["getEnabledClients"] = (id, params = {}) =>
      Effect.gen(function*() {
        const p = yield* encodeClientsParams(params)
        const query: Array<readonly [string, string]> = []
        if (p.take !== undefined) query.push(["take", String(p.take)])
        if (p.from !== undefined) query.push(["from", p.from])
        return value(
          yield* send({ method: "GET", path: `${idPath(id)}/clients`, query, connectionId: id, schema: EnabledClients.EnabledClientsPage }, [
            "ConnectionNotFound"
          ])
        )
      }).pipe(Effect.withSpan("ConnectionsMemory.getEnabledClients", { attributes: { "connection.id": id } }))

    const updateEnabledClients: Service["updateEnabledClients"] = (id, changes) =>
      Effect.flatMap(encodeClientChanges(changes), (body) =>
        Effect.asVoid(send({ method: "PATCH", path: `${idPath(id)}/clients`, body, connectionId: id }, ["ConnectionNotFound"]))).pipe(
          Effect.withSpan("ConnectionsMemory.updateEnabledClients", { attributes: { "connection.id": id } })
        )

    const setEnabledClients: Service["setEnabledClients"] = (id, clientIds) =>
      Effect.gen(function*() {
        const current = yield* Derived.allEnabledClients(getEnabledClients, 1000)(id)
        const { chunks, disabled, enabled } = Derived.diffEnabledClients(current, clientIds)
        for (const chunk of chunks) yield* updateEnabledClients(id, chunk)
        const requests = chunks.length
        return { enabled, disabled, requests } satisfies EnabledClientsDiff
      }).pipe(Effect.withSpan("ConnectionsMemory.setEnabledClients", { attributes: { "connection.id": id } }))

    const deleteUserByEmail: Service["deleteUserByEmail"] = (id, email) =>
      Effect.asVoid(send({ method: "DELETE", path: `${idPath(id)}/users`, query: [["email", email]], connectionId: id }, ["ConnectionNotFound"])).pipe(
        Effect.withSpan("ConnectionsMemory.deleteUserByEmail", { attributes: { "connection.id": id } })
      )

    const getKeys: Service["getKeys"] = (id) =>
      Effect.map(send({ method: "GET", path: `${idPath(id)}/keys`, connectionId: id, schema: ConnectionKey.ConnectionKeys }, ["ConnectionNotFound"]), value).pipe(
        Effect.withSpan("ConnectionsMemory.getKeys", { attributes: { "connection.id": id } })
      )

    const createKeys: Service["createKeys"] = (id, body) =>
      Effect.flatMap(encodeKeysRequest(body ?? {}), (encoded) =>
        Effect.map(
          send({ method: "POST", path: `${idPath(id)}/keys`, body: encoded, connectionId: id, schema: ConnectionKey.ConnectionKeys }, [
            "ConnectionNotFound",
            "Conflict"
          ]),
          value
        )).pipe(Effect.withSpan("ConnectionsMemory.createKeys", { attributes: { "connection.id": id } }))

    const rotateKeys: Service["rotateKeys"] = (id, body) =>
      Effect.flatMap(encodeKeysRequest(body ?? {}), (encoded) =>
        Effect.map(
          send({ method: "POST", path: `${idPath(id)}/keys/rotate`, body: encoded, connectionId: id, schema: ConnectionKey.ConnectionKey }, [
            "ConnectionNotFound"
          ]),
          value
        )).pipe(Effect.withSpan("ConnectionsMemory.rotateKeys", { attributes: { "connection.id": id } }))

    const scimPath = (id: string) => `${idPath(id)}/scim-configuration`
    const SUB = ["ConnectionNotFound", "ResourceNotFound"] as const

    const getScimConfiguration: Service["getScimConfiguration"] = (id) =>
      Effect.map(send({ method: "GET", path: scimPath(id), connectionId: id, schema: Scim.ScimConfiguration }, SUB), value).pipe(
        Effect.withSpan("ConnectionsMemory.getScimConfiguration", { attributes: { "connection.id": id } })
      )

    const createScimConfiguration: Service["createScimConfiguration"] = (id, body) =>
      Effect.flatMap(encodeCreateScim(body ?? {}), (encoded) =>
        Effect.map(
          send({ method: "POST", path: scimPath(id), body: encoded, connectionId: id, schema: Scim.ScimConfiguration }, [...SUB, "Conflict"]),
          value
        )).pipe(Effect.withSpan("ConnectionsMemory.createScimConfiguration", { attributes: { "connection.id": id } }))

    const updateScimConfiguration: Service["updateScimConfiguration"] = (id, body) =>
      Effect.flatMap(encodeUpdateScim(body), (encoded) =>
        Effect.map(send({ method: "PATCH", path: scimPath(id), body: encoded, connectionId: id, schema: Scim.ScimConfiguration }, SUB), value)).pipe(
          Effect.withSpan("ConnectionsMemory.updateScimConfiguration", { attributes: { "connection.id": id } })
        )

    const deleteScimConfiguration: Service["deleteScimConfiguration"] = (id) =>
      Effect.asVoid(send({ method: "DELETE", path: scimPath(id), connectionId: id }, SUB)).pipe(
        Effect.withSpan("ConnectionsMemory.deleteScimConfiguration", { attributes: { "connection.id": id } })
      )

    const getScimDefaultMapping: Service["getScimDefaultMapping"] = (id) =>
      Effect.map(send({ method: "GET", path: `${scimPath(id)}/default-mapping`, connectionId: id, schema: Scim.ScimDefaultMapping }, SUB), value).pipe(
        Effect.withSpan("ConnectionsMemory.getScimDefaultMapping", { attributes: { "connection.id": id } })
      )

    const listScimTokens: Service["listScimTokens"] = (id) =>
      Effect.map(send({ method: "GET", path: `${scimPath(id)}/tokens`, connectionId: id, schema: Scim.ScimTokens }, SUB), value).pipe(
        Effect.withSpan("ConnectionsMemory.listScimTokens", { attributes: { "connection.id": id } })
      )

    const createScimToken: Service["createScimToken"] = (id, body) =>
      Effect.flatMap(encodeCreateToken(body ?? {}), (encoded) =>
        Effect.map(
          send({ method: "POST", path: `${scimPath(id)}/tokens`, body: encoded, connectionId: id, schema: Scim.CreatedScimToken }, [...SUB, "Conflict"]),
          value
        )).pipe(Effect.withSpan("ConnectionsMemory.createScimToken", { attributes: { "connection.id": id } }))

    const deleteScimToken: Service["deleteScimToken"] = (id, tokenId) =>
      Effect.asVoid(
        send({ method: "DELETE", path: `${scimPath(id)}/tokens/${encodeURIComponent(tokenId)}`, connectionId: id }, SUB)
      ).pipe(Effect.withSpan("ConnectionsMemory.deleteScimToken", { attributes: { "connection.id": id } }))

    return {
      engine,
      list,
      listOffset,
      stream,
      findByName,
      get,
      getProjection,
      create,
      update,
      updateOptions,
      delete: del,
      checkStatus,
      getEnabledClients,
      updateEnabledClients,
      setEnabledClients,
      deleteUserByEmail,
      getKeys,
      createKeys,
      rotateKeys,
      getScimConfiguration,
      createScimConfiguration,
      updateScimConfiguration,
      deleteScimConfiguration,
      getScimDefaultMapping,
      listScimTokens,
      createScimToken,
      deleteScimToken,
      // There is no network and no rate limit: nothing was ever reported.
      rateLimit: Effect.succeed(Option.none())
    } satisfies ConnectionsMemory
  })

/**
 * A fake with a fresh engine.
 *
 * @since 0.0.0
 */
export const make = (options?: MemoryOptions): Effect.Effect<ConnectionsMemory> =>
  Effect.flatMap(Engine.make(options), (engine) => fromEngine(engine, options))

/**
 * The fake as a layer, with its engine (for tests that inspect or seed the store).
 *
 * @since 0.0.0
 */
export const layerWith = (options?: MemoryOptions): Layer.Layer<ConnectionsService | Engine.Engine> =>
  Layer.effectContext(
    Effect.map(make(options), (memory) =>
      Context.make(ConnectionsService, memory as Service).pipe(Context.add(Engine.Engine, memory.engine)))
  )

/**
 * `ConnectionsService` in memory, preloaded with `seed`: random Auth0-style ids and every scope granted.
 *
 * @since 0.0.0
 */
export const layer = (seed?: Engine.Seed): Layer.Layer<ConnectionsService | Engine.Engine> =>
  layerWith(seed === undefined ? {} : { seed })

/**
 * The engine behind the fake of the current layer.
 *
 * @since 0.0.0
 */
export const engine: Effect.Effect<Engine.Service, never, Engine.Engine> = Engine.Engine
