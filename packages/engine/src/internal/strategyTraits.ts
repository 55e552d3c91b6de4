/**
 * Which strategies get what: the sets that decide defaults, sub-resources and endpoints per strategy.
 *
 * @internal
 */

/** Strategies that come back with `show_as_button: false` when the request does not set it. */
export const SHOW_AS_BUTTON_STRATEGIES: ReadonlySet<string> = new Set([
  "ad", "adfs", "waad", "samlp", "pingfederate", "google-apps", "oidc", "okta"
])

/** Strategies that get a `provisioning_ticket_url`. */
export const PROVISIONING_STRATEGIES: ReadonlySet<string> = new Set(["samlp", "ad", "adfs", "waad", "pingfederate", "google-apps"])

/** Strategies whose `display_name` defaults to the name; no other strategy gains one. */
export const DISPLAY_NAME_STRATEGIES: ReadonlySet<string> = new Set(["oidc", "okta", "waad"])

/** Strategies with signing keys (`/keys`, `/keys/rotate`); they get a current and a next key on create. */
export const KEY_STRATEGIES: ReadonlySet<string> = new Set(["oidc", "okta"])

/**
 * Strategies with inbound SCIM: the enterprise types Auth0's SCIM guide lists (SAML, OIDC, Okta Workforce,
 * Entra ID, ADFS, PingFederate). Google Workspace uses directory provisioning instead.
 */
export const SCIM_STRATEGIES: ReadonlySet<string> = new Set(["samlp", "oidc", "okta", "waad", "adfs", "pingfederate"])

/** Strategies `/status` reports on: the AD/LDAP connector ones. */
export const STATUS_STRATEGIES: ReadonlySet<string> = new Set(["ad", "auth0-adldap"])

/** Strategies that refuse `cross_app_access_requesting_app`. */
export const NO_CROSS_APP_ACCESS_STRATEGIES: ReadonlySet<string> = new Set(["auth0", "email", "sms"])

/** Strategies whose null-valued options are echoed by the create response but not stored (later reads lack them). */
export const NULL_OPTIONS_NOT_STORED_STRATEGIES: ReadonlySet<string> = new Set(["line", "twitter", "wordpress"])
