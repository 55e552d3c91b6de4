/**
 * The connections API, one declaration per endpoint (see `endpoint.ts` for what each field means). The HTTP client
 * and the in-memory fake both call these through one executor, so an endpoint's shape, errors and retry rule are
 * written here and nowhere else (`ConnectionsHttp`'s documentation explains the retry rules to users).
 */
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Clients from "@effect-auth0/domain/Clients"
import * as Connection from "@effect-auth0/domain/Connection"
import { type Open, open, optional } from "@effect-auth0/domain/ConnectionOptions"
import * as ConnectionKey from "@effect-auth0/domain/ConnectionKey"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as DirectoryProvisioning from "@effect-auth0/domain/DirectoryProvisioning"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import { Cursor, UserEmail } from "@effect-auth0/domain/Identifiers"
import * as Scim from "@effect-auth0/domain/Scim"
import * as Validation from "@effect-auth0/domain/Validation"
import type { CreateInput, UpdateInput } from "../ConnectionsService.js"
import * as Endpoint from "./endpoint.js"

/** Auth0's own default page size, sent explicitly: checkpoint mode needs `take` or `from` on the wire. */
const DEFAULT_TAKE = 50

interface Filters {
  readonly strategy?: ReadonlyArray<string> | undefined
  readonly name?: string | undefined
  readonly fields?: ReadonlyArray<string> | undefined
  readonly include_fields?: boolean | undefined
}

const filterQuery = (params: Filters): Array<readonly [string, string]> => {
  const q: Array<readonly [string, string]> = []
  // Auth0 takes an array filter as repeated keys: strategy=ad&strategy=auth0.
  for (const s of params.strategy ?? []) q.push(["strategy", s])
  if (params.name !== undefined) q.push(["name", params.name])
  if (params.fields !== undefined) q.push(["fields", params.fields.join(",")])
  if (params.include_fields !== undefined) q.push(["include_fields", String(params.include_fields)])
  return q
}

const pages = (take: number | undefined, from: string | undefined): Array<readonly [string, string]> => [
  ...(take === undefined ? [] : [["take", String(take)] as const]),
  ...(from === undefined ? [] : [["from", from] as const])
]

/** The query of checkpoint mode: `take` (default 50), `from`, the filters. */
const checkpointQuery = (p: Filters & { readonly take?: number | undefined; readonly from?: string | undefined }) => [
  ...pages(p.take ?? DEFAULT_TAKE, p.from),
  ...filterQuery(p)
]

/** The query of offset mode: the filters, `page`, `per_page`, always `include_totals`. */
const offsetQuery = (p: Filters & { readonly page?: number | undefined; readonly per_page?: number | undefined }) => [
  ...filterQuery(p),
  ...(p.page === undefined ? [] : [["page", String(p.page)] as const]),
  ...(p.per_page === undefined ? [] : [["per_page", String(p.per_page)] as const]),
  ["include_totals", "true"] as const
]

/** A projection's `include_fields` defaults to `true`: only the fields named come back. */
const projected = <P extends Filters>(p: P): P => ({ ...p, include_fields: p.include_fields ?? true })

/** A field projection: at least one non-empty field name. */
const Projection = Schema.Struct({
  fields: Schema.Array(Schema.String.pipe(Schema.minLength(1))).pipe(Schema.minItems(1)),
  include_fields: Schema.optional(Schema.Boolean)
})

/** The query of `DELETE …/users`. */
const UserEmailQuery = Schema.Struct({ email: UserEmail })

const BY_ID = ["ConnectionNotFound"] as const
const SUB = ["ConnectionNotFound", "ResourceNotFound"] as const
const { fromSchema, make } = Endpoint

// One row per endpoint. `idempotent`: safe to resend after a 5xx, a timeout or a transport error.

// -----------------------------------------------------------------------------------------------------------------
// connections

/** Checkpoint mode: `take` (default 50) and `from`, plus the filters. */
export const list: Endpoint.Endpoint<
  "/connections",
  ConnectionList.CheckpointListParams,
  never,
  ConnectionList.ConnectionsCheckpointPage,
  never
> = make({
  method: "GET",
  path: "/connections",
  query: fromSchema(ConnectionList.CheckpointListParams, checkpointQuery),
  response: ConnectionList.ConnectionsCheckpointPage,
  errors: [],
  idempotent: true
})

// The fields and endpoints below are typed by hand so declarations name the domain schemas instead of repeating them.
const checkpointProjectionPageFields: {
  connections: Schema.Array$<typeof Connection.ConnectionProjection>
  next: Schema.optionalWith<typeof Cursor, { exact: true }>
} = {
  connections: Schema.Array(Connection.ConnectionProjection),
  next: optional(Cursor)
}

