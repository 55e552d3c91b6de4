/**
 * Realistic connection objects in Auth0's wire format, modelled on recorded Management API responses for each
 * strategy family (auth0, samlp, oidc, waad, google-oauth2, github and other social, sms/email, ad/adfs).
 * Deterministic: the same index always gives the same connection.
 */

/** A connection as JSON. */
export type WireConnection = Record<string, unknown>

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

/** A deterministic pseudo-random string (xorshift), so fixtures are stable across runs. */
const pseudo = (seed: number, length: number, alphabet = ALNUM): string => {
  let x = (seed * 2654435761) >>> 0 || 1
  let out = ""
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    out += alphabet[x % alphabet.length]
  }
  return out
}

/** `con_` + 16 alphanumerics, like Auth0's ids. */
export const connectionId = (i: number): string => `con_${pseudo(i + 1, 16)}`

const hex = (seed: number, n: number) => pseudo(seed, n, "0123456789abcdef")
const base64 = (seed: number, n: number) => pseudo(seed, n, ALNUM + "+/")
const pem = (seed: number) =>
  `-----BEGIN CERTIFICATE-----\r\n${base64(seed, 1200).replace(/(.{64})/g, "$1\r\n")}\r\n-----END CERTIFICATE-----\r\n`

const common = (i: number, name: string) => ({
  id: connectionId(i),
  name,
  is_domain_connection: false,
  authentication: { active: true },
  connected_accounts: { active: false },
  enabled_clients: [`${pseudo(i + 7, 32)}`, `${pseudo(i + 8, 32)}`],
  realms: [name]
})

const enterprise = (i: number, strategy: string) => ({
  provisioning_ticket_url: `https://bench-tenant.us.auth0.com/p/${strategy}/${pseudo(i + 3, 8)}`,
  show_as_button: false
})

const upstream = { screen_name: { alias: "login_hint" } }

const auth0 = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  strategy: "auth0",
  options: {
    mfa: { active: true, return_enroll_settings: true },
    passwordPolicy: "good",
    strategy_version: 2,
    upstream_params: upstream,
    authentication_methods: {
      password: { enabled: true, api_behavior: "required", signup_behavior: "allow" },
      passkey: { enabled: false }
    },
    passkey_options: { challenge_ui: "both", progressive_enrollment_enabled: true, local_enrollment_enabled: true },
    brute_force_protection: true,
    password_history: { enable: true, size: 5 },
    password_no_personal_info: { enable: true },
    password_dictionary: { enable: true, dictionary: ["password", "123456", "qwerty", "letmein"] },
    password_complexity_options: { min_length: 12 },
    disable_signup: false,
    requires_username: false,
    import_mode: false,
    enabledDatabaseCustomization: true,
    customScripts: {
      login: "function login(email, password, callback) { return callback(null, { user_id: email }); }",
      get_user: "function getByEmail(email, callback) { return callback(null); }"
    },
    configuration: { api_key: `CkIKI${base64(i + 11, 60)}Chs=` },
    precedence: ["email", "phone_number", "username"],
    non_persistent_attrs: ["ethnicity", "gender"]
  },
  metadata: { team: "identity", env: "bench" }
})

const samlp = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  ...enterprise(i, "samlp"),
  strategy: "samlp",
  options: {
    cert: pem(i + 21),
    debug: false,
    expires: "2034-05-01T10:00:00.000Z",
    deflate: true,
    subject: { countryName: "US", stateOrProvinceName: "Washington", organizationName: "Bench Co", commonName: "bench.example.com" },
    entityId: `urn:auth0:bench-tenant:${name}`,
    fieldsMap: { email: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", groups: ["memberOf", "groups"] },
    signingCert: base64(i + 22, 1600),
    thumbprints: [hex(i + 23, 40)],
    disableSignout: false,
    signInEndpoint: "https://idp.example.com/saml/sso",
    signOutEndpoint: "https://idp.example.com/saml/slo",
    signSAMLRequest: true,
    digestAlgorithm: "sha256",
    protocolBinding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
    signatureAlgorithm: "rsa-sha256",
    user_id_attribute: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
    idpinitiated: { enabled: true, client_id: pseudo(i + 24, 32), client_protocol: "oidc", client_authorizequery: "response_type=code&scope=openid" },
    domain_aliases: ["example.com", "example.org"],
    set_user_root_attributes: "on_each_login",
    upstream_params: upstream,
    tenant_domain: "example.com"
  }
})

