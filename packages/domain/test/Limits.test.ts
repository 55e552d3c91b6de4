/**
 * Every documented limit, checked on both sides of its boundary.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either, Redacted, Schema } from "effect"
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as ConnectionOptions from "@effect-auth0/domain/ConnectionOptions"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as DirectoryProvisioning from "@effect-auth0/domain/DirectoryProvisioning"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import * as Identifiers from "@effect-auth0/domain/Identifiers"
import * as Metadata from "@effect-auth0/domain/Metadata"
import * as Scim from "@effect-auth0/domain/Scim"
import * as Strategy from "@effect-auth0/domain/Strategy"
import * as Validation from "@effect-auth0/domain/Validation"

const ok = <A, I>(schema: Schema.Schema<A, I, never>, input: unknown) =>
  expect(Either.isRight(Schema.decodeUnknownEither(schema, Validation.strictOptions)(input)), JSON.stringify(input)).toBe(true)

/** The issues of a rejected input, as `path: message` lines. */
const problems = <A, I>(schema: Schema.Schema<A, I, never>, input: unknown): ReadonlyArray<string> => {
  const result = Validation.decode(schema)(input)
  expect(Either.isLeft(result), `expected ${JSON.stringify(input)?.slice(0, 80)} to be rejected`).toBe(true)
  return Either.isLeft(result) ? result.left.map(Validation.formatIssue) : []
}

const keys = (n: number, value: string | null = "v") => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, value]))

describe("ConnectionName", () => {
  it("accepts 128 characters and rejects 129", () => {
    ok(Identifiers.ConnectionName, "a".repeat(128))
    expect(problems(Identifiers.ConnectionName, "a".repeat(129))).toEqual(["(root): must be at most 128 characters (got 129)"])
  })

  it.each(["a", "a-b", "a1b2", "A-1-b", "0", "Z9", "x-y-z-1"])("accepts %j", (name) => {
    ok(Identifiers.ConnectionName, name)
  })

  it.each(["-a", "a-", "a--b", "a_b", "a b", "é", "a.b"])("rejects %j with the pattern rule", (name) => {
    expect(problems(Identifiers.ConnectionName, name)).toEqual([
      "(root): must start and end with a letter or digit and contain only letters, digits and single hyphens (pattern ^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$)"
    ])
  })

  it("rejects the empty name", () => {
    expect(problems(Identifiers.ConnectionName, "")).toEqual(["(root): must not be empty"])
  })

  it("agrees with the exported pattern", () => {
    expect(Identifiers.CONNECTION_NAME_PATTERN.source).toBe("^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$")
  })
})

describe("DisplayName", () => {
  it("accepts 128 characters and rejects 129", () => {
    ok(Identifiers.DisplayName, "d".repeat(128))
    ok(Identifiers.DisplayName, "Any text, spaces – and ünïcode")
    expect(problems(Identifiers.DisplayName, "d".repeat(129))).toEqual(["(root): must be at most 128 characters (got 129)"])
  })
})

