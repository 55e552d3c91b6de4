/**
 * Inbound directory provisioning (Google Workspace): the configuration of a connection, its synchronizations and
 * the groups it synchronizes, plus the tenant-wide list.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { open, optional } from "./ConnectionOptions.js"
import { ConnectionId, Cursor, DirectoryGroupId, EMAIL_PATTERN, SynchronizationId } from "./Identifiers.js"

const opt = optional

/**
 * The strategies that accept directory provisioning.
 *
 * @since 0.0.0
 */
export const DIRECTORY_PROVISIONING_STRATEGIES: ReadonlyArray<string> = ["google-apps"]

/**
 * Which directory groups are synchronized: every group, none, or the ones set with `PUT …/synchronized-groups`.
 *
 * @since 0.0.0
 */
export const SynchronizeGroups = Schema.Literal("all", "off", "selected").annotations({ identifier: "SynchronizeGroups" })

/**
 * @since 0.0.0
 */
export type SynchronizeGroups = typeof SynchronizeGroups.Type

const nonEmpty = (field: string) =>
  Schema.String.pipe(Schema.minLength(1, { message: () => `${field} must not be empty` }))

/**
 * One attribute mapping between the Auth0 user profile and the directory (IdP) user.
 *
 * @since 0.0.0
 */
export const DirectoryMapping = open({ auth0: nonEmpty("auth0"), idp: nonEmpty("idp") }).annotations({ identifier: "DirectoryMapping" })

/**
 * @since 0.0.0
 */
export type DirectoryMapping = typeof DirectoryMapping.Type

/** A mapping item in a request body: exactly `auth0` and `idp` (Auth0 refuses other keys). */
const MappingInput = Schema.Struct({ auth0: nonEmpty("auth0"), idp: nonEmpty("idp") })

const mappingList = Schema.Array(MappingInput).pipe(
  Schema.minItems(1, { message: () => "must contain at least 1 mapping" })
)

/**
 * A connection's directory-provisioning configuration. Unknown fields are kept.
 *
 * @since 0.0.0
 */
export const DirectoryProvisioning = open({
  connection_id: ConnectionId,
  connection_name: opt(Schema.String),
  strategy: opt(Schema.String),
  mapping: opt(Schema.Array(DirectoryMapping)),
  synchronize_automatically: opt(Schema.Boolean),
  synchronize_groups: opt(SynchronizeGroups),
  created_at: opt(Schema.String),
  updated_at: opt(Schema.String),
  last_synchronization_at: opt(Schema.NullOr(Schema.String)),
  last_synchronization_status: opt(Schema.NullOr(Schema.String)),
  last_synchronization_error: opt(Schema.NullOr(Schema.String))
}).annotations({ identifier: "DirectoryProvisioning" })

/**
 * @since 0.0.0
 */
export type DirectoryProvisioning = typeof DirectoryProvisioning.Type

const bodyFields = {
  mapping: opt(mappingList),
  synchronize_automatically: opt(Schema.Boolean),
  synchronize_groups: opt(SynchronizeGroups)
}

/**
 * The body of `POST /connections/{id}/directory-provisioning` (may be empty: Auth0 takes the default mapping,
 * no automatic synchronization and no groups).
 *
 * @since 0.0.0
 */
export const CreateDirectoryProvisioning = Schema.Struct(bodyFields).annotations({ identifier: "CreateDirectoryProvisioning" })

/**
 * @since 0.0.0
 */
export type CreateDirectoryProvisioning = typeof CreateDirectoryProvisioning.Type

/**
 * The body of `PATCH /connections/{id}/directory-provisioning`: the fields to change (`mapping` is replaced).
 *
 * @since 0.0.0
 */
export const UpdateDirectoryProvisioning = Schema.Struct(bodyFields).annotations({ identifier: "UpdateDirectoryProvisioning" })

/**
 * @since 0.0.0
 */
export type UpdateDirectoryProvisioning = typeof UpdateDirectoryProvisioning.Type

/**
 * The response of `GET …/directory-provisioning/default-mapping`.
 *
 * @since 0.0.0
 */
export const DirectoryDefaultMapping = open({ mapping: Schema.Array(DirectoryMapping) }).annotations({ identifier: "DirectoryDefaultMapping" })

/**
 * @since 0.0.0
 */
export type DirectoryDefaultMapping = typeof DirectoryDefaultMapping.Type

/**
 * The answer to `POST …/directory-provisioning/synchronizations`: a synchronization that was requested.
 *
 * @since 0.0.0
 */
export const Synchronization = open({
  connection_id: ConnectionId,
  synchronization_id: SynchronizationId,
  status: Schema.String
}).annotations({ identifier: "Synchronization" })

/**
 * @since 0.0.0
 */
export type Synchronization = typeof Synchronization.Type

const groupFacts = {
  /** The group's name in the directory. */
  name: opt(Schema.String),
  /** The group's email in the directory. */
  email: opt(Schema.String.pipe(Schema.pattern(EMAIL_PATTERN, { message: () => "must be an email address" }))),
  /** How many direct members the group has. */
  direct_members_count: opt(Schema.Number.pipe(Schema.int(), Schema.nonNegative()))
}

/**
 * A directory group: its id, and what the directory says about it when known (name, email, direct members).
 *
 * @since 0.0.0
 */
export const SynchronizedGroup = open({ id: DirectoryGroupId, ...groupFacts }).annotations({ identifier: "SynchronizedGroup" })

/**
 * @since 0.0.0
 */
export type SynchronizedGroup = typeof SynchronizedGroup.Type

/**
 * A page of `GET …/directory-provisioning/synchronized-groups`; `next` is absent on the last page.
 *
 * @since 0.0.0
 */
export const SynchronizedGroupsPage = open({
  groups: Schema.Array(SynchronizedGroup),
  next: opt(Cursor)
}).annotations({ identifier: "SynchronizedGroupsPage" })

/**
 * @since 0.0.0
 */
export type SynchronizedGroupsPage = typeof SynchronizedGroupsPage.Type

/**
 * The body of `PUT …/synchronized-groups` (the whole set, replaced) and of `POST`/`DELETE` on the same path (groups
 * added or removed).
 *
 * @since 0.0.0
 */
export const SynchronizedGroups = Schema.Struct({
  groups: Schema.Array(Schema.Struct({ id: DirectoryGroupId, ...groupFacts }))
}).annotations({ identifier: "SynchronizedGroups" })

/**
 * @since 0.0.0
 */
export type SynchronizedGroups = typeof SynchronizedGroups.Type

/**
 * A page of `GET /connections-directory-provisionings` (every configuration of the tenant); `next` is absent on
 * the last page.
 *
 * @since 0.0.0
 */
export const DirectoryProvisioningsPage = open({
  directory_provisionings: Schema.Array(DirectoryProvisioning),
  next: opt(Cursor)
}).annotations({ identifier: "DirectoryProvisioningsPage" })

/**
 * @since 0.0.0
 */
export type DirectoryProvisioningsPage = typeof DirectoryProvisioningsPage.Type
