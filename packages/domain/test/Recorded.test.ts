/**
 * Responses shaped like Auth0's (the seed's example, the recorded `auth0` create, and `samlp`/`oidc`/`waad`
 * creates built from the reference with the fields the server adds) decode, and encode back to exactly the
 * JSON that came in: unknown fields and option keys included.
 */
import { describe, expect, it } from "@effect/vitest"
import { Redacted, Schema } from "effect"
import { readFileSync } from "node:fs"
import * as ApiError from "@effect-auth0/domain/ApiError"
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionKey from "@effect-auth0/domain/ConnectionKey"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import * as Identifiers from "@effect-auth0/domain/Identifiers"
import * as Scim from "@effect-auth0/domain/Scim"
import * as Validation from "@effect-auth0/domain/Validation"

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8"))

const decodeConnection = Schema.decodeUnknownSync(Connection.Connection)

/** Decodes, encodes, and checks the JSON is unchanged; gives the decoded value for further checks. */
const roundTrip = <A, I>(schema: Schema.Schema<A, I, never>, json: unknown): A => {
  const decoded = Schema.decodeUnknownSync(schema)(json)
  expect(Schema.encodeSync(schema)(decoded)).toStrictEqual(json)
  return decoded
}

describe("the seed's example create response", () => {
  const json = fixture("seed-000-create-response.json")

  it("decodes as an auth0 connection and round-trips", () => {
    const connection = roundTrip(Connection.Connection, json)
    expect(Connection.isStrategy(connection, "auth0")).toBe(true)
    expect(connection).toMatchObject({
      id: "con_0000000000000001",
      is_domain_connection: true,
      show_as_button: true,
      connected_accounts: { active: true, cross_app_access: true }
    })
  })

  it("keeps a name that the create rules would reject (responses must always decode)", () => {
    expect(decodeConnection(json).name).toBe("My connection")
    expect(Schema.is(Identifiers.ConnectionName)("My connection")).toBe(false)
  })
})

