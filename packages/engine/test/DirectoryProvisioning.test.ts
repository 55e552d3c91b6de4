/**
 * Directory provisioning (Google Workspace) and the tenant-wide SCIM and directory-provisioning lists: Auth0's
 * status codes and bodies, the synchronization statuses over the engine's clock, paging, scopes, the tenant
 * setting, cascade on connection delete, seeding and snapshots.
 */
import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, TestClock } from "effect"
import * as Engine from "@effect-auth0/engine/Engine"
import { bad, type Client, makeClient } from "./helpers.js"

const DP = (id: string) => `/connections/${id}/directory-provisioning`
const GROUPS = (id: string) => `${DP(id)}/synchronized-groups`
const forbidden = (message: string, errorCode?: string) => ({
  status: 403,
  body: { statusCode: 403, error: "Forbidden", message, ...(errorCode === undefined ? {} : { errorCode }) }
})
const notFound = { status: 404, body: { statusCode: 404, error: "Not Found", message: "Not Found" } }
const conflict = (message: string) => ({ status: 409, body: { statusCode: 409, error: "Conflict", message } })

const workspace = (c: Client, name = "gw") => c.create({ name, strategy: "google-apps", options: { domain: `${name}.example.com` } })
const provisioned = (c: Client, name = "gw") =>
  Effect.gen(function*() {
    const conn = yield* workspace(c, name)
    const created = yield* c.call("POST", DP(conn.id), { body: {} })
    expect(created.status).toBe(201)
    return conn
  })

describe("directory provisioning: configuration", () => {
  it.effect("a create without a body answers the recorded defaults and the default mapping; GET reads it back", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ ids: "sequential" })
      const conn = yield* workspace(c)
      const created = yield* c.call("POST", DP(conn.id))
      const mapping = (yield* c.call("GET", `${DP(conn.id)}/default-mapping`)).body as { mapping: Array<unknown> }
      expect(mapping.mapping.length).toBeGreaterThan(0)
      expect(created).toEqual({
        status: 201,
        body: {
          connection_id: conn.id,
          connection_name: "gw",
          strategy: "google-apps",
          mapping: mapping.mapping,
          synchronize_automatically: false,
          synchronize_groups: "off",
          created_at: "1970-01-01T00:00:00.000Z",
          updated_at: "1970-01-01T00:00:00.000Z"
        }
      })
      expect(yield* c.call("GET", DP(conn.id))).toEqual({ status: 200, body: created.body })
    }))

  it.effect("409 when it exists; PATCH changes the given fields and replaces the mapping; DELETE is 204 twice", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const conn = yield* provisioned(c)
      expect(yield* c.call("POST", DP(conn.id), { body: {} })).toEqual(conflict("Directory provisioning is already enabled on the specified connection"))
      yield* TestClock.adjust(Duration.seconds(3))
      const patched = yield* c.call("PATCH", DP(conn.id), { body: { mapping: [{ auth0: "email", idp: "primaryEmail" }], synchronize_groups: "selected" } })
      expect(patched.status).toBe(200)
      expect(patched.body).toMatchObject({
        mapping: [{ auth0: "email", idp: "primaryEmail" }],
        synchronize_groups: "selected",
        synchronize_automatically: false,
        created_at: "1970-01-01T00:00:00.000Z",
        updated_at: "1970-01-01T00:00:03.000Z"
      })
      expect(yield* c.call("DELETE", DP(conn.id))).toEqual({ status: 204, body: undefined })
      expect(yield* c.call("DELETE", DP(conn.id))).toEqual({ status: 204, body: undefined })
      expect(yield* c.call("GET", DP(conn.id))).toEqual(notFound)
      expect(yield* c.call("PATCH", DP(conn.id), { body: {} })).toEqual(notFound)
    }))

  it.effect("only google-apps: another strategy gets 400 operation_not_supported; an unknown id 404 inexistent_connection", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const db = yield* c.create({ name: "db", strategy: "auth0" })
      expect(yield* c.call("POST", DP(db.id), { body: {} })).toEqual(
        bad("Directory provisioning is not supported for this connection.", "operation_not_supported")
      )
      expect((yield* c.call("GET", DP("con_0000000000000099"))).body).toMatchObject({ errorCode: "inexistent_connection" })
    }))

  it.effect("bodies are validated like Auth0's (z-schema wording); nothing is written", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const conn = yield* workspace(c)
      const before = yield* c.engine.snapshot
      expect(yield* c.call("POST", DP(conn.id), { body: { mapping: [] } })).toEqual(
        bad("Payload validation error: 'Array is too short (0), minimum 1' on property mapping (The mapping between Auth0 and IDP user attributes).")
      )
      expect((yield* c.call("POST", DP(conn.id), { body: { synchronize_groups: "some" } })).body).toMatchObject({
        message: "Payload validation error: 'No enum match for: some' on property synchronize_groups (Which directory groups are synchronized)."
      })
      expect((yield* c.call("POST", DP(conn.id), { body: { extra: 1 } })).body).toMatchObject({
        message: "Payload validation error: 'Additional properties not allowed: extra'."
      })
      expect(yield* c.engine.snapshot).toEqual(before)
    }))
})

