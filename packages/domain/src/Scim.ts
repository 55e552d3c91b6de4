/**
 * SCIM configuration and SCIM tokens of a connection.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { show } from "./internal/format.js"
import { open, Secret, optional } from "./ConnectionOptions.js"
import { Cursor, ScimTokenId } from "./Identifiers.js"
import { maxCodePoints } from "./TextLength.js"

const opt = optional

/**
 * The longest `auth0` or `scim` field location of a mapping in a write.
 *
 * @since 0.0.0
 */
export const SCIM_MAPPING_FIELD_MAX_LENGTH = 255

/**
 * The longest `user_id_attribute` in a write.
 *
 * @since 0.0.0
 */
export const USER_ID_ATTRIBUTE_MAX_LENGTH = 255

/**
 * The shortest SCIM token lifetime, in seconds. Auth0's schema says `minimum: 900` (its prose "greater than 900"
 * is not what the server's validator enforces), so 900 itself is accepted.
 *
 * @since 0.0.0
 */
export const SCIM_TOKEN_MIN_LIFETIME = 900

/**
 * The scopes a SCIM token may be given.
 *
 * @since 0.0.0
 */
export const SCIM_SCOPES = [
  "get:users",
  "post:users",
  "put:users",
  "patch:users",
  "delete:users",
  "get:groups",
  "post:groups",
  "put:groups",
  "patch:groups",
  "delete:groups"
] as const

/**
 * One attribute mapping between Auth0 and SCIM.
 *
 * @since 0.0.0
 */
export const ScimMapping = open({ auth0: opt(Schema.String), scim: opt(Schema.String) }).annotations({ identifier: "ScimMapping" })

/**
 * @since 0.0.0
 */
export type ScimMapping = typeof ScimMapping.Type

const mappingField = Schema.String.pipe(maxCodePoints(SCIM_MAPPING_FIELD_MAX_LENGTH))

/**
 * One attribute mapping in a write: only `auth0` and `scim`, each at most 255 characters (responses stay open).
 *
 * @since 0.0.0
 */
export const ScimMappingWrite = Schema.Struct({ auth0: opt(mappingField), scim: opt(mappingField) }).annotations({
  identifier: "ScimMappingWrite"
})

/**
 * @since 0.0.0
 */
export type ScimMappingWrite = typeof ScimMappingWrite.Type

const UserIdAttribute = Schema.String.pipe(
  Schema.minLength(1, { message: () => "must not be empty" }),
  maxCodePoints(USER_ID_ATTRIBUTE_MAX_LENGTH)
)

/**
 * A connection's SCIM configuration (note Auth0's `updated_on`, not `updated_at`).
 *
 * @since 0.0.0
 */
export const ScimConfiguration = open({
  connection_id: Schema.String,
  connection_name: opt(Schema.String),
  strategy: opt(Schema.String),
  tenant_name: opt(Schema.String),
  user_id_attribute: opt(Schema.String),
  mapping: opt(Schema.Array(ScimMapping)),
  created_at: opt(Schema.String),
  updated_on: opt(Schema.String)
}).annotations({ identifier: "ScimConfiguration" })

/**
 * @since 0.0.0
 */
export type ScimConfiguration = typeof ScimConfiguration.Type

/**
 * A page of `GET /connections-scim-configurations` (every SCIM configuration of the tenant); `next` is absent on
 * the last page.
 *
 * @since 0.0.0
 */
export const ScimConfigurationsPage = open({
  scim_configurations: Schema.Array(ScimConfiguration),
  next: opt(Cursor)
}).annotations({ identifier: "ScimConfigurationsPage" })

/**
 * @since 0.0.0
 */
export type ScimConfigurationsPage = typeof ScimConfigurationsPage.Type

/**
 * The body of `POST /scim-configuration` (may be empty: Auth0 fills the default mapping and `externalId`).
 *
 * @since 0.0.0
 */
export const CreateScimConfiguration = Schema.Struct({
  user_id_attribute: opt(UserIdAttribute),
  mapping: opt(Schema.Array(ScimMappingWrite))
}).annotations({ identifier: "CreateScimConfiguration" })

/**
 * @since 0.0.0
 */
export type CreateScimConfiguration = typeof CreateScimConfiguration.Type

/**
 * The body of `PATCH /scim-configuration`: both fields are required, and `mapping` is replaced.
 *
 * @since 0.0.0
 */
export const UpdateScimConfiguration = Schema.Struct({
  user_id_attribute: UserIdAttribute,
  mapping: Schema.Array(ScimMappingWrite)
}).annotations({ identifier: "UpdateScimConfiguration" })

/**
 * @since 0.0.0
 */
export type UpdateScimConfiguration = typeof UpdateScimConfiguration.Type

/**
 * The response of `GET /scim-configuration/default-mapping`.
 *
 * @since 0.0.0
 */
export const ScimDefaultMapping = open({ mapping: Schema.Array(ScimMapping) }).annotations({ identifier: "ScimDefaultMapping" })

/**
 * @since 0.0.0
 */
export type ScimDefaultMapping = typeof ScimDefaultMapping.Type

/**
 * A SCIM token as listed (the token value itself is only returned once, on create).
 *
 * @since 0.0.0
 */
export const ScimToken = open({
  token_id: ScimTokenId,
  scopes: opt(Schema.Array(Schema.String)),
  created_at: opt(Schema.String),
  valid_until: opt(Schema.NullOr(Schema.String)),
  last_used_at: opt(Schema.NullOr(Schema.String))
}).annotations({ identifier: "ScimToken" })

/**
 * @since 0.0.0
 */
export type ScimToken = typeof ScimToken.Type

/**
 * The tokens of a connection.
 *
 * @since 0.0.0
 */
export const ScimTokens = Schema.Array(ScimToken).annotations({ identifier: "ScimTokens" })

/**
 * A freshly created SCIM token; `token` is a secret and decodes to `Redacted`.
 *
 * @since 0.0.0
 */
export const CreatedScimToken = open({
  token_id: ScimTokenId,
  token: Secret,
  scopes: opt(Schema.Array(Schema.String)),
  created_at: opt(Schema.String),
  valid_until: opt(Schema.NullOr(Schema.String))
}).annotations({ identifier: "CreatedScimToken" })

/**
 * @since 0.0.0
 */
export type CreatedScimToken = typeof CreatedScimToken.Type

const distinct = <A>(items: ReadonlyArray<A>): boolean => new Set(items).size === items.length

/**
 * The body of `POST /scim-configuration/tokens`: distinct known scopes, `token_lifetime` in seconds, at least 900.
 *
 * @since 0.0.0
 */
export const CreateScimToken = Schema.Struct({
  scopes: opt(Schema.Array(Schema.Literal(...SCIM_SCOPES)).pipe(
    Schema.minItems(1, { message: () => "must contain at least 1 scope" }),
    Schema.filter(distinct, { message: () => "must not repeat a scope", jsonSchema: { uniqueItems: true } })
  )),
  token_lifetime: opt(Schema.NullOr(Schema.Int.pipe(Schema.greaterThanOrEqualTo(SCIM_TOKEN_MIN_LIFETIME, {
    message: (i) => `must be at least ${SCIM_TOKEN_MIN_LIFETIME} seconds (got ${show(i.actual)})`
  }))))
}).annotations({ identifier: "CreateScimToken" })

/**
 * @since 0.0.0
 */
export type CreateScimToken = typeof CreateScimToken.Type

/**
 * The most SCIM tokens a connection may have at once.
 *
 * @since 0.0.0
 */
export const MAX_SCIM_TOKENS = 2