const oidcMetadata = (issuer: string) => ({
  issuer,
  authorization_endpoint: `${issuer}/authorize`,
  token_endpoint: `${issuer}/oauth/token`,
  userinfo_endpoint: `${issuer}/userinfo`,
  jwks_uri: `${issuer}/.well-known/jwks.json`,
  end_session_endpoint: `${issuer}/logout`,
  scopes_supported: ["openid", "profile", "email", "offline_access", "phone", "address"],
  response_types_supported: ["code", "token", "id_token", "code token", "code id_token", "token id_token", "code token id_token"],
  response_modes_supported: ["query", "fragment", "form_post"],
  subject_types_supported: ["public"],
  id_token_signing_alg_values_supported: ["HS256", "RS256", "PS256"],
  token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "private_key_jwt"],
  claims_supported: ["aud", "auth_time", "created_at", "email", "email_verified", "exp", "family_name", "given_name", "iat", "identities", "iss", "name", "nickname", "phone_number", "picture", "sub"],
  request_uri_parameter_supported: false,
  request_parameter_supported: false,
  code_challenge_methods_supported: ["S256", "plain"]
})

const oidc = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  ...enterprise(i, "oidc"),
  display_name: name,
  strategy: "oidc",
  options: {
    type: "back_channel",
    scope: "openid profile email",
    issuer: "https://login.example.com",
    jwks_uri: "https://login.example.com/.well-known/jwks.json",
    client_id: pseudo(i + 31, 32),
    client_secret: pseudo(i + 32, 48),
    discovery_url: "https://login.example.com/.well-known/openid-configuration",
    oidc_metadata: oidcMetadata("https://login.example.com"),
    token_endpoint: "https://login.example.com/oauth/token",
    userinfo_endpoint: "https://login.example.com/userinfo",
    authorization_endpoint: "https://login.example.com/authorize",
    attribute_map: { mapping_mode: "bind_all" },
    connection_settings: { pkce: "auto" },
    schema_version: "oidc-V4",
    token_endpoint_auth_method: "client_secret_post",
    id_token_signed_response_algs: ["RS256", "PS256"],
    domain_aliases: ["example.net"],
    upstream_params: upstream,
    set_user_root_attributes: "on_first_login"
  }
})

const okta = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  ...enterprise(i, "okta"),
  display_name: name,
  strategy: "okta",
  options: {
    type: "back_channel",
    scope: "openid profile email",
    domain: "bench.okta.com",
    issuer: "https://bench.okta.com",
    jwks_uri: "https://bench.okta.com/oauth2/v1/keys",
    client_id: pseudo(i + 41, 20),
    client_secret: pseudo(i + 42, 40),
    oidc_metadata: oidcMetadata("https://bench.okta.com"),
    token_endpoint: "https://bench.okta.com/oauth2/v1/token",
    userinfo_endpoint: "https://bench.okta.com/oauth2/v1/userinfo",
    authorization_endpoint: "https://bench.okta.com/oauth2/v1/authorize",
    attribute_map: { mapping_mode: "basic_profile" },
    connection_settings: { pkce: "auto" },
    schema_version: "oidc-V4"
  }
})