describe("other identifiers", () => {
  it("ConnectionId is con_ and alphanumerics", () => {
    ok(Identifiers.ConnectionId, "con_dqoO3J23QCEvZ85b")
    expect(problems(Identifiers.ConnectionId, "con_")).toEqual(["(root): must be `con_` followed by letters and digits"])
    expect(problems(Identifiers.ConnectionId, "cxn_dqoO3J23QCEvZ85b")).toEqual(["(root): must be `con_` followed by letters and digits"])
    expect(problems(Identifiers.ConnectionId, "con_a/b")).toEqual(["(root): must be `con_` followed by letters and digits"])
  })

  it("ScimTokenId is tok_ and alphanumerics", () => {
    ok(Identifiers.ScimTokenId, "tok_2ZlWsBmh1XwZBhTf")
    expect(problems(Identifiers.ScimTokenId, "con_2ZlWsBmh1XwZBhTf")).toEqual(["(root): must be `tok_` followed by letters and digits"])
    ok(Identifiers.ScimTokenId, `tok_${"a".repeat(Identifiers.SCIM_TOKEN_ID_MAX_LENGTH - 4)}`)
    expect(problems(Identifiers.ScimTokenId, `tok_${"a".repeat(Identifiers.SCIM_TOKEN_ID_MAX_LENGTH - 3)}`)).toEqual(["(root): must be at most 64 characters"])
  })

  it("ClientId, Realm and Cursor are non-empty and bounded", () => {
    ok(Identifiers.ClientId, "c".repeat(1000))
    expect(problems(Identifiers.ClientId, "c".repeat(1001))).toEqual(["(root): must be at most 1000 characters (got 1001)"])
    // Auth0's schema has no pattern for client ids: one with a space is not refused (it names no client).
    ok(Identifiers.ClientId, "a b")
    ok(EnabledClients.UpdateEnabledClients, [{ client_id: "a b", status: true }])
    ok(Identifiers.DisplayName, "\u{1F600}".repeat(128))
    expect(problems(Identifiers.DisplayName, "\u{1F600}".repeat(129))).toEqual(["(root): must be at most 128 characters (got 129)"])
    ok(Identifiers.Realm, "r".repeat(255))
    expect(problems(Identifiers.Realm, "r".repeat(256))).toEqual(["(root): must be at most 255 characters (got 256)"])
    expect(problems(Identifiers.Realm, "")).toEqual(["(root): must not be empty"])
    ok(Identifiers.Cursor, "n".repeat(1000))
    expect(problems(Identifiers.Cursor, "n".repeat(1001))).toEqual(["(root): must be at most 1000 characters (got 1001)"])
    expect(problems(Identifiers.Cursor, "")).toEqual(["(root): must not be empty"])
  })

  it("UserEmail is an address of at most 512 characters, blank named as such", () => {
    const max = Identifiers.USER_EMAIL_MAX_LENGTH
    expect(max).toBe(512)
    ok(Identifiers.UserEmail, `${"a".repeat(max - 12)}@example.com`)
    expect(problems(Identifiers.UserEmail, `${"a".repeat(max - 11)}@example.com`)).toEqual([`(root): must be at most ${max} characters (got ${max + 1})`])
    expect(problems(Identifiers.UserEmail, "someone")).toEqual(["(root): must be an email address"])
    expect(problems(Identifiers.UserEmail, "  ")).toEqual(["(root): must not be empty"])
  })
})

describe("metadata", () => {
  it("accepts 10 keys and rejects 11", () => {
    ok(Metadata.Metadata, keys(10))
    ok(Metadata.MetadataWrite, keys(10))
    expect(problems(Metadata.Metadata, keys(11))).toEqual(["(root): must have at most 10 keys (got 11)"])
    expect(problems(Metadata.MetadataWrite, keys(11))).toEqual(["(root): must have at most 10 keys (got 11)"])
    expect(Metadata.MAX_METADATA_KEYS).toBe(10)
  })

  it("accepts a 255-character value and rejects 256", () => {
    ok(Metadata.Metadata, { a: "x".repeat(255) })
    expect(problems(Metadata.Metadata, { a: "x".repeat(256) })).toEqual(["a: must be at most 255 characters (got 256)"])
    expect(problems(Metadata.MetadataWrite, { a: "x".repeat(256) })).toEqual(["a: must be at most 255 characters (got 256)"])
    ok(Metadata.MetadataValue, "x".repeat(255))
    expect(problems(Metadata.MetadataValue, "x".repeat(256))).toEqual(["(root): must be at most 255 characters (got 256)"])
  })

  it("reports too many keys and a too long value together", () => {
    expect(problems(Metadata.Metadata, { ...keys(11), k3: "x".repeat(256) })).toEqual([
      "(root): must have at most 10 keys (got 11)",
      "k3: must be at most 255 characters (got 256)"
    ])
  })

  it("accepts an empty key, as Auth0's schema does (it constrains only the count and the values)", () => {
    ok(Metadata.Metadata, { "": "v" })
    ok(Metadata.MetadataWrite, { "": null })
    ok(Metadata.MetadataKey, "")
    ok(ConnectionRequest.UpdateConnection, { metadata: { "": "v" } })
    expect(Either.isRight(Validation.decodeCreateConnection({ name: "a", strategy: "auth0", metadata: { "": "v" } }))).toBe(true)
  })

  it("counts a value's length in code points, as Auth0 does: 255 emoji pass, 256 fail", () => {
    const emoji = (n: number) => "\u{1F600}".repeat(n)
    ok(Metadata.Metadata, { a: emoji(255) })
    ok(Metadata.MetadataWrite, { a: emoji(255) })
    ok(Metadata.MetadataValue, emoji(255))
    expect(problems(Metadata.MetadataWrite, { a: emoji(256) })).toEqual(["a: must be at most 255 characters (got 256)"])
    expect(problems(Metadata.MetadataValue, emoji(256))).toEqual(["(root): must be at most 255 characters (got 256)"])
    // An encoded value is checked the same way (the filter runs on encode too).
    expect(Either.isRight(Validation.encode(Metadata.MetadataWrite)({ a: emoji(255) }))).toBe(true)
    expect(Either.isLeft(Validation.encode(Metadata.MetadataWrite)({ a: emoji(256) }))).toBe(true)
  })

  it("allows null values in create and update bodies, not in the response Metadata", () => {
    ok(Metadata.MetadataWrite, { a: null, b: "x" })
    ok(ConnectionRequest.CreateConnection, { name: "a", strategy: "auth0", metadata: { a: null } })
    expect(Validation.decodeCreateConnection({ name: "a", strategy: "auth0", metadata: { a: null } })).toEqual(
      Either.right({ name: "a", strategy: "auth0", metadata: { a: null } })
    )
    ok(ConnectionRequest.UpdateConnection, { metadata: { a: null } })
    expect(problems(Metadata.Metadata, { a: null })).toEqual(["a: Expected string, actual null"])
  })
})

