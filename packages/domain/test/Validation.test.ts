/**
 * Validation messages a person can act on: every problem at once, each with its path and the rule broken.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import * as ConnectionOptions from "@effect-auth0/domain/ConnectionOptions"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import type * as Identifiers from "@effect-auth0/domain/Identifiers"
import * as Validation from "@effect-auth0/domain/Validation"

const NAME_RULE =
  "must start and end with a letter or digit and contain only letters, digits and single hyphens (pattern ^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$)"

const lines = (result: Either.Either<unknown, ReadonlyArray<Validation.Issue>>): ReadonlyArray<string> => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? result.left.map(Validation.formatIssue) : []
}

const elevenKeys = () => {
  const metadata: Record<string, string> = {}
  for (let i = 0; i < 11; i++) metadata[`k${i}`] = "v"
  metadata["k3"] = "x".repeat(256)
  return metadata
}

describe("Validation.decodeCreateConnection", () => {
  it("reports every problem of a body with several, each with its path and rule", () => {
    const body = {
      name: "-bad name-",
      strategy: "samlp",
      display_name: "d".repeat(129),
      metadata: elevenKeys(),
      enabled_clients: ["ok", ""],
      realms: ["example.com", ""],
      colour: "blue",
      options: { signInEndpoint: 5, signatureAlgorithm: "md5", upstream_params: { screen_name: { alias: "nope" } } }
    }
    const found = lines(Validation.decodeCreateConnection(body))
    expect(found[0]).toMatch(/^colour: is unexpected, expected: "name" \| "display_name" \| /)
    expect(found.slice(1)).toEqual([
      `name: ${NAME_RULE}`,
      "display_name: must be at most 128 characters (got 129)",
      "enabled_clients[1]: must not be empty",
      "realms[1]: must not be empty",
      "metadata: must have at most 10 keys (got 11)",
      "metadata.k3: must be at most 255 characters (got 256)",
      `options.upstream_params.screen_name: must be {"alias": one of "acr_values", "audience", "client_id", "display", "id_token_hint", "login_hint", "max_age", "prompt", "resource", "response_mode", "response_type", "ui_locales"} or {"value": a string}`,
      "options.signInEndpoint: Expected string, actual 5",
      `options.signatureAlgorithm: Expected "rsa-sha1" | "rsa-sha256", actual "md5"`
    ])
  })

  it("reports options problems of the body's strategy with their paths", () => {
    expect(lines(Validation.decodeCreateConnection({
      name: "acme-saml",
      strategy: "samlp",
      options: { signInEndpoint: "https://" + "x".repeat(2050), metadataUrl: "y".repeat(2049), digestAlgorithm: "md5" }
    }))).toEqual([
      "options.signInEndpoint: must be at most 2048 characters (got 2058)",
      "options.digestAlgorithm: Expected \"sha1\" | \"sha256\", actual \"md5\"",
      "options.metadataUrl: must be at most 2048 characters (got 2049)"
    ])
    expect(lines(Validation.decodeCreateConnection({
      name: "db",
      strategy: "auth0",
      options: { passwordPolicy: "strong", password_history: { enable: true, size: 25 }, mfa: { active: "yes" } }
    }))).toEqual([
      `options.passwordPolicy: Expected "none" | "low" | "fair" | "good" | "excellent", actual "strong"`,
      "options.password_history.size: Expected a number between 0 and 24, actual 25",
      "options.mfa.active: Expected boolean, actual \"yes\""
    ])
  })

  it("with an unknown strategy still checks the other fields and the common options", () => {
    expect(lines(Validation.decodeCreateConnection({
      name: "a_b",
      strategy: "brand-new-idp",
      options: { icon_url: "i".repeat(256), set_user_root_attributes: "sometimes" }
    }))).toEqual([
      `name: ${NAME_RULE}`,
      `strategy: must be one of the 62 Auth0 connection strategies (got "brand-new-idp")`,
      "options.set_user_root_attributes: Expected \"on_each_login\" | \"on_first_login\" | \"never_on_login\", actual \"sometimes\"",
      "options.icon_url: must be at most 255 characters (got 256)"
    ])
  })

  it("names missing required fields and rejects what is not an object", () => {
    expect(lines(Validation.decodeCreateConnection({}))).toEqual(["name: is missing", "strategy: is missing"])
    expect(lines(Validation.decodeCreateConnection({ name: "a" }))).toEqual(["strategy: is missing"])
    expect(lines(Validation.decodeCreateConnection("auth0"))).toEqual([`(root): Expected CreateConnectionFields, actual "auth0"`])
    expect(lines(Validation.decodeCreateConnection(null))).toEqual(["(root): Expected CreateConnectionFields, actual null"])
  })

  it("rejects unknown keys inside closed sub-objects, keeps unknown option keys", () => {
    expect(lines(Validation.decodeCreateConnection({ name: "a", strategy: "auth0", authentication: { active: true, extra: 1 } }))).toEqual([
      `authentication.extra: is unexpected, expected: "active"`
    ])
    const body = { name: "a", strategy: "auth0", options: { a_future_option: { x: [1] } } }
    expect(Validation.decodeCreateConnection(body)).toEqual(Either.right(body))
  })

  it("accepts a valid body and returns it unchanged", () => {
    const body = {
      name: "Test-Auth0-Connection-1757329209",
      strategy: "auth0",
      authentication: { active: true },
      connected_accounts: { active: true },
      options: { strategy_version: 2, upstream_params: { screen_name: { alias: "login_hint" } } }
    }
    expect(Validation.decodeCreateConnection(body)).toEqual(Either.right(body))
  })
})

describe("Validation.encodeCreateConnection", () => {
  it("reports every problem of a typed body, options included", () => {
    const typed = {
      name: "bad name" as Identifiers.ConnectionName,
      strategy: "samlp",
      display_name: "d".repeat(129) as Identifiers.DisplayName,
      metadata: elevenKeys(),
      options: { signInEndpoint: "x".repeat(2049) }
    } satisfies ConnectionRequest.CreateConnection
    const withExtra = { ...typed, colour: "blue" } as ConnectionRequest.CreateConnection
    const found = lines(Validation.encodeCreateConnection(withExtra))
    expect(found[0]).toMatch(/^colour: is unexpected/)
    expect(found.slice(1)).toEqual([
      `name: ${NAME_RULE}`,
      "display_name: must be at most 128 characters (got 129)",
      "metadata: must have at most 10 keys (got 11)",
      "metadata.k3: must be at most 255 characters (got 256)",
      "options.signInEndpoint: must be at most 2048 characters (got 2049)"
    ])
  })

  it("gives the JSON form of a valid body, secrets unwrapped", () => {
    const secret = Schema.decodeSync(ConnectionOptions.Secret)("s3cr3t")
    const typed: ConnectionRequest.CreateConnection = {
      name: "google" as Identifiers.ConnectionName,
      strategy: "google-oauth2",
      options: { client_id: "id", client_secret: secret, scope: ["email"] }
    }
    expect(Validation.encodeCreateConnection(typed)).toEqual(
      Either.right({ name: "google", strategy: "google-oauth2", options: { client_id: "id", client_secret: "s3cr3t", scope: ["email"] } })
    )
  })
})

describe("issues and paths", () => {
  it("formats paths with dots, indexes and quoted odd keys", () => {
    expect(Validation.formatPath([])).toBe("(root)")
    expect(Validation.formatPath(["options", "upstream_params", "screen_name"])).toBe("options.upstream_params.screen_name")
    expect(Validation.formatPath(["realms", 2])).toBe("realms[2]")
    expect(Validation.formatPath([0, "client_id"])).toBe("[0].client_id")
    expect(Validation.formatPath(["metadata", "a.b"])).toBe(`metadata["a.b"]`)
    expect(Validation.formatPath(["metadata", ""])).toBe(`metadata[""]`)
    expect(Validation.formatPath(["metadata", "team-name"])).toBe("metadata.team-name")
    expect(Validation.formatIssue({ path: ["name"], message: "is missing" })).toBe("name: is missing")
  })

  it("drops the 'Expected null' noise of a nullable field that failed inside", () => {
    const schema = Schema.Struct({ p: Schema.NullOr(Schema.Struct({ size: Schema.Number })) })
    expect(lines(Validation.decode(schema)({ p: { size: "1" } }))).toEqual(["p.size: Expected number, actual \"1\""])
    // …but keeps it when it is the only thing said about the field.
    expect(lines(Validation.decode(Schema.Struct({ p: Schema.Null }))({ p: 1 }))).toEqual(["p: Expected null, actual 1"])
  })

  it("lists each path and message once, even when every member of a union reports it", () => {
    // Decoding the CreateConnection union directly: each member (one per strategy family) checks `name` and
    // `metadata` the same way, and used to report the same issue once per member.
    const create = Validation.decode(ConnectionRequest.CreateConnection)
    const once = (issues: ReadonlyArray<string>, line: string) => expect(issues.filter((l) => l === line)).toEqual([line])
    const empty = lines(create({ name: "", strategy: "auth0" }))
    once(empty, "name: must not be empty")
    const long = lines(create({ name: "x".repeat(200), strategy: "auth0", metadata: { a: "x".repeat(300) } }))
    once(long, "name: must be at most 128 characters (got 200)")
    once(long, "metadata.a: must be at most 255 characters (got 300)")
    expect(new Set(long).size).toBe(long.length)
  })

  it("joins the alternatives of a literal union into one issue", () => {
    expect(lines(Validation.decode(Schema.Literal("a", "b", 3))("c"))).toEqual([`(root): Expected "a" | "b" | 3, actual "c"`])
    const failure = Schema.decodeUnknownEither(Schema.Struct({ x: Schema.Literal("a", "b"), y: Schema.Literal("c", "d") }), { errors: "all" })({
      x: "z",
      y: "z"
    })
    expect(Either.isLeft(failure) && Validation.issuesOf(failure.left)).toEqual([
      { path: ["x"], message: `Expected "a" | "b", actual "z"` },
      { path: ["y"], message: `Expected "c" | "d", actual "z"` }
    ])
  })

  it("prints deep, shared and cyclic values without overflowing or exploding", () => {
    let shared: unknown = "leaf"
    for (let i = 0; i < 30; i++) shared = Array.from({ length: 10 }, () => shared)
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic["self"] = cyclic
    const schema = Schema.Struct({ a: Schema.String, b: Schema.String, c: Schema.String })
    const found = lines(Validation.decode(schema)({ a: shared, b: cyclic, c: [[[[[[[[[[[["deep"]]]]]]]]]]]] }))
    expect(found[0]).toMatch(/^a: Expected string, actual \[\[\[\[\[\[\[\["…"/)
    expect(found[1]).toBe(`b: Expected string, actual {"a":1,"self":[Circular]}`)
    expect(found[2]).toBe(`c: Expected string, actual [[[[[[[["…"]]]]]]]]`)
  })

  it("decode and encode use the strict options by default", () => {
    const schema = Schema.Struct({ a: Schema.String })
    expect(lines(Validation.decode(schema)({ a: "x", b: 1 }))).toEqual([`b: is unexpected, expected: "a"`])
    expect(Validation.decode(schema, { onExcessProperty: "ignore" })({ a: "x", b: 1 })).toEqual(Either.right({ a: "x" }))
    expect(lines(Validation.encode(Schema.Struct({ n: Schema.Int }))({ n: 1.5 }))).toEqual(["n: Expected an integer, actual 1.5"])
  })
})