describe("directory provisioning: synchronizations over the engine's clock", () => {
  it.effect("pending → in_progress → completed, reflected in last_synchronization_*; a second one while active is 409", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ ids: "sequential" })
      const conn = yield* provisioned(c)
      const sync = yield* c.call("POST", `${DP(conn.id)}/synchronizations`)
      expect(sync).toEqual({
        status: 201,
        body: { connection_id: conn.id, synchronization_id: "sync_0000000000000001", status: "pending" }
      })
      const status = () => Effect.map(c.call("GET", DP(conn.id)), (r) => r.body as Record<string, unknown>)
      expect(yield* status()).toMatchObject({ last_synchronization_status: "pending", last_synchronization_at: "1970-01-01T00:00:00.000Z" })
      const again = conflict("A synchronization has already been requested or is in progress for the connection")
      expect(yield* c.call("POST", `${DP(conn.id)}/synchronizations`)).toEqual(again)
      const { inProgressMillis, pendingMillis } = Engine.SYNCHRONIZATION_PHASES
      yield* TestClock.adjust(Duration.millis(pendingMillis))
      expect(yield* status()).toMatchObject({ last_synchronization_status: "in_progress", last_synchronization_at: new Date(pendingMillis).toISOString() })
      expect(yield* c.call("POST", `${DP(conn.id)}/synchronizations`)).toEqual(again)
      yield* TestClock.adjust(Duration.millis(inProgressMillis))
      const done = yield* status()
      expect(done).toMatchObject({
        last_synchronization_status: "completed",
        last_synchronization_at: new Date(pendingMillis + inProgressMillis).toISOString()
      })
      expect(done.last_synchronization_error).toBeUndefined()
      const next = yield* c.call("POST", `${DP(conn.id)}/synchronizations`)
      expect(next.body).toMatchObject({ synchronization_id: "sync_0000000000000002", status: "pending" })
    }))

  it.effect("a synchronization needs a configuration (404)", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const conn = yield* workspace(c)
      expect(yield* c.call("POST", `${DP(conn.id)}/synchronizations`)).toEqual(notFound)
    }))
})

describe("directory provisioning: synchronized groups", () => {
  it.effect("PUT replaces, POST adds, DELETE removes; GET pages with from/take and opaque cursors", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const conn = yield* provisioned(c)
      const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `g${String(i).padStart(3, "0")}` }))
      expect(yield* c.call("PUT", GROUPS(conn.id), { body: { groups: ids(120) } })).toEqual({ status: 204, body: undefined })
      const first = (yield* c.call("GET", GROUPS(conn.id))).body as { groups: Array<{ id: string }>; next?: string }
      expect(first.groups.length).toBe(50)
      expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
      const all: Array<string> = []
      let from: string | undefined
      do {
        const page = (yield* c.call("GET", GROUPS(conn.id), { query: [["take", "100"], ...(from ? [["from", from] as const] : [])] }))
          .body as { groups: Array<{ id: string }>; next?: string }
        all.push(...page.groups.map((g) => g.id))
        from = page.next
      } while (from !== undefined)
      expect(all).toEqual(ids(120).map((g) => g.id))
      expect(yield* c.call("PUT", GROUPS(conn.id), { body: { groups: [{ id: "b" }, { id: "a", name: "A", email: "a@example.com", direct_members_count: 2 }] } }))
        .toMatchObject({ status: 204 })
      expect(yield* c.call("POST", GROUPS(conn.id), { body: { groups: [{ id: "c" }, { id: "a" }] } })).toMatchObject({ status: 204 })
      expect(yield* c.call("DELETE", GROUPS(conn.id), { body: { groups: [{ id: "b" }, { id: "zz" }] } })).toMatchObject({ status: 204 })
      expect((yield* c.call("GET", GROUPS(conn.id))).body).toEqual({ groups: [{ id: "a" }, { id: "c" }] })
    }))

  it.effect("take is 1–100; a foreign cursor is 400; the recorded email format message", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const conn = yield* provisioned(c)
      expect((yield* c.call("GET", GROUPS(conn.id), { query: [["take", "101"]] })).body).toMatchObject({
        message: "Query validation error: 'Value 101 is greater than maximum 100' on property take (Number of results per page. Defaults to 50.).",
        errorCode: "invalid_query_string"
      })
      expect((yield* c.call("GET", GROUPS(conn.id), { query: [["take", "0"]] })).status).toBe(400)
      // A cursor of the connections list names another list: refused, not misread.
      yield* workspace(c, "gw2")
      const cursor = ((yield* c.call("GET", "/connections", { query: [["take", "1"]] })).body as any).next as string
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(yield* c.call("GET", GROUPS(conn.id), { query: [["from", cursor]] })).toEqual(bad("Invalid pagination cursor.", "invalid_query_string"))
      expect(yield* c.call("PUT", GROUPS(conn.id), { body: { groups: [{ id: "g", email: "" }] } })).toEqual(
        bad("Payload validation error: 'Object didn't pass validation for format email: ' on property groups[0].email (Google Workspace Directory group email).")
      )
    }))

  it.effect("PUT is 409 while a synchronization is pending or in progress", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const conn = yield* provisioned(c)
      yield* c.call("POST", `${DP(conn.id)}/synchronizations`)
      expect((yield* c.call("PUT", GROUPS(conn.id), { body: { groups: [] } })).status).toBe(409)
      yield* TestClock.adjust(Duration.millis(Engine.SYNCHRONIZATION_PHASES.pendingMillis + Engine.SYNCHRONIZATION_PHASES.inProgressMillis))
      expect((yield* c.call("PUT", GROUPS(conn.id), { body: { groups: [] } })).status).toBe(204)
    }))
})

