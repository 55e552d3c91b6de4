import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Option, Redacted, Stream } from "effect"
import type { ClientId, ConnectionName, Cursor, ScimTokenId } from "@effect-auth0/domain/Identifiers"
import { ConnectionName as Name, USER_EMAIL_MAX_LENGTH } from "@effect-auth0/domain/Identifiers"
import type { Service } from "@effect-auth0/http/ConnectionsService"
import { auth0Connection, empty, ID, json, makeService, type Seen } from "./helpers.js"

const key = { kid: "k1", cert: "-----BEGIN CERTIFICATE-----\r\nMII\r\n-----END CERTIFICATE-----", current: true, fingerprint: "AA:BB", thumbprint: "AABB" }
const scim = {
  connection_id: ID,
  connection_name: "okta-1",
  strategy: "okta",
  tenant_name: "tenant",
  user_id_attribute: "externalId",
  mapping: [{ auth0: "preferred_username", scim: "userName" }],
  created_at: "2024-10-14T11:52:57.635Z",
  updated_on: "2024-10-14T11:52:57.635Z"
}
const TOKEN_ID = "tok_abcdefghijklmnop" as ScimTokenId

const query = (s: Seen) => [...s.url.searchParams.entries()]
const apiPath = (s: Seen) => s.path.replace(/^\/api\/v2/, "")

/** One row per endpoint: the call, the response, and the request Auth0 must see. */
interface Row {
  readonly name: string
  readonly call: (svc: Service) => Effect.Effect<unknown, unknown>
  readonly respond: Response
  readonly method: string
  readonly path: string
  readonly query?: ReadonlyArray<readonly [string, string]>
  readonly body?: unknown
  readonly check?: (value: unknown) => void
}

