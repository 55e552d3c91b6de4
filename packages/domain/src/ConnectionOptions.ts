/**
 * Strategy-specific `options` objects, with the API's exact key casing (camelCase and snake_case mixed).
 *
 * Every options schema is open: keys we do not model are kept as they are on decode and on encode, because
 * Auth0 adds options without notice and `PATCH` replaces `options` wholesale (dropping a key would erase it).
 * Secrets (`client_secret`, `twilio_token`, private keys, custom-database `configuration` values) decode to
 * `Redacted`, so printing or logging a connection never shows them.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { maxCodePoints } from "./TextLength.js"

/**
 * A property name of a JSON object other than `__proto__`.
 *
 * `JSON.parse` keeps `"__proto__"` as an ordinary key, but Effect builds decoded objects by assignment, where
 * that key sets the *prototype* instead: `{"__proto__": {"client_secret": "x"}}` would decode to an object
 * whose unvalidated `client_secret` shows through inheritance. Records keyed by `SafeKey` skip the key
 * (or report it as unexpected under `onExcessProperty: "error"`).
 *
 * @since 0.0.0
 */
export const SafeKey = Schema.String.pipe(
  Schema.filter((key) => key !== "__proto__", {
    message: () => "`__proto__` is not allowed as a key",
    jsonSchema: { not: { const: "__proto__" } }
  }),
  Schema.annotations({ identifier: "SafeKey", description: "a property name other than __proto__" })
)

/**
 * The record that keeps keys a schema does not model.
 *
 * @since 0.0.0
 */
export const UnknownKeys = Schema.Record({ key: SafeKey, value: Schema.Unknown })

/**
 * The index signature of an open object: every key other than `__proto__`, kept as `unknown`.
 *
 * @since 0.0.0
 */
export type OpenRecords = readonly [Schema.Record$<Schema.refine<string, typeof Schema.String>, typeof Schema.Unknown>]

/**
 * The schema {@link open} builds. Exported schemas are annotated with it (over `typeof` their fields) so their
 * declarations name the schemas they are built from instead of repeating their whole structure.
 *
 * @since 0.0.0
 */
export type Open<Fields extends Schema.Struct.Fields> = Schema.TypeLiteral<Fields, OpenRecords>

/**
 * An open object: the given fields, typed, plus every other key kept as `unknown`.
 *
 * @since 0.0.0
 */
export const open = <Fields extends Schema.Struct.Fields>(fields: Fields): Open<Fields> => {
  // Decoding already ignores the record part for declared keys; generated values must not put an
  // arbitrary `unknown` under a declared key either, or they would not be valid values of the struct.
  const declared: ReadonlySet<string> = new Set(Object.keys(fields))
  const key = SafeKey.annotations({
    identifier: "SafeKey",
    arbitrary: () => (fc) => fc.string().filter((k) => k !== "__proto__" && !declared.has(k))
  })
  return Schema.Struct(fields, Schema.Record({ key, value: Schema.Unknown }))
}

/**
 * A secret string: decodes to `Redacted`, encodes back to the plain string.
 *
 * @since 0.0.0
 */
export const Secret = Schema.Redacted(Schema.String).annotations({ identifier: "Secret" })

/**
 * An optional field that is absent or present with a value (never `undefined`): Auth0 JSON has no `undefined`,
 * and this keeps validation messages free of "Expected undefined" noise.
 *
 * @since 0.0.0
 */
export const optional = <S extends Schema.Schema.All>(schema: S) => Schema.optionalWith(schema, { exact: true })

const opt = optional
const Str = Schema.String
const Bool = Schema.Boolean
// JSON has no NaN or Infinity: a number that cannot be written as JSON is rejected instead of sent as `null`.
const Num = Schema.JsonNumber
const StrArray = Schema.Array(Schema.String)
const maxLen = (n: number) => Schema.String.pipe(maxCodePoints(n))

/**
 * The upstream parameter aliases Auth0 accepts.
 *
 * @since 0.0.0
 */