const waad = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  ...enterprise(i, "waad"),
  display_name: name,
  strategy: "waad",
  options: {
    domain: "bench.onmicrosoft.com",
    tenant_domain: "bench.onmicrosoft.com",
    client_id: pseudo(i + 51, 36),
    client_secret: pseudo(i + 52, 40),
    app_domain: "bench-tenant.us.auth0.com",
    identity_api: "microsoft-identity-platform-v2.0",
    waad_protocol: "openid-connect",
    use_wsfed: false,
    useCommonEndpoint: false,
    waad_common_endpoint: false,
    should_trust_email_verified_connection: "never_set_emails_as_verified",
    userid_attribute: "oid",
    max_groups_to_retrieve: "50",
    scope: ["User.Read", "Directory.Read.All"],
    thumbprints: [hex(i + 53, 40), hex(i + 54, 40), hex(i + 55, 40), hex(i + 56, 40), hex(i + 57, 40), hex(i + 58, 40)],
    basic_profile: true,
    ext_profile: true,
    ext_groups: true,
    ext_nested_groups: false,
    ext_admin: false,
    ext_is_suspended: false,
    ext_agreed_terms: false,
    ext_assigned_plans: false,
    api_enable_users: true,
    granted: true,
    domain_aliases: ["bench.example.com"]
  }
})

const google = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  strategy: "google-oauth2",
  options: {
    email: true,
    profile: true,
    scope: ["email", "profile", "https://www.googleapis.com/auth/calendar"],
    calendar: true,
    client_id: `${pseudo(i + 61, 12)}.apps.googleusercontent.com`,
    client_secret: pseudo(i + 62, 35),
    allowed_audiences: ["bench.example.com"],
    freeform_scopes: ["https://www.googleapis.com/auth/drive.metadata.readonly"],
    gmail: false,
    drive: false,
    youtube: false,
    contacts: false,
    tasks: false,
    offline_access: true,
    upstream_params: upstream,
    set_user_root_attributes: "on_each_login"
  }
})

const github = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  strategy: "github",
  options: {
    client_id: pseudo(i + 71, 20),
    client_secret: pseudo(i + 72, 40),
    scope: ["user:email", "read:org"],
    email: true,
    profile: true,
    read_org: true,
    repo: false,
    gist: false,
    follow: false,
    read_user: true,
    public_repo: false,
    notifications: false,
    freeform_scopes: [],
    set_user_root_attributes: "on_each_login"
  }
})

const sms = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  strategy: "sms",
  options: {
    name,
    from: "+15555550123",
    syntax: "md_with_macros",
    template: "Your verification code is: @@password@@",
    totp: { length: 6, time_step: 180 },
    provider: "twilio",
    twilio_sid: `AC${hex(i + 81, 32)}`,
    twilio_token: hex(i + 82, 32),
    messaging_service_sid: `MG${hex(i + 83, 32)}`,
    disable_signup: false,
    brute_force_protection: true,
    forward_req_info: false
  }
})

const email = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  strategy: "email",
  options: {
    name,
    email: {
      from: "{{ application.name }} <root@auth0.com>",
      syntax: "liquid",
      subject: "Welcome to {{ application.name }}",
      body: `<html><body><p>Your verification code is {{ code }}.</p><p>${"Lorem ipsum dolor sit amet. ".repeat(20)}</p></body></html>`
    },
    totp: { length: 6, time_step: 300 },
    authParams: { scope: "openid profile" },
    disable_signup: false,
    brute_force_protection: true
  }
})

const ad = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  ...enterprise(i, "ad"),
  strategy: "ad",
  options: {
    ips: null,
    certAuth: false,
    kerberos: false,
    agentIP: "10.0.0.12",
    agentMode: false,
    agentVersion: "6.6.0",
    disable_cache: false,
    brute_force_protection: true,
    signInEndpoint: `https://${pseudo(i + 91, 10).toLowerCase()}.guardian.auth0.com`,
    domain_aliases: ["corp.example.com"],
    tenant_domain: "corp.example.com",
    thumbprints: [hex(i + 92, 40)],
    set_user_root_attributes: "on_each_login"
  }
})