const rows: ReadonlyArray<Row> = [
  {
    name: "list (checkpoint, Auth0's default page size sent explicitly)",
    call: (s) => s.list(),
    respond: json(200, { connections: [auth0Connection()], next: "cursor-1" }),
    method: "GET",
    path: "/connections",
    query: [["take", "50"]],
    check: (v) => expect(v).toMatchObject({ next: "cursor-1", connections: [{ id: ID }] })
  },
  {
    name: "list with every filter: strategy as repeated keys, fields comma-joined",
    call: (s) => s.list({ take: 10, from: "abc" as Cursor, strategy: ["ad", "auth0"], name: "x", fields: ["id", "name"], include_fields: false }),
    respond: json(200, { connections: [] }),
    method: "GET",
    path: "/connections",
    query: [["take", "10"], ["from", "abc"], ["strategy", "ad"], ["strategy", "auth0"], ["name", "x"], ["fields", "id,name"], ["include_fields", "false"]]
  },
  {
    name: "listOffset always asks for totals",
    call: (s) => s.listOffset({ page: 1, per_page: 20, strategy: ["samlp"] }),
    respond: json(200, { total: 21, start: 20, limit: 20, connections: [auth0Connection()] }),
    method: "GET",
    path: "/connections",
    query: [["strategy", "samlp"], ["page", "1"], ["per_page", "20"], ["include_totals", "true"]],
    check: (v) => expect(v).toMatchObject({ total: 21, start: 20, limit: 20 })
  },
  {
    name: "get",
    call: (s) => s.get(ID),
    respond: json(200, auth0Connection()),
    method: "GET",
    path: `/connections/${ID}`,
    query: []
  },
  {
    name: "getProjection",
    call: (s) => s.getProjection(ID, { fields: ["name", "strategy"] }),
    respond: json(200, { id: ID, name: "n", strategy: "auth0", is_domain_connection: false }),
    method: "GET",
    path: `/connections/${ID}`,
    query: [["fields", "name,strategy"], ["include_fields", "true"]],
    check: (v) => expect(v).toEqual({ id: ID, name: "n", strategy: "auth0", is_domain_connection: false })
  },
  {
    name: "create sends the encoded body",
    call: (s) =>
      s.create({
        name: Name.make("Test-Auth0-Connection-1757329209"),
        strategy: "auth0",
        authentication: { active: true },
        connected_accounts: { active: true },
        options: { strategy_version: 2, upstream_params: { screen_name: { alias: "login_hint" } } }
      }),
    respond: json(201, auth0Connection()),
    method: "POST",
    path: "/connections",
    body: {
      name: "Test-Auth0-Connection-1757329209",
      strategy: "auth0",
      authentication: { active: true },
      connected_accounts: { active: true },
      options: { strategy_version: 2, upstream_params: { screen_name: { alias: "login_hint" } } }
    }
  },
  {
    name: "update sends Redacted option values as their value",
    call: (s) => s.update(ID, { options: { client_secret: Redacted.make("new-secret"), extra: 1 }, show_as_button: true }),
    respond: json(200, auth0Connection()),
    method: "PATCH",
    path: `/connections/${ID}`,
    body: { options: { client_secret: "new-secret", extra: 1 }, show_as_button: true }
  },
  {
    name: "checkStatus",
    call: (s) => s.checkStatus(ID),
    respond: json(200, {}),
    method: "GET",
    path: `/connections/${ID}/status`
  },
  {
    name: "getEnabledClients",
    call: (s) => s.getEnabledClients(ID, { take: 10, from: "c" as Cursor }),
    respond: json(200, { clients: [{ client_id: "abc" }], next: "n" }),
    method: "GET",
    path: `/connections/${ID}/clients`,
    query: [["take", "10"], ["from", "c"]],
    check: (v) => expect(v).toEqual({ clients: [{ client_id: "abc" }], next: "n" })
  },
  {
    name: "updateEnabledClients",
    call: (s) => s.updateEnabledClients(ID, [{ client_id: "abc" as ClientId, status: true }, { client_id: "def" as ClientId, status: false }]),
    respond: empty(204),
    method: "PATCH",
    path: `/connections/${ID}/clients`,
    body: [{ client_id: "abc", status: true }, { client_id: "def", status: false }]
  },
  {
    name: "deleteUserByEmail",
    call: (s) => s.deleteUserByEmail(ID, "a+b@example.com"),
    respond: empty(204),
    method: "DELETE",
    path: `/connections/${ID}/users`,
    query: [["email", "a+b@example.com"]]
  },
  {
    name: "getKeys",
    call: (s) => s.getKeys(ID),
    respond: json(200, [key]),
    method: "GET",
    path: `/connections/${ID}/keys`,
    check: (v) => expect(v).toEqual([key])
  },
  {
    name: "createKeys",
    call: (s) => s.createKeys(ID, { signing_alg: "RS256" }),
    respond: json(201, [key]),
    method: "POST",
    path: `/connections/${ID}/keys`,
    body: { signing_alg: "RS256" }
  },
  {
    name: "rotateKeys",
    call: (s) => s.rotateKeys(ID),
    respond: json(201, { kid: "k2", cert: "c" }),
    method: "POST",
    path: `/connections/${ID}/keys/rotate`,
    body: {},
    check: (v) => expect(v).toEqual({ kid: "k2", cert: "c" })
  },
  {
    name: "getScimConfiguration",
    call: (s) => s.getScimConfiguration(ID),
    respond: json(200, scim),
    method: "GET",
    path: `/connections/${ID}/scim-configuration`,
    check: (v) => expect(v).toEqual(scim)
  },
  {
    name: "createScimConfiguration with an empty body takes Auth0's defaults",
    call: (s) => s.createScimConfiguration(ID),
    respond: json(201, scim),
    method: "POST",
    path: `/connections/${ID}/scim-configuration`,
    body: {}
  },
  {
    name: "updateScimConfiguration",
    call: (s) => s.updateScimConfiguration(ID, { user_id_attribute: "externalId", mapping: [{ auth0: "email", scim: "emails[primary eq true].value" }] }),
    respond: json(200, scim),
    method: "PATCH",
    path: `/connections/${ID}/scim-configuration`,
    body: { user_id_attribute: "externalId", mapping: [{ auth0: "email", scim: "emails[primary eq true].value" }] }
  },
  {
    name: "deleteScimConfiguration",
    call: (s) => s.deleteScimConfiguration(ID),
    respond: empty(204),
    method: "DELETE",
    path: `/connections/${ID}/scim-configuration`
  },
  {
    name: "getScimDefaultMapping",
    call: (s) => s.getScimDefaultMapping(ID),
    respond: json(200, { mapping: scim.mapping }),
    method: "GET",
    path: `/connections/${ID}/scim-configuration/default-mapping`
  },
  {
    name: "listScimTokens",
    call: (s) => s.listScimTokens(ID),
    respond: json(200, [{ token_id: TOKEN_ID, scopes: ["get:users"], created_at: "2024-10-14T11:52:57.635Z" }]),
    method: "GET",
    path: `/connections/${ID}/scim-configuration/tokens`
  },
  {
    name: "createScimToken: token_lifetime 900 is sent (Auth0's schema minimum is inclusive)",
    call: (s) => s.createScimToken(ID, { token_lifetime: 900 }),
    respond: json(201, { token_id: TOKEN_ID, token: "scim-token-value", created_at: "2024-10-14T11:52:57.635Z" }),
    method: "POST",
    path: `/connections/${ID}/scim-configuration/tokens`,
    body: { token_lifetime: 900 }
  },
  {
    name: "createScimToken: the token comes back Redacted",
    call: (s) => s.createScimToken(ID, { scopes: ["get:users", "post:users"], token_lifetime: 3600 }),
    respond: json(201, { token_id: TOKEN_ID, token: "scim-token-value", scopes: ["get:users", "post:users"], created_at: "2024-10-14T11:52:57.635Z" }),
    method: "POST",
    path: `/connections/${ID}/scim-configuration/tokens`,
    body: { scopes: ["get:users", "post:users"], token_lifetime: 3600 },
    check: (v) => {
      const token = (v as { readonly token: unknown }).token
      expect(Redacted.isRedacted(token)).toBe(true)
      expect(Redacted.value(token as Redacted.Redacted<string>)).toBe("scim-token-value")
      expect(JSON.stringify(v)).not.toContain("scim-token-value")
    }
  },
  {
    name: "deleteScimToken",
    call: (s) => s.deleteScimToken(ID, TOKEN_ID),
    respond: empty(204),
    method: "DELETE",
    path: `/connections/${ID}/scim-configuration/tokens/${TOKEN_ID}`
  }
]

