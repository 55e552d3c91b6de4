/**
 * `ConnectionsService`: every endpoint of the Auth0 Management API connections resource, typed end to end.
 *
 * Implementations: the HTTP client in this package (`ConnectionsHttp.layer` / `layerConfig`) and the in-memory
 * fake in `@effect-auth0/testing` (`ConnectionsMemory.layer`), which is the same client over an in-process
 * transport to the engine: one endpoint table, one executor, the same signatures, errors and behaviour.
 *
 * @since 0.0.0
 */
import type * as Brand from "effect/Brand"
import type * as Effect from "effect/Effect"
import * as Context from "effect/Context"
import type * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type * as Stream from "effect/Stream"
import type { ClientsPage } from "@effect-auth0/domain/Clients"
import type { Connection, ConnectionDeleted, ConnectionProjection } from "@effect-auth0/domain/Connection"
import type { ConnectionKey, KeysRequest, RotatedKey } from "@effect-auth0/domain/ConnectionKey"
import type {
  CheckpointListParams,
  CheckpointParams,
  ConnectionsCheckpointPage,
  ConnectionsTotalsPage,
  OffsetListParams
} from "@effect-auth0/domain/ConnectionList"
import type { CreateConnection, UpdateConnection } from "@effect-auth0/domain/ConnectionRequest"
import type {
  CreateDirectoryProvisioning,
  DirectoryDefaultMapping,
  DirectoryProvisioning,
  DirectoryProvisioningsPage,
  SynchronizedGroup,
  SynchronizedGroups,
  SynchronizedGroupsPage,
  Synchronization,
  UpdateDirectoryProvisioning
} from "@effect-auth0/domain/DirectoryProvisioning"
import type { EnabledClientsPage, EnabledClientsParams, UpdateEnabledClients } from "@effect-auth0/domain/EnabledClients"
import type { ClientId, ConnectionId, ScimTokenId } from "@effect-auth0/domain/Identifiers"
import type { ListStrategy } from "@effect-auth0/domain/Strategy"
import type {
  CreatedScimToken,
  CreateScimConfiguration,
  CreateScimToken,
  ScimConfiguration,
  ScimConfigurationsPage,
  ScimDefaultMapping,
  ScimToken,
  UpdateScimConfiguration
} from "@effect-auth0/domain/Scim"
import type {
  CommonError,
  Conflict,
  ConnectionNotFound,
  FeatureDisabled,
  ResourceNotFound
} from "./ConnectionsError.js"
import type * as Endpoints from "./internal/endpoints.js"
import type { RateLimitState } from "./RateLimit.js"

/**
 * A domain type as plain data: every branded value is its base type (`ConnectionName` → `string`), all the way
 * down; `Redacted` secrets stay `Redacted`. What `create` and `update` accept, so a plain object literal works
 * and the brands' rules are checked when the call validates its input (every problem in one `InvalidRequest`).
 *
 * @since 0.0.0
 */
export type Unbranded<A> = A extends Redacted.Redacted<unknown> ? A
  : A extends Brand.Brand<string | symbol> ? Brand.Brand.Unbranded<A>
  : A extends ReadonlyArray<infer E> ? ReadonlyArray<Unbranded<E>>
  : A extends object ? { readonly [K in keyof A]: Unbranded<A[K]> }
  : A

/**
 * The input of `create`: a `CreateConnection` as plain data (branded values welcome too).
 *
 * @since 0.0.0
 */
export type CreateInput = Unbranded<CreateConnection>

/**
 * The input of `update`: an `UpdateConnection` as plain data (branded values welcome too).
 *
 * @since 0.0.0
 */
export type UpdateInput = Unbranded<UpdateConnection>

/**
 * Errors of calls that address one connection by id.
 *
 * @since 0.0.0
 */
export type ByIdError = CommonError | ConnectionNotFound

/**
 * Errors of the SCIM and status endpoints (a connection or a sub-resource may be missing).
 *
 * @since 0.0.0
 */
export type SubResourceError = CommonError | ConnectionNotFound | ResourceNotFound

/**
 * Errors of the directory-provisioning endpoints: those of {@link SubResourceError}, plus `FeatureDisabled` (the
 * tenant has not enabled inbound directory provisioning). A strategy other than `google-apps` is `InvalidRequest`.
 *
 * @since 0.0.0
 */
export type DirectoryError = SubResourceError | FeatureDisabled

/**
 * Filters for {@link ConnectionsService.stream} and {@link ConnectionsService.findByName}.
 *
 * @since 0.0.0
 */
export interface StreamFilter {
  readonly strategy?: ReadonlyArray<ListStrategy> | undefined
  readonly name?: string | undefined
}