describe("list parameters", () => {
  it("take: 100 ok, 101 and 0 rejected", () => {
    ok(ConnectionList.CheckpointListParams, { take: 100 })
    ok(ConnectionList.CheckpointListParams, { take: 1 })
    expect(problems(ConnectionList.CheckpointListParams, { take: 101 })).toEqual(["take: must be an integer from 1 to 100 (got 101)"])
    expect(problems(ConnectionList.CheckpointListParams, { take: 0 })).toEqual(["take: must be an integer from 1 to 100 (got 0)"])
  })

  it("per_page: 100 ok, 101 and 0 rejected; page from 0", () => {
    ok(ConnectionList.OffsetListParams, { per_page: 100, page: 0, include_totals: true })
    expect(problems(ConnectionList.OffsetListParams, { per_page: 101 })).toEqual(["per_page: must be an integer from 1 to 100 (got 101)"])
    expect(problems(ConnectionList.OffsetListParams, { per_page: 0 })).toEqual(["per_page: must be an integer from 1 to 100 (got 0)"])
    expect(problems(ConnectionList.OffsetListParams, { page: -1 })).toEqual(["page: must be an integer ≥ 0"])
    expect(problems(ConnectionList.OffsetListParams, { per_page: 1.5 })).toEqual(["per_page: Expected an integer, actual 1.5"])
  })

  it("strategy filter takes list strategies", () => {
    ok(ConnectionList.CheckpointListParams, { strategy: ["auth0", "auth0-adldap"], from: "abc" })
    expect(problems(ConnectionList.CheckpointListParams, { strategy: ["auth0", "nope"] })).toEqual([
      `strategy[1]: must be one of the 63 Auth0 connection strategies (got "nope")`
    ])
  })
})

