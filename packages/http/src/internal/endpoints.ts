/**
 * The connections API, one declaration per endpoint (see `endpoint.ts` for what each field means). The HTTP client
 * and the in-memory fake both call these through one executor, so an endpoint's shape, errors and retry rule are
 * written here and nowhere else (`ConnectionsHttp`'s documentation explains the retry rules to users).
 */
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionKey from "@effect-auth0/domain/ConnectionKey"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import * as Scim from "@effect-auth0/domain/Scim"
import * as Validation from "@effect-auth0/domain/Validation"
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

/** A field projection: at least one non-empty field name. */
const Projection = Schema.Struct({
  fields: Schema.Array(Schema.String.pipe(Schema.minLength(1))).pipe(Schema.minItems(1)),
  include_fields: Schema.optional(Schema.Boolean)
})

/** The `email` of `DELETE …/users`: blank would address no user. */
const UserEmail = Schema.Struct({
  email: Schema.String.pipe(Schema.filter((email) => email.trim().length > 0 || "must not be empty"))
})

const BY_ID = ["ConnectionNotFound"] as const
const SUB = ["ConnectionNotFound", "ResourceNotFound"] as const

// -----------------------------------------------------------------------------------------------------------------
// connections

/** `GET /connections` in checkpoint mode. */
export const list = Endpoint.make({
  method: "GET",
  path: "/connections",
  query: Endpoint.fromSchema(ConnectionList.CheckpointListParams, (p) => [...pages(p.take ?? DEFAULT_TAKE, p.from), ...filterQuery(p)]),
  response: ConnectionList.ConnectionsCheckpointPage,
  errors: [],
  idempotent: true
})

/** `GET /connections` in offset mode, always with totals. */
export const listOffset = Endpoint.make({
  method: "GET",
  path: "/connections",
  query: Endpoint.fromSchema(ConnectionList.OffsetListParams, (p) => [
    ...filterQuery(p),
    ...(p.page === undefined ? [] : [["page", String(p.page)] as const]),
    ...(p.per_page === undefined ? [] : [["per_page", String(p.per_page)] as const]),
    ["include_totals", "true"] as const
  ]),
  response: ConnectionList.ConnectionsTotalsPage,
  errors: [],
  idempotent: true
})

/** `GET /connections/{id}`. */
export const get = Endpoint.make({
  method: "GET",
  path: "/connections/{id}",
  response: Connection.Connection,
  errors: BY_ID,
  idempotent: true
})

/** `GET /connections/{id}?fields=…&include_fields=…` (`include_fields` defaults to `true`). */
export const getProjection = Endpoint.make({
  method: "GET",
  path: "/connections/{id}",
  query: Endpoint.fromSchema(Projection, (p) => filterQuery({ fields: p.fields, include_fields: p.include_fields ?? true })),
  response: Connection.ConnectionProjection,
  errors: BY_ID,
  idempotent: true
})

/** `POST /connections`, validated with the strategy's own schema. */
export const create = Endpoint.make({
  method: "POST",
  path: "/connections",
  body: Validation.encodeCreateConnection,
  response: Connection.Connection,
  errors: ["Conflict"],
  idempotent: false
})

/** `PATCH /connections/{id}`. */
export const update = Endpoint.make({
  method: "PATCH",
  path: "/connections/{id}",
  body: Endpoint.fromSchema(ConnectionRequest.UpdateConnection),
  response: Connection.Connection,
  errors: ["ConnectionNotFound", "Conflict"],
  idempotent: true
})

/**
 * `PATCH /connections/{id}` carrying only `options`, encoded with the schema of the connection's strategy (it turns
 * `Redacted` secrets back into their values and keeps unknown keys): the write of `updateOptions`.
 */
export const replaceOptions = Endpoint.withBody(
  update,
  (input: { readonly strategy: string; readonly options: { readonly [key: string]: unknown } }) =>
    Either.map(Validation.encode(Connection.optionsSchemaFor(input.strategy))(input.options), (options): unknown => ({ options }))
)

/** `DELETE /connections/{id}`: 202 with `{deleted_at}`, or 204 when already gone (Auth0 never answers 404 here). */
export const remove = Endpoint.make({
  method: "DELETE",
  path: "/connections/{id}",
  response: Connection.ConnectionDeleted,
  noContent: true,
  errors: [],
  idempotent: true
})

/** `GET /connections/{id}/status`. */
export const checkStatus = Endpoint.make({
  method: "GET",
  path: "/connections/{id}/status",
  errors: SUB,
  idempotent: true
})

// -----------------------------------------------------------------------------------------------------------------
// enabled clients and users