export const UpstreamParamAlias = Schema.Literal(
  "acr_values", "audience", "client_id", "display", "id_token_hint", "login_hint", "max_age", "prompt", "resource",
  "response_mode", "response_type", "ui_locales"
)

/**
 * An upstream parameter: either an alias of an authorization request parameter or a fixed value.
 *
 * @since 0.0.0
 */
export const UpstreamParam: Schema.Union<[Open<{ alias: typeof UpstreamParamAlias }>, Open<{ value: typeof Schema.String }>]> = Schema.Union(
  open({ alias: UpstreamParamAlias }),
  open({ value: Str })
).annotations({
  identifier: "UpstreamParam",
  // One message instead of a line per alias plus "value is missing" from the other branch.
  message: () => ({
    message: `must be {"alias": one of ${UpstreamParamAlias.literals.map((l) => JSON.stringify(l)).join(", ")}} or {"value": a string}`,
    override: true
  })
})

/**
 * When user root attributes are synced from the identity provider.
 *
 * @since 0.0.0
 */
export const SetUserRootAttributes = Schema.Literal("on_each_login", "on_first_login", "never_on_login")

/**
 * The most `non_persistent_attrs` entries.
 *
 * @since 0.0.0
 */
export const MAX_NON_PERSISTENT_ATTRS = 96

/**
 * The longest `non_persistent_attrs` entry.
 *
 * @since 0.0.0
 */
export const NON_PERSISTENT_ATTR_MAX_LENGTH = 255

/**
 * The longest `icon_url`.
 *
 * @since 0.0.0
 */
export const ICON_URL_MAX_LENGTH = 255

/**
 * The lowest `validation.username.min` (a username length).
 *
 * @since 0.0.0
 */
export const USERNAME_MIN_LENGTH_FLOOR = 1

/**
 * The highest `validation.username.max` (a username length).
 *
 * @since 0.0.0
 */
export const USERNAME_MAX_LENGTH_CEILING = 128

/**
 * The lowest `password_complexity_options.min_length` (a password length).
 *
 * @since 0.0.0
 */
export const PASSWORD_COMPLEXITY_MIN_LENGTH_FLOOR = 1

/**
 * The highest `password_complexity_options.min_length` (a password length).
 *
 * @since 0.0.0
 */
export const PASSWORD_COMPLEXITY_MIN_LENGTH_CEILING = 128

const atLeast = (n: number) => ({ message: () => `must be at least ${n}` })
const atMost = (n: number) => ({ message: () => `must be at most ${n}` })

const usernameLengthFields = {
  min: Schema.Int.pipe(Schema.greaterThanOrEqualTo(USERNAME_MIN_LENGTH_FLOOR, atLeast(USERNAME_MIN_LENGTH_FLOOR))),
  max: Schema.Int.pipe(Schema.lessThanOrEqualTo(USERNAME_MAX_LENGTH_CEILING, atMost(USERNAME_MAX_LENGTH_CEILING)))
}

const passwordComplexityOptions = Schema.NullOr(open({
  min_length: opt(Schema.Int.pipe(
    Schema.greaterThanOrEqualTo(PASSWORD_COMPLEXITY_MIN_LENGTH_FLOOR, atLeast(PASSWORD_COMPLEXITY_MIN_LENGTH_FLOOR)),
    Schema.lessThanOrEqualTo(PASSWORD_COMPLEXITY_MIN_LENGTH_CEILING, atMost(PASSWORD_COMPLEXITY_MIN_LENGTH_CEILING))
  ))
}))

/**
 * `options.validation` as sent: Auth0 refuses any key other than `username`, and any key other than
 * `min`/`max` inside it (`validation.requires_username` was answered with a 400).
 *
 * @since 0.0.0
 */
export const ValidationWrite: Schema.NullOr<Schema.Struct<{
  username: Schema.optionalWith<Schema.NullOr<Schema.Struct<typeof usernameLengthFields>>, { exact: true }>
}>> = Schema.NullOr(Schema.Struct({ username: opt(Schema.NullOr(Schema.Struct(usernameLengthFields))) })).annotations({
  identifier: "ValidationWrite"
})