/**
 * Field projection for `getProjection` and the projected lists: `include_fields: true` (default) keeps only
 * `fields`, `false` drops them. `id` always comes back.
 *
 * @since 0.0.0
 */
export interface Projection {
  readonly fields: ReadonlyArray<string>
  readonly include_fields?: boolean | undefined
}

/**
 * No projection: what the full-connection overloads of `list`, `listOffset` and `stream` take, so that a value that
 * might carry `fields` cannot be typed as returning full connections.
 *
 * @since 0.0.0
 */
export interface NoProjection {
  readonly fields?: undefined
  readonly include_fields?: undefined
}

/**
 * The checkpoint parameters of `list` besides the projection.
 *
 * @since 0.0.0
 */
export type ListParams = Omit<CheckpointListParams, "fields" | "include_fields">

/**
 * The offset parameters of `listOffset` besides the projection.
 *
 * @since 0.0.0
 */
export type ListOffsetParams = Omit<OffsetListParams, "fields" | "include_fields">

/**
 * A checkpoint page of projected connections (`list` with `fields`).
 *
 * @since 0.0.0
 */
export type CheckpointProjectionPage = typeof Endpoints.CheckpointProjectionPage.Type

/**
 * An offset page of projected connections (`listOffset` with `fields`).
 *
 * @since 0.0.0
 */
export type TotalsProjectionPage = typeof Endpoints.TotalsProjectionPage.Type

/**
 * What `setEnabledClients` changed.
 *
 * @since 0.0.0
 */
export interface EnabledClientsDiff {
  readonly enabled: ReadonlyArray<ClientId>
  readonly disabled: ReadonlyArray<ClientId>
  /** PATCH requests sent (at most 50 changes each). */
  readonly requests: number
}

/**
 * The connections API.
 *
 * @since 0.0.0
 */