const adfs = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  ...enterprise(i, "adfs"),
  strategy: "adfs",
  options: {
    adfs_server: "https://adfs.example.com/FederationMetadata/2007-06/FederationMetadata.xml",
    signInEndpoint: "https://adfs.example.com/adfs/ls/",
    thumbprints: [hex(i + 101, 40), hex(i + 102, 40)],
    tenant_domain: "example.com",
    domain_aliases: ["example.com"],
    should_trust_email_verified_connection: "always_set_emails_as_verified",
    user_id_attribute: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn"
  }
})

const social = (strategy: string, extra: Record<string, unknown>) => (i: number, name: string): WireConnection => ({
  ...common(i, name),
  strategy,
  options: {
    client_id: pseudo(i + 111, 24),
    client_secret: pseudo(i + 112, 40),
    ...extra
  }
})

const oauth2 = (i: number, name: string): WireConnection => ({
  ...common(i, name),
  strategy: "oauth2",
  options: {
    authorizationURL: "https://provider.example.com/oauth/authorize",
    tokenURL: "https://provider.example.com/oauth/token",
    client_id: pseudo(i + 121, 24),
    client_secret: pseudo(i + 122, 40),
    scope: "openid profile",
    scripts: { fetchUserProfile: "function(accessToken, ctx, cb) { cb(null, { user_id: ctx.id_token.sub }); }" },
    customHeaders: { "X-Bench": "1" },
    pkce_enabled: true,
    useOauthSpecScope: true,
    fieldsMap: { email: "mail" }
  }
})

/** The mix of strategies a real tenant's list page shows, in the order they repeat. */
const MIX: ReadonlyArray<readonly [string, (i: number, name: string) => WireConnection]> = [
  ["db", auth0],
  ["saml", samlp],
  ["oidc", oidc],
  ["google", google],
  ["entra", waad],
  ["github", github],
  ["sms", sms],
  ["email", email],
  ["ad", ad],
  ["okta", okta],
  ["adfs", adfs],
  ["db-legacy", auth0],
  ["facebook", social("facebook", { scope: "email,public_profile", email: true, public_profile: true })],
  ["apple", social("apple", { team_id: "ABCDE12345", kid: "XYZ9876543", email: true, name: true, scope: ["name", "email"] })],
  ["linkedin", social("linkedin", { profile: true, email: true, scope: ["r_liteprofile", "r_emailaddress"], strategy_version: 2 })],
  ["oauth2", oauth2],
  ["windowslive", social("windowslive", { signin: true, scope: ["wl.signin", "wl.emails"], strategy_version: 2 })]
]

/** The i-th connection of the mixed, realistic population. */
export const connection = (i: number): WireConnection => {
  const [label, make] = MIX[i % MIX.length]!
  return make(i, `${label}-${String(i).padStart(6, "0")}`)
}

/** `n` connections of the mixed population. */
export const connections = (n: number, offset = 0): Array<WireConnection> =>
  Array.from({ length: n }, (_, k) => connection(offset + k))

/** A checkpoint list page (`{connections, next}`) of `n` connections, as the API would send it. */
export const checkpointPage = (n = 100): { connections: Array<WireConnection>; next: string } => ({
  connections: connections(n),
  next: Buffer.from(`bench-cursor-${n}`).toString("base64url")
})

/** The strategies present in the first `n` connections (for the method text). */
export const strategiesIn = (n: number): Array<string> =>
  [...new Set(connections(Math.min(n, MIX.length)).map((c) => String(c.strategy)))]

/**
 * A create request body for bulk benchmarks: a small database connection, the common case in scripted
 * tenant setup.
 */
export const createBody = (prefix: string, i: number) => ({
  name: `${prefix}-${i}`,
  strategy: "auth0" as const,
  options: { brute_force_protection: true, passwordPolicy: "good" as const }
})
