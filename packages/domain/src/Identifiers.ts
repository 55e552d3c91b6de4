/**
 * Branded identifiers and names used by the connections resource.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { maxCodePoints } from "./TextLength.js"

const msg = (message: string) => ({ message: () => message })

/**
 * The pattern of a connection id: `con_` followed by letters and digits.
 *
 * @since 0.0.0
 */
export const CONNECTION_ID_PATTERN = /^con_[A-Za-z0-9]+$/

/**
 * The longest connection id Auth0 accepts in a path.
 *
 * @since 0.0.0
 */
export const CONNECTION_ID_MAX_LENGTH = 64

/**
 * The longest connection name.
 *
 * @since 0.0.0
 */
export const CONNECTION_NAME_MAX_LENGTH = 128

/**
 * The longest display name.
 *
 * @since 0.0.0
 */
export const DISPLAY_NAME_MAX_LENGTH = 128

/**
 * The longest client id.
 *
 * @since 0.0.0
 */
export const CLIENT_ID_MAX_LENGTH = 1000

/**
 * The longest realm.
 *
 * @since 0.0.0
 */
export const REALM_MAX_LENGTH = 255

/**
 * The pattern of a SCIM token id: `tok_` followed by letters and digits.
 *
 * @since 0.0.0
 */
export const SCIM_TOKEN_ID_PATTERN = /^tok_[A-Za-z0-9]+$/

/**
 * The longest SCIM token id Auth0 accepts in a path.
 *
 * @since 0.0.0
 */
export const SCIM_TOKEN_ID_MAX_LENGTH = 64

/**
 * The longest pagination cursor (`from`) Auth0 accepts.
 *
 * @since 0.0.0
 */
export const CURSOR_MAX_LENGTH = 1000

/**
 * A connection id: `con_` followed by alphanumerics (Auth0 issues 16).
 *
 * @since 0.0.0
 */
export const ConnectionId = Schema.String.pipe(
  Schema.pattern(CONNECTION_ID_PATTERN, msg("must be `con_` followed by letters and digits")),
  Schema.maxLength(CONNECTION_ID_MAX_LENGTH, msg(`must be at most ${CONNECTION_ID_MAX_LENGTH} characters`)),
  Schema.brand("ConnectionId"),
  Schema.annotations({ identifier: "ConnectionId", title: "ConnectionId", description: "The connection's identifier (con_…)" })
)

/**
 * @since 0.0.0
 */
export type ConnectionId = typeof ConnectionId.Type

/**
 * The pattern Auth0 enforces on connection names at create time.
 *
 * @since 0.0.0
 */
export const CONNECTION_NAME_PATTERN = /^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$/

/**
 * A connection name as accepted on create: 1–128 characters, starting and ending with a letter or digit,
 * with only letters, digits and single hyphens in between.
 *
 * @since 0.0.0
 */
export const ConnectionName = Schema.String.pipe(
  Schema.minLength(1, msg("must not be empty")),
  maxCodePoints(CONNECTION_NAME_MAX_LENGTH),
  Schema.pattern(CONNECTION_NAME_PATTERN, {
    message: () =>
      "must start and end with a letter or digit and contain only letters, digits and single hyphens (pattern ^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$)"
  }),
  Schema.brand("ConnectionName"),
  Schema.annotations({ identifier: "ConnectionName", title: "ConnectionName", description: "The name of the connection" })
)

/**
 * @since 0.0.0
 */
export type ConnectionName = typeof ConnectionName.Type

/**
 * The name shown on the login screen: at most 128 characters.
 *
 * @since 0.0.0
 */
export const DisplayName = Schema.String.pipe(
  maxCodePoints(DISPLAY_NAME_MAX_LENGTH),
  Schema.brand("DisplayName"),
  Schema.annotations({ identifier: "DisplayName", title: "DisplayName", description: "Connection name used in the login screen" })
)

/**
 * @since 0.0.0
 */
export type DisplayName = typeof DisplayName.Type

/**
 * An Auth0 application (client) id: 1–1000 characters, any of them (Auth0's schema has no pattern, so an id
 * with a space is refused by neither side: it simply names no client).
 *
 * @since 0.0.0
 */
export const ClientId = Schema.String.pipe(
  Schema.minLength(1, msg("must not be empty")),
  maxCodePoints(CLIENT_ID_MAX_LENGTH),
  Schema.brand("ClientId"),
  Schema.annotations({ identifier: "ClientId", title: "ClientId", description: "An Auth0 application's client id" })
)