describe("directory provisioning: scopes and the tenant setting", () => {
  it.effect("read/create/update/delete:directory_provisionings are enforced", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const conn = yield* provisioned(c)
      const cases: ReadonlyArray<readonly [string, string, string]> = [
        ["GET", DP(conn.id), "read:directory_provisionings"],
        ["POST", DP(conn.id), "create:directory_provisionings"],
        ["PATCH", DP(conn.id), "update:directory_provisionings"],
        ["DELETE", DP(conn.id), "delete:directory_provisionings"],
        ["GET", `${DP(conn.id)}/default-mapping`, "read:directory_provisionings"],
        ["POST", `${DP(conn.id)}/synchronizations`, "create:directory_provisionings"],
        ["GET", GROUPS(conn.id), "read:directory_provisionings"],
        ["PUT", GROUPS(conn.id), "update:directory_provisionings"],
        ["POST", GROUPS(conn.id), "update:directory_provisionings"],
        ["DELETE", GROUPS(conn.id), "update:directory_provisionings"],
        ["GET", "/connections-directory-provisionings", "read:directory_provisionings"],
        ["GET", "/connections-scim-configurations", "read:scim_config"]
      ]
      for (const [method, path, scope] of cases) {
        const others = Engine.SCOPES.filter((s) => s !== scope)
        expect(yield* c.call(method, path, { scopes: others, body: {} })).toEqual(
          forbidden(`Insufficient scope, expected any of: ${scope}`, "insufficient_scope")
        )
      }
    }))

  it.effect("turned off (at start or at run time), every directory endpoint is 403 and nothing changes", () =>
    Effect.gen(function*() {
      const off = yield* makeClient({ features: { directoryProvisioning: false } })
      const gw = yield* workspace(off)
      const disabled = forbidden("The inbound directory provisioning feature is not enabled for this tenant")
      expect(yield* off.call("POST", DP(gw.id), { body: {} })).toEqual(disabled)
      expect(yield* off.call("GET", "/connections-directory-provisionings")).toEqual(disabled)
      expect(yield* off.engine.features).toEqual({ directoryProvisioning: false })

      const c = yield* makeClient()
      const conn = yield* provisioned(c)
      expect(yield* c.engine.updateFeatures({ directoryProvisioning: false })).toEqual({ directoryProvisioning: false })
      for (const [method, path] of [["GET", DP(conn.id)], ["PATCH", DP(conn.id)], ["GET", GROUPS(conn.id)], ["POST", `${DP(conn.id)}/synchronizations`]] as const) {
        expect(yield* c.call(method, path, { body: {} })).toEqual(disabled)
      }
      // The SCIM list is another feature.
      expect((yield* c.call("GET", "/connections-scim-configurations")).status).toBe(200)
      yield* c.engine.updateFeatures({ directoryProvisioning: true })
      expect((yield* c.call("GET", DP(conn.id))).status).toBe(200)
    }))
})