/**
 * The identifier attributes of a database connection: the entries of `precedence` and the keys of `attributes`.
 *
 * @since 0.0.0
 */
export const IdentifierAttribute = Schema.Literal("email", "phone_number", "username")

/**
 * How many entries `precedence` has: every identifier attribute, once.
 *
 * @since 0.0.0
 */
export const PRECEDENCE_LENGTH: number = IdentifierAttribute.literals.length

/**
 * The fewest keys a written `attributes` object has.
 *
 * @since 0.0.0
 */
export const MIN_ATTRIBUTES = 1

/**
 * The password strength levels of `passwordPolicy`.
 *
 * @since 0.0.0
 */
export const PasswordPolicy = Schema.Literal("none", "low", "fair", "good", "excellent")

/**
 * The shortest `customScripts` script.
 *
 * @since 0.0.0
 */
export const CUSTOM_SCRIPT_MIN_LENGTH = 1

/**
 * Option keys Auth0's generic options schema types as booleans, whatever the strategy.
 *
 * @since 0.0.0
 */
export const BOOLEAN_OPTION_KEYS = [
  "enable_script_context", "enabledDatabaseCustomization", "import_mode", "api_enable_users", "basic_profile", "ext_admin",
  "ext_is_suspended", "ext_agreed_terms", "ext_groups", "ext_assigned_plans", "ext_profile",
  "disable_self_service_change_password", "brute_force_protection", "disable_signup", "requires_username", "realm_fallback"
] as const

/**
 * Option keys Auth0's generic options schema types as an object or `null` (their insides are not checked there).
 *
 * @since 0.0.0
 */
export const OBJECT_OPTION_KEYS = [
  "authentication_methods", "passkey_options", "password_history", "password_no_personal_info", "password_dictionary",
  "password_options", "upstream_params", "gateway_authentication", "federated_connections_access_tokens", "mfa"
] as const

// `non_persistent_attrs`, the same rule in every strategy's options and in the write rules.
const nonPersistentAttrs = Schema.Array(maxLen(NON_PERSISTENT_ATTR_MAX_LENGTH)).pipe(
  Schema.maxItems(MAX_NON_PERSISTENT_ATTRS, { message: () => `must have at most ${MAX_NON_PERSISTENT_ATTRS} items` })
)

// A JSON object (never an array), with any values: a decoded value may hold `Redacted` secrets.
const AnyObject = Schema.Record({ key: Schema.String, value: Schema.Unknown })
const uniqueItems = <A>(self: Schema.Schema<ReadonlyArray<A>>) =>
  self.pipe(Schema.filter((items) => new Set(items).size === items.length || "must not repeat an item"))

// The generic keys Auth0 types, checked for every strategy: open at the top (every other key is left alone),
// closed where Auth0's schema is. Values are checked as decoded, so a `configuration` value may be `Redacted`.
const writeRules = open({
  validation: opt(ValidationWrite),
  password_complexity_options: opt(passwordComplexityOptions),
  non_persistent_attrs: opt(nonPersistentAttrs),
  precedence: opt(uniqueItems(Schema.Array(IdentifierAttribute).pipe(
    Schema.itemsCount(PRECEDENCE_LENGTH, { message: () => `must have exactly ${PRECEDENCE_LENGTH} items` })
  ))),
  attributes: opt(Schema.Struct({ email: opt(AnyObject), phone_number: opt(AnyObject), username: opt(AnyObject) }).pipe(
    Schema.filter((a) => Object.keys(a).length >= MIN_ATTRIBUTES || `must have at least ${MIN_ATTRIBUTES} key`)
  )),
  customScripts: opt(Schema.Record({ key: SafeKey, value: Schema.String.pipe(Schema.minLength(CUSTOM_SCRIPT_MIN_LENGTH)) })),
  passwordPolicy: opt(Schema.NullOr(PasswordPolicy)),
  set_user_root_attributes: opt(SetUserRootAttributes),
  configuration: opt(Schema.NullOr(Schema.Record({
    key: SafeKey,
    value: Schema.Union(Schema.String, Schema.Null, Schema.RedactedFromSelf(Schema.String))
  }))),
  strategy_version: opt(Num),
  icon_url: opt(maxLen(ICON_URL_MAX_LENGTH)),
  domain_aliases: opt(StrArray),
  ...Object.fromEntries(BOOLEAN_OPTION_KEYS.map((key) => [key, opt(Bool)])) as {
    readonly [K in typeof BOOLEAN_OPTION_KEYS[number]]: Schema.optionalWith<typeof Bool, { exact: true }>
  },
  ...Object.fromEntries(OBJECT_OPTION_KEYS.map((key) => [key, opt(Schema.NullOr(AnyObject))])) as {
    readonly [K in typeof OBJECT_OPTION_KEYS[number]]: Schema.optionalWith<Schema.NullOr<typeof AnyObject>, { exact: true }>
  }
})
const writeIssues = Schema.validateEither(writeRules, { errors: "all", onExcessProperty: "error" })