describe("enabled clients", () => {
  const changes = (n: number) => Array.from({ length: n }, (_, i) => ({ client_id: `client${i}`, status: i % 2 === 0 }))

  it("take: 1000 ok, 1001 and 0 rejected", () => {
    ok(EnabledClients.EnabledClientsParams, { take: 1000 })
    expect(problems(EnabledClients.EnabledClientsParams, { take: 1001 })).toEqual(["take: must be an integer from 1 to 1000 (got 1001)"])
    expect(problems(EnabledClients.EnabledClientsParams, { take: 0 })).toEqual(["take: must be an integer from 1 to 1000 (got 0)"])
  })

  it("UpdateEnabledClients: 1 and 50 changes ok, 51 and 0 rejected", () => {
    ok(EnabledClients.UpdateEnabledClients, changes(1))
    ok(EnabledClients.UpdateEnabledClients, changes(50))
    expect(problems(EnabledClients.UpdateEnabledClients, changes(51))).toEqual(["(root): must contain at most 50 changes (got 51)"])
    expect(problems(EnabledClients.UpdateEnabledClients, [])).toEqual(["(root): must contain at least 1 change"])
    expect(EnabledClients.MAX_CLIENTS_PER_PATCH).toBe(50)
  })

  it("a change needs client_id and status and nothing else", () => {
    expect(problems(EnabledClients.UpdateEnabledClients, [{ client_id: "a" }])).toEqual(["[0].status: is missing"])
    expect(problems(EnabledClients.UpdateEnabledClients, [{ client_id: "a", status: true, extra: 1 }])).toEqual([
      `[0].extra: is unexpected, expected: "client_id" | "status"`
    ])
  })
})

