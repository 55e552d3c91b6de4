/**
 * Secrets decode to `Redacted`: printing, serializing or inspecting a decoded value never shows them, and
 * encoding gives them back so they can be sent.
 */
import { describe, expect, it } from "@effect/vitest"
import { Redacted, Schema } from "effect"
import { inspect } from "node:util"
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as Identifiers from "@effect-auth0/domain/Identifiers"
import * as Scim from "@effect-auth0/domain/Scim"

const base = (strategy: string) => ({
  id: "con_dqoO3J23QCEvZ85b",
  name: `secret-${strategy}`,
  strategy,
  enabled_clients: [],
  realms: [`secret-${strategy}`]
})

const cases: ReadonlyArray<{ readonly label: string; readonly secret: string; readonly json: unknown; readonly schema: Schema.Schema<any, any, never> }> = [
  { label: "google-oauth2 client_secret", secret: "GOCSPX-google-secret-1", json: { ...base("google-oauth2"), options: { client_id: "g", client_secret: "GOCSPX-google-secret-1", scope: ["email"] } }, schema: Connection.Connection },
  { label: "oidc client_secret", secret: "oidc-client-secret-2", json: { ...base("oidc"), options: { client_id: "o", client_secret: "oidc-client-secret-2", type: "back_channel" } }, schema: Connection.Connection },
  { label: "waad client_secret", secret: "waad-client-secret-3", json: { ...base("waad"), options: { client_id: "w", client_secret: "waad-client-secret-3" } }, schema: Connection.Connection },
  { label: "okta client_secret", secret: "okta-client-secret-4", json: { ...base("okta"), options: { client_id: "k", client_secret: "okta-client-secret-4", domain: "example.okta.com" } }, schema: Connection.Connection },
  { label: "sms twilio_token", secret: "twilio-auth-token-5", json: { ...base("sms"), options: { twilio_sid: "AC1", twilio_token: "twilio-auth-token-5", provider: "twilio" } }, schema: Connection.Connection },
  { label: "sms gateway secret", secret: "gateway-secret-6", json: { ...base("sms"), options: { provider: "sms_gateway", gateway_authentication: { method: "bearer", audience: "a", secret: "gateway-secret-6" } } }, schema: Connection.Connection },
  { label: "auth0 custom database configuration", secret: "db-password-7", json: { ...base("auth0"), options: { enabledDatabaseCustomization: true, configuration: { DB_PASSWORD: "db-password-7" } } }, schema: Connection.Connection },
  { label: "samlp decryption key", secret: "-----BEGIN PRIVATE KEY-----saml-key-8", json: { ...base("samlp"), options: { decryptionKey: { key: "-----BEGIN PRIVATE KEY-----saml-key-8", cert: "c" } } }, schema: Connection.Connection },
  { label: "samlp signing key", secret: "-----BEGIN PRIVATE KEY-----saml-key-9", json: { ...base("samlp"), options: { signing_key: { key: "-----BEGIN PRIVATE KEY-----saml-key-9", cert: "c" } } }, schema: Connection.Connection },
  { label: "github client_secret", secret: "gh-secret-10", json: { ...base("github"), options: { client_secret: "gh-secret-10" } }, schema: Connection.Connection },
  { label: "oauth2 client_secret", secret: "oauth2-secret-11", json: { ...base("oauth2"), options: { client_secret: "oauth2-secret-11", authorizationURL: "https://a", tokenURL: "https://t" } }, schema: Connection.Connection },
  { label: "SCIM token", secret: "scim-token-value-12", json: { token_id: "tok_2ZlWsBmh1XwZBhTf", token: "scim-token-value-12", scopes: ["get:users"], created_at: "2025-09-08T11:00:11.110Z" }, schema: Scim.CreatedScimToken }
]

describe("secrets in decoded values", () => {
  for (const { json, label, schema, secret } of cases) {
    it(`${label} is Redacted and never printed`, () => {
      const decoded = Schema.decodeUnknownSync(schema)(json)
      for (const printed of [
        String(decoded),
        `${JSON.stringify(decoded)}`,
        inspect(decoded, { depth: Infinity }),
        inspect(decoded, { depth: Infinity, showHidden: true }),
        JSON.stringify({ wrapped: [decoded] })
      ]) {
        expect(printed).not.toContain(secret)
      }
      expect(JSON.stringify(decoded)).toContain("<redacted>")
      // Encoding gives the secret back for the wire.
      expect(Schema.encodeSync(schema)(decoded)).toStrictEqual(json)
      expect(JSON.stringify(Schema.encodeSync(schema)(decoded))).toContain(secret)
    })
  }

  it("the secret is reachable on purpose with Redacted.value", () => {
    const decoded = Schema.decodeUnknownSync(Connection.Connection)(cases[0]!.json)
    if (!Connection.isStrategy(decoded, "google-oauth2")) throw new Error("not google-oauth2")
    const secret = decoded.options?.client_secret
    expect(secret).toBeDefined()
    expect(Redacted.isRedacted(secret)).toBe(true)
    expect(secret && Redacted.value(secret)).toBe("GOCSPX-google-secret-1")
  })
})

describe("secrets in writes", () => {
  it("OptionsWrite encode unwraps Redacted values anywhere inside", () => {
    const options = {
      client_secret: Redacted.make("top"),
      gateway_authentication: { method: "bearer", secret: Redacted.make("nested") },
      keys: [Redacted.make("in-array"), { deeper: Redacted.make("deep") }],
      plain: 1
    }
    expect(Schema.encodeSync(ConnectionRequest.OptionsWrite)(options)).toStrictEqual({
      client_secret: "top",
      gateway_authentication: { method: "bearer", secret: "nested" },
      keys: ["in-array", { deeper: "deep" }],
      plain: 1
    })
  })

  it("UpdateConnection encode sends the secrets of its options in clear", () => {
    // Options as read from a decoded connection (secrets Redacted), sent back in a PATCH.
    const decoded = Schema.decodeUnknownSync(Connection.Connection)(cases[1]!.json)
    const body = Schema.encodeSync(ConnectionRequest.UpdateConnection)({ options: decoded.options ?? null, display_name: Identifiers.DisplayName.make("x") })
    expect(body).toStrictEqual({ options: { client_id: "o", client_secret: "oidc-client-secret-2", type: "back_channel" }, display_name: "x" })
    expect(JSON.stringify(body)).not.toContain("<redacted>")
  })

  it("a typed create body encodes its Redacted options to plain strings", () => {
    const body = Schema.encodeSync(ConnectionRequest.CreateConnection)({
      name: Identifiers.ConnectionName.make("twilio"),
      strategy: "sms",
      options: { twilio_token: Redacted.make("tw-token"), twilio_sid: "AC1" }
    })
    expect(body).toStrictEqual({ name: "twilio", strategy: "sms", options: { twilio_token: "tw-token", twilio_sid: "AC1" } })
  })
})