/**
 * The rules Auth0 applies to the `options` of every write, whatever the strategy: it validates them against one
 * generic schema, so `validation`, `precedence`, the boolean flags and the other typed keys are checked for a
 * `github` connection (and on `PATCH`) too. Only writes carry these rules: a response decodes whatever Auth0 sends.
 *
 * @since 0.0.0
 */
export const withWriteRules = <S extends Schema.Schema.Any>(options: S): Schema.filter<S> =>
  options.pipe(Schema.filter((value) => {
    const checked = writeIssues(value)
    return checked._tag === "Left" ? checked.left.issue : undefined
  }))

/**
 * Keys shared by (almost) every strategy.
 *
 * @since 0.0.0
 */
export const commonOptionFields = {
  non_persistent_attrs: opt(nonPersistentAttrs),
  upstream_params: opt(Schema.NullOr(Schema.Record({ key: SafeKey, value: UpstreamParam }))),
  set_user_root_attributes: opt(SetUserRootAttributes),
  strategy_version: opt(Num),
  icon_url: opt(maxLen(ICON_URL_MAX_LENGTH)),
  domain_aliases: opt(StrArray)
}

/**
 * Options of a strategy we type no further than the common keys.
 *
 * @since 0.0.0
 */
export const GenericOptions: Open<typeof commonOptionFields> = open(commonOptionFields).annotations({
  identifier: "GenericOptions",
  title: "Connection options"
})

/**
 * @since 0.0.0
 */
export type GenericOptions = typeof GenericOptions.Type

const enableFlag = open({ enable: Bool })

