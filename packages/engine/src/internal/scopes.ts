/**
 * The scopes the engine checks.
 *
 * @internal
 */

/** Needed to see `options` in a response (create responses always show them). */
export const READ_OPTIONS = "read:connections_options"

/** Needed for a PATCH that carries `options`. */
export const UPDATE_OPTIONS = "update:connections_options"

/** Every scope the engine knows, e.g. for an all-powerful test token. */
export const ALL_SCOPES: ReadonlyArray<string> = [
  "read:connections",
  "create:connections",
  "update:connections",
  "delete:connections",
  READ_OPTIONS,
  UPDATE_OPTIONS,
  "read:connections_keys",
  "create:connections_keys",
  "update:connections_keys",
  "read:scim_config",
  "create:scim_config",
  "update:scim_config",
  "delete:scim_config",
  "read:scim_token",
  "create:scim_token",
  "delete:scim_token",
  "delete:users",
  "read:clients",
  "read:directory_provisionings",
  "create:directory_provisionings",
  "update:directory_provisionings",
  "delete:directory_provisionings"
]