describe("auth0 options", () => {
  const create = (options: Record<string, unknown>) => Validation.decodeCreateConnection({ name: "db", strategy: "auth0", options })

  it("validation.username: min at least 1, max at most 128, as Auth0's schema", () => {
    expect(Either.isRight(create({ validation: { username: { min: 1, max: 128 } } }))).toBe(true)
    expect(Either.getLeft(create({ validation: { username: { min: 0, max: 129 } } })).pipe((o) => o._tag === "Some" ? o.value.map(Validation.formatIssue) : [])).toEqual([
      "options.validation.username.min: must be at least 1",
      "options.validation.username.max: must be at most 128"
    ])
  })

  const issues = (strategy: string, options: Record<string, unknown>) =>
    Either.getLeft(Validation.decodeCreateConnection({ name: "db", strategy, options })).pipe((o) =>
      o._tag === "Some" ? o.value.map(Validation.formatIssue) : []
    )

  it("password_complexity_options.min_length: 1 to 128", () => {
    expect(ConnectionOptions.PASSWORD_COMPLEXITY_MIN_LENGTH_FLOOR).toBe(1)
    expect(ConnectionOptions.PASSWORD_COMPLEXITY_MIN_LENGTH_CEILING).toBe(128)
    expect(Either.isRight(create({ password_complexity_options: { min_length: 1 } }))).toBe(true)
    expect(Either.isRight(create({ password_complexity_options: { min_length: 128 } }))).toBe(true)
    expect(issues("auth0", { password_complexity_options: { min_length: 0 } })).toEqual([
      "options.password_complexity_options.min_length: must be at least 1"
    ])
    expect(issues("auth0", { password_complexity_options: { min_length: 129 } })).toEqual([
      "options.password_complexity_options.min_length: must be at most 128"
    ])
  })

  it("a written validation takes no key Auth0 refuses (validation.requires_username was a 400)", () => {
    expect(issues("auth0", { validation: { requires_username: true } })).toEqual([
      "options.validation.requires_username: is unexpected, expected: \"username\""
    ])
    expect(issues("auth0", { validation: { username: { min: 1, max: 5, x: 1 } } })).toEqual([
      "options.validation.username.x: is unexpected, expected: \"min\" | \"max\""
    ])
  })

  it("validation and password_complexity_options are checked whatever the strategy, as by Auth0", () => {
    expect(issues("github", { validation: { username: { min: 0, max: 5 } } })).toEqual(["options.validation.username.min: must be at least 1"])
    expect(issues("samlp", { password_complexity_options: { min_length: 0 } })).toEqual([
      "options.password_complexity_options.min_length: must be at least 1"
    ])
    expect(problems(ConnectionRequest.UpdateConnection, { options: { validation: { requires_username: true } } })).toEqual([
      "options.validation.requires_username: is unexpected, expected: \"username\""
    ])
  })

  it("every generic key Auth0 types is checked on every strategy's create and on PATCH", () => {
    const patch = (options: Record<string, unknown>) => problems(ConnectionRequest.UpdateConnection, { options })
    for (const key of ConnectionOptions.BOOLEAN_OPTION_KEYS) {
      expect(issues("github", { [key]: "yes" })).toEqual([`options.${key}: Expected boolean, actual "yes"`])
      expect(patch({ [key]: "yes" })).toEqual([`options.${key}: Expected boolean, actual "yes"`])
    }
    for (const key of ConnectionOptions.OBJECT_OPTION_KEYS) {
      expect(issues("samlp", { [key]: [] }).length, key).toBeGreaterThan(0)
      expect(patch({ [key]: "x" }).length, key).toBeGreaterThan(0)
      expect(Either.isRight(Validation.decode(ConnectionRequest.UpdateConnection)({ options: { [key]: null } })), key).toBe(true)
    }
    expect(issues("github", { precedence: ["email", "username"] })).toEqual(["options.precedence: must have exactly 3 items"])
    expect(patch({ precedence: ["email", "email", "username"] })).toEqual(["options.precedence: must not repeat an item"])
    expect(issues("samlp", { attributes: {} })).toEqual(["options.attributes: must have at least 1 key"])
    expect(patch({ attributes: { email: {}, nickname: {} } })).toEqual([
      "options.attributes.nickname: is unexpected, expected: \"email\" | \"phone_number\" | \"username\""
    ])
    expect(issues("github", { passwordPolicy: "strong" }).length).toBeGreaterThan(0)
    expect(patch({ set_user_root_attributes: "sometimes" }).length).toBeGreaterThan(0)
    expect(patch({ customScripts: { login: "" } }).length).toBeGreaterThan(0)
    expect(patch({ configuration: { k: 1 } }).length).toBeGreaterThan(0)
    expect(patch({ non_persistent_attrs: Array.from({ length: 97 }, (_, i) => `f${i}`) })).toEqual([
      "options.non_persistent_attrs: must have at most 96 items"
    ])
    expect(ConnectionOptions.PRECEDENCE_LENGTH).toBe(ConnectionOptions.IdentifierAttribute.literals.length)
  })

  it("a database create with secret configuration values encodes (the rules accept a Redacted value)", () => {
    const body = { name: "db", strategy: "auth0" as const, options: { configuration: { k: Redacted.make("s") } } }
    expect(Either.isRight(Validation.encode(ConnectionRequest.CreateConnection)(body as unknown as ConnectionRequest.CreateConnection))).toBe(true)
  })

  it("responses decode values writes refuse", () => {
    const options = { precedence: ["email"], attributes: null, mfa: "x", passwordPolicy: "strong", brute_force_protection: "yes" }
    expect(Either.isRight(Schema.decodeUnknownEither(Connection.Connection)({ id: "con_a", name: "g", strategy: "github", options }))).toBe(true)
    const database = { id: "con_a", name: "db", strategy: "auth0", options: { attributes: null, precedence: ["email", "email"] } }
    expect(Either.isRight(Schema.decodeUnknownEither(Connection.Connection)(database))).toBe(true)
  })

  it("a response with unknown keys inside validation still decodes", () => {
    const response = { id: "con_a", name: "db", strategy: "auth0", options: { validation: { username: { min: 1, max: 5, x: 1 }, y: 2 } } }
    expect(Either.isRight(Schema.decodeUnknownEither(Connection.Connection)(response))).toBe(true)
  })

  it("option string lengths count code points (an icon_url of 255 with emoji passes)", () => {
    expect(Either.isRight(create({ icon_url: `https://${"\u{1F600}".repeat(247)}` }))).toBe(true)
    expect(Either.isLeft(create({ icon_url: `https://${"\u{1F600}".repeat(248)}` }))).toBe(true)
  })
})

describe("values Auth0 accepts come back decodable", () => {
  const stored = (strategy: string, options: Record<string, unknown>) => ({
    id: "con_abc123", name: "db", strategy, options, enabled_clients: [], realms: ["db"], is_domain_connection: false
  })

  it("every object-or-null option set to null decodes, for every strategy (Auth0 accepts null for each of them)", () => {
    for (const strategy of Strategy.STRATEGIES) {
      for (const key of ConnectionOptions.OBJECT_OPTION_KEYS) ok(Connection.Connection, stored(strategy, { [key]: null }))
    }
  })

  it("auth0: a null configuration value decodes and can be written (Auth0's schema takes string or null)", () => {
    ok(Connection.Connection, stored("auth0", { configuration: { API_KEY: null } }))
    expect(Either.isRight(Validation.decodeCreateConnection({ name: "db", strategy: "auth0", options: { configuration: { API_KEY: null }, mfa: null } }))).toBe(true)
  })
})