const auth0OptionsFields = {
  ...commonOptionFields,
  passwordPolicy: opt(Schema.NullOr(PasswordPolicy)),
  password_complexity_options: opt(passwordComplexityOptions),
  password_history: opt(Schema.NullOr(open({ enable: Bool, size: opt(Schema.Int.pipe(Schema.between(0, 24))) }))),
  password_no_personal_info: opt(Schema.NullOr(enableFlag)),
  password_dictionary: opt(Schema.NullOr(open({ enable: Bool, dictionary: opt(Schema.Array(maxLen(50)).pipe(Schema.maxItems(200))) }))),
  password_options: opt(Schema.NullOr(open({
    complexity: opt(open({
      min_length: opt(Schema.Int),
      character_types: opt(Schema.Array(Schema.Literal("uppercase", "lowercase", "number", "special"))),
      character_type_rule: opt(Schema.Literal("all", "three_of_four")),
      identical_characters: opt(Schema.Literal("allow", "block")),
      sequential_characters: opt(Schema.Literal("allow", "block")),
      max_length_exceeded: opt(Schema.Literal("truncate", "error"))
    })),
    dictionary: opt(open({ active: opt(Bool), custom: opt(StrArray), default: opt(Str) })),
    history: opt(open({ active: opt(Bool), size: opt(Schema.Int) })),
    profile_data: opt(open({ active: opt(Bool), blocked_fields: opt(StrArray) }))
  }))),
  brute_force_protection: opt(Bool),
  enabledDatabaseCustomization: opt(Bool),
  import_mode: opt(Bool),
  customScripts: opt(Schema.Record({ key: SafeKey, value: Str })),
  // Values are secrets; Auth0 also accepts (and so may return) `null` for one.
  configuration: opt(Schema.NullOr(Schema.Record({ key: SafeKey, value: Schema.NullOr(Secret) }))),
  enable_script_context: opt(Bool),
  requires_username: opt(Bool),
  // Open here so a response with a key Auth0 adds later still decodes; writes are closed by `withWriteRules`.
  validation: opt(Schema.NullOr(open({ username: opt(Schema.NullOr(open(usernameLengthFields))) }))),
  disable_signup: opt(Bool),
  disable_self_service_change_password: opt(Bool),
  // Auth0 accepts `null` here (any object-or-null key), so a stored connection may come back with it.
  mfa: opt(Schema.NullOr(open({ active: opt(Bool), return_enroll_settings: opt(Bool) }))),
  precedence: opt(Schema.Array(IdentifierAttribute)),
  attributes: opt(Schema.NullOr(open({ email: opt(UnknownKeys), phone_number: opt(UnknownKeys), username: opt(UnknownKeys) }))),
  authentication_methods: opt(Schema.NullOr(open({
    password: opt(open({ enabled: opt(Bool), api_behavior: opt(Schema.Literal("required", "optional")), signup_behavior: opt(Schema.Literal("allow", "block")) })),
    passkey: opt(open({ enabled: opt(Bool) })),
    email_otp: opt(open({ enabled: opt(Bool) })),
    phone_otp: opt(open({ enabled: opt(Bool) }))
  }))),
  passkey_options: opt(Schema.NullOr(open({
    challenge_ui: opt(Schema.Literal("both", "autofill", "button")),
    progressive_enrollment_enabled: opt(Bool),
    local_enrollment_enabled: opt(Bool)
  }))),
  realm_fallback: opt(Bool)
}

/**
 * Options of `auth0` (database) connections.
 *
 * @since 0.0.0
 */
export const Auth0Options: Open<typeof auth0OptionsFields> = open(auth0OptionsFields).annotations({
  identifier: "Auth0Options",
  title: "auth0 (database) options"
})

/**
 * @since 0.0.0
 */
export type Auth0Options = typeof Auth0Options.Type

const scopeList = Schema.Union(StrArray, Str)

const googleOAuth2OptionsFields = {
  ...commonOptionFields,
  client_id: opt(maxLen(255)),
  client_secret: opt(Secret),
  allowed_audiences: opt(scopeList),
  scope: opt(scopeList),
  freeform_scopes: opt(StrArray),
  email: opt(Bool),
  profile: opt(Bool),
  offline_access: opt(Bool),
  calendar: opt(Bool),
  contacts: opt(Bool),
  drive: opt(Bool),
  gmail: opt(Bool),
  youtube: opt(Bool)
}

/**
 * Options of `google-oauth2` connections (the ~70 scope flags beyond the common ones are kept as unknown keys).
 *
 * @since 0.0.0
 */
export const GoogleOAuth2Options: Open<typeof googleOAuth2OptionsFields> = open(googleOAuth2OptionsFields).annotations({
  identifier: "GoogleOAuth2Options",
  title: "google-oauth2 options"
})

/**
 * @since 0.0.0
 */
export type GoogleOAuth2Options = typeof GoogleOAuth2Options.Type

const keyPair = open({ key: Secret, cert: Str })

const samlFields = {
  ...commonOptionFields,
  signInEndpoint: opt(maxLen(2048)),
  signingCert: opt(maxLen(10240)),
  cert: opt(Str),
  decryptionKey: opt(Schema.NullOr(Schema.Union(Secret, keyPair))),
  signing_key: opt(Schema.NullOr(keyPair)),
  signSAMLRequest: opt(Bool),
  signatureAlgorithm: opt(Schema.Literal("rsa-sha1", "rsa-sha256")),
  digestAlgorithm: opt(Schema.Literal("sha1", "sha256")),
  protocolBinding: opt(Str),
  entityId: opt(Str),
  tenant_domain: opt(Schema.NullOr(Str)),
  thumbprints: opt(StrArray),
  expires: opt(Str),
  subject: opt(UnknownKeys),
  idpinitiated: opt(open({
    enabled: opt(Bool),
    client_id: opt(Str),
    client_protocol: opt(Schema.Literal("oidc", "samlp", "wsfed")),
    client_authorizequery: opt(Str)
  })),
  assertion_decryption_settings: opt(open({ algorithm_profile: Str, algorithm_exceptions: opt(StrArray) }))
}

