/**
 * Auth0's answers seen in recorded traffic (the terraform-provider-auth0 and go-auth0 v1 test recordings), one
 * test per fact: the recorded request, and the response fields that matter. Where Auth0 changed behaviour over
 * time, the newest recording wins and the test says so.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Validation from "@effect-auth0/domain/Validation"
import { Effect, Either } from "effect"
import {
  ADFS_METADATA_XML,
  CERT_BASE64,
  CERT_FACTS,
  METADATA_XML,
  RECORDED_CERT,
  RECORDED_SIGNING_CERT
} from "./fixtures/saml.js"
import { bad, makeClient } from "./helpers.js"

/** The domain's schemas keep decoding what Auth0 answered (typed keys typed, unknown keys kept). */
const decodesAsConnection = (body: unknown) => expect(Either.isRight(Validation.decodeCreateConnection(requestOf(body))), "domain").toBe(true)

/** The create body that would recreate a response (what the domain validates on the way in). */
const requestOf = (body: unknown) => {
  const { name, strategy, options } = body as { name: string; strategy: string; options: unknown }
  return { name, strategy, options }
}

describe("fact 1: database attributes with requires_username", () => {
  const email = { identifier: { active: true }, signup: { status: "required" } }

  it.effect("attributes with requires_username:false are accepted (201)", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      // Recorded: POST {"strategy":"auth0","options":{"attributes":{"email":{…}},"requires_username":false,…}} → 201
      const r = yield* c.call("POST", "/connections", {
        body: { name: "db-attributes", strategy: "auth0", options: { attributes: { email }, requires_username: false } }
      })
      expect(r.status).toBe(201)
      expect((r.body as any).options).toMatchObject({ requires_username: false, attributes: { email: { identifier: { active: true } } } })
    }))

  it.effect("requires_username:true with attributes is the conflict", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const r = yield* c.call("POST", "/connections", {
        body: { name: "db-attributes", strategy: "auth0", options: { attributes: { email }, requires_username: true } }
      })
      expect(r).toEqual(bad("Cannot set both options.attributes and options.requires_username"))
    }))

  it.effect("no active identifier is reported before the requires_username conflict", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const r = yield* c.call("POST", "/connections", {
        body: {
          name: "db-attributes",
          strategy: "auth0",
          options: { attributes: { email: { identifier: { active: false } } }, requires_username: true }
        }
      })
      expect(r).toEqual(bad("attributes must contain one active identifier"))
    }))
})

describe("fact 2: google-apps defaults", () => {
  it.effect("email, profile, scope, handle_login_from_social, map_user_id_to_id; no api_enable_users unless sent", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      // Recorded (TestAccConnectionGoogleApps), without api_enable_users in the request, and without the 2022
      // recording's `non_persistent_attrs: null`, which today's API schema (and the domain) types as an array:
      const request = {
        name: "Acceptance-Test-Google-Apps-TestAccConnectionGoogleApps",
        strategy: "google-apps",
        is_domain_connection: false,
        show_as_button: false,
        options: {
          domain: "example.com",
          tenant_domain: "example.com",
          ext_profile: true,
          ext_groups: true,
          domain_aliases: ["api.example.com", "example.com"],
          upstream_params: { screen_name: { alias: "login_hint" } }
        }
      }
      const created = yield* c.create(request)
      expect(created.options).toEqual({
        ...request.options,
        email: true,
        profile: true,
        scope: ["email", "profile"],
        handle_login_from_social: true,
        map_user_id_to_id: false
      })
      expect(created.options).not.toHaveProperty("api_enable_users")
      // Sent, it is kept as sent.
      const sent = yield* c.create({ ...request, name: "google-apps-2", options: { ...request.options, api_enable_users: true } })
      expect(sent.options.api_enable_users).toBe(true)
      decodesAsConnection(created)
    }))
})

describe("fact 4: line, wordpress, apple", () => {
  it.effect("line: profile:true added, scope rebuilt as openid + the flags", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      // Recorded (TestAccConnectionLine, 2026-01):
      const created = yield* c.create({
        name: "line",
        strategy: "line",
        is_domain_connection: false,
        options: {
          client_id: "",
          client_secret: "",
          authorizationURL: null,
          tokenURL: null,
          set_user_root_attributes: "on_each_login",
          email: true,
          scope: ["email", "openid", "profile"]
        }
      })
      expect(created.options).toMatchObject({ email: true, scope: ["openid", "email", "profile"], profile: true })
      decodesAsConnection(created)
    }))

  it.effect("wordpress: profile:true added", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const created = yield* c.create({
        name: "wordpress",
        strategy: "wordpress",
        options: { client_id: "", client_secret: "", authorizationURL: null, tokenURL: null, scope: ["profile"] }
      })
      expect(created.options.profile).toBe(true)
      decodesAsConnection(created)
    }))

  it.effect("apple: scope is made from the name and email flags", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      // Recorded (TestAccConnectionApple): {"name":true,"email":true,…} → "scope":"name email"; PATCH name:false → "email"
      const created = yield* c.create({
        name: "Acceptance-Test-Apple-TestAccConnectionApple",
        strategy: "apple",
        is_domain_connection: false,
        options: { client_id: "client_id", team_id: "team_id", kid: "key_id", name: true, email: true, set_user_root_attributes: "on_each_login" }
      })
      expect(created.options.scope).toBe("name email")
      const patched = yield* c.call("PATCH", `/connections/${created.id}`, {
        body: { options: { client_id: "client_id", team_id: "team_id_update", kid: "key_id_update", name: false, email: true } }
      })
      expect((patched.body as any).options.scope).toBe("email")
      decodesAsConnection(created)
    }))
})