/**
 * @since 0.0.0
 */
export type ClientId = typeof ClientId.Type

/**
 * A realm (for example an email domain) the connection serves.
 *
 * @since 0.0.0
 */
export const Realm = Schema.String.pipe(
  Schema.minLength(1, msg("must not be empty")),
  maxCodePoints(REALM_MAX_LENGTH),
  Schema.brand("Realm"),
  Schema.annotations({ identifier: "Realm", title: "Realm", description: "The realm where this connection belongs" })
)

/**
 * @since 0.0.0
 */
export type Realm = typeof Realm.Type

/**
 * A SCIM token id: `tok_` followed by alphanumerics.
 *
 * @since 0.0.0
 */
export const ScimTokenId = Schema.String.pipe(
  Schema.pattern(SCIM_TOKEN_ID_PATTERN, msg("must be `tok_` followed by letters and digits")),
  Schema.maxLength(SCIM_TOKEN_ID_MAX_LENGTH, msg(`must be at most ${SCIM_TOKEN_ID_MAX_LENGTH} characters`)),
  Schema.brand("ScimTokenId"),
  Schema.annotations({ identifier: "ScimTokenId", title: "ScimTokenId", description: "The SCIM token's identifier (tok_…)" })
)

/**
 * @since 0.0.0
 */
export type ScimTokenId = typeof ScimTokenId.Type

/**
 * An opaque checkpoint pagination cursor (the `next` of a previous page, sent back as `from`).
 *
 * @since 0.0.0
 */
export const Cursor = Schema.String.pipe(
  Schema.minLength(1, msg("must not be empty")),
  maxCodePoints(CURSOR_MAX_LENGTH),
  Schema.brand("Cursor"),
  Schema.annotations({ identifier: "Cursor", title: "Cursor", description: "Opaque checkpoint pagination cursor" })
)

/**
 * @since 0.0.0
 */
export type Cursor = typeof Cursor.Type

/**
 * The id of a directory synchronization (returned by `POST …/directory-provisioning/synchronizations`).
 *
 * @since 0.0.0
 */
export const SynchronizationId = Schema.String.pipe(
  Schema.minLength(1, msg("must not be empty")),
  Schema.brand("SynchronizationId"),
  Schema.annotations({ identifier: "SynchronizationId", title: "SynchronizationId", description: "A directory synchronization's identifier" })
)

/**
 * @since 0.0.0
 */
export type SynchronizationId = typeof SynchronizationId.Type

/**
 * What Auth0's `format: email` accepts: something, `@`, something with a dot, no spaces (the engine checks bodies
 * against the same pattern).
 *
 * @since 0.0.0
 */
export const EMAIL_PATTERN: RegExp = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * The longest `email` of `DELETE /connections/{id}/users?email=`.
 *
 * @since 0.0.0
 */
export const USER_EMAIL_MAX_LENGTH = 512

/**
 * The `email` of `DELETE /connections/{id}/users`: an email address of at most {@link USER_EMAIL_MAX_LENGTH}
 * characters, as Auth0 checks the query (a blank one is named as such: it would address no user).
 *
 * @since 0.0.0
 */
export const UserEmail = Schema.String.pipe(
  Schema.filter((email) => email.trim().length > 0, msg("must not be empty")),
  maxCodePoints(USER_EMAIL_MAX_LENGTH),
  Schema.pattern(EMAIL_PATTERN, msg("must be an email address")),
  Schema.annotations({ identifier: "UserEmail", description: "The email of the user to delete" })
)

/**
 * The longest directory group id accepted (Auth0 documents no limit; this bounds what the emulator stores).
 *
 * @since 0.0.0
 */
export const DIRECTORY_GROUP_ID_MAX_LENGTH = 1000

/**
 * The id of a group in the identity provider's directory (a Google Workspace group).
 *
 * @since 0.0.0
 */
export const DirectoryGroupId = Schema.String.pipe(
  Schema.minLength(1, msg("must not be empty")),
  maxCodePoints(DIRECTORY_GROUP_ID_MAX_LENGTH),
  Schema.brand("DirectoryGroupId"),
  Schema.annotations({ identifier: "DirectoryGroupId", title: "DirectoryGroupId", description: "A directory group's identifier" })
)

/**
 * @since 0.0.0
 */
export type DirectoryGroupId = typeof DirectoryGroupId.Type