export interface Service {
  /**
   * `GET /connections` in checkpoint mode (`from`/`take`): one page, `next` absent on the last. With `fields`, the
   * connections are projections (only the fields asked for, and `id`).
   */
  readonly list: {
    (params: ListParams & Projection): Effect.Effect<CheckpointProjectionPage, CommonError>
    (params?: ListParams & NoProjection): Effect.Effect<ConnectionsCheckpointPage, CommonError>
  }
  /**
   * `GET /connections` in offset mode with totals (`page`/`per_page`, `include_totals=true`). With `fields`, the
   * connections are projections.
   */
  readonly listOffset: {
    (params: ListOffsetParams & Projection): Effect.Effect<TotalsProjectionPage, CommonError>
    (params?: ListOffsetParams & NoProjection): Effect.Effect<ConnectionsTotalsPage, CommonError>
  }
  /**
   * Every connection matching the filter, following checkpoint pages lazily (page size 100). With `fields`, the
   * connections are projections.
   */
  readonly stream: {
    (filter: StreamFilter & Projection): Stream.Stream<ConnectionProjection, CommonError>
    (filter?: StreamFilter & NoProjection): Stream.Stream<Connection, CommonError>
  }
  /** The connection with exactly this name, if any. */
  readonly findByName: (name: string) => Effect.Effect<Option.Option<Connection>, CommonError>
  /** `GET /connections/{id}`. */
  readonly get: (id: ConnectionId) => Effect.Effect<Connection, ByIdError>
  /** `GET /connections/{id}?fields=…`: only the projected fields (`id` is always there). */
  readonly getProjection: (id: ConnectionId, projection: Projection) => Effect.Effect<ConnectionProjection, ByIdError>
  /**
   * `POST /connections`. Takes plain data ({@link CreateInput}); validated locally first, every problem in one
   * `InvalidRequest`. Never creates a duplicate, even when retried. Within one service,
   * concurrent creates of the same name (case-insensitive) run one after another, so exactly one succeeds and the
   * others fail with `Conflict`, ambiguous failures (5xx, timeout, dropped connection) included.
   */
  readonly create: (input: CreateInput) => Effect.Effect<Connection, CommonError | Conflict>
  /**
   * `PATCH /connections/{id}`, with plain data ({@link UpdateInput}) validated locally first. Note that `options`
   * replaces the whole options object; see {@link updateOptions}.
   * A patch carrying `options` waits for any `updateOptions` on the same connection in this service.
   */
  readonly update: (id: ConnectionId, patch: UpdateInput) => Effect.Effect<Connection, ByIdError | Conflict>
  /**
   * Read-modify-write of `options`: reads the connection, applies `f` to its options and writes the result,
   * keeping every key `f` did not touch (unknown keys and secrets included).
   *
   * Within one service, concurrent `updateOptions` on the same connection are applied one after another (each
   * reads the previous one's result), so none is lost. Across processes Auth0 offers no conditional write: a
   * change another process makes between this call's read and its write is overwritten (last writer wins).
   */
  readonly updateOptions: (
    id: ConnectionId,
    f: (options: { readonly [key: string]: unknown }, connection: Connection) => { readonly [key: string]: unknown }
  ) => Effect.Effect<Connection, ByIdError | Conflict>
  /**
   * `DELETE /connections/{id}`: `Some({deleted_at})` on 202, `None` on 204 (already gone; Auth0 never answers 404 here).
   */
  readonly delete: (id: ConnectionId) => Effect.Effect<Option.Option<ConnectionDeleted>, CommonError>
  /** `GET /connections/{id}/status`: succeeds when the AD/LDAP connector is online. */
  readonly checkStatus: (id: ConnectionId) => Effect.Effect<void, SubResourceError>
  /** `GET /connections/{id}/clients`: one page of enabled clients. */
  readonly getEnabledClients: (id: ConnectionId, params?: EnabledClientsParams) => Effect.Effect<EnabledClientsPage, ByIdError>
  /** `PATCH /connections/{id}/clients`: 1–50 changes. */
  readonly updateEnabledClients: (id: ConnectionId, changes: UpdateEnabledClients) => Effect.Effect<void, ByIdError>
  /**
   * Makes the enabled clients exactly `clientIds`: reads every page, then sends only the changes, in PATCH chunks of
   * at most 50.
   */
  readonly setEnabledClients: (id: ConnectionId, clientIds: Iterable<ClientId>) => Effect.Effect<EnabledClientsDiff, ByIdError>
  /** `DELETE /connections/{id}/users?email=` (database connections only; needs `delete:users`). */
  readonly deleteUserByEmail: (id: ConnectionId, email: string) => Effect.Effect<void, ByIdError>
  /** `GET /connections/{id}/keys`. */
  readonly getKeys: (id: ConnectionId) => Effect.Effect<ReadonlyArray<ConnectionKey>, ByIdError>
  /** `POST /connections/{id}/keys`: provisions keys (409 when they exist). */
  readonly createKeys: (id: ConnectionId, body?: KeysRequest) => Effect.Effect<ReadonlyArray<ConnectionKey>, ByIdError | Conflict>
  /** `POST /connections/{id}/keys/rotate`: returns the new next key's `kid` and `cert` (`getKeys` shows it whole). */
  readonly rotateKeys: (id: ConnectionId, body?: KeysRequest) => Effect.Effect<RotatedKey, ByIdError>
  /** `GET /connections/{id}/scim-configuration`. */
  readonly getScimConfiguration: (id: ConnectionId) => Effect.Effect<ScimConfiguration, SubResourceError>
  /** `POST /connections/{id}/scim-configuration` (an empty body takes Auth0's defaults). */
  readonly createScimConfiguration: (id: ConnectionId, body?: CreateScimConfiguration) => Effect.Effect<ScimConfiguration, SubResourceError | Conflict>
  /** `PATCH /connections/{id}/scim-configuration` (both fields required; `mapping` is replaced). */
  readonly updateScimConfiguration: (id: ConnectionId, body: UpdateScimConfiguration) => Effect.Effect<ScimConfiguration, SubResourceError>
  /** `DELETE /connections/{id}/scim-configuration` (succeeds when there is none). */
  readonly deleteScimConfiguration: (id: ConnectionId) => Effect.Effect<void, SubResourceError>
  /** `GET /connections/{id}/scim-configuration/default-mapping`. */
  readonly getScimDefaultMapping: (id: ConnectionId) => Effect.Effect<ScimDefaultMapping, SubResourceError>
  /** `GET /connections/{id}/scim-configuration/tokens`. */
  readonly listScimTokens: (id: ConnectionId) => Effect.Effect<ReadonlyArray<ScimToken>, SubResourceError>
  /** `POST /connections/{id}/scim-configuration/tokens`: the token value is `Redacted`. */
  readonly createScimToken: (id: ConnectionId, body?: CreateScimToken) => Effect.Effect<CreatedScimToken, SubResourceError | Conflict>
  /** `DELETE /connections/{id}/scim-configuration/tokens/{tokenId}`. */
  readonly deleteScimToken: (id: ConnectionId, tokenId: ScimTokenId) => Effect.Effect<void, SubResourceError>
  /**
   * `GET /clients?fields=client_id,name`: one checkpoint page of the tenant's applications, by id and name only (no
   * secrets are asked for). For naming the clients a connection is enabled for; needs `read:clients`.
   */
  readonly listClients: (params?: CheckpointParams) => Effect.Effect<ClientsPage, CommonError>
  /** `GET /connections-scim-configurations`: one page of the tenant's SCIM configurations (`from`/`take`, 1–100). */
  readonly listScimConfigurations: (params?: CheckpointParams) => Effect.Effect<ScimConfigurationsPage, CommonError>
  /** Every SCIM configuration of the tenant, following checkpoint pages lazily (page size 100). */
  readonly streamScimConfigurations: () => Stream.Stream<ScimConfiguration, CommonError>
  /** `GET /connections/{id}/directory-provisioning` (`ResourceNotFound` when none was created). */
  readonly getDirectoryProvisioning: (id: ConnectionId) => Effect.Effect<DirectoryProvisioning, DirectoryError>
  /**
   * `POST /connections/{id}/directory-provisioning` (`google-apps` only; an empty body takes Auth0's defaults:
   * the default mapping, no automatic synchronization, `synchronize_groups: "off"`). `Conflict` when one exists.
   */
  readonly createDirectoryProvisioning: (
    id: ConnectionId,
    body?: CreateDirectoryProvisioning
  ) => Effect.Effect<DirectoryProvisioning, DirectoryError | Conflict>
  /** `PATCH /connections/{id}/directory-provisioning`: changes the given fields (`mapping` is replaced). */
  readonly updateDirectoryProvisioning: (id: ConnectionId, body: UpdateDirectoryProvisioning) => Effect.Effect<DirectoryProvisioning, DirectoryError>
  /** `DELETE /connections/{id}/directory-provisioning` (succeeds when there is none). */
  readonly deleteDirectoryProvisioning: (id: ConnectionId) => Effect.Effect<void, DirectoryError>
  /** `GET /connections/{id}/directory-provisioning/default-mapping`. */
  readonly getDirectoryDefaultMapping: (id: ConnectionId) => Effect.Effect<DirectoryDefaultMapping, DirectoryError>
  /**
   * `POST /connections/{id}/directory-provisioning/synchronizations`: requests a synchronization. `Conflict` while
   * one is pending or in progress; its progress shows in the configuration's `last_synchronization_*` fields.
   */
  readonly createSynchronization: (id: ConnectionId) => Effect.Effect<Synchronization, DirectoryError | Conflict>
  /** `GET /connections/{id}/directory-provisioning/synchronized-groups`: one page (`from`/`take`, 1–100). */
  readonly listSynchronizedGroups: (id: ConnectionId, params?: CheckpointParams) => Effect.Effect<SynchronizedGroupsPage, DirectoryError>
  /** Every synchronized group of the connection, following checkpoint pages lazily (page size 100). */
  readonly streamSynchronizedGroups: (id: ConnectionId) => Stream.Stream<SynchronizedGroup, DirectoryError>
  /** `PUT …/synchronized-groups`: the selection becomes exactly these groups. */
  readonly replaceSynchronizedGroups: (id: ConnectionId, body: SynchronizedGroups) => Effect.Effect<void, DirectoryError | Conflict>
  /**
   * `POST …/synchronized-groups`: adds these groups to the selection. Documented only in Auth0's newest API docs
   * (not in the OpenAPI spec or the SDKs of mid-2026); implemented as documented there.
   */
  readonly addSynchronizedGroups: (id: ConnectionId, body: SynchronizedGroups) => Effect.Effect<void, DirectoryError>
  /**
   * `DELETE …/synchronized-groups`: removes these groups (by id) from the selection. Documented only in Auth0's
   * newest API docs (not in the OpenAPI spec or the SDKs of mid-2026); implemented as documented there.
   */
  readonly deleteSynchronizedGroups: (id: ConnectionId, body: SynchronizedGroups) => Effect.Effect<void, DirectoryError>
  /** `GET /connections-directory-provisionings`: one page of the tenant's configurations (`from`/`take`, 1–100). */
  readonly listDirectoryProvisionings: (params?: CheckpointParams) => Effect.Effect<DirectoryProvisioningsPage, CommonError | FeatureDisabled>
  /** Every directory-provisioning configuration of the tenant, following checkpoint pages lazily (page size 100). */
  readonly streamDirectoryProvisionings: () => Stream.Stream<DirectoryProvisioning, CommonError | FeatureDisabled>
  /**
   * The rate-limit state of the last response that carried `x-ratelimit-*` headers (`None` until one did).
   *
   * It belongs to the service, not only to the HTTP layer: the budget it reports is the tenant's, which any code
   * running a batch against the API needs to pace itself, and it must be readable through the tag that code
   * depends on. Every implementation is the one client over some transport, so it is implemented once: the fake
   * reports `None` until its transport sends these headers (the engine does not), never a made-up state.
   */
  readonly rateLimit: Effect.Effect<Option.Option<RateLimitState>>
}

/**
 * The service tag.
 *
 * @since 0.0.0
 */
export class ConnectionsService extends Context.Tag("@effect-auth0/http/ConnectionsService")<ConnectionsService, Service>() {}