describe("fact 5: null-valued options on line, twitter, wordpress", () => {
  it.effect.each(["line", "twitter", "wordpress"])("%s: echoed by create and PATCH, absent from later reads", (strategy) =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      // Recorded (TestAccConnectionLine): the create and PATCH responses carry "authorizationURL":null,"tokenURL":null;
      // the GETs after them do not.
      const options = { client_id: "", client_secret: "", authorizationURL: null, tokenURL: null }
      const created = yield* c.create({ name: strategy, strategy, options })
      expect(created.options).toMatchObject({ authorizationURL: null, tokenURL: null })
      const read = (yield* c.call("GET", `/connections/${created.id}`)).body as any
      expect(read.options).not.toHaveProperty("authorizationURL")
      expect(read.options).not.toHaveProperty("tokenURL")
      const patched = (yield* c.call("PATCH", `/connections/${created.id}`, { body: { options } })).body as any
      expect(patched.options).toMatchObject({ authorizationURL: null, tokenURL: null })
      const listed = ((yield* c.call("GET", "/connections")).body as Array<any>)[0]
      expect(listed.options).not.toHaveProperty("tokenURL")
      decodesAsConnection(created)
    }))

  it.effect("other strategies keep null-valued options (a google-apps upstream_params:null is read back)", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const created = yield* c.create({ name: "gapps", strategy: "google-apps", options: { domain: "example.com", upstream_params: null } })
      expect(((yield* c.call("GET", `/connections/${created.id}`)).body as any).options.upstream_params).toBeNull()
    }))
})

describe("fact 6: pingfederate signingCert", () => {
  it.effect("signingCert becomes cert, thumbprints, expires, subject and is no longer returned", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const created = yield* c.create({
        name: "Acceptance-Test-Ping-Federate",
        strategy: "pingfederate",
        options: { signingCert: CERT_BASE64, pingFederateBaseUrl: "https://pingfederate.example.com" }
      })
      expect(created.options).not.toHaveProperty("signingCert")
      expect(created.options.cert).toContain("-----BEGIN CERTIFICATE-----")
      expect(created.options).toMatchObject({
        thumbprints: [CERT_FACTS.thumbprint],
        expires: CERT_FACTS.expires,
        subject: CERT_FACTS.subject,
        signInEndpoint: "https://pingfederate.example.com/idp/SSO.saml2"
      })
      decodesAsConnection(created)
    }))
})