const samlpOptionsFields = {
  ...samlFields,
  signOutEndpoint: opt(maxLen(2048)),
  disableSignout: opt(Bool),
  destinationUrl: opt(Str),
  recipientUrl: opt(Str),
  metadataUrl: opt(Schema.NullOr(maxLen(2048))),
  metadataXml: opt(maxLen(102400)),
  fieldsMap: opt(Schema.Record({ key: SafeKey, value: Schema.Union(Str, StrArray) })),
  requestTemplate: opt(Schema.NullOr(maxLen(10240))),
  user_id_attribute: opt(Str),
  debug: opt(Bool),
  deflate: opt(Bool),
  global_token_revocation_jwt_iss: opt(Str),
  global_token_revocation_jwt_sub: opt(Str)
}

/**
 * Options of `samlp` connections.
 *
 * @since 0.0.0
 */
export const SamlpOptions: Open<typeof samlpOptionsFields> = open(samlpOptionsFields).annotations({
  identifier: "SamlpOptions",
  title: "samlp (SAML) options"
})

/**
 * @since 0.0.0
 */
export type SamlpOptions = typeof SamlpOptions.Type

const oidcAlg = Schema.Literal("ES256", "ES384", "PS256", "PS384", "RS256", "RS384", "RS512")

const oidcFields = {
  ...commonOptionFields,
  client_id: opt(maxLen(255)),
  client_secret: opt(Secret),
  issuer: opt(Str),
  authorization_endpoint: opt(Schema.NullOr(maxLen(2083))),
  token_endpoint: opt(Schema.NullOr(Str)),
  userinfo_endpoint: opt(Schema.NullOr(Str)),
  jwks_uri: opt(Str),
  scope: opt(Str),
  oidc_metadata: opt(UnknownKeys),
  type: opt(Schema.Literal("front_channel", "back_channel")),
  token_endpoint_auth_method: opt(Schema.NullOr(Schema.Literal("client_secret_post", "private_key_jwt"))),
  token_endpoint_auth_signing_alg: opt(Schema.NullOr(oidcAlg)),
  token_endpoint_jwtca_aud_format: opt(Schema.Literal("issuer", "token_endpoint")),
  id_token_signed_response_algs: opt(Schema.NullOr(Schema.Array(oidcAlg))),
  dpop_signing_alg: opt(Schema.Literal("ES256", "ES384", "ES512", "Ed25519")),
  id_token_session_expiry_supported: opt(Bool),
  send_back_channel_nonce: opt(Bool),
  connection_settings: opt(open({ pkce: opt(Schema.Literal("auto", "S256", "plain", "disabled")) })),
  attribute_map: opt(open({ mapping_mode: opt(Str), attributes: opt(UnknownKeys), userinfo_scope: opt(Str) })),
  schema_version: opt(Str),
  tenant_domain: opt(Schema.NullOr(Str))
}

const oidcOptionsFields = {
  ...oidcFields,
  discovery_url: opt(Str)
}

/**
 * Options of `oidc` connections.
 *
 * @since 0.0.0
 */
export const OidcOptions: Open<typeof oidcOptionsFields> = open(oidcOptionsFields).annotations({
  identifier: "OidcOptions",
  title: "oidc options"
})

/**
 * @since 0.0.0
 */
export type OidcOptions = typeof OidcOptions.Type

const oktaOptionsFields = {
  ...oidcFields,
  domain: opt(maxLen(255))
}

/**
 * Options of `okta` connections.
 *
 * @since 0.0.0
 */
export const OktaOptions: Open<typeof oktaOptionsFields> = open(oktaOptionsFields).annotations({
  identifier: "OktaOptions",
  title: "okta options"
})