describe("every endpoint sends the request Auth0 documents", () => {
  for (const row of rows) {
    it.effect(row.name, () =>
      Effect.gen(function*() {
        const { service, seen } = makeService(() => row.respond.clone())
        const svc = yield* service
        const value = yield* row.call(svc)
        expect(seen).toHaveLength(1)
        const req = seen[0]!
        expect(`${req.method} ${apiPath(req)}`).toBe(`${row.method} ${row.path}`)
        if (row.query !== undefined) expect(query(req)).toEqual(row.query)
        expect(req.body).toEqual(row.body)
        if (row.body !== undefined) expect(req.headers["content-type"]).toBe("application/json")
        expect(req.headers["accept"]).toBe("application/json")
        row.check?.(value)
      }))
  }
})

describe("local validation: nothing is sent", () => {
  it.effect("an invalid create names every problem", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => json(201, auth0Connection()))
      const svc = yield* service
      const error = yield* Effect.flip(svc.create({
        name: "my conn" as ConnectionName,
        strategy: "samlp",
        display_name: "x".repeat(200) as never,
        options: { signatureAlgorithm: "md5" as never }
      }))
      expect(error).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      const paths = error._tag === "InvalidRequest" ? error.issues.map((i) => i.path) : []
      expect(paths).toEqual(expect.arrayContaining(["name", "display_name", "options.signatureAlgorithm"]))
      expect(error.message).toContain("name:")
      expect(seen).toHaveLength(0)
    }))

  it.effect("invalid inputs of other endpoints", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => json(200, { clients: [] }))
      const svc = yield* service
      const cases: ReadonlyArray<readonly [Effect.Effect<unknown, { readonly _tag: string }>, string]> = [
        [svc.update(ID, {}), "(root)"],
        [svc.update(ID, { name: "renamed" } as never), "name"],
        [svc.list({ take: 1000 }), "take"],
        [svc.listOffset({ per_page: 0 }), "per_page"],
        [svc.updateEnabledClients(ID, []), "(root)"],
        [svc.updateEnabledClients(ID, Array.from({ length: 51 }, (_, i) => ({ client_id: `c${i}` as ClientId, status: true }))), "(root)"],
        [svc.createScimToken(ID, { token_lifetime: 899 }), "token_lifetime"],
        [svc.getProjection(ID, { fields: [] }), "fields"],
        [svc.deleteUserByEmail(ID, " "), "email"],
        [svc.deleteUserByEmail(ID, "someone"), "email"],
        [svc.deleteUserByEmail(ID, `${"a".repeat(USER_EMAIL_MAX_LENGTH - 11)}@example.com`), "email"],
        [svc.setEnabledClients(ID, ["" as ClientId]), "[0].client_id"]
      ]
      for (const [effect, path] of cases) {
        const error = yield* Effect.flip(effect)
        expect(error).toMatchObject({ _tag: "InvalidRequest", source: "local" })
        expect((error as unknown as { readonly issues: ReadonlyArray<{ readonly path: string }> }).issues.map((i) => i.path)).toContain(path)
      }
      // setEnabledClients read the current clients (one GET) but sent no PATCH.
      expect(seen.map((s) => s.method)).toEqual(["GET"])
    }))
})