describe("SCIM tokens", () => {
  it("token_lifetime: 899 rejected, 900 ok (Auth0's schema says minimum 900), null ok", () => {
    expect(problems(Scim.CreateScimToken, { token_lifetime: 899 })).toEqual(["token_lifetime: must be at least 900 seconds (got 899)"])
    ok(Scim.CreateScimToken, { token_lifetime: Scim.SCIM_TOKEN_MIN_LIFETIME })
    expect(Either.isRight(Validation.encode(Scim.CreateScimToken)({ token_lifetime: 900 }))).toBe(true)
    ok(Scim.CreateScimToken, { token_lifetime: 901 })
    ok(Scim.CreateScimToken, { token_lifetime: null })
    ok(Scim.CreateScimToken, {})
  })

  it("scopes need at least one item", () => {
    ok(Scim.CreateScimToken, { scopes: ["get:users"] })
    expect(problems(Scim.CreateScimToken, { scopes: [] })).toEqual(["scopes: must contain at least 1 scope"])
  })

  it("scopes are known and distinct", () => {
    ok(Scim.CreateScimToken, { scopes: [...Scim.SCIM_SCOPES] })
    expect(problems(Scim.CreateScimToken, { scopes: ["get:users", "get:users"] })).toEqual(["scopes: must not repeat a scope"])
    expect(problems(Scim.CreateScimToken, { scopes: ["read:users"] })[0]).toMatch(/^scopes\[0\]: Expected "get:users" \| /)
  })

  it("PATCH scim-configuration needs both fields", () => {
    ok(Scim.UpdateScimConfiguration, { user_id_attribute: "externalId", mapping: [] })
    expect(problems(Scim.UpdateScimConfiguration, { mapping: [] })).toEqual(["user_id_attribute: is missing"])
    ok(Scim.CreateScimConfiguration, {})
  })

  it("mapping fields and user_id_attribute are at most 255 code points; a mapping item has no other keys", () => {
    const long = (n: number) => "\u{1F600}".repeat(n)
    ok(Scim.UpdateScimConfiguration, { user_id_attribute: long(255), mapping: [{ auth0: long(255), scim: long(255) }] })
    expect(problems(Scim.UpdateScimConfiguration, { user_id_attribute: long(256), mapping: [{ auth0: long(256) }] })).toEqual([
      "user_id_attribute: must be at most 255 characters (got 256)",
      "mapping[0].auth0: must be at most 255 characters (got 256)"
    ])
    expect(problems(Scim.CreateScimConfiguration, { mapping: [{ auth0: "a", scim: "b", other: 1 }] })).toEqual([
      `mapping[0].other: is unexpected, expected: "auth0" | "scim"`
    ])
    // A configuration Auth0 returns stays open: its mapping items may carry keys this version does not know.
    ok(Scim.ScimConfiguration, { connection_id: "con_1", mapping: [{ auth0: "a", scim: "b", other: 1 }] })
  })
})