/**
 * @since 0.0.0
 */
export type OktaOptions = typeof OktaOptions.Type

const waadOptionsFields = {
  ...commonOptionFields,
  client_id: opt(maxLen(100)),
  client_secret: opt(Secret),
  tenant_domain: opt(Schema.NullOr(Str)),
  domain: opt(Str),
  tenantId: opt(Str),
  app_id: opt(Str),
  app_domain: opt(Str),
  identity_api: opt(Schema.Literal("microsoft-identity-platform-v2.0", "azure-active-directory-v1.0")),
  waad_protocol: opt(Schema.Literal("openid-connect", "ws-federation")),
  use_wsfed: opt(Bool),
  useCommonEndpoint: opt(Bool),
  waad_common_endpoint: opt(Bool),
  userid_attribute: opt(Schema.Literal("oid", "sub")),
  should_trust_email_verified_connection: opt(Schema.Literal("never_set_emails_as_verified", "always_set_emails_as_verified")),
  max_groups_to_retrieve: opt(Str),
  scope: opt(StrArray),
  thumbprints: opt(StrArray),
  granted: opt(Bool),
  api_enable_users: opt(Bool),
  basic_profile: opt(Bool),
  ext_profile: opt(Bool),
  ext_groups: opt(Bool),
  ext_nested_groups: opt(Bool),
  ext_admin: opt(Bool),
  ext_is_suspended: opt(Bool),
  ext_agreed_terms: opt(Bool),
  ext_assigned_plans: opt(Bool)
}

/**
 * Options of `waad` (Azure AD / Microsoft Entra ID) connections.
 *
 * @since 0.0.0
 */
export const WaadOptions: Open<typeof waadOptionsFields> = open(waadOptionsFields).annotations({
  identifier: "WaadOptions",
  title: "waad (Azure AD) options"
})

/**
 * @since 0.0.0
 */
export type WaadOptions = typeof WaadOptions.Type

const adOptionsFields = {
  ...commonOptionFields,
  agentIP: opt(Str),
  agentMode: opt(Bool),
  agentVersion: opt(Str),
  brute_force_protection: opt(Bool),
  certAuth: opt(Bool),
  certs: opt(Schema.Array(Str).pipe(Schema.maxItems(2, { message: () => "must have at most 2 items" }))),
  disable_cache: opt(Bool),
  disable_self_service_change_password: opt(Bool),
  ips: opt(Schema.NullOr(Schema.Array(Str).pipe(Schema.maxItems(256)))),
  kerberos: opt(Bool),
  signInEndpoint: opt(Str),
  tenant_domain: opt(Schema.NullOr(Str)),
  thumbprints: opt(StrArray)
}

/**
 * Options of `ad` (AD/LDAP connector) connections.
 *
 * @since 0.0.0
 */
export const AdOptions: Open<typeof adOptionsFields> = open(adOptionsFields).annotations({
  identifier: "AdOptions",
  title: "ad (AD/LDAP) options"
})

/**
 * @since 0.0.0
 */
export type AdOptions = typeof AdOptions.Type

const adfsOptionsFields = {
  ...commonOptionFields,
  adfs_server: opt(maxLen(2048)),
  fedMetadataXml: opt(maxLen(102400)),
  entityId: opt(Str),
  signInEndpoint: opt(Str),
  thumbprints: opt(StrArray),
  prev_thumbprints: opt(StrArray),
  tenant_domain: opt(Schema.NullOr(Str)),
  user_id_attribute: opt(Str),
  should_trust_email_verified_connection: opt(Schema.Literal("never_set_emails_as_verified", "always_set_emails_as_verified"))
}

/**
 * Options of `adfs` connections.
 *
 * @since 0.0.0
 */
export const AdfsOptions: Open<typeof adfsOptionsFields> = open(adfsOptionsFields).annotations({
  identifier: "AdfsOptions",
  title: "adfs options"
})

/**
 * @since 0.0.0
 */
export type AdfsOptions = typeof AdfsOptions.Type

const totp = open({ length: opt(Schema.Int), time_step: opt(Schema.Int) })
const authParams = Schema.Union(UnknownKeys, Str)