/** A checkpoint page of projected connections: only the fields asked for (and `id`). */
export const CheckpointProjectionPage: Open<typeof checkpointProjectionPageFields> = open(checkpointProjectionPageFields).annotations({
  identifier: "ConnectionsCheckpointProjectionPage"
})

const totalsProjectionPageFields: {
  total: typeof Schema.JsonNumber
  start: typeof Schema.JsonNumber
  limit: typeof Schema.JsonNumber
  connections: Schema.Array$<typeof Connection.ConnectionProjection>
} = {
  total: Schema.JsonNumber,
  start: Schema.JsonNumber,
  limit: Schema.JsonNumber,
  connections: Schema.Array(Connection.ConnectionProjection)
}

/** An offset page (with totals) of projected connections. */
export const TotalsProjectionPage: Open<typeof totalsProjectionPageFields> = open(totalsProjectionPageFields).annotations({
  identifier: "ConnectionsTotalsProjectionPage"
})

const ListProjectionParams = Schema.Struct({ ...ConnectionList.CheckpointListParams.fields, ...Projection.fields })
const OffsetProjectionParams = Schema.Struct({ ...ConnectionList.OffsetListParams.fields, ...Projection.fields })

/** Checkpoint mode with a field projection (`include_fields` defaults to `true`): projected connections. */
export const listProjection: Endpoint.Endpoint<
  "/connections",
  typeof ListProjectionParams.Type,
  never,
  typeof CheckpointProjectionPage.Type,
  never
> = make({
  method: "GET",
  path: "/connections",
  query: fromSchema(ListProjectionParams, (p) => checkpointQuery(projected(p))),
  response: CheckpointProjectionPage,
  errors: [],
  idempotent: true
})

/** Offset mode, always with totals. */
export const listOffset: Endpoint.Endpoint<
  "/connections",
  ConnectionList.OffsetListParams,
  never,
  ConnectionList.ConnectionsTotalsPage,
  never
> = make({
  method: "GET",
  path: "/connections",
  query: fromSchema(ConnectionList.OffsetListParams, offsetQuery),
  response: ConnectionList.ConnectionsTotalsPage,
  errors: [],
  idempotent: true
})

/** Offset mode with a field projection (`include_fields` defaults to `true`): projected connections. */
export const listOffsetProjection: Endpoint.Endpoint<
  "/connections",
  typeof OffsetProjectionParams.Type,
  never,
  typeof TotalsProjectionPage.Type,
  never
> = make({
  method: "GET",
  path: "/connections",
  query: fromSchema(OffsetProjectionParams, (p) => offsetQuery(projected(p))),
  response: TotalsProjectionPage,
  errors: [],
  idempotent: true
})

export const get: Endpoint.Endpoint<"/connections/{id}", never, never, Connection.Connection, typeof BY_ID[number]> = make({ method: "GET", path: "/connections/{id}", response: Connection.Connection, errors: BY_ID, idempotent: true })

/** `fields` (at least one) and `include_fields` (default `true`): only the projected fields come back. */
export const getProjection: Endpoint.Endpoint<
  "/connections/{id}",
  typeof Projection.Type,
  never,
  Connection.ConnectionProjection,
  typeof BY_ID[number]
> = make({
  method: "GET",
  path: "/connections/{id}",
  query: fromSchema(Projection, (p) => filterQuery(projected(p))),
  response: Connection.ConnectionProjection,
  errors: BY_ID,
  idempotent: true
})

/**
 * The create body, validated with the strategy's own schema. It takes plain data: encoding checks every brand's
 * rule on the way, so a plain value is refused exactly where the branded one could not have been made.
 */
export const encodeCreate = (
  input: CreateInput
): Either.Either<typeof ConnectionRequest.CreateConnectionFields.Encoded, ReadonlyArray<Validation.Issue>> => Validation.encodeCreateConnection(input as ConnectionRequest.CreateConnection)

/** Never resent blindly (`create` reconciles by name instead). */
export const create: Endpoint.Endpoint<"/connections", never, CreateInput, Connection.Connection, "Conflict"> = make({
  method: "POST",
  path: "/connections",
  body: encodeCreate,
  response: Connection.Connection,
  errors: ["Conflict"],
  idempotent: false
})

/** The same body gives the same state, so it is safe to resend. */
export const update: Endpoint.Endpoint<
  "/connections/{id}",
  never,
  UpdateInput,
  Connection.Connection,
  "ConnectionNotFound" | "Conflict"
> = make({
  method: "PATCH",
  path: "/connections/{id}",
  // Plain data, checked like `encodeCreate`.
  body: fromSchema(ConnectionRequest.UpdateConnection) as Endpoint.Encoder<UpdateInput, unknown>,
  response: Connection.Connection,
  errors: ["ConnectionNotFound", "Conflict"],
  idempotent: true
})