describe("fact 7: identity-provider metadata XML", () => {
  it.effect("samlp metadataXml: parsed into the certificate facts and endpoints, and not kept", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      // Recorded (TestAccConnectionSAML): the request's options, metadataXml inline.
      const options = {
        strategy_version: 2,
        protocolBinding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
        tenant_domain: "example.com",
        domain_aliases: ["example.com", "example.coz"],
        disableSignout: false,
        signatureAlgorithm: "rsa-sha256",
        digestAlgorithm: "sha256",
        metadataXml: METADATA_XML,
        user_id_attribute: "https://saml.provider/imi/ns/identity-200810",
        icon_url: "https://example.com/logo.svg"
      }
      const created = yield* c.create({ name: "Acceptance-Test-SAML-TestAccConnectionSAML", strategy: "samlp", options })
      const { metadataXml: _dropped, ...kept } = options
      // The recorded response: the sent keys without metadataXml, then these, in this order.
      expect(created.options).toMatchObject({
        ...kept,
        signingCert: RECORDED_SIGNING_CERT,
        signInEndpoint: "https://saml-from-metadata-xml.provider/sign_in",
        signOutEndpoint: "https://saml-from-metadata-xml.provider/sign_out",
        bindingMethod: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect",
        expires: CERT_FACTS.expires,
        subject: CERT_FACTS.subject,
        thumbprints: [CERT_FACTS.thumbprint],
        cert: RECORDED_CERT
      })
      expect(created.options).not.toHaveProperty("metadataXml")
      expect(Object.keys(created.options).slice(Object.keys(kept).length, Object.keys(kept).length + 8)).toEqual([
        "signingCert", "signInEndpoint", "signOutEndpoint", "bindingMethod", "expires", "subject", "thumbprints", "cert"
      ])
      // What Auth0 returns can be sent back (read-modify-write): the base64-of-PEM signingCert reads the same.
      const again = yield* c.call("PATCH", `/connections/${created.id}`, { body: { options: created.options } })
      expect((again.body as any).options).toMatchObject({ thumbprints: [CERT_FACTS.thumbprint], cert: RECORDED_CERT })
      decodesAsConnection(created)
    }))

  it.effect("a malformed metadataXml is a 400 that names the option, and creates nothing", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const r = yield* c.call("POST", "/connections", {
        body: { name: "bad-saml", strategy: "samlp", options: { metadataXml: "<md:EntityDescriptor><md:IDPSSODescriptor></md:EntityDescriptor>" } }
      })
      expect(r.status).toBe(400)
      expect(r.body).toMatchObject({ statusCode: 400, error: "Bad Request", errorCode: "invalid_body" })
      expect((r.body as any).message).toMatch(/^options\.metadataXml is not well-formed XML \(line 1: /)
      expect((yield* c.engine.snapshot).connections).toEqual([])
    }))

  it.effect("adfs fedMetadataXml: signInEndpoint is the passive requestor endpoint; the document is kept", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      // Recorded (go-auth0 TestConnectionManager_Create ADFS):
      const created = yield* c.create({
        name: "Test-ADFS-Connection-1714039090",
        strategy: "adfs",
        options: { fedMetadataXml: ADFS_METADATA_XML, upstream_params: { screen_name: { alias: "login_hint" } } }
      })
      expect(created.options).toEqual({
        fedMetadataXml: ADFS_METADATA_XML,
        upstream_params: { screen_name: { alias: "login_hint" } },
        thumbprints: [],
        signInEndpoint: "https://adfs.provider/wsfed",
        should_trust_email_verified_connection: "always_set_emails_as_verified"
      })
      expect(Object.keys(created.options)).toEqual([
        "fedMetadataXml", "upstream_params", "thumbprints", "signInEndpoint", "should_trust_email_verified_connection"
      ])
      const bad = yield* c.call("POST", "/connections", { body: { name: "bad-adfs", strategy: "adfs", options: { fedMetadataXml: "<a><b></a>" } } })
      expect((bad.body as any).message).toMatch(/^options\.fedMetadataXml is not well-formed XML/)
      decodesAsConnection(created)
    }))
})

describe("fact 8: samlp defaults", () => {
  it.effect("no signatureAlgorithm/digestAlgorithm when absent; assertion_decryption_settings added (newest, 2026)", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const created = yield* c.create({
        name: "saml",
        strategy: "samlp",
        options: { signInEndpoint: "https://saml.provider/sign_in", signingCert: CERT_BASE64 }
      })
      expect(created.options).not.toHaveProperty("signatureAlgorithm")
      expect(created.options).not.toHaveProperty("digestAlgorithm")
      // 2026 recordings add this default; earlier ones do not: the engine follows the newest.
      expect(created.options.assertion_decryption_settings).toEqual({ algorithm_profile: "v2026-1" })
      // samlp keeps signingCert (TestAccConnectionSAML returns it next to cert and thumbprints).
      expect(created.options).toMatchObject({ signingCert: CERT_BASE64, thumbprints: [CERT_FACTS.thumbprint] })
      const sent = yield* c.create({ name: "saml2", strategy: "samlp", options: { signatureAlgorithm: "rsa-sha1", digestAlgorithm: "sha1" } })
      expect(sent.options).toMatchObject({ signatureAlgorithm: "rsa-sha1", digestAlgorithm: "sha1" })
      decodesAsConnection(created)
    }))
})

describe("fact 9: oidc with an issuer and no discovery_url", () => {
  it.effect("no oidc_metadata is made up, and no endpoints are filled from one", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const created = yield* c.create({
        name: "oidc-issuer",
        strategy: "oidc",
        options: { client_id: "client", issuer: "https://login.partner.example", authorization_endpoint: "https://login.partner.example/authorize" }
      })
      expect(created.options).not.toHaveProperty("oidc_metadata")
      expect(created.options).not.toHaveProperty("token_endpoint")
      expect(created.options).toMatchObject({ issuer: "https://login.partner.example", type: "front_channel" })
      // With a discovery_url the document is (still) read: metadata and the endpoints it names.
      const discovered = yield* c.create({
        name: "oidc-discovery",
        strategy: "oidc",
        options: { client_id: "client", discovery_url: "https://login.partner.example/.well-known/openid-configuration", token_endpoint: null }
      })
      expect(discovered.options.oidc_metadata).toBeDefined()
      expect(discovered.options.token_endpoint).toBe("https://login.partner.example/oauth/token")
      decodesAsConnection(created)
    }))
})