describe("the tenant-wide lists", () => {
  it.effect("GET /connections-directory-provisionings and /connections-scim-configurations page in connection-id order", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ ids: "sequential" })
      const made: Array<string> = []
      for (let i = 0; i < 5; i++) made.push((yield* provisioned(c, `gw${i}`)).id)
      for (let i = 0; i < 3; i++) {
        const saml = yield* c.create({ name: `saml${i}`, strategy: "samlp", options: { signInEndpoint: "https://idp.example.com/sso", signingCert: "" } })
        yield* c.call("POST", `/connections/${saml.id}/scim-configuration`, { body: {} })
      }
      const page1 = (yield* c.call("GET", "/connections-directory-provisionings", { query: [["take", "2"]] })).body as any
      expect(page1.directory_provisionings.map((d: any) => d.connection_id)).toEqual(made.slice(0, 2))
      const page2 = (yield* c.call("GET", "/connections-directory-provisionings", { query: [["take", "2"], ["from", page1.next]] })).body as any
      expect(page2.directory_provisionings.map((d: any) => d.connection_id)).toEqual(made.slice(2, 4))
      const page3 = (yield* c.call("GET", "/connections-directory-provisionings", { query: [["take", "2"], ["from", page2.next]] })).body as any
      expect(page3).toEqual({ directory_provisionings: [expect.objectContaining({ connection_id: made[4] })] })
      const scim = (yield* c.call("GET", "/connections-scim-configurations")).body as any
      expect(scim.next).toBeUndefined()
      expect(scim.scim_configurations.map((s: any) => s.connection_name)).toEqual(["saml0", "saml1", "saml2"])
      expect(yield* c.call("GET", "/connections-scim-configurations", { query: [["from", page1.next]] })).toEqual(
        bad("Invalid pagination cursor.", "invalid_query_string")
      )
    }))

  it.effect("deleting the connection deletes its directory provisioning and SCIM configuration", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const conn = yield* provisioned(c)
      yield* c.call("PUT", GROUPS(conn.id), { body: { groups: [{ id: "g" }] } })
      const saml = yield* c.create({ name: "saml", strategy: "samlp", options: { signInEndpoint: "https://idp.example.com/sso", signingCert: "" } })
      yield* c.call("POST", `/connections/${saml.id}/scim-configuration`, { body: {} })
      yield* c.call("DELETE", `/connections/${conn.id}`)
      yield* c.call("DELETE", `/connections/${saml.id}`)
      expect((yield* c.call("GET", "/connections-directory-provisionings")).body).toEqual({ directory_provisionings: [] })
      expect((yield* c.call("GET", "/connections-scim-configurations")).body).toEqual({ scim_configurations: [] })
      expect((yield* c.engine.snapshot).directoryProvisioning).toEqual({})
    }))
})

describe("directory provisioning: seeding and snapshots", () => {
  it.effect("a seed can carry configurations and groups; snapshots hold configuration, synchronization and groups", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({
        ids: "sequential",
        seed: {
          connections: [{ id: "con_0000000000000042", name: "gw", strategy: "google-apps" }],
          directoryProvisionings: [{ connection_name: "GW", synchronize_groups: "selected", groups: [{ id: "g2" }, { id: "g1" }] }]
        }
      })
      expect((yield* c.call("GET", DP("con_0000000000000042"))).body).toMatchObject({ synchronize_groups: "selected", synchronize_automatically: false })
      yield* c.call("POST", `${DP("con_0000000000000042")}/synchronizations`)
      expect((yield* c.engine.snapshot).directoryProvisioning).toEqual({
        con_0000000000000042: {
          configuration: expect.objectContaining({ connection_id: "con_0000000000000042", synchronize_groups: "selected" }),
          synchronization: { synchronization_id: "sync_0000000000000001", requested_at: "1970-01-01T00:00:00.000Z" },
          groups: [{ id: "g1" }, { id: "g2" }]
        }
      })
    }))

  it.effect("a bad directory seed is refused whole, naming the item", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const db = { name: "db", strategy: "auth0" }
      const refused = yield* Effect.flip(c.engine.seed({ connections: [db], directoryProvisionings: [{ connection_name: "db" }] }))
      expect(refused.message).toBe("seed.directoryProvisionings[0]: the auth0 connection db has no directory provisioning (only google-apps)")
      const badMapping = yield* Effect.flip(
        c.engine.seed({ connections: [{ name: "gw", strategy: "google-apps" }], directoryProvisionings: [{ connection_name: "gw", mapping: [] }] })
      )
      expect(badMapping.message).toBe("seed.directoryProvisionings[0].mapping: Array is too short (0), minimum 1")
      expect((yield* c.engine.snapshot).connections).toEqual([])
    }))
})