/** The input of {@link replaceOptions}: the connection's strategy and its whole new options object. */
export interface ReplaceOptionsInput {
  readonly strategy: string
  readonly options: { readonly [key: string]: unknown }
}

/**
 * `update` carrying only `options`, encoded with the schema of the connection's strategy (it turns `Redacted`
 * secrets back into their values and keeps unknown keys): the write of `updateOptions`.
 */
export const replaceOptions: Endpoint.Endpoint<
  "/connections/{id}",
  never,
  ReplaceOptionsInput,
  Connection.Connection,
  "ConnectionNotFound" | "Conflict"
> = Endpoint.withBody(
  update,
  (input: ReplaceOptionsInput) =>
    Either.map(Validation.encode(Connection.optionsSchemaFor(input.strategy))(input.options), (options): unknown => ({ options }))
)

/** 202 with `{deleted_at}`, or 204 when already gone (Auth0 never answers 404 here). */
export const remove = make({
  method: "DELETE",
  path: "/connections/{id}",
  response: Connection.ConnectionDeleted,
  noContent: true,
  errors: [],
  idempotent: true
})

/** 200 when the AD/LDAP connector is online. */
export const checkStatus = make({ method: "GET", path: "/connections/{id}/status", errors: SUB, idempotent: true })

// -----------------------------------------------------------------------------------------------------------------
// enabled clients and users

export const getEnabledClients = make({
  method: "GET",
  path: "/connections/{id}/clients",
  query: fromSchema(EnabledClients.EnabledClientsParams, (p) => pages(p.take, p.from)),
  response: EnabledClients.EnabledClientsPage,
  errors: BY_ID,
  idempotent: true
})

/** 1–50 changes. */
export const updateEnabledClients = make({
  method: "PATCH",
  path: "/connections/{id}/clients",
  body: fromSchema(EnabledClients.UpdateEnabledClients),
  errors: BY_ID,
  idempotent: true
})

export const deleteUserByEmail = make({
  method: "DELETE",
  path: "/connections/{id}/users",
  query: fromSchema(UserEmailQuery, (q): Endpoint.Query => [["email", q.email]]),
  errors: BY_ID,
  idempotent: true
})

// -----------------------------------------------------------------------------------------------------------------
// keys: a second POST would provision or rotate again, so neither is resent

const KEYS = "/connections/{id}/keys"
const keysBody = fromSchema(ConnectionKey.KeysRequest)

export const getKeys = make({ method: "GET", path: KEYS, response: ConnectionKey.ConnectionKeys, errors: BY_ID, idempotent: true })
/** 409 when keys exist. */
export const createKeys = make({
  method: "POST",
  path: KEYS,
  body: keysBody,
  response: ConnectionKey.ConnectionKeys,
  errors: ["ConnectionNotFound", "Conflict"],
  idempotent: false
})
export const rotateKeys = make({ method: "POST", path: `${KEYS}/rotate`, body: keysBody, response: ConnectionKey.RotatedKey, errors: BY_ID, idempotent: false })

// -----------------------------------------------------------------------------------------------------------------
// SCIM: a second POST would create another configuration or token, so neither is resent

const SCIM = "/connections/{id}/scim-configuration"
const SUB_CONFLICT = [...SUB, "Conflict"] as const

export const getScimConfiguration = make({ method: "GET", path: SCIM, response: Scim.ScimConfiguration, errors: SUB, idempotent: true })
export const createScimConfiguration = make({
  method: "POST",
  path: SCIM,
  body: fromSchema(Scim.CreateScimConfiguration),
  response: Scim.ScimConfiguration,
  errors: SUB_CONFLICT,
  idempotent: false
})
export const updateScimConfiguration = make({
  method: "PATCH",
  path: SCIM,
  body: fromSchema(Scim.UpdateScimConfiguration),
  response: Scim.ScimConfiguration,
  errors: SUB,
  idempotent: true
})
/** 204 even when there is none. */
export const deleteScimConfiguration = make({ method: "DELETE", path: SCIM, errors: SUB, idempotent: true })
export const getScimDefaultMapping = make({ method: "GET", path: `${SCIM}/default-mapping`, response: Scim.ScimDefaultMapping, errors: SUB, idempotent: true })
export const listScimTokens = make({ method: "GET", path: `${SCIM}/tokens`, response: Scim.ScimTokens, errors: SUB, idempotent: true })
/** 409 at the token limit. */
export const createScimToken = make({
  method: "POST",
  path: `${SCIM}/tokens`,
  body: fromSchema(Scim.CreateScimToken),
  response: Scim.CreatedScimToken,
  errors: SUB_CONFLICT,
  idempotent: false
})
/** A 404 on a re-send after an ambiguous attempt means the first attempt deleted the token. */
export const deleteScimToken = make({
  method: "DELETE",
  path: `${SCIM}/tokens/{tokenId}`,
  errors: SUB,
  idempotent: true,
  notFoundAfterAmbiguousIsSuccess: true
})

