/**
 * The engine, fact by fact, with Auth0's exact status codes and bodies.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Engine from "@effect-auth0/engine/Engine"
import { ALL, bad, makeClient } from "./helpers.js"

const NAME_DESCRIPTION =
  "The name of the connection. Must start and end with an alphanumeric character and can only contain alphanumeric characters and '-'. Max length 128"

const withoutOptions = [...ALL].filter((s) => s !== "read:connections_options" && s !== "update:connections_options")

describe("fact 1: scopes", () => {
  it.effect("403 insufficient_scope names the scope the endpoint needs", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      expect(yield* c.call("GET", "/connections", { scopes: ["create:connections"] })).toEqual({
        status: 403,
        body: {
          statusCode: 403,
          error: "Forbidden",
          message: "Insufficient scope, expected any of: read:connections",
          errorCode: "insufficient_scope"
        }
      })
      const r = yield* c.call("POST", "/connections", { body: { name: "a", strategy: "auth0" }, scopes: ["read:connections"] })
      expect(r.status).toBe(403)
      expect((r.body as any).message).toBe("Insufficient scope, expected any of: create:connections")
    }))

  it.effect("rotate needs all of create and update:connections_keys", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const oidc = yield* c.create({ name: "o", strategy: "oidc", options: { client_id: "x" } })
      const r = yield* c.call("POST", `/connections/${oidc.id}/keys/rotate`, { scopes: ["create:connections_keys"] })
      expect(r.status).toBe(403)
      expect((r.body as any).message).toBe("Insufficient scope, expected all of: create:connections_keys, update:connections_keys")
      const ok = yield* c.call("POST", `/connections/${oidc.id}/keys/rotate`, { scopes: ["create:connections_keys", "update:connections_keys"] })
      expect(ok.status).toBe(201)
    }))

  it.effect("users-by-email needs delete:users, not a connections scope", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const db = yield* c.create({ name: "db", strategy: "auth0" })
      const path = `/connections/${db.id}/users`
      const query = [["email", "a@b.co"]] as const
      const denied = yield* c.call("DELETE", path, { query, scopes: withoutOptions.filter((s) => s !== "delete:users") })
      expect((denied.body as any).message).toBe("Insufficient scope, expected any of: delete:users")
      expect(yield* c.call("DELETE", path, { query, scopes: ["delete:users"] })).toEqual({ status: 204, body: undefined })
    }))
})

describe("fact 2: options gating", () => {
  it.effect("options are omitted from GET, list and PATCH without read:connections_options", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const created = yield* c.create({ name: "db", strategy: "auth0" })
      expect(created.options).toBeDefined() // create is not gated
      const get = yield* c.call("GET", `/connections/${created.id}`, { scopes: withoutOptions })
      expect(get.body).not.toHaveProperty("options")
      const list = yield* c.call("GET", "/connections", { scopes: withoutOptions })
      expect((list.body as Array<any>)[0]).not.toHaveProperty("options")
      const patch = yield* c.call("PATCH", `/connections/${created.id}`, { body: { show_as_button: true }, scopes: withoutOptions })
      expect(patch.status).toBe(200)
      expect(patch.body).not.toHaveProperty("options")
      const full = yield* c.call("GET", `/connections/${created.id}`)
      expect((full.body as any).options.password_options.history).toEqual({ active: false, size: 3 })
    }))

  it.effect("PATCH with options needs update:connections_options (403) and changes nothing", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const created = yield* c.create({ name: "db", strategy: "auth0" })
      const before = yield* c.engine.snapshot
      const r = yield* c.call("PATCH", `/connections/${created.id}`, {
        body: { options: { brute_force_protection: false } },
        scopes: [...withoutOptions, "read:connections_options"]
      })
      expect(r).toEqual({
        status: 403,
        body: {
          statusCode: 403,
          error: "Forbidden",
          message: "Updating the \"options\" property requires the \"update:connections_options\" scope",
          errorCode: "insufficient_scope"
        }
      })
      expect(yield* c.engine.snapshot).toEqual(before)
    }))
})

describe("fact 3: create validation", () => {
  const cases: ReadonlyArray<readonly [string, unknown, string]> = [
    [
      "name pattern",
      { name: "my conn", strategy: "auth0" },
      `Payload validation error: 'String does not match pattern ^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$: my conn' on property name (${NAME_DESCRIPTION}).`
    ],
    [
      "name too long",
      { name: "a".repeat(129), strategy: "auth0" },
      `Payload validation error: 'String is too long (129 chars), maximum 128' on property name (${NAME_DESCRIPTION}).`
    ],
    ["missing name", { strategy: "auth0" }, "Payload validation error: 'Missing required property: name'."],
    [
      "unknown strategy",
      { name: "x", strategy: "nope" },
      "Payload validation error: 'No enum match for: nope' on property strategy (The identity provider identifier for the connection)."
    ],
    ["array body", [], "Payload validation error: 'Expected type object but found type array'."],
    ["unknown top-level key", { name: "x", strategy: "auth0", colour: "red" }, "Payload validation error: 'Additional properties not allowed: colour'."],
    [
      "display_name too long",
      { name: "x", strategy: "auth0", display_name: "d".repeat(129) },
      "Payload validation error: 'String is too long (129 chars), maximum 128' on property display_name (Connection name used in the new universal login experience)."
    ],
    [
      "metadata with 11 keys",
      { name: "x", strategy: "auth0", metadata: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "v"])) },
      "Payload validation error: 'Too many properties defined (11), maximum 10' on property metadata (Metadata associated with the connection in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.)."
    ],
    [
      "metadata value too long",
      { name: "x", strategy: "auth0", metadata: { k: "v".repeat(256) } },
      "Payload validation error: 'String is too long (256 chars), maximum 255' on property metadata.k (Metadata associated with the connection.)."
    ],
    [
      "validation with requires_username inside",
      { name: "x", strategy: "auth0", options: { validation: { requires_username: true } } },
      "Payload validation error: 'Additional properties not allowed: requires_username' on property options.validation (Options for validation)."
    ],
    [
      "password_complexity_options.min_length 0",
      { name: "x", strategy: "auth0", options: { password_complexity_options: { min_length: 0 } } },
      "Payload validation error: 'Value 0 is less than minimum 1' on property options.password_complexity_options.min_length (Minimum password length)."
    ],
    [
      "password_complexity_options.min_length 129",
      { name: "x", strategy: "auth0", options: { password_complexity_options: { min_length: 129 } } },
      "Payload validation error: 'Value 129 is greater than maximum 128' on property options.password_complexity_options.min_length (Minimum password length)."
    ]
  ]
  for (const [title, body, message] of cases) {
    it.effect(`400 invalid_body: ${title}`, () =>
      Effect.gen(function*() {
        const c = yield* makeClient()
        expect(yield* c.call("POST", "/connections", { body })).toEqual(bad(message))
        expect((yield* c.engine.snapshot).connections).toEqual([])
      }))
  }

  it.effect("duplicate name → 409 connection_conflict (names are unique case-insensitively)", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      yield* c.create({ name: "Main-DB", strategy: "auth0" })
      const conflict = {
        status: 409,
        body: { statusCode: 409, error: "Conflict", message: "A connection with the same name already exists", errorCode: "connection_conflict" }
      }
      expect(yield* c.call("POST", "/connections", { body: { name: "Main-DB", strategy: "github" } })).toEqual(conflict)
      expect(yield* c.call("POST", "/connections", { body: { name: "main-db", strategy: "auth0" } })).toEqual(conflict)
    }))

  it.effect("database business rules on attributes", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const create = (options: unknown) => c.call("POST", "/connections", { body: { name: "db", strategy: "auth0", options } })
      const email = { identifier: { active: true }, signup: { status: "required" } }
      expect(yield* create({ attributes: { email }, requires_username: true })).toEqual(
        bad("Cannot set both options.attributes and options.requires_username")
      )
      expect(yield* create({ attributes: { email }, validation: { username: { min: 1, max: 5 } } })).toEqual(
        bad("Cannot set both options.attributes and options.validation")
      )
      expect(yield* create({ attributes: { email: { identifier: { active: false } } } })).toEqual(bad("attributes must contain one active identifier"))
      expect(
        yield* create({ attributes: { email, phone_number: { identifier: { active: false }, profile_required: true, signup: { status: "inactive" } } } })
      ).toEqual(bad("attribute phone_number must also be required on signup"))
      const ok = yield* create({ attributes: { email } })
      expect(ok.status).toBe(201)
      expect((ok.body as any).options.attributes.email).toEqual({ ...email, unique: true, verification_method: "link" })
    }))

  it.effect("hostile bodies give a 4xx envelope, never a crash", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      let deep: unknown = "x"
      for (let i = 0; i < 5000; i++) deep = { a: deep }
      const hostile: ReadonlyArray<unknown> = [
        null,
        "text",
        42,
        JSON.parse("{\"__proto__\":{\"polluted\":true},\"name\":\"x\",\"strategy\":\"auth0\"}"),
        { name: "x", strategy: "auth0", options: JSON.parse("{\"__proto__\":{\"polluted\":true}}") },
        { name: "x", strategy: "auth0", options: { constructor: { prototype: { polluted: true } } } },
        { name: "x", strategy: "auth0", options: { deep } },
        { name: "x".repeat(1_000_000), strategy: "auth0" },
        { name: 5, strategy: ["auth0"] },
        { name: "x", strategy: "auth0", metadata: [] },
        { name: "x", strategy: "auth0", realms: [1] }
      ]
      for (const body of hostile) {
        const r = yield* c.call("POST", "/connections", { body })
        expect(r.status).toBe(400)
        expect((r.body as any).statusCode).toBe(400)
        expect((r.body as any).errorCode).toBe("invalid_body")
      }
      expect(({} as any).polluted).toBeUndefined()
      expect((yield* c.engine.snapshot).connections).toEqual([])
    }))
})

describe("fact 4: ids and defaults", () => {
  it.effect("auth0: exactly the recorded 2026 defaults (the 2026-08 recordings: password_options, no passwordPolicy)", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      // POST /connections {"name":"Test-Auth0-Connection","strategy":"auth0"}
      const created = yield* c.create({ name: "Test-Auth0-Connection", strategy: "auth0" })
      expect(created.id).toMatch(/^con_[A-Za-z0-9]{16}$/)
      expect(created).toEqual({
        id: created.id,
        options: {
          mfa: { active: true, return_enroll_settings: true },
          password_options: {
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
          },
          strategy_version: 2,
          authentication_methods: {
            password: { enabled: true, api_behavior: "required", signup_behavior: "allow" },
            passkey: { enabled: false }
          },
          passkey_options: { challenge_ui: "both", progressive_enrollment_enabled: true, local_enrollment_enabled: true },
          brute_force_protection: true
        },
        strategy: "auth0",
        name: "Test-Auth0-Connection",
        is_domain_connection: false,
        authentication: { active: true },
        connected_accounts: { active: false },
        enabled_clients: [],
        realms: ["Test-Auth0-Connection"]
      })
      expect(Object.keys(created)).toEqual([
        "id", "options", "strategy", "name", "is_domain_connection", "authentication", "connected_accounts", "enabled_clients", "realms"
      ])
    }))

  it.effect("sequential ids for snapshot-style tests", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ ids: "sequential" })
      expect((yield* c.create({ name: "a", strategy: "auth0" })).id).toBe("con_0000000000000001")
      expect((yield* c.create({ name: "b", strategy: "auth0" })).id).toBe("con_0000000000000002")
    }))

  it.effect("enterprise: show_as_button, provisioning_ticket_url; oidc/okta/waad: display_name", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ tenantDomain: "dev-tenant.us.auth0.com" })
      for (const strategy of ["samlp", "ad", "adfs", "waad", "pingfederate", "google-apps"]) {
        const conn = yield* c.create({ name: `p-${strategy}`, strategy })
        expect(conn.provisioning_ticket_url).toMatch(new RegExp(`^https://dev-tenant\\.us\\.auth0\\.com/p/${strategy}/[A-Za-z0-9]{8}$`))
        expect(conn.show_as_button).toBe(false)
      }
      for (const strategy of ["oidc", "okta", "waad"]) {
        const conn = yield* c.create({ name: `d-${strategy}`, strategy })
        expect(conn.display_name).toBe(`d-${strategy}`)
      }
      const oidc = yield* c.create({ name: "o2", strategy: "oidc" })
      expect(oidc).not.toHaveProperty("provisioning_ticket_url")
      const social = yield* c.create({ name: "gh", strategy: "github" })
      expect(social).not.toHaveProperty("show_as_button")
      expect(social).not.toHaveProperty("provisioning_ticket_url")
      expect(social).not.toHaveProperty("display_name")
      const explicit = yield* c.create({ name: "e", strategy: "auth0", realms: [], is_domain_connection: true, metadata: { team: "id" } })
      expect(explicit.realms).toEqual(["e"])
      expect(explicit.is_domain_connection).toBe(true)
      expect(explicit.metadata).toEqual({ team: "id" })
    }))
})

describe("fact 5: strategy defaults in options", () => {
  it.effect("email/sms brute force, social scopes, password_options completion", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      expect((yield* c.create({ name: "e", strategy: "email" })).options).toEqual({ brute_force_protection: true })
      expect((yield* c.create({ name: "s", strategy: "sms" })).options).toEqual({ brute_force_protection: true })
      const google = yield* c.create({ name: "g", strategy: "google-oauth2", options: { calendar: true } })
      expect(google.options.scope).toEqual(["email", "profile", "https://www.googleapis.com/auth/calendar"])
      expect(google.options.email).toBe(true)
      expect((yield* c.create({ name: "gh", strategy: "github" })).options.scope).toEqual([])
      expect((yield* c.create({ name: "fb", strategy: "facebook" })).options.scope).toBe("")
      const li = (yield* c.create({ name: "li", strategy: "linkedin" })).options
      expect(li).toMatchObject({ profile: true, scope: ["r_liteprofile"] })
      const db = yield* c.create({ name: "db", strategy: "auth0", options: { password_options: { history: { active: true } } } })
      expect(db.options).not.toHaveProperty("passwordPolicy")
      expect(db.options.password_options.history).toEqual({ active: true, size: 3 })
      expect(db.options.password_options.dictionary).toEqual({ active: false, custom: [], default: "en_100k" })
      expect(db.options.password_options.complexity.min_length).toBe(15)
    }))

  it.effect("configuration values come back as ciphertext, and a read-modify-write keeps them", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const db = yield* c.create({ name: "db", strategy: "auth0", options: { configuration: { API_KEY: "super-secret-value" } } })
      const sealed = db.options.configuration.API_KEY as string
      expect(sealed).not.toContain("super-secret-value")
      expect(sealed).toMatch(/^[A-Za-z0-9+/]+=*$/)
      expect(JSON.stringify(yield* c.engine.snapshot)).not.toContain("super-secret-value")
      const patched = yield* c.call("PATCH", `/connections/${db.id}`, { body: { options: { configuration: { API_KEY: sealed, NEW: "plain" } } } })
      const configuration = (patched.body as any).options.configuration
      expect(configuration.API_KEY).toBe(sealed)
      expect(configuration.NEW).not.toBe("plain")
    }))

  it.effect("oidc: 2 keys, discovery metadata, pkce and mapping mode", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const oidc = yield* c.create({
        name: "oidc",
        strategy: "oidc",
        options: { client_id: "abc", discovery_url: "https://idp.example.com/.well-known/openid-configuration", token_endpoint: null }
      })
      expect(oidc.options).toMatchObject({
        token_endpoint: "https://idp.example.com/oauth/token",
        attribute_map: { mapping_mode: "bind_all" },
        connection_settings: { pkce: "auto" },
        schema_version: "oidc-V4"
      })
      const keys = (yield* c.call("GET", `/connections/${oidc.id}/keys`)).body as Array<any>
      expect(keys).toHaveLength(2)
      expect(keys.filter((k) => k.current === true)).toHaveLength(1)
      expect(keys.filter((k) => k.next === true)).toHaveLength(1)
      expect(keys[0]).toMatchObject({ algorithm: "RS256", key_use: "signing", subject_dn: "/CN=oidc" })
      expect(keys[0].fingerprint.replaceAll(":", "").toLowerCase()).toBe(keys[0].thumbprint)
    }))
})

describe("fact 6: PATCH", () => {
  it.effect("name/strategy rejected, {} rejected, unknown id 404", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const db = yield* c.create({ name: "db", strategy: "auth0" })
      expect(yield* c.call("PATCH", `/connections/${db.id}`, { body: { strategy: "sms", name: "x" } })).toEqual(
        bad("Payload validation error: 'Additional properties not allowed: strategy,name'.")
      )
      expect(yield* c.call("PATCH", `/connections/${db.id}`, { body: {} })).toEqual(
        bad("Payload validation error: 'Too few properties defined (0), minimum 1'.")
      )
      expect(yield* c.call("PATCH", "/connections/con_0000000000000000", { body: { show_as_button: true } })).toEqual({
        status: 404,
        body: { statusCode: 404, error: "Not Found", message: "The connection does not exist", errorCode: "inexistent_connection" }
      })
    }))

  it.effect("options replaced whole, server defaults re-derived; other fields kept", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const db = yield* c.create({ name: "db", strategy: "auth0", metadata: { a: "1" } })
      const r = yield* c.call("PATCH", `/connections/${db.id}`, {
        body: { options: { strategy_version: 2, upstream_params: { screen_name: { alias: "login_hint" } } } }
      })
      expect(r.status).toBe(200)
      const body = r.body as any
      expect(body.options).toEqual({
        strategy_version: 2,
        upstream_params: { screen_name: { alias: "login_hint" } },
        authentication_methods: db.options.authentication_methods,
        passkey_options: db.options.passkey_options,
        brute_force_protection: true
      })
      expect(body.metadata).toEqual({ a: "1" })
      expect(body.realms).toEqual(["db"])
      expect((yield* c.call("GET", `/connections/${db.id}`)).body).toEqual(body)
    }))

  it.effect("display_name: reset to the name for oidc/okta/waad when absent, never added elsewhere", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const oidc = yield* c.create({ name: "o", strategy: "oidc", display_name: "Custom" })
      expect(oidc.display_name).toBe("Custom")
      const patched = (yield* c.call("PATCH", `/connections/${oidc.id}`, { body: { show_as_button: true } })).body as any
      expect(patched.display_name).toBe("o")
      const db = yield* c.create({ name: "db", strategy: "auth0" })
      expect((yield* c.call("PATCH", `/connections/${db.id}`, { body: { show_as_button: true } })).body).not.toHaveProperty("display_name")
    }))

  it.effect("email attribute: cannot add non-unique, cannot patch unique", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const username = { identifier: { active: true }, signup: { status: "required" } }
      const db = yield* c.create({ name: "db", strategy: "auth0", options: { attributes: { username } } })
      const patch = (options: unknown) => c.call("PATCH", `/connections/${db.id}`, { body: { options } })
      expect(yield* patch({ attributes: { username, email: { unique: false } } })).toEqual(bad("cannot add non-unique email attribute"))
      expect((yield* patch({ attributes: { username, email: { identifier: { active: true } } } })).status).toBe(200)
      expect(yield* patch({ attributes: { username, email: { unique: false } } })).toEqual(bad("cannot patch unique property on email attribute"))
    }))
})

describe("fact 7: DELETE", () => {
  it.effect("202 {deleted_at}, then GET 404, repeat 204, not listed", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const db = yield* c.create({ name: "db", strategy: "auth0" })
      expect(yield* c.call("DELETE", `/connections/${db.id}`)).toEqual({ status: 202, body: { deleted_at: "1970-01-01T00:00:00.000Z" } })
      expect((yield* c.call("GET", `/connections/${db.id}`)).status).toBe(404)
      expect(yield* c.call("DELETE", `/connections/${db.id}`)).toEqual({ status: 204, body: undefined })
      expect(yield* c.call("DELETE", "/connections/con_neverexisted0000")).toEqual({ status: 204, body: undefined })
      expect((yield* c.call("GET", "/connections")).body).toEqual([])
      // the name is free again
      yield* c.create({ name: "db", strategy: "auth0" })
    }))

  it.effect("malformed ids are 400 invalid_uri", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const r = yield* c.call("GET", "/connections/not-an-id")
      expect(r.status).toBe(400)
      expect((r.body as any).errorCode).toBe("invalid_uri")
      expect((r.body as any).message).toMatch(/^Path validation error: 'String does not match pattern \^con_\[A-Za-z0-9\]\+\$: not-an-id' on property id/)
    }))
})

describe("fact 8: list modes", () => {
  const seeded = Effect.gen(function*() {
    const c = yield* makeClient({ ids: "sequential" })
    for (const [name, strategy] of [["conn2", "auth0"], ["Conn1", "github"], ["1moreTime", "auth0"], ["email", "email"], ["Conn3000", "samlp"]]) {
      yield* c.create({ name: name!, strategy: strategy! })
    }
    return c
  })
  const names = (list: unknown) => (list as Array<any>).map((c) => c.name)

  it.effect("bare array by default, sorted case-insensitively, list items include enabled_clients", () =>
    Effect.gen(function*() {
      const c = yield* seeded
      const r = yield* c.call("GET", "/connections")
      expect(names(r.body)).toEqual(["1moreTime", "Conn1", "conn2", "Conn3000", "email"])
      expect((r.body as Array<any>)[0].enabled_clients).toEqual([])
    }))

  it.effect("include_totals → {total,start,limit,connections}", () =>
    Effect.gen(function*() {
      const c = yield* seeded
      const r = yield* c.call("GET", "/connections", { query: [["include_totals", "true"], ["per_page", "2"], ["page", "1"]] })
      expect(Object.keys(r.body as object)).toEqual(["total", "start", "limit", "connections"])
      expect(r.body).toMatchObject({ total: 5, start: 2, limit: 2 })
      expect(names((r.body as any).connections)).toEqual(["conn2", "Conn3000"])
    }))

  it.effect("take/from wins over offset params; next omitted on the last page", () =>
    Effect.gen(function*() {
      const c = yield* seeded
      const first = (yield* c.call("GET", "/connections", { query: [["include_totals", "true"], ["per_page", "50"], ["take", "3"]] })).body as any
      expect(Object.keys(first)).toEqual(["connections", "next"])
      expect(names(first.connections)).toEqual(["1moreTime", "Conn1", "conn2"])
      const second = (yield* c.call("GET", "/connections", { query: [["take", "3"], ["from", first.next]] })).body as any
      expect(names(second.connections)).toEqual(["Conn3000", "email"])
      expect(second).not.toHaveProperty("next")
    }))

  it.effect("take/per_page ≤ 100, bad values, bad cursors → 400 invalid_query_string", () =>
    Effect.gen(function*() {
      const c = yield* seeded
      const q = (query: ReadonlyArray<readonly [string, string]>) => c.call("GET", "/connections", { query })
      expect(yield* q([["take", "101"]])).toEqual(
        bad("Query validation error: 'Value 101 is greater than maximum 100' on property take (Number of results per page. Defaults to 50.).", "invalid_query_string")
      )
      expect(yield* q([["per_page", "101"]])).toEqual(
        bad(
          "Query validation error: 'Value 101 is greater than maximum 100' on property per_page (The amount of entries per page. Defaults to 100 if not provided).",
          "invalid_query_string"
        )
      )
      expect((yield* q([["take", "0"]])).status).toBe(400)
      expect(((yield* q([["take", "ten"]])).body as any).message).toContain("Expected type integer but found type string")
      expect(((yield* q([["include_totals", "yes"]])).body as any).message).toContain("Expected type boolean but found type string")
      expect(((yield* q([["strategy", "nope"]])).body as any).message).toContain("No enum match for: nope")
      expect(yield* q([["from", "garbage!"]])).toEqual(bad("Invalid pagination cursor.", "invalid_query_string"))
      expect(yield* q([["from", Buffer.from("[1,2]").toString("base64url")]])).toEqual(bad("Invalid pagination cursor.", "invalid_query_string"))
    }))

  it.effect("strategy (repeated) and name filters", () =>
    Effect.gen(function*() {
      const c = yield* seeded
      const r = yield* c.call("GET", "/connections", { query: [["strategy", "auth0"], ["strategy", "samlp"]] })
      expect(names(r.body)).toEqual(["1moreTime", "conn2", "Conn3000"])
      expect(names((yield* c.call("GET", "/connections", { query: [["name", "Conn1"]] })).body)).toEqual(["Conn1"])
      expect(names((yield* c.call("GET", "/connections", { query: [["name", "conn1"]] })).body)).toEqual([])
      const page = (yield* c.call("GET", "/connections", { query: [["take", "1"], ["strategy", "auth0"]] })).body as any
      expect(names(page.connections)).toEqual(["1moreTime"])
      const rest = (yield* c.call("GET", "/connections", { query: [["take", "1"], ["strategy", "auth0"], ["from", page.next]] })).body as any
      expect(names(rest.connections)).toEqual(["conn2"])
      expect(rest).not.toHaveProperty("next")
    }))

  it.effect("fields projection keeps id, is_domain_connection, authentication, connected_accounts", () =>
    Effect.gen(function*() {
      const c = yield* seeded
      const list = (yield* c.call("GET", "/connections", { query: [["fields", "id"], ["include_fields", "true"]] })).body as Array<any>
      expect(Object.keys(list[0])).toEqual(["id", "is_domain_connection", "authentication", "connected_accounts"])
      const one = (yield* c.call("GET", "/connections/con_0000000000000001", { query: [["fields", "strategy,name"]] })).body
      expect(Object.keys(one as object)).toEqual(["id", "strategy", "name", "is_domain_connection", "authentication", "connected_accounts"])
      const dropped = (yield* c.call("GET", "/connections/con_0000000000000001", { query: [["fields", "options,realms,id"], ["include_fields", "false"]] }))
        .body as any
      expect(dropped.id).toBe("con_0000000000000001")
      expect(dropped).not.toHaveProperty("options")
      expect(dropped).not.toHaveProperty("realms")
      expect(dropped.name).toBe("conn2")
    }))
})

describe("fact 9: enabled clients", () => {
  it.effect("PATCH 204, mirrored into enabled_clients, GET pages with cursor", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const db = yield* c.create({ name: "db", strategy: "auth0" })
      const path = `/connections/${db.id}/clients`
      const changes = Array.from({ length: 50 }, (_, i) => ({ client_id: `client-${String(i).padStart(2, "0")}`, status: true }))
      expect(yield* c.call("PATCH", path, { body: changes })).toEqual({ status: 204, body: undefined })
      expect(yield* c.call("PATCH", path, { body: [{ client_id: "client-00", status: false }] })).toEqual({ status: 204, body: undefined })
      expect(((yield* c.call("GET", `/connections/${db.id}`)).body as any).enabled_clients).toHaveLength(49)
      const first = (yield* c.call("GET", path, { query: [["take", "40"]] })).body as any
      expect(first.clients).toHaveLength(40)
      expect(first.clients[0]).toEqual({ client_id: "client-01" })
      const second = (yield* c.call("GET", path, { query: [["take", "40"], ["from", first.next]] })).body as any
      expect(second.clients).toHaveLength(9)
      expect(second).not.toHaveProperty("next")
      expect((yield* c.call("GET", path, { query: [["take", "1001"]] })).status).toBe(400)
      expect((yield* c.call("PATCH", path, { body: [...changes, { client_id: "x", status: true }] })).body).toMatchObject({
        message: "Payload validation error: 'Array is too long (51), maximum 50'."
      })
      expect((yield* c.call("PATCH", path, { body: [] })).status).toBe(400)
      expect((yield* c.call("PATCH", path, { body: [{ client_id: "a" }] })).body).toMatchObject({
        message: "Payload validation error: 'Missing required property: status' on property [0]."
      })
    }))
})

describe("fact 10: the error envelope", () => {
  it.effect("unknown routes and methods are 404 Not Found without errorCode", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const notFound = { status: 404, body: { statusCode: 404, error: "Not Found", message: "Not Found" } }
      expect(yield* c.call("GET", "/users")).toEqual(notFound)
      expect(yield* c.call("PUT", "/connections")).toEqual(notFound)
      expect(yield* c.call("GET", "/connections/con_abc/nope")).toEqual(notFound)
    }))

  it.effect("garbage requests never throw", () =>
    Effect.gen(function*() {
      const e = yield* Engine.make()
      const r = yield* e.handle({ method: 42 as never, path: null as never, query: "x" as never, body: undefined, scopes: null as never })
      expect(r.status).toBe(404)
      const r2 = yield* e.handle({ method: "GET", path: "/connections", query: [[1, 2]] as never, body: undefined, scopes: ALL })
      expect(r2.status).toBe(200)
    }))
})

describe("fact 13: sub-resources", () => {
  it.effect("keys: POST 409 when they exist, provisions when none; rotate shifts", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const oidc = yield* c.create({ name: "o", strategy: "oidc" })
      const path = `/connections/${oidc.id}/keys`
      expect((yield* c.call("POST", path)).status).toBe(409)
      const before = (yield* c.call("GET", path)).body as Array<any>
      const rotated = yield* c.call("POST", `${path}/rotate`, { body: { signing_alg: "RS512" } })
      expect(rotated.status).toBe(201)
      // Recorded answer: the new next key's kid and cert only.
      const fresh = rotated.body as any
      expect(Object.keys(fresh).sort()).toEqual(["cert", "kid"])
      const after = (yield* c.call("GET", path)).body as Array<any>
      const byKid = (kid: string) => after.find((k) => k.kid === kid)
      expect(byKid(fresh.kid)).toMatchObject({ algorithm: "RS512", cert: fresh.cert })
      expect(byKid(before.find((k) => k.current).kid)).toMatchObject({ previous: true })
      expect(byKid(before.find((k) => k.current).kid)).not.toHaveProperty("current")
      expect(byKid(before.find((k) => k.next).kid)).toMatchObject({ current: true })
      expect(byKid(fresh.kid)).toMatchObject({ next: true })
      // seeded oidc connections have no keys: POST provisions them
      yield* c.engine.seed({ connections: [{ id: "con_seededoidc0000001", name: "seeded", strategy: "oidc" }] })
      const provisioned = yield* c.call("POST", "/connections/con_seededoidc0000001/keys")
      expect(provisioned.status).toBe(201)
      expect(provisioned.body).toHaveLength(2)
      const db = yield* c.create({ name: "db", strategy: "auth0" })
      expect((yield* c.call("POST", `/connections/${db.id}/keys`)).status).toBe(400)
    }))

  it.effect("SCIM configuration lifecycle", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ tenantDomain: "dev-tenant.eu.auth0.com" })
      const saml = yield* c.create({ name: "saml", strategy: "samlp" })
      const path = `/connections/${saml.id}/scim-configuration`
      expect(yield* c.call("GET", path)).toEqual({ status: 404, body: { statusCode: 404, error: "Not Found", message: "Not Found" } })
      const created = yield* c.call("POST", path, { body: {} })
      expect(created.status).toBe(201)
      const config = created.body as any
      expect(config).toMatchObject({ connection_id: saml.id, connection_name: "saml", strategy: "samlp", tenant_name: "dev-tenant", user_id_attribute: "externalId" })
      expect(config.mapping).toHaveLength(32)
      expect(config.mapping.slice(0, 2)).toEqual([
        { auth0: "preferred_username", scim: "userName" },
        { auth0: "email", scim: "emails[primary eq true].value" }
      ])
      expect(config).toHaveProperty("updated_on")
      expect(config).not.toHaveProperty("updated_at")
      expect((yield* c.call("POST", path, { body: {} })).status).toBe(409)
      expect(yield* c.call("PATCH", path, { body: { mapping: [] } })).toEqual(
        bad("Payload validation error: 'Missing required property: user_id_attribute'.")
      )
      const updated = yield* c.call("PATCH", path, { body: { user_id_attribute: "userName", mapping: [{ auth0: "email", scim: "userName" }] } })
      expect(updated.status).toBe(200)
      expect((updated.body as any).mapping).toEqual([{ auth0: "email", scim: "userName" }])
      expect(((yield* c.call("GET", `${path}/default-mapping`)).body as any).mapping).toHaveLength(32)
      expect(yield* c.call("DELETE", path)).toEqual({ status: 204, body: undefined })
      expect(yield* c.call("DELETE", path)).toEqual({ status: 204, body: undefined })
      expect((yield* c.call("GET", path)).status).toBe(404)
    }))

  it.effect("SCIM on an unsupported strategy: 404 with Auth0's message", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const db = yield* c.create({ name: "db", strategy: "auth0" })
      expect(yield* c.call("POST", `/connections/${db.id}/scim-configuration`, { body: {} })).toEqual({
        status: 404,
        body: {
          statusCode: 404,
          error: "Not Found",
          message:
            "This connection type does not support SCIM. Please see our documentation for the currently supported connection types: https://auth0.com/docs/authenticate/protocols/scim/configure-inbound-scim."
        }
      })
    }))

  it.effect("SCIM tokens: token only on create, max 2 → 409, delete", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ ids: "sequential" })
      const okta = yield* c.create({ name: "okta", strategy: "okta" })
      const path = `/connections/${okta.id}/scim-configuration`
      expect((yield* c.call("POST", `${path}/tokens`, { body: {} })).status).toBe(404) // no configuration yet
      yield* c.call("POST", path)
      const t1 = yield* c.call("POST", `${path}/tokens`, { body: { scopes: ["get:users", "post:users"], token_lifetime: 3600 } })
      expect(t1.status).toBe(201)
      expect(t1.body).toMatchObject({ token_id: "tok_0000000000000001", scopes: ["get:users", "post:users"], created_at: "1970-01-01T00:00:00.000Z", valid_until: "1970-01-01T01:00:00.000Z" })
      expect(typeof (t1.body as any).token).toBe("string")
      expect((yield* c.call("POST", `${path}/tokens`, { body: { token_lifetime: 899 } })).body).toMatchObject({
        message: "Payload validation error: 'Value 899 is less than minimum 900' on property token_lifetime (Lifetime of the token in seconds. Must be greater than 900).",
        errorCode: "invalid_body"
      })
      // 900 itself is accepted: the schema's `minimum` is inclusive (only its prose says "greater than").
      const t2 = yield* c.call("POST", `${path}/tokens`, { body: { token_lifetime: 900 } })
      expect(t2.status).toBe(201)
      expect(t2.body).toMatchObject({ valid_until: "1970-01-01T00:15:00.000Z" })
      expect(yield* c.call("POST", `${path}/tokens`, { body: {} })).toEqual({
        status: 409,
        body: { statusCode: 409, error: "Conflict", message: "Maximum of 2 tokens already issued for this connection" }
      })
      const listed = (yield* c.call("GET", `${path}/tokens`)).body as Array<any>
      expect(listed).toHaveLength(2)
      for (const token of listed) expect(token).not.toHaveProperty("token")
      expect(JSON.stringify(yield* c.engine.snapshot)).not.toContain((t1.body as any).token)
      expect(yield* c.call("DELETE", `${path}/tokens/tok_0000000000000001`)).toEqual({ status: 204, body: undefined })
      expect((yield* c.call("DELETE", `${path}/tokens/tok_0000000000000001`)).status).toBe(404)
      expect((yield* c.call("DELETE", `${path}/tokens/bad`)).body).toMatchObject({ errorCode: "invalid_uri" })
    }))

  it.effect("status 200 for AD connectors, 404 otherwise; users-by-email only on database connections", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const ad = yield* c.create({ name: "ad", strategy: "ad" })
      expect(yield* c.call("GET", `/connections/${ad.id}/status`)).toEqual({ status: 200, body: undefined })
      const db = yield* c.create({ name: "db", strategy: "auth0" })
      const status = yield* c.call("GET", `/connections/${db.id}/status`)
      expect(status.status).toBe(404)
      expect(status.body).not.toHaveProperty("errorCode")
      expect(yield* c.call("DELETE", `/connections/${ad.id}/users`, { query: [["email", "a@b.co"]] })).toEqual(
        bad("Connection must be a database connection", "operation_not_supported")
      )
      expect(((yield* c.call("DELETE", `/connections/${db.id}/users`)).body as any).message).toBe(
        "Query validation error: 'Missing required property: email'."
      )
      expect(((yield* c.call("DELETE", `/connections/${db.id}/users`, { query: [["email", "nope"]] })).body as any).message).toContain(
        "Object didn't pass validation for format email: nope"
      )
    }))
})

describe("seed, reset, clients", () => {
  it.effect("seed keeps given ids, fills basics, rejects duplicates atomically; reset empties", () =>
    Effect.gen(function*() {
      const e = yield* Engine.make({ seed: { clients: [{ client_id: "app1", client_secret: "s" }] }, defaultClientSecret: "dflt" })
      expect(yield* e.clients).toEqual([
        { client_id: Engine.DEFAULT_CLIENT_ID, client_secret: "dflt", name: "Default App" },
        { client_id: "app1", client_secret: "s" }
      ])
      yield* e.seed({ connections: [{ id: "con_given000000000001", name: "given", strategy: "auth0", options: { configuration: { k: "plain" } } }] })
      const error = yield* Effect.flip(e.seed({ connections: [{ name: "fresh", strategy: "auth0" }, { name: "GIVEN", strategy: "auth0" }] }))
      expect(error._tag).toBe("SeedError")
      expect(error.message).toContain("GIVEN")
      const snapshot = yield* e.snapshot
      expect(snapshot.connections.map((c) => c.name)).toEqual(["given"])
      expect(snapshot.connections[0]).toMatchObject({ id: "con_given000000000001", realms: ["given"], enabled_clients: [], is_domain_connection: false })
      expect(JSON.stringify(snapshot)).not.toContain("plain")
      yield* e.seed({ clients: [{ client_id: "app2" }] })
      yield* e.reset
      expect((yield* e.snapshot).connections).toEqual([])
      expect((yield* e.clients).map((c) => c.client_id)).toEqual([Engine.DEFAULT_CLIENT_ID, "app1"])
    }))
})