describe("directory provisioning", () => {
  const mapping = [{ auth0: "email", idp: "primaryEmail" }]

  it("mapping needs at least one item of {auth0, idp}, both non-empty", () => {
    ok(DirectoryProvisioning.CreateDirectoryProvisioning, { mapping })
    ok(DirectoryProvisioning.CreateDirectoryProvisioning, {})
    expect(problems(DirectoryProvisioning.CreateDirectoryProvisioning, { mapping: [] })).toEqual(["mapping: must contain at least 1 mapping"])
    expect(problems(DirectoryProvisioning.UpdateDirectoryProvisioning, { mapping: [{ auth0: "", idp: "x" }] })).toEqual([
      "mapping[0].auth0: auth0 must not be empty"
    ])
    expect(problems(DirectoryProvisioning.UpdateDirectoryProvisioning, { mapping: [{ auth0: "email" }] })).toEqual(["mapping[0].idp: is missing"])
  })

  it("synchronize_groups is all, off or selected; the body is closed", () => {
    for (const value of ["all", "off", "selected"]) ok(DirectoryProvisioning.UpdateDirectoryProvisioning, { synchronize_groups: value })
    expect(problems(DirectoryProvisioning.UpdateDirectoryProvisioning, { synchronize_groups: "some" })).toEqual([
      `synchronize_groups: Expected "all" | "off" | "selected", actual "some"`
    ])
    expect(problems(DirectoryProvisioning.CreateDirectoryProvisioning, { synchronize_automatically: true, extra: 1 })).toEqual([
      `extra: is unexpected, expected: "mapping" | "synchronize_automatically" | "synchronize_groups"`
    ])
  })

  it("keeps unknown fields of a configuration, and decodes Auth0's recorded create answer", () => {
    const recorded = {
      connection_id: "con_8d2mKq1XwR4pT7vZ",
      connection_name: "google-workspace",
      strategy: "google-apps",
      mapping,
      synchronize_automatically: false,
      synchronize_groups: "off",
      created_at: "2026-08-01T10:00:00.000Z",
      updated_at: "2026-08-01T10:00:00.000Z",
      future_field: { a: 1 }
    }
    const decoded = Schema.decodeUnknownSync(DirectoryProvisioning.DirectoryProvisioning)(recorded)
    expect(Schema.encodeSync(DirectoryProvisioning.DirectoryProvisioning)(decoded)).toEqual(recorded)
  })

  it("group ids are non-empty and the tenant-wide pages carry next", () => {
    ok(DirectoryProvisioning.SynchronizedGroups, { groups: [{ id: "g1" }] })
    expect(problems(DirectoryProvisioning.SynchronizedGroups, { groups: [{ id: "" }] })).toEqual(["groups[0].id: must not be empty"])
    ok(DirectoryProvisioning.SynchronizedGroupsPage, { groups: [], next: "abc" })
    ok(DirectoryProvisioning.DirectoryProvisioningsPage, { directory_provisionings: [] })
    ok(Scim.ScimConfigurationsPage, { scim_configurations: [{ connection_id: "con_1" }], next: "n" })
    ok(ConnectionList.CheckpointParams, { take: 100 })
    expect(problems(ConnectionList.CheckpointParams, { take: 101 })).toEqual(["take: must be an integer from 1 to 100 (got 101)"])
  })
})

describe("UpdateConnection", () => {
  it("rejects the empty body", () => {
    expect(problems(ConnectionRequest.UpdateConnection, {})).toEqual(["(root): must set at least one property"])
  })

  it("rejects name and strategy with onExcessProperty error", () => {
    expect(problems(ConnectionRequest.UpdateConnection, { name: "new-name", strategy: "auth0", display_name: "x" }).map((p) => p.split(":")[0])).toEqual([
      "name",
      "strategy"
    ])
    expect(problems(ConnectionRequest.UpdateConnection, { name: "new-name" })[0]).toMatch(/^name: is unexpected, expected: "display_name" \| "options"/)
    expect(Validation.strictOptions).toEqual({ errors: "all", onExcessProperty: "error" })
  })

  it("under the default options drops name, so a body with only a name is empty", () => {
    const decode = Schema.decodeUnknownEither(ConnectionRequest.UpdateConnection)
    expect(decode({ name: "new-name", display_name: "x" })).toEqual(Either.right({ display_name: "x" }))
    expect(Either.isLeft(decode({ name: "new-name" }))).toBe(true)
  })

  it("takes a single property, null options and null enabled_clients", () => {
    ok(ConnectionRequest.UpdateConnection, { display_name: "d".repeat(128) })
    ok(ConnectionRequest.UpdateConnection, { options: null })
    ok(ConnectionRequest.UpdateConnection, { enabled_clients: null })
    ok(ConnectionRequest.UpdateConnection, { options: { anything: { goes: [1, "two"] } } })
    expect(problems(ConnectionRequest.UpdateConnection, { display_name: "d".repeat(129) })).toEqual([
      "display_name: must be at most 128 characters (got 129)"
    ])
  })
})