/** The tenant's clients by id and name, `take` (1–100) at a time: only the two fields, never secrets. */
export const listClients = make({
  method: "GET",
  path: "/clients",
  query: fromSchema(ConnectionList.CheckpointParams, (p) => [
    ["fields", "client_id,name"],
    ["include_fields", "true"],
    ...pages(p.take ?? DEFAULT_TAKE, p.from)
  ]),
  response: Clients.ClientsPage,
  errors: [],
  idempotent: true
})

/** The tenant-wide SCIM list: every configuration of the tenant, `take` (1–100) at a time. */
export const listScimConfigurations = make({
  method: "GET",
  path: "/connections-scim-configurations",
  query: fromSchema(ConnectionList.CheckpointParams, (p) => pages(p.take, p.from)),
  response: Scim.ScimConfigurationsPage,
  errors: [],
  idempotent: true
})

// -----------------------------------------------------------------------------------------------------------------
// directory provisioning (Google Workspace): every endpoint can answer the tenant's feature-disabled 403

const DIRECTORY = "/connections/{id}/directory-provisioning"
const GROUPS = `${DIRECTORY}/synchronized-groups`
const DIR = [...SUB, "FeatureDisabled"] as const
const DIR_CONFLICT = [...DIR, "Conflict"] as const
const groupsBody = fromSchema(DirectoryProvisioning.SynchronizedGroups)

export const getDirectoryProvisioning = make({
  method: "GET",
  path: DIRECTORY,
  response: DirectoryProvisioning.DirectoryProvisioning,
  errors: DIR,
  idempotent: true
})
/** 409 when one exists; a second POST after an ambiguous failure would get that 409, so it is never resent. */
export const createDirectoryProvisioning = make({
  method: "POST",
  path: DIRECTORY,
  body: fromSchema(DirectoryProvisioning.CreateDirectoryProvisioning),
  response: DirectoryProvisioning.DirectoryProvisioning,
  errors: DIR_CONFLICT,
  idempotent: false
})
export const updateDirectoryProvisioning = make({
  method: "PATCH",
  path: DIRECTORY,
  body: fromSchema(DirectoryProvisioning.UpdateDirectoryProvisioning),
  response: DirectoryProvisioning.DirectoryProvisioning,
  errors: DIR,
  idempotent: true
})
/** 204 even when there is none. */
export const deleteDirectoryProvisioning = make({ method: "DELETE", path: DIRECTORY, errors: DIR, idempotent: true })
export const getDirectoryDefaultMapping = make({
  method: "GET",
  path: `${DIRECTORY}/default-mapping`,
  response: DirectoryProvisioning.DirectoryDefaultMapping,
  errors: DIR,
  idempotent: true
})
/** 409 while one is pending or in progress; each POST requests a synchronization, so it is never resent. */
export const createSynchronization = make({
  method: "POST",
  path: `${DIRECTORY}/synchronizations`,
  response: DirectoryProvisioning.Synchronization,
  errors: DIR_CONFLICT,
  idempotent: false
})
export const listSynchronizedGroups = make({
  method: "GET",
  path: GROUPS,
  query: fromSchema(ConnectionList.CheckpointParams, (p) => pages(p.take, p.from)),
  response: DirectoryProvisioning.SynchronizedGroupsPage,
  errors: DIR,
  idempotent: true
})
/** The selection becomes exactly the body's groups (the same body gives the same state). */
export const replaceSynchronizedGroups = make({ method: "PUT", path: GROUPS, body: groupsBody, errors: DIR_CONFLICT, idempotent: true })
/** Adding the same groups twice gives the same selection. Documented only in Auth0's newest API docs. */
export const addSynchronizedGroups = make({ method: "POST", path: GROUPS, body: groupsBody, errors: DIR, idempotent: true })
/** Removing the same groups twice gives the same selection. Documented only in Auth0's newest API docs. */
export const deleteSynchronizedGroups = make({ method: "DELETE", path: GROUPS, body: groupsBody, errors: DIR, idempotent: true })

/** The tenant-wide directory-provisioning list, `take` (1–100) at a time. */
export const listDirectoryProvisionings = make({
  method: "GET",
  path: "/connections-directory-provisionings",
  query: fromSchema(ConnectionList.CheckpointParams, (p) => pages(p.take, p.from)),
  response: DirectoryProvisioning.DirectoryProvisioningsPage,
  errors: ["FeatureDisabled"],
  idempotent: true
})