describe("create responses", () => {
  it("auth0, exactly as recorded (go-auth0 TestConnectionManager_Create)", () => {
    const json = fixture("auth0-create-response.json")
    const connection = roundTrip(Connection.Connection, json)
    if (!Connection.isStrategy(connection, "auth0")) throw new Error(`decoded as ${connection.strategy}`)
    expect(connection.options?.passwordPolicy).toBe("good")
    expect(connection.options?.mfa).toEqual({ active: true, return_enroll_settings: true })
    expect(connection.options?.upstream_params).toEqual({ screen_name: { alias: "login_hint" } })
    expect(connection.realms).toEqual(["Test-Auth0-Connection-1757329209"])
  })

  it("samlp with the server-computed cert, thumbprints, expiry, subject and provisioning ticket", () => {
    const json = fixture("samlp-create-response.json")
    const connection = roundTrip(Connection.Connection, json)
    if (!Connection.isStrategy(connection, "samlp")) throw new Error(`decoded as ${connection.strategy}`)
    expect(connection.options?.signInEndpoint).toBe("https://saml.provider/sign_in")
    expect(connection.options?.thumbprints).toEqual(["a0b9c2d1e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8"])
    expect(connection.options?.subject).toEqual({
      countryName: "US",
      stateOrProvinceName: "Washington",
      organizationName: "Auth0",
      commonName: "saml.provider"
    })
    expect(connection.options?.fieldsMap).toEqual({ email: "EmailAddress", given_name: "FirstName", groups: ["Groups", "Roles"] })
    expect(connection.provisioning_ticket_url).toMatch(/\/p\/samlp\//)
    expect(connection.metadata).toEqual({ team: "identity", ticket: "IAM-1234" })
  })

  it("oidc with the discovery document, attribute map and PKCE defaults", () => {
    const json = fixture("oidc-create-response.json")
    const connection = roundTrip(Connection.Connection, json)
    if (!Connection.isStrategy(connection, "oidc")) throw new Error(`decoded as ${connection.strategy}`)
    expect(connection.display_name).toBe(connection.name)
    expect(connection.options?.token_endpoint_auth_method).toBe("private_key_jwt")
    expect(connection.options?.connection_settings).toEqual({ pkce: "auto" })
    expect(connection.options?.oidc_metadata?.["end_session_endpoint"]).toBe("https://example.okta.com/oauth2/v1/logout")
    expect(connection.options?.client_secret).toBeUndefined()
  })

  it("waad with its secret redacted and option keys this library does not model kept", () => {
    const json = fixture("waad-create-response.json")
    const connection = roundTrip(Connection.Connection, json)
    if (!Connection.isStrategy(connection, "waad")) throw new Error(`decoded as ${connection.strategy}`)
    const secret = connection.options?.client_secret
    expect(secret !== undefined && Redacted.isRedacted(secret) && Redacted.value(secret)).toBe("123456-waad-secret-never-printed")
    expect(connection.options?.thumbprints).toHaveLength(6)
    // Not modelled: kept as they came, on decode and on encode.
    expect(connection.options).toMatchObject({ ext_email: true, ext_nickname: true, ext_upn: true, ext_tenantid: true })
    expect(connection.options?.identity_api).toBe("microsoft-identity-platform-v2.0")
  })

  it("are valid under the strict options too (open objects accept unknown keys)", () => {
    for (const name of ["auth0", "samlp", "oidc", "waad"]) {
      const json = fixture(`${name}-create-response.json`)
      expect(Validation.decode(Connection.Connection)(json)._tag, name).toBe("Right")
    }
  })
})

describe("a connection of a strategy never seen", () => {
  const json = fixture("brand-new-idp-connection.json") as Record<string, unknown>

  it("decodes with unknown top-level and option keys, and round-trips unchanged", () => {
    const connection = roundTrip(Connection.Connection, json)
    expect(connection.strategy).toBe("brand-new-idp")
    expect(Connection.isKnown(connection)).toBe(false)
    expect(connection).toMatchObject({
      future_top_level: { x: 1, labels: ["a", "b"] },
      another_new_field: "value",
      nullable_new_field: null
    })
    expect(connection.options).toMatchObject({ future_flag: { nested: [1, 2, { deep: true }], mode: "strict" }, strategy_version: 3 })
    // With no schema for it, an unknown strategy's client_secret stays as sent: the library cannot know it is one.
    expect(connection.options?.["client_secret"]).toBe("bnid-secret-kept-as-sent")
  })

  it("is still checked for the fields every connection has", () => {
    expect(() => decodeConnection({ ...json, id: "not-an-id" })).toThrow(/must be `con_` followed by letters and digits/)
    expect(() => decodeConnection({ ...json, realms: "brand-new" })).toThrow()
  })
})

describe("lists", () => {
  const page = fixture("list-checkpoint-page.json") as { readonly connections: ReadonlyArray<unknown>; readonly next: string }

  it("a checkpoint page of mixed strategies decodes to the right variants and round-trips", () => {
    const decoded = roundTrip(ConnectionList.ConnectionsCheckpointPage, page)
    expect(decoded.connections.map((c) => [c.strategy, Connection.isKnown(c)])).toEqual([
      ["auth0", true],
      ["google-oauth2", true],
      ["sms", true],
      ["email", true],
      ["github", true],
      ["apple", true],
      ["ad", true],
      ["brand-new-idp", false]
    ])
    expect(decoded.next).toBe(page.next)
    const sms = decoded.connections[2]!
    if (!Connection.isStrategy(sms, "sms")) throw new Error("not sms")
    expect(Redacted.isRedacted(sms.options?.twilio_token)).toBe(true)
  })

  it("every list shape decodes through ListConnectionsResponse and round-trips", () => {
    const totals = { total: page.connections.length, start: 0, limit: 50, connections: page.connections }
    const last = { connections: page.connections.slice(0, 2) }
    for (const shape of [page, totals, page.connections, last, [], { connections: [] }]) {
      roundTrip(ConnectionList.ListConnectionsResponse, shape)
    }
    expect(Array.isArray(Schema.decodeUnknownSync(ConnectionList.ListConnectionsResponse)(page.connections))).toBe(true)
    expect(Schema.decodeUnknownSync(ConnectionList.ListConnectionsResponse)(totals)).toMatchObject({ total: 8, start: 0, limit: 50 })
  })

  it("a projected item (fields=id) decodes as a ConnectionProjection", () => {
    const item = roundTrip(Connection.ConnectionProjection, { id: "con_7Xp23hOsnh7EQXTE", is_domain_connection: false })
    expect(item).toEqual({ id: "con_7Xp23hOsnh7EQXTE", is_domain_connection: false })
  })
})

describe("other recorded bodies", () => {
  it("delete, enabled clients, keys, SCIM and errors", () => {
    roundTrip(Connection.ConnectionDeleted, { deleted_at: "2025-09-08T11:00:11.110Z" })
    roundTrip(EnabledClients.EnabledClientsPage, { clients: [{ client_id: "Ca4vXyZAdB" }] })
    roundTrip(EnabledClients.EnabledClientsPage, { clients: [], next: "bmV4dA" })
    roundTrip(ConnectionKey.ConnectionKeys, [
      { kid: "k1", cert: "-----BEGIN CERTIFICATE-----\r\nMIIB\r\n-----END CERTIFICATE-----\r\n", current: true, current_since: "2025-09-08T11:00:11.110Z", fingerprint: "AA:BB", thumbprint: "AABB", algorithm: "RS256", key_use: "signing", subject_dn: "/CN=conn" },
      { kid: "k2", cert: "-----BEGIN CERTIFICATE-----\r\nMIIC\r\n-----END CERTIFICATE-----\r\n", next: true, fingerprint: "CC:DD", thumbprint: "CCDD" }
    ])
    roundTrip(ConnectionKey.ConnectionKey, { kid: "k3", cert: "pem" })
    roundTrip(Scim.ScimConfiguration, {
      connection_id: "con_dqoO3J23QCEvZ85b",
      connection_name: "conn",
      strategy: "samlp",
      tenant_name: "tenant",
      user_id_attribute: "externalId",
      mapping: [{ auth0: "preferred_username", scim: "userName" }, { auth0: "email", scim: "emails[primary eq true].value" }],
      created_at: "2025-09-08T11:00:11.110Z",
      updated_on: "2025-09-08T11:00:11.110Z"
    })
    roundTrip(Scim.ScimTokens, [{ token_id: "tok_2ZlWsBmh1XwZBhTf", scopes: ["get:users"], created_at: "2025-09-08T11:00:11.110Z", valid_until: null }])
    roundTrip(ApiError.ApiErrorBody, { statusCode: 404, error: "Not Found", message: "The connection does not exist", errorCode: "inexistent_connection" })
    roundTrip(ApiError.ApiErrorBody, { statusCode: 404, error: "Not Found", message: "Not Found" })
    roundTrip(ApiError.ApiErrorBody, { statusCode: 401, error: "Unauthorized", message: "Invalid token", attributes: { error: "Invalid token" } })
    roundTrip(ApiError.ApiErrorBody, { statusCode: 429, error: "Too Many Requests", message: "Global limit has been reached", errorCode: "too_many_requests" })
  })

  it("ApiError.makeBody fills the reason phrase", () => {
    expect(ApiError.makeBody(409, "A connection with the same name already exists", "connection_conflict")).toEqual({
      statusCode: 409,
      error: "Conflict",
      message: "A connection with the same name already exists",
      errorCode: "connection_conflict"
    })
    expect(ApiError.makeBody(404, "Not Found")).toStrictEqual({ statusCode: 404, error: "Not Found", message: "Not Found" })
    expect(ApiError.makeBody(418, "teapot").error).toBe("Error")
  })
})