describe("pagination", () => {
  const pages: Record<string, unknown> = {
    "": { connections: [auth0Connection({ id: "con_1", name: "a" }), auth0Connection({ id: "con_2", name: "b" })], next: "c1" },
    c1: { connections: [auth0Connection({ id: "con_3", name: "c" })], next: "c2" },
    c2: { connections: [auth0Connection({ id: "con_4", name: "d" })] }
  }
  const handler = (req: Seen) => json(200, pages[req.url.searchParams.get("from") ?? ""])

  it.effect("stream follows next across pages (take=100) and stops without next", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(handler)
      const svc = yield* service
      const all = yield* Stream.runCollect(svc.stream({ strategy: ["auth0", "ad"] }))
      expect(Chunk.toReadonlyArray(all).map((c) => c.id)).toEqual(["con_1", "con_2", "con_3", "con_4"])
      expect(seen.map(query)).toEqual([
        [["take", "100"], ["strategy", "auth0"], ["strategy", "ad"]],
        [["take", "100"], ["from", "c1"], ["strategy", "auth0"], ["strategy", "ad"]],
        [["take", "100"], ["from", "c2"], ["strategy", "auth0"], ["strategy", "ad"]]
      ])
    }))

  it.effect("stream is lazy: taking 2 reads one page", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(handler)
      const svc = yield* service
      const two = yield* Stream.runCollect(Stream.take(svc.stream(), 2))
      expect(Chunk.size(two)).toBe(2)
      expect(seen).toHaveLength(1)
    }))

  it.effect("findByName filters by name and compares exactly", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((req) =>
        json(200, { connections: req.url.searchParams.get("name") === "b" ? [auth0Connection({ id: "con_x", name: "B" }), auth0Connection({ id: "con_2", name: "b" })] : [] })
      )
      const svc = yield* service
      expect(Option.map(yield* svc.findByName("b"), (c) => c.id)).toEqual(Option.some("con_2"))
      expect(yield* svc.findByName("zzz")).toEqual(Option.none())
      expect(query(seen[0]!)).toEqual([["take", "100"], ["name", "b"]])
    }))
})

