/**
 * Realistic valid wire documents (shaped after recorded Auth0 traffic, reference §5) used as starting points for
 * near-miss mutations, next to the `Arbitrary.make` ones.
 */

const auth0Connection = {
  id: "con_dqoO3J23QCEvZ85b",
  options: {
    mfa: { active: true, return_enroll_settings: true },
    passwordPolicy: "good",
    strategy_version: 2,
    upstream_params: { screen_name: { alias: "login_hint" } },
    authentication_methods: { password: { enabled: true, api_behavior: "required", signup_behavior: "allow" }, passkey: { enabled: false } },
    passkey_options: { challenge_ui: "both", progressive_enrollment_enabled: true, local_enrollment_enabled: true },
    brute_force_protection: true,
    configuration: { foo: "CkIKIIzm0Chs=" },
    customScripts: { login: "function login(u, p, cb) { cb(null) }" },
    future_option_we_do_not_model: { nested: [1, "two", null] }
  },
  strategy: "auth0",
  name: "Test-Auth0-Connection-1757329209",
  is_domain_connection: false,
  authentication: { active: true },
  connected_accounts: { active: false },
  enabled_clients: [],
  realms: ["Test-Auth0-Connection-1757329209"],
  metadata: { team: "identity", tier: "gold" }
}

const samlConnection = {
  id: "con_tEruzk7LtEruzk7L",
  options: {
    signInEndpoint: "https://saml.provider/sign_in",
    signOutEndpoint: "https://saml.provider/sign_out",
    signSAMLRequest: true,
    signatureAlgorithm: "rsa-sha256",
    digestAlgorithm: "sha256",
    fieldsMap: { email: "EmailAddress", groups: ["g1", "g2"] },
    thumbprints: ["0123456789abcdef0123456789abcdef01234567"],
    expires: "2034-01-01T00:00:00.000Z",
    subject: { commonName: "saml.provider" },
    idpinitiated: { enabled: false, client_protocol: "samlp" },
    signing_key: { key: "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----", cert: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----" }
  },
  strategy: "samlp",
  name: "Test-SAML-Connection-1757329209",
  provisioning_ticket_url: "https://go-auth0-dev.eu.auth0.com.us.auth0.com/p/samlp/tEruzk7L",
  is_domain_connection: false,
  show_as_button: false,
  display_name: "SAML",
  enabled_clients: ["Ca4vXXXXXXXXXXXXXXXXXXXXXXXXXAdB"],
  realms: ["Test-SAML-Connection-1757329209"]
}

const oidcConnection = {
  id: "con_OidcOidcOidcOidc",
  options: {
    type: "back_channel",
    scope: "openid profile email",
    issuer: "https://example.okta.com",
    jwks_uri: "https://example.okta.com/oauth2/v1/keys",
    client_id: "0oa1",
    client_secret: "super-secret-value",
    discovery_url: "https://example.okta.com/.well-known/openid-configuration",
    token_endpoint: "https://example.okta.com/oauth2/v1/token",
    userinfo_endpoint: null,
    token_endpoint_auth_method: "private_key_jwt",
    id_token_signed_response_algs: ["RS256"],
    attribute_map: { mapping_mode: "bind_all" },
    connection_settings: { pkce: "auto" },
    oidc_metadata: { issuer: "https://example.okta.com" },
    schema_version: "oidc-V4"
  },
  strategy: "oidc",
  name: "Test-OIDC",
  display_name: "Test-OIDC",
  show_as_button: false,
  is_domain_connection: false,
  enabled_clients: [],
  realms: ["Test-OIDC"]
}

const smsConnection = {
  id: "con_SmsSmsSmsSmsSmsS",
  options: {
    name: "sms",
    from: "+15555555555",
    syntax: "md_with_macros",
    template: "Your code: @@password@@",
    totp: { length: 6, time_step: 300 },
    provider: "sms_gateway",
    gateway_url: "https://gateway.example",
    gateway_authentication: { method: "bearer", audience: "https://gateway.example", secret: "gw-secret", secret_base64_encoded: false },
    brute_force_protection: true
  },
  strategy: "sms",
  name: "sms",
  is_domain_connection: false,
  enabled_clients: [],
  realms: ["sms"]
}

const unknownStrategyConnection = {
  id: "con_NewProvider00001",
  options: { brand_new_flag: true, scope: ["a"] },
  strategy: "brand-new-provider",
  name: "brand-new",
  is_domain_connection: false,
  realms: ["brand-new"]
}

const googleConnection = {
  id: "con_Google0000000001",
  options: { email: true, profile: true, scope: ["email", "profile"], client_id: "gid", client_secret: "gsecret", calendar: true },
  strategy: "google-oauth2",
  name: "google-oauth2",
  is_domain_connection: false,
  enabled_clients: [],
  realms: ["google-oauth2"]
}

const connections = [auth0Connection, samlConnection, oidcConnection, smsConnection, unknownStrategyConnection, googleConnection]

const createBodies = [
  {
    name: "Test-Auth0-Connection-1757329209",
    strategy: "auth0",
    authentication: { active: true },
    connected_accounts: { active: true },
    options: { strategy_version: 2, upstream_params: { screen_name: { alias: "login_hint" } }, passwordPolicy: "fair", password_history: { enable: true, size: 5 } }
  },
  {
    name: "corp-saml",
    strategy: "samlp",
    display_name: "Corp SAML",
    metadata: { a: "1", b: null },
    realms: ["corp.example"],
    show_as_button: true,
    options: { signInEndpoint: "https://idp.example/sso", signingCert: "MIIB", signatureAlgorithm: "rsa-sha256" }
  },
  { name: "email", strategy: "email", options: { email: { from: "a@b.c", subject: "Hi", syntax: "liquid" }, totp: { length: 6 } } },
  { name: "twitter-1", strategy: "twitter", options: { non_persistent_attrs: ["ethnicity"], whatever: 1 } },
  { name: "gh", strategy: "github", enabled_clients: ["abc"], options: { client_id: "x", client_secret: "y", repo: true } }
]

const updateBodies = [
  { options: { strategy_version: 2, upstream_params: { screen_name: { alias: "login_hint" } } } },
  { display_name: "New name", metadata: { a: null, b: "x" }, realms: ["r1", "r2"] },
  { enabled_clients: null, is_domain_connection: true, authentication: { active: false } },
  { options: null }
]

/** Valid documents by exported schema name (`Module.Name`). */
export const FIXTURES: Readonly<Record<string, ReadonlyArray<unknown>>> = {
  "Connection.Connection": connections,
  "Connection.KnownConnection": [auth0Connection, samlConnection, oidcConnection, smsConnection, googleConnection],
  "Connection.Auth0Connection": [auth0Connection],
  "Connection.SamlpConnection": [samlConnection],
  "Connection.OidcConnection": [oidcConnection],
  "Connection.SmsConnection": [smsConnection],
  "Connection.GoogleOAuth2Connection": [googleConnection],
  "Connection.UnknownStrategyConnection": [unknownStrategyConnection],
  "Connection.ConnectionProjection": [{ id: "con_7Xp23hOsnh7EQXTE", is_domain_connection: false }, auth0Connection],
  "Connection.ConnectionDeleted": [{ deleted_at: "2025-09-08T11:00:11.110Z" }],
  "ConnectionList.ConnectionArray": [connections],
  "ConnectionList.ConnectionsTotalsPage": [{ total: 6, start: 0, limit: 50, connections }],
  "ConnectionList.ConnectionsCheckpointPage": [{ connections, next: "Y29uXzE=" }, { connections: [] }],
  "ConnectionList.ListConnectionsResponse": [connections, { total: 6, start: 0, limit: 50, connections }, { connections, next: "abc" }],
  "ConnectionList.CheckpointListParams": [{ take: 50, from: "abc", strategy: ["auth0", "auth0-adldap"], name: "x", fields: ["id"], include_fields: true }],
  "ConnectionList.OffsetListParams": [{ page: 0, per_page: 100, include_totals: true }],
  "ConnectionRequest.CreateConnection": createBodies,
  "ConnectionRequest.CreateConnectionFields": createBodies,
  "ConnectionRequest.CreateAuth0Connection": [createBodies[0]],
  "ConnectionRequest.CreateSamlpConnection": [createBodies[1]],
  "ConnectionRequest.UpdateConnection": updateBodies,
  "EnabledClients.EnabledClientsPage": [{ clients: [{ client_id: "Ca4v" }], next: "n1" }, { clients: [] }],
  "EnabledClients.UpdateEnabledClients": [[{ client_id: "Ca4v", status: true }, { client_id: "Zz9", status: false }]],
  "ConnectionKey.ConnectionKeys": [[
    { kid: "k1", cert: "-----BEGIN CERTIFICATE-----\r\nMIIB\r\n-----END CERTIFICATE-----", current: true, current_since: "2025-01-01T00:00:00.000Z", fingerprint: "AA:BB", thumbprint: "AABB", algorithm: "RS256", key_use: "signing", subject_dn: "/CN=x" },
    { kid: "k2", cert: "c", next: true, fingerprint: "CC:DD", thumbprint: "CCDD" }
  ]],
  "Scim.ScimConfiguration": [{ connection_id: "con_x", connection_name: "x", strategy: "samlp", tenant_name: "t", user_id_attribute: "externalId", mapping: [{ auth0: "email", scim: "emails[primary eq true].value" }], created_at: "2025-01-01T00:00:00.000Z", updated_on: "2025-01-01T00:00:00.000Z" }],
  "Scim.CreatedScimToken": [{ token_id: "tok_abc", token: "scim-secret-token", scopes: ["get:users"], created_at: "2025-01-01T00:00:00.000Z", valid_until: null }],
  "ApiError.ApiErrorBody": [
    { statusCode: 404, error: "Not Found", message: "The connection does not exist", errorCode: "inexistent_connection" },
    { statusCode: 401, error: "Unauthorized", message: "Invalid token", attributes: { error: "Invalid token" } }
  ],
  "Metadata.MetadataWrite": [{ a: "1", b: null }]
}

/** Create bodies, for the two-step `Validation.decodeCreateConnection`. */
export const CREATE_BODIES: ReadonlyArray<unknown> = createBodies
