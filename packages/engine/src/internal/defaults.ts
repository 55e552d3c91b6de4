/**
 * What Auth0 adds to a connection on create and re-derives on PATCH (reference §2.1, §3, §5.2, §5.3), and the
 * business rules it enforces on `options` (§3.4), which reject by throwing {@link Rejected}.
 *
 * Default sub-objects are frozen module constants shared by every stored connection: the store never mutates
 * what it holds and copies on the way out, so sharing is safe and keeps 100k connections small.
 *
 * @internal
 */
import { describeCertificate, randomAlnum, type Sealer } from "./crypto.js"
import { badRequest, reject } from "./errors.js"
import { has, isObject, type JsonObject, own } from "./json.js"

const deepFreeze = <A>(value: A): A => {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** Strategies that come back with `show_as_button:false` (reference §2.1). */
export const SHOW_AS_BUTTON_STRATEGIES: ReadonlySet<string> = new Set([
  "ad", "adfs", "waad", "samlp", "pingfederate", "google-apps", "oidc", "okta"
])

/** Strategies that get a `provisioning_ticket_url` (reference §2.1). */
export const PROVISIONING_STRATEGIES: ReadonlySet<string> = new Set(["samlp", "ad", "adfs", "waad", "pingfederate", "google-apps"])

/** Strategies whose `display_name` defaults to the name (reference §8 fact 4). */
export const DISPLAY_NAME_STRATEGIES: ReadonlySet<string> = new Set(["oidc", "okta", "waad"])

/** Strategies with signing keys (reference §1.10). */
export const KEY_STRATEGIES: ReadonlySet<string> = new Set(["oidc", "okta"])

/**
 * Strategies with inbound SCIM: the enterprise types Auth0's SCIM guide lists (SAML, OIDC, Okta Workforce,
 * Entra ID, ADFS, PingFederate). Google Workspace uses directory provisioning instead.
 */
export const SCIM_STRATEGIES: ReadonlySet<string> = new Set(["samlp", "oidc", "okta", "waad", "adfs", "pingfederate"])

/** Strategies `/status` reports on: the AD/LDAP connector ones. */
export const STATUS_STRATEGIES: ReadonlySet<string> = new Set(["ad", "auth0-adldap"])

const AUTH0_MFA = deepFreeze({ active: true, return_enroll_settings: true })
const AUTH0_AUTHENTICATION_METHODS = deepFreeze({
  password: { enabled: true, api_behavior: "required", signup_behavior: "allow" },
  passkey: { enabled: false }
})
const AUTH0_PASSKEY_OPTIONS = deepFreeze({ challenge_ui: "both", progressive_enrollment_enabled: true, local_enrollment_enabled: true })

const PASSWORD_OPTIONS_DEFAULTS: Readonly<Record<string, JsonObject>> = deepFreeze({
  complexity: {
    character_type_rule: "all",
    identical_characters: "allow",
    sequential_characters: "allow",
    max_length_exceeded: "error",
    min_length: 15,
    character_types: []
  },
  profile_data: {
    active: false,
    blocked_fields: ["name", "username", "nickname", "email", "phone_number", "user_metadata.name", "user_metadata.first", "user_metadata.last"]
  },
  history: { active: false, size: 3 },
  dictionary: { active: false, custom: [], default: "en_100k" }
})

/** Google scope flags and the scope URL each adds (reference §3.5; the common ones). */
const GOOGLE_SCOPES: Readonly<Record<string, string>> = {
  calendar: "https://www.googleapis.com/auth/calendar",
  calendar_events: "https://www.googleapis.com/auth/calendar.events",
  calendar_events_readonly: "https://www.googleapis.com/auth/calendar.events.readonly",
  calendar_readonly: "https://www.googleapis.com/auth/calendar.readonly",
  contacts: "https://www.google.com/m8/feeds/",
  drive: "https://www.googleapis.com/auth/drive",
  drive_file: "https://www.googleapis.com/auth/drive.file",
  drive_readonly: "https://www.googleapis.com/auth/drive.readonly",
  gmail: "https://mail.google.com/",
  gmail_readonly: "https://www.googleapis.com/auth/gmail.readonly",
  gmail_send: "https://www.googleapis.com/auth/gmail.send",
  tasks: "https://www.googleapis.com/auth/tasks",
  tasks_readonly: "https://www.googleapis.com/auth/tasks.readonly",
  youtube: "https://www.googleapis.com/auth/youtube",
  youtube_readonly: "https://www.googleapis.com/auth/youtube.readonly"
}

/** GitHub scope flags and the OAuth scope each adds. */
const GITHUB_SCOPES: Readonly<Record<string, string>> = {
  email: "user:email",
  read_user: "read:user",
  follow: "user:follow",
  public_repo: "public_repo",
  repo: "repo",
  repo_deployment: "repo_deployment",
  repo_status: "repo:status",
  delete_repo: "delete_repo",
  notifications: "notifications",
  gist: "gist",
  read_repo_hook: "read:repo_hook",
  write_repo_hook: "write:repo_hook",
  admin_repo_hook: "admin:repo_hook",
  read_org: "read:org",
  admin_org: "admin:org",
  write_org: "write:org",
  read_public_key: "read:public_key",
  write_public_key: "write:public_key",
  admin_public_key: "admin:public_key"
}

/** Six fixed fake Microsoft signing-certificate thumbprints (what `waad` connections get). */
const WAAD_THUMBPRINTS = deepFreeze([
  "8d0e7a8e4b1a6a1cf9e0bb5b7c0c7d1c7a3b1e11",
  "a5a1e1f3b4c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5",
  "1fd9e3e40392b30329860d52171ee3695fa507dc",
  "b3dd8b5a42b94bb8a1f1d0e6c2a6c4b5a9e0d1f2",
  "c6e9d3e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6",
  "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c"
])

/** Context for deriving options. */
export interface DeriveContext {
  readonly mode: "create" | "update"
  readonly strategy: string
  readonly name: string
  readonly tenantDomain: string
  readonly sealer: Sealer
  /** The options before this PATCH (update only). */
  readonly previous?: JsonObject | undefined
}

const setOwn = (o: JsonObject, key: string, value: unknown): void => {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Copies the user's keys in order (shallow: nested values are fresh from the parsed body). */
const copyKeys = (target: JsonObject, source: JsonObject): void => {
  for (const key of Object.keys(source)) setOwn(target, key, source[key])
}

const bool = (o: JsonObject, key: string): boolean | undefined => {
  const v = own(o, key)
  return typeof v === "boolean" ? v : undefined
}

/** Business rules on auth0 `attributes` (reference §3.4). */
const checkAttributes = (options: JsonObject, ctx: DeriveContext): void => {
  const attributes = own(options, "attributes")
  if (!isObject(attributes)) return undefined
  if (has(options, "requires_username")) return reject(badRequest("Cannot set both options.attributes and options.requires_username"))
  if (has(options, "validation") && own(options, "validation") !== null) {
    return reject(badRequest("Cannot set both options.attributes and options.validation"))
  }
  let active = false
  for (const name of ["email", "phone_number", "username"]) {
    const attribute = own(attributes, name)
    if (!isObject(attribute)) continue
    const identifier = own(attribute, "identifier")
    if (isObject(identifier) && own(identifier, "active") === true) active = true
    const signup = own(attribute, "signup")
    if (own(attribute, "profile_required") === true && isObject(signup) && own(signup, "status") === "inactive") {
      return reject(badRequest(`attribute ${name} must also be required on signup`))
    }
  }
  if (!active) return reject(badRequest("attributes must contain one active identifier"))
  if (ctx.mode === "update") {
    const previousAttributes = ctx.previous === undefined ? undefined : own(ctx.previous, "attributes")
    const previousEmail = isObject(previousAttributes) ? own(previousAttributes, "email") : undefined
    const email = own(attributes, "email")
    if (isObject(email)) {
      // Auth0 treats a missing `unique` as true (terraform-provider-auth0 PR #1670).
      const unique = own(email, "unique") ?? true
      if (!isObject(previousEmail)) {
        if (unique !== true) return reject(badRequest("cannot add non-unique email attribute"))
      } else if (unique !== (own(previousEmail, "unique") ?? true)) {
        return reject(badRequest("cannot patch unique property on email attribute"))
      }
    }
  }
}

/** `attributes.email` gets `verification_method:"link"` and `unique:true` when omitted (reference §5.2). */
const completeAttributes = (attributes: JsonObject): JsonObject => {
  const out: JsonObject = {}
  copyKeys(out, attributes)
  const email = own(attributes, "email")
  if (isObject(email)) {
    const e: JsonObject = {}
    copyKeys(e, email)
    if (!has(e, "unique")) e.unique = true
    if (!has(e, "verification_method")) e.verification_method = "link"
    out.email = e
  }
  return out
}

const completePasswordOptions = (given: JsonObject): JsonObject => {
  const out: JsonObject = {}
  for (const [section, defaults] of Object.entries(PASSWORD_OPTIONS_DEFAULTS)) {
    const user = own(given, section)
    const merged: JsonObject = { ...defaults }
    if (isObject(user)) copyKeys(merged, user)
    out[section] = merged
  }
  for (const key of Object.keys(given)) if (!has(out, key)) setOwn(out, key, given[key])
  return out
}

/** Replaces every plain `configuration` value by its ciphertext (ours stay as they are). */
const sealConfiguration = (configuration: JsonObject, sealer: Sealer): JsonObject => {
  const out: JsonObject = {}
  for (const key of Object.keys(configuration)) {
    const v = configuration[key]
    setOwn(out, key, typeof v === "string" && !sealer.isSealed(v) ? sealer.seal(v) : v)
  }
  return out
}

const origin = (url: unknown): string | undefined => {
  if (typeof url !== "string") return undefined
  try {
    const u = new URL(url)
    return u.protocol === "https:" || u.protocol === "http:" ? `${u.protocol}//${u.host}` : undefined
  } catch {
    return undefined
  }
}

/** A discovery document synthesised from the issuer (the engine never fetches anything). */
const oidcMetadata = (base: string): JsonObject => ({
  issuer: `${base}/`,
  authorization_endpoint: `${base}/authorize`,
  token_endpoint: `${base}/oauth/token`,
  userinfo_endpoint: `${base}/userinfo`,
  jwks_uri: `${base}/.well-known/jwks.json`,
  end_session_endpoint: `${base}/logout`,
  response_types_supported: ["code", "id_token", "code id_token"],
  subject_types_supported: ["public"],
  id_token_signing_alg_values_supported: ["RS256"],
  scopes_supported: ["openid", "profile", "email"]
})

/**
 * The options Auth0 stores for a create or a PATCH: the body's options (a PATCH replaces them whole) completed
 * with the strategy's server-side defaults. A broken business rule rejects the request with a 400.
 */
export const deriveOptions = (given: JsonObject | undefined, ctx: DeriveContext): JsonObject => {
  const user: JsonObject = given ?? {}
  const out: JsonObject = {}
  switch (ctx.strategy) {
    case "auth0": {
      checkAttributes(user, ctx)
      // Key order follows the recordings: mfa, passwordPolicy, the caller's keys, then the derived ones.
      if (ctx.mode === "create") {
        if (!has(user, "mfa")) out.mfa = AUTH0_MFA
        if (!has(user, "passwordPolicy") && !has(user, "password_options")) out.passwordPolicy = "good"
        if (!has(user, "strategy_version")) out.strategy_version = 2
      }
      copyKeys(out, user)
      if (!has(user, "authentication_methods")) out.authentication_methods = AUTH0_AUTHENTICATION_METHODS
      if (!has(user, "passkey_options")) out.passkey_options = AUTH0_PASSKEY_OPTIONS
      if (!has(user, "brute_force_protection")) out.brute_force_protection = true
      const passwordOptions = own(user, "password_options")
      if (isObject(passwordOptions)) out.password_options = completePasswordOptions(passwordOptions)
      const attributes = own(user, "attributes")
      if (isObject(attributes)) out.attributes = completeAttributes(attributes)
      break
    }
    case "email":
    case "sms": {
      copyKeys(out, user)
      if (!has(user, "brute_force_protection")) out.brute_force_protection = true
      break
    }
    case "google-oauth2": {
      copyKeys(out, user)
      if (!has(user, "email")) out.email = true
      if (!has(user, "profile")) out.profile = true
      const scope: Array<string> = []
      if (out.email === true) scope.push("email")
      if (out.profile === true) scope.push("profile")
      for (const [flag, url] of Object.entries(GOOGLE_SCOPES)) if (bool(user, flag) === true) scope.push(url)
      out.scope = scope
      break
    }
    case "github": {
      copyKeys(out, user)
      const scope: Array<string> = []
      for (const [flag, s] of Object.entries(GITHUB_SCOPES)) if (bool(user, flag) === true) scope.push(s)
      out.scope = scope
      break
    }
    case "facebook": {
      copyKeys(out, user)
      if (!has(user, "scope")) out.scope = ""
      break
    }
    case "linkedin": {
      copyKeys(out, user)
      if (!has(user, "profile")) out.profile = true
      if (!has(user, "scope")) out.scope = ["r_liteprofile"]
      if (!has(user, "strategy_version")) out.strategy_version = 2
      break
    }
    case "windowslive": {
      copyKeys(out, user)
      if (!has(user, "signin")) out.signin = true
      if (!has(user, "scope")) out.scope = []
      if (!has(user, "strategy_version")) out.strategy_version = 2
      break
    }
    case "salesforce":
    case "salesforce-community":
    case "salesforce-sandbox": {
      copyKeys(out, user)
      if (!has(user, "scope")) out.scope = []
      break
    }
    case "oidc":
    case "okta": {
      copyKeys(out, user)
      const okta = ctx.strategy === "okta"
      const domain = own(user, "domain")
      const base = okta
        ? (typeof domain === "string" && domain.length > 0 ? `https://${domain}` : undefined)
        : origin(own(user, "discovery_url")) ?? origin(own(user, "issuer"))
      if (base !== undefined && !isObject(own(user, "oidc_metadata"))) out.oidc_metadata = oidcMetadata(base)
      const metadata = own(out, "oidc_metadata")
      if (isObject(metadata)) {
        for (const key of ["issuer", "authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri"]) {
          const v = own(user, key)
          if ((v === undefined || v === null) && typeof own(metadata, key) === "string") out[key] = own(metadata, key)
        }
      }
      if (!has(user, "type")) out.type = okta ? "back_channel" : "front_channel"
      if (!has(user, "schema_version")) out.schema_version = "oidc-V4"
      const attributeMap = own(user, "attribute_map")
      out.attribute_map = {
        ...(isObject(attributeMap) ? attributeMap : {}),
        mapping_mode: isObject(attributeMap) && typeof own(attributeMap, "mapping_mode") === "string"
          ? own(attributeMap, "mapping_mode")
          : okta ? "basic_profile" : "bind_all"
      }
      const settings = own(user, "connection_settings")
      out.connection_settings = {
        ...(isObject(settings) ? settings : {}),
        pkce: isObject(settings) && typeof own(settings, "pkce") === "string" ? own(settings, "pkce") : "auto"
      }
      break
    }
    case "waad": {
      copyKeys(out, user)
      const defaults: JsonObject = {
        thumbprints: WAAD_THUMBPRINTS,
        app_domain: ctx.tenantDomain,
        identity_api: "microsoft-identity-platform-v2.0",
        useCommonEndpoint: false,
        should_trust_email_verified_connection: "never_set_emails_as_verified",
        waad_common_endpoint: false,
        use_wsfed: false,
        waad_protocol: "openid-connect"
      }
      for (const [k, v] of Object.entries(defaults)) if (!has(user, k)) out[k] = v
      break
    }
    case "samlp":
    case "pingfederate": {
      copyKeys(out, user)
      const base = own(user, "pingFederateBaseUrl")
      if (ctx.strategy === "pingfederate" && typeof base === "string" && !has(user, "signInEndpoint")) {
        out.signInEndpoint = `${base.replace(/\/+$/, "")}/idp/SSO.saml2`
      }
      const signingCert = own(user, "signingCert")
      if (typeof signingCert === "string") {
        const cert = describeCertificate(signingCert)
        if (cert !== undefined) {
          out.cert = cert.pem
          out.thumbprints = [cert.thumbprint]
          if (cert.expires !== undefined) out.expires = cert.expires
          if (cert.subject !== undefined) out.subject = cert.subject
        }
      }
      if (!has(user, "signatureAlgorithm")) out.signatureAlgorithm = "rsa-sha256"
      if (!has(user, "digestAlgorithm")) out.digestAlgorithm = "sha256"
      break
    }
    case "ad": {
      copyKeys(out, user)
      if (!has(user, "ips")) out.ips = null
      if (ctx.mode === "create" && !has(user, "brute_force_protection")) out.brute_force_protection = true
      break
    }
    case "adfs": {
      copyKeys(out, user)
      if (!has(user, "thumbprints")) out.thumbprints = []
      if (!has(user, "should_trust_email_verified_connection")) {
        out.should_trust_email_verified_connection = "always_set_emails_as_verified"
      }
      break
    }
    case "google-apps": {
      copyKeys(out, user)
      if (!has(user, "api_enable_users")) out.api_enable_users = true
      break
    }
    default:
      copyKeys(out, user)
  }
  const configuration = own(out, "configuration")
  if (isObject(configuration)) out.configuration = sealConfiguration(configuration, ctx.sealer)
  return out
}

/** `https://{tenantDomain}/p/{strategy}/{random8}`. */
export const provisioningTicketUrl = (tenantDomain: string, strategy: string): string =>
  `https://${tenantDomain}/p/${strategy}/${randomAlnum(8)}`

/** The canonical key order of a connection response (reference §2.1); unknown keys follow. */
export const KEY_ORDER = [
  "id",
  "options",
  "strategy",
  "name",
  "provisioning_ticket_url",
  "is_domain_connection",
  "show_as_button",
  "display_name",
  "authentication",
  "connected_accounts",
  "cross_app_access_requesting_app",
  "cross_app_access_resource_app",
  "enabled_clients",
  "realms",
  "metadata"
] as const

/** Reorders a connection's top-level keys canonically. */
export const ordered = (connection: JsonObject): JsonObject => {
  const out: JsonObject = {}
  for (const key of KEY_ORDER) if (has(connection, key)) out[key] = connection[key]
  for (const key of Object.keys(connection)) if (!has(out, key)) setOwn(out, key, connection[key])
  return out
}