describe("updateOptions", () => {
  const google = auth0Connection({
    strategy: "google-oauth2",
    options: { client_id: "gid", client_secret: "google-secret-value", scope: ["email", "profile"], unknown_future_key: { x: 1 } }
  })

  it.effect("keeps unknown keys and secrets, and PATCHes only options", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((req) => json(200, google))
      const svc = yield* service
      let received: unknown
      yield* svc.updateOptions(ID, (options) => {
        received = options.client_secret
        return { ...options, scope: ["email", "profile", "calendar"] }
      })
      expect(Redacted.isRedacted(received)).toBe(true)
      expect(seen.map((s) => s.method)).toEqual(["GET", "PATCH"])
      expect(seen[1]!.body).toEqual({
        options: { client_id: "gid", client_secret: "google-secret-value", scope: ["email", "profile", "calendar"], unknown_future_key: { x: 1 } }
      })
    }))

  it.effect("refuses to write when Auth0 hid the options (no read:connections_options)", () =>
    Effect.gen(function*() {
      const { options: _, ...withoutOptions } = google
      const { service, seen } = makeService(() => json(200, withoutOptions))
      const svc = yield* service
      const error = yield* Effect.flip(svc.updateOptions(ID, (o) => ({ ...o, scope: [] })))
      expect(error).toMatchObject({ _tag: "InsufficientScope", requiredScopes: ["read:connections_options"] })
      expect(seen.map((s) => s.method)).toEqual(["GET"])
    }))

  it.effect("options that break the strategy's schema fail locally, after the read only", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => json(200, auth0Connection()))
      const svc = yield* service
      const error = yield* Effect.flip(svc.updateOptions(ID, (o) => ({ ...o, passwordPolicy: "weak" })))
      expect(error).toMatchObject({ _tag: "InvalidRequest", source: "local", issues: [{ path: "passwordPolicy" }] })
      expect(seen.map((s) => s.method)).toEqual(["GET"])
    }))
})

describe("setEnabledClients", () => {
  const clientsServer = (current: ReadonlyArray<string>, pageSize: number) => (req: Seen) => {
    if (req.method === "PATCH") return empty(204)
    const from = Number(req.url.searchParams.get("from") ?? "0")
    const next = from + pageSize < current.length ? String(from + pageSize) : undefined
    return json(200, { clients: current.slice(from, from + pageSize).map((client_id) => ({ client_id })), ...(next === undefined ? {} : { next }) })
  }

  it.effect("reads every page, then sends only the changes", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(clientsServer(["a", "b", "c"], 2))
      const svc = yield* service
      const diff = yield* svc.setEnabledClients(ID, ["a", "c", "d"] as Array<ClientId>)
      expect(diff).toEqual({ enabled: ["d"], disabled: ["b"], requests: 1 })
      expect(seen.map((s) => `${s.method} ${s.url.search}`)).toEqual(["GET ?take=1000", "GET ?take=1000&from=2", "PATCH "])
      expect(seen[2]!.body).toEqual([{ client_id: "d", status: true }, { client_id: "b", status: false }])
    }))

  it.effect("120 additions → 3 PATCHes of at most 50", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(clientsServer([], 1000))
      const svc = yield* service
      const ids = Array.from({ length: 120 }, (_, i) => `client-${i}` as ClientId)
      const diff = yield* svc.setEnabledClients(ID, ids)
      expect(diff.requests).toBe(3)
      const patches = seen.filter((s) => s.method === "PATCH").map((s) => s.body as ReadonlyArray<{ readonly client_id: string }>)
      expect(patches.map((p) => p.length)).toEqual([50, 50, 20])
      expect(patches.flat().map((c) => c.client_id)).toEqual(ids)
    }))

  it.effect("no change → no PATCH (duplicates in the input ignored)", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(clientsServer(["a", "b"], 1000))
      const svc = yield* service
      expect(yield* svc.setEnabledClients(ID, ["b", "a", "a"] as Array<ClientId>)).toEqual({ enabled: [], disabled: [], requests: 0 })
      expect(seen.map((s) => s.method)).toEqual(["GET"])
    }))
})