/** `GET /connections/{id}/clients`. */
export const getEnabledClients = Endpoint.make({
  method: "GET",
  path: "/connections/{id}/clients",
  query: Endpoint.fromSchema(EnabledClients.EnabledClientsParams, (p) => pages(p.take, p.from)),
  response: EnabledClients.EnabledClientsPage,
  errors: BY_ID,
  idempotent: true
})

/** `PATCH /connections/{id}/clients`: 1–50 changes. */
export const updateEnabledClients = Endpoint.make({
  method: "PATCH",
  path: "/connections/{id}/clients",
  body: Endpoint.fromSchema(EnabledClients.UpdateEnabledClients),
  errors: BY_ID,
  idempotent: true
})

/** `DELETE /connections/{id}/users?email=`. */
export const deleteUserByEmail = Endpoint.make({
  method: "DELETE",
  path: "/connections/{id}/users",
  query: Endpoint.fromSchema(UserEmail, (q): Endpoint.Query => [["email", q.email]]),
  errors: BY_ID,
  idempotent: true
})

// -----------------------------------------------------------------------------------------------------------------
// keys

/** `GET /connections/{id}/keys`. */
export const getKeys = Endpoint.make({
  method: "GET",
  path: "/connections/{id}/keys",
  response: ConnectionKey.ConnectionKeys,
  errors: BY_ID,
  idempotent: true
})

/** `POST /connections/{id}/keys` (409 when keys exist). */
export const createKeys = Endpoint.make({
  method: "POST",
  path: "/connections/{id}/keys",
  body: Endpoint.fromSchema(ConnectionKey.KeysRequest),
  response: ConnectionKey.ConnectionKeys,
  errors: ["ConnectionNotFound", "Conflict"],
  idempotent: false
})

/** `POST /connections/{id}/keys/rotate`. */
export const rotateKeys = Endpoint.make({
  method: "POST",
  path: "/connections/{id}/keys/rotate",
  body: Endpoint.fromSchema(ConnectionKey.KeysRequest),
  response: ConnectionKey.ConnectionKey,
  errors: BY_ID,
  idempotent: false
})

// -----------------------------------------------------------------------------------------------------------------
// SCIM

/** `GET /connections/{id}/scim-configuration`. */
export const getScimConfiguration = Endpoint.make({
  method: "GET",
  path: "/connections/{id}/scim-configuration",
  response: Scim.ScimConfiguration,
  errors: SUB,
  idempotent: true
})

/** `POST /connections/{id}/scim-configuration`. */
export const createScimConfiguration = Endpoint.make({
  method: "POST",
  path: "/connections/{id}/scim-configuration",
  body: Endpoint.fromSchema(Scim.CreateScimConfiguration),
  response: Scim.ScimConfiguration,
  errors: ["ConnectionNotFound", "ResourceNotFound", "Conflict"],
  idempotent: false
})

/** `PATCH /connections/{id}/scim-configuration`. */
export const updateScimConfiguration = Endpoint.make({
  method: "PATCH",
  path: "/connections/{id}/scim-configuration",
  body: Endpoint.fromSchema(Scim.UpdateScimConfiguration),
  response: Scim.ScimConfiguration,
  errors: SUB,
  idempotent: true
})

/** `DELETE /connections/{id}/scim-configuration` (204 even when there is none). */
export const deleteScimConfiguration = Endpoint.make({
  method: "DELETE",
  path: "/connections/{id}/scim-configuration",
  errors: SUB,
  idempotent: true
})

/** `GET /connections/{id}/scim-configuration/default-mapping`. */
export const getScimDefaultMapping = Endpoint.make({
  method: "GET",
  path: "/connections/{id}/scim-configuration/default-mapping",
  response: Scim.ScimDefaultMapping,
  errors: SUB,
  idempotent: true
})

/** `GET /connections/{id}/scim-configuration/tokens`. */
export const listScimTokens = Endpoint.make({
  method: "GET",
  path: "/connections/{id}/scim-configuration/tokens",
  response: Scim.ScimTokens,
  errors: SUB,
  idempotent: true
})

/** `POST /connections/{id}/scim-configuration/tokens` (409 at the token limit). */
export const createScimToken = Endpoint.make({
  method: "POST",
  path: "/connections/{id}/scim-configuration/tokens",
  body: Endpoint.fromSchema(Scim.CreateScimToken),
  response: Scim.CreatedScimToken,
  errors: ["ConnectionNotFound", "ResourceNotFound", "Conflict"],
  idempotent: false
})

/** `DELETE /connections/{id}/scim-configuration/tokens/{tokenId}`. */
export const deleteScimToken = Endpoint.make({
  method: "DELETE",
  path: "/connections/{id}/scim-configuration/tokens/{tokenId}",
  errors: SUB,
  idempotent: true,
  // A 404 on a re-send after an ambiguous attempt: the first attempt deleted the token.
  notFoundAfterAmbiguousIsSuccess: true
})