const emailOptionsFields = {
  ...commonOptionFields,
  name: opt(Str),
  email: opt(open({ from: opt(maxLen(1024)), subject: opt(maxLen(1024)), body: opt(maxLen(20480)), syntax: opt(Str) })),
  totp: opt(totp),
  authParams: opt(authParams),
  disable_signup: opt(Bool),
  brute_force_protection: opt(Bool)
}

/**
 * Options of passwordless `email` connections.
 *
 * @since 0.0.0
 */
export const EmailOptions: Open<typeof emailOptionsFields> = open(emailOptionsFields).annotations({
  identifier: "EmailOptions",
  title: "email (passwordless) options"
})

/**
 * @since 0.0.0
 */
export type EmailOptions = typeof EmailOptions.Type

const smsOptionsFields = {
  ...commonOptionFields,
  name: opt(Str),
  from: opt(Str),
  template: opt(maxLen(5120)),
  syntax: opt(Schema.Literal("liquid", "md_with_macros")),
  totp: opt(totp),
  provider: opt(Schema.Literal("twilio", "sms_gateway")),
  twilio_sid: opt(Str),
  twilio_token: opt(Secret),
  messaging_service_sid: opt(Schema.NullOr(Str)),
  gateway_url: opt(Str),
  gateway_authentication: opt(Schema.NullOr(open({
    method: Str,
    subject: opt(Str),
    audience: Str,
    secret: Secret,
    secret_base64_encoded: opt(Bool)
  }))),
  forward_req_info: opt(Bool),
  disable_signup: opt(Bool),
  brute_force_protection: opt(Bool)
}

/**
 * Options of passwordless `sms` connections.
 *
 * @since 0.0.0
 */
export const SmsOptions: Open<typeof smsOptionsFields> = open(smsOptionsFields).annotations({
  identifier: "SmsOptions",
  title: "sms (passwordless) options"
})

/**
 * @since 0.0.0
 */
export type SmsOptions = typeof SmsOptions.Type

const gitHubOptionsFields = {
  ...commonOptionFields,
  client_id: opt(Str),
  client_secret: opt(Secret),
  scope: opt(scopeList),
  freeform_scopes: opt(StrArray),
  email: opt(Bool),
  profile: opt(Bool),
  read_user: opt(Bool),
  repo: opt(Bool),
  public_repo: opt(Bool),
  gist: opt(Bool),
  notifications: opt(Bool),
  admin_org: opt(Bool),
  read_org: opt(Bool),
  write_org: opt(Bool)
}

/**
 * Options of `github` connections.
 *
 * @since 0.0.0
 */
export const GitHubOptions: Open<typeof gitHubOptionsFields> = open(gitHubOptionsFields).annotations({
  identifier: "GitHubOptions",
  title: "github options"
})

/**
 * @since 0.0.0
 */
export type GitHubOptions = typeof GitHubOptions.Type

const oAuth2OptionsFields = {
  ...commonOptionFields,
  authorizationURL: opt(Str),
  tokenURL: opt(Str),
  client_id: opt(Str),
  client_secret: opt(Secret),
  scope: opt(scopeList),
  scripts: opt(open({ fetchUserProfile: opt(Str) })),
  customHeaders: opt(Schema.NullOr(Schema.Union(Schema.Record({ key: SafeKey, value: Str }), Str))),
  authParams: opt(authParams),
  authParamsMap: opt(UnknownKeys),
  fieldsMap: opt(UnknownKeys),
  pkce_enabled: opt(Bool),
  useOauthSpecScope: opt(Bool),
  logoutUrl: opt(Str)
}

/**
 * Options of generic `oauth2` connections. `customHeaders` is accepted as an object or as the legacy string form.
 *
 * @since 0.0.0
 */
export const OAuth2Options: Open<typeof oAuth2OptionsFields> = open(oAuth2OptionsFields).annotations({
  identifier: "OAuth2Options",
  title: "oauth2 options"
})

/**
 * @since 0.0.0
 */
export type OAuth2Options = typeof OAuth2Options.Type
