/**
 * The official `auth0` SDK (v7) against the emulator, with only its transport redirected: the SDK is built for
 * `https://{tenantDomain}` exactly as users build it, and the emulator's `fetch` sends those URLs (Management API
 * and `/oauth/token`) to the loopback server. Nothing else of the SDK is patched.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { ManagementClient, ManagementError, Management } from "auth0"
import { Effect, Redacted } from "effect"
import * as Emulator from "@effect-auth0/emulator/Emulator"

let running: Emulator.RunningEmulator | undefined
let emulator: Emulator.Service
let run = 0
/** Unique per test, valid Auth0 names. */
const uniqueName = (label: string) => `sdk-${label}-${Date.now().toString(36)}${(++run).toString(36)}`

beforeAll(async () => {
  running = await Emulator.startEmulator({ tenantDomain: "sdk-tenant.emulator.auth0.com" })
  emulator = running.service
})
afterAll(async () => {
  await running?.close()
})
beforeEach(async () => {
  await Effect.runPromise(emulator.reset)
  await updateSettings({ rateLimit: null })
})

const requests = () => Effect.runPromise(emulator.requests)
const mint = (scopes?: Iterable<string>, options?: Emulator.MintOptions) => Effect.runPromise(emulator.mintToken(scopes, options))
const updateSettings = (settings: Partial<Emulator.Settings>) => Effect.runPromise(emulator.updateSettings(settings))

/** The SDK as a user configures it for client credentials; retries kept at 0 so errors surface at once. */
const credentialsClient = (overrides: { readonly maxRetries?: number; readonly clientSecret?: string } = {}) =>
  new ManagementClient({
    domain: emulator.tenantDomain,
    clientId: emulator.clientId,
    clientSecret: overrides.clientSecret ?? Redacted.value(emulator.clientSecret),
    fetch: emulator.fetch,
    maxRetries: overrides.maxRetries ?? 0,
    timeoutInSeconds: 10
  })

/** The SDK with a static token. */
const tokenClient = (token: string, maxRetries = 0) =>
  new ManagementClient({ domain: emulator.tenantDomain, token, fetch: emulator.fetch, maxRetries, timeoutInSeconds: 10 })

/** Awaits a promise that must reject, and returns the rejection. */
const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error("expected the call to fail, it succeeded")
}

const bodyOf = (error: unknown) => (error as ManagementError).body as { statusCode?: number; error?: string; message?: string; errorCode?: string }

describe("official auth0 SDK v7 against the emulator", () => {
  it("client credentials: gets a token from the emulator's /oauth/token, then create, get, update and delete round-trip", async () => {
    const sdk = credentialsClient()
    const name = uniqueName("crud")
    const created = await sdk.connections.create({ name, strategy: "auth0" })
    expect(created.id).toMatch(/^con_[A-Za-z0-9]{16}$/)
    expect(created).toMatchObject({ name, strategy: "auth0", realms: [name], enabled_clients: [], is_domain_connection: false })
    expect(created.options).toMatchObject({ brute_force_protection: true, strategy_version: 2, password_options: { history: { active: false, size: 3 } } })

    const fetched = await sdk.connections.get(created.id!)
    expect(fetched).toMatchObject({ id: created.id, name, strategy: "auth0", realms: [name] })

    const updated = await sdk.connections.update(created.id!, { display_name: "Renamed by the SDK", metadata: { team: "sdk" } })
    expect(updated).toMatchObject({ id: created.id, name, display_name: "Renamed by the SDK", metadata: { team: "sdk" } })
    // options untouched by a PATCH without options
    expect(updated.options).toMatchObject({ password_options: { history: { active: false, size: 3 } } })
    expect((await sdk.connections.get(created.id!)).display_name).toBe("Renamed by the SDK")

    await sdk.connections.delete(created.id!)
    const gone = await rejection(sdk.connections.get(created.id!))
    expect(gone).toBeInstanceOf(Management.NotFoundError)
    // a repeated delete is Auth0's 204, which the SDK accepts
    await expect(sdk.connections.delete(created.id!)).resolves.toBeUndefined()

    // The transport really went to the emulator: one token grant for our client, then the API calls.
    const log = await requests()
    const grants = log.filter((r) => r.path === "/oauth/token")
    expect(grants).toHaveLength(1)
    expect(grants[0]).toMatchObject({ method: "POST", status: 200, clientId: emulator.clientId })
    expect(log.filter((r) => r.path.startsWith("/api/v2/connections")).map((r) => `${r.method} ${r.status}`)).toEqual([
      "POST 201", "GET 200", "PATCH 200", "GET 200", "DELETE 202", "GET 404", "DELETE 204"
    ])
  })

  it("a static token works the same way and never calls /oauth/token", async () => {
    const sdk = tokenClient(Redacted.value(emulator.adminToken))
    const created = await sdk.connections.create({ name: uniqueName("static"), strategy: "auth0" })
    expect((await sdk.connections.get(created.id!)).id).toBe(created.id)
    expect((await requests()).some((r) => r.path === "/oauth/token")).toBe(false)
  })

  it("list: the paging iterator walks every connection across pages, in case-insensitive name order", async () => {
    const names = Array.from({ length: 123 }, (_, i) => `${i % 2 === 0 ? "Page" : "page"}-${String(i).padStart(3, "0")}`)
    await Effect.runPromise(emulator.seed({ connections: names.map((name) => ({ name, strategy: "auth0" })) }))
    const sdk = credentialsClient()

    const seen: Array<string> = []
    const page = await sdk.connections.list({ take: 50 })
    expect(page.data).toHaveLength(50)
    expect(page.hasNextPage()).toBe(true)
    for await (const connection of page) seen.push(connection.name!)

    expect(seen).toHaveLength(123)
    expect(new Set(seen).size).toBe(123)
    expect(seen).toEqual([...names].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1))
    // 3 pages of 50 / 50 / 23: the last page carries no `next`, so the SDK stops there
    const lists = (await requests()).filter((r) => r.method === "GET" && r.path === "/api/v2/connections")
    expect(lists).toHaveLength(3)

    // the manual API agrees
    const first = await sdk.connections.list({ take: 100 })
    expect(first.data).toHaveLength(100)
    const second = await first.getNextPage()
    expect(second.data).toHaveLength(23)
    expect(second.hasNextPage()).toBe(false)
  })

  it("list filters by name and strategy", async () => {
    const sdk = credentialsClient()
    const name = uniqueName("filter")
    await sdk.connections.create({ name, strategy: "auth0" })
    await sdk.connections.create({ name: uniqueName("other"), strategy: "auth0" })
    const byName = await sdk.connections.list({ name })
    expect(byName.data.map((c) => c.name)).toEqual([name])
    const byStrategy = await sdk.connections.list({ strategy: ["google-oauth2"] })
    expect(byStrategy.data).toEqual([])
  })

  it("enabled clients: update enables and disables, get lists them and the connection mirrors them", async () => {
    const sdk = credentialsClient()
    const created = await sdk.connections.create({ name: uniqueName("clients"), strategy: "auth0" })
    const id = created.id!
    await sdk.connections.clients.update(id, [
      { client_id: emulator.clientId, status: true },
      { client_id: "AnotherClientId0000000000000001", status: true }
    ])
    const enabled: Array<string> = []
    for await (const client of await sdk.connections.clients.get(id)) enabled.push(client.client_id)
    expect(enabled.sort()).toEqual(["AnotherClientId0000000000000001", emulator.clientId].sort())
    expect([...((await sdk.connections.get(id)).enabled_clients ?? [])].sort()).toEqual(enabled)

    await sdk.connections.clients.update(id, [{ client_id: "AnotherClientId0000000000000001", status: false }])
    const after = await sdk.connections.clients.get(id)
    expect(after.data.map((c) => c.client_id)).toEqual([emulator.clientId])
    expect(after.hasNextPage()).toBe(false)
  })

  it("enabled clients page through `next` with take", async () => {
    const sdk = credentialsClient()
    const { id } = await sdk.connections.create({ name: uniqueName("manyclients"), strategy: "auth0" })
    const ids = Array.from({ length: 7 }, (_, i) => `client${String(i).padStart(26, "0")}`)
    await sdk.connections.clients.update(id!, ids.map((client_id) => ({ client_id, status: true })))
    const page = await sdk.connections.clients.get(id!, { take: 3 })
    expect(page.data).toHaveLength(3)
    const all: Array<string> = []
    for await (const c of page) all.push(c.client_id)
    expect(all.sort()).toEqual(ids)
  })

  it("get with a field projection, and the sub-resources: keys, SCIM configuration and tokens, users-by-email", async () => {
    const sdk = credentialsClient()
    const created = await sdk.connections.create({
      name: uniqueName("oidc"),
      strategy: "oidc",
      options: { type: "back_channel", issuer: "https://idp.example.com", client_id: "c", client_secret: "s", scopes: "openid" }
    })
    const id = created.id!
    const projected = await sdk.connections.get(id, { fields: "name", include_fields: true })
    expect(projected).toMatchObject({ id, name: created.name })
    expect(projected).not.toHaveProperty("options")

    const keys = await sdk.connections.keys.get(id)
    expect(keys.map((k) => [k.current === true, k.next === true])).toEqual(expect.arrayContaining([[true, false], [false, true]]))
    const rotated = await sdk.connections.keys.rotate(id)
    expect(Object.keys(rotated).sort()).toEqual(["cert", "kid"])
    expect(await sdk.connections.keys.get(id)).toHaveLength(3)

    // Keys exist from the create: provisioning more is a 409.
    expect(await rejection(sdk.connections.keys.create(id))).toBeInstanceOf(Management.ConflictError)

    const scim = await sdk.connections.scimConfiguration.create(id, {})
    expect(scim).toMatchObject({ connection_id: id, user_id_attribute: "externalId" })
    expect((await sdk.connections.scimConfiguration.getDefaultMapping(id)).mapping).toHaveLength(32)
    const mapping = [{ auth0: "email", scim: "userName" }]
    expect(await sdk.connections.scimConfiguration.update(id, { user_id_attribute: "userName", mapping })).toMatchObject({ user_id_attribute: "userName", mapping })
    expect(await sdk.connections.scimConfiguration.get(id)).toMatchObject({ user_id_attribute: "userName", mapping })
    const token = await sdk.connections.scimConfiguration.tokens.create(id, { scopes: ["get:users"] })
    expect(token.token_id).toMatch(/^tok_/)
    expect(typeof token.token).toBe("string")
    const second = await sdk.connections.scimConfiguration.tokens.create(id, {})
    expect(await rejection(sdk.connections.scimConfiguration.tokens.create(id, {}))).toBeInstanceOf(Management.ConflictError)
    const tokens = await sdk.connections.scimConfiguration.tokens.get(id)
    expect(tokens.map((t) => t.token_id).sort()).toEqual([token.token_id, second.token_id].sort())
    for (const t of tokens) expect(t).not.toHaveProperty("token")
    await sdk.connections.scimConfiguration.tokens.delete(id, token.token_id!)
    expect((await sdk.connections.scimConfiguration.tokens.get(id)).map((t) => t.token_id)).toEqual([second.token_id])
    await sdk.connections.scimConfiguration.delete(id)
    expect(await rejection(sdk.connections.scimConfiguration.get(id))).toBeInstanceOf(Management.NotFoundError)

    const notDatabase = await rejection(sdk.connections.users.deleteByEmail(id, { email: "someone@example.com" }))
    expect(notDatabase).toBeInstanceOf(Management.BadRequestError)
    const db = await sdk.connections.create({ name: uniqueName("db"), strategy: "auth0" })
    await expect(sdk.connections.users.deleteByEmail(db.id!, { email: "someone@example.com" })).resolves.toBeUndefined()

    // checkStatus: an AD connector is online; a database connection has none (404).
    const ad = await sdk.connections.create({ name: uniqueName("ad"), strategy: "ad" })
    await expect(sdk.connections.checkStatus(ad.id!)).resolves.toBeUndefined()
    expect(await rejection(sdk.connections.checkStatus(db.id!))).toBeInstanceOf(Management.NotFoundError)
  })

  it("directory provisioning: get/create/update/delete, default mapping, synchronizations, synchronized groups and the tenant-wide lists", async () => {
    const sdk = credentialsClient()
    const workspace = await sdk.connections.create({
      name: uniqueName("gw"),
      strategy: "google-apps",
      options: { domain: "sdk.example.com", client_id: "c", client_secret: "s" }
    })
    const id = workspace.id!
    expect(await rejection(sdk.connections.directoryProvisioning.get(id))).toBeInstanceOf(Management.NotFoundError)
    const created = await sdk.connections.directoryProvisioning.create(id)
    const defaults = await sdk.connections.directoryProvisioning.getDefaultMapping(id)
    expect(created).toMatchObject({
      connection_id: id,
      connection_name: workspace.name,
      strategy: "google-apps",
      synchronize_automatically: false,
      synchronize_groups: "off",
      mapping: defaults.mapping
    })
    expect(await rejection(sdk.connections.directoryProvisioning.create(id, {}))).toBeInstanceOf(Management.ConflictError)
    const updated = await sdk.connections.directoryProvisioning.update(id, { synchronize_groups: "selected", mapping: [{ auth0: "email", idp: "primaryEmail" }] })
    expect(updated).toMatchObject({ synchronize_groups: "selected", mapping: [{ auth0: "email", idp: "primaryEmail" }] })
    expect(await sdk.connections.directoryProvisioning.get(id)).toEqual(updated)

    const sync = await sdk.connections.directoryProvisioning.synchronizations.create(id)
    expect(sync).toMatchObject({ connection_id: id, status: "pending" })
    expect(await rejection(sdk.connections.directoryProvisioning.synchronizations.create(id))).toBeInstanceOf(Management.ConflictError)
    expect((await sdk.connections.directoryProvisioning.get(id)).last_synchronization_status).toBe("pending")
    // The selection cannot be replaced while the synchronization has not completed.
    expect(await rejection(sdk.connections.directoryProvisioning.set(id, { groups: [{ id: "g1" }] }))).toBeInstanceOf(Management.ConflictError)

    // A second connection, without a synchronization, for the groups.
    const other = await sdk.connections.create({ name: uniqueName("gw"), strategy: "google-apps", options: { domain: "other.example.com" } })
    await sdk.connections.directoryProvisioning.create(other.id!, { synchronize_groups: "selected" })
    await sdk.connections.directoryProvisioning.set(other.id!, { groups: Array.from({ length: 5 }, (_, i) => ({ id: `g${i}` })) })
    await sdk.connections.directoryProvisioning.addSynchronizedGroupSelections(other.id!, { groups: [{ id: "g9" }] })
    await sdk.connections.directoryProvisioning.deleteSynchronizedGroupSelections(other.id!, { groups: [{ id: "g0" }, { id: "g1" }] })
    const groups: Array<string> = []
    for await (const group of await sdk.connections.directoryProvisioning.listSynchronizedGroups(other.id!, { take: 2 })) groups.push(group.id)
    expect(groups).toEqual(["g2", "g3", "g4", "g9"])

    const listed: Array<string> = []
    for await (const d of await sdk.connections.directoryProvisioning.list({ take: 1 })) listed.push(d.connection_id)
    expect(listed).toEqual([id, other.id!].sort())

    const oidc = await sdk.connections.create({
      name: uniqueName("oidc"),
      strategy: "oidc",
      options: { type: "back_channel", issuer: "https://idp.example.com", client_id: "c", client_secret: "s", scopes: "openid" }
    })
    await sdk.connections.scimConfiguration.create(oidc.id!, {})
    const scim: Array<string> = []
    for await (const c of await sdk.connections.scimConfiguration.list({ take: 1 })) scim.push(c.connection_id)
    expect(scim).toEqual([oidc.id!])

    await sdk.connections.directoryProvisioning.delete(id)
    expect(await rejection(sdk.connections.directoryProvisioning.get(id))).toBeInstanceOf(Management.NotFoundError)
    const notWorkspace = await rejection(sdk.connections.directoryProvisioning.create(oidc.id!))
    expect(notWorkspace).toBeInstanceOf(Management.BadRequestError)

    await updateSettings({ directoryProvisioning: false })
    try {
      const disabled = await rejection(sdk.connections.directoryProvisioning.get(other.id!))
      expect(disabled).toBeInstanceOf(Management.ForbiddenError)
      expect(bodyOf(disabled)).toMatchObject({ statusCode: 403, message: "The inbound directory provisioning feature is not enabled for this tenant" })
    } finally {
      await updateSettings({ directoryProvisioning: true })
    }
  })

  describe("typed errors", () => {
    it("409 duplicate name → ConflictError with Auth0's connection_conflict body", async () => {
      const sdk = credentialsClient()
      const name = uniqueName("dup")
      await sdk.connections.create({ name, strategy: "auth0" })
      const error = await rejection(sdk.connections.create({ name, strategy: "auth0" }))
      expect(error).toBeInstanceOf(Management.ConflictError)
      expect((error as ManagementError).statusCode).toBe(409)
      expect(bodyOf(error)).toEqual({
        statusCode: 409,
        error: "Conflict",
        message: "A connection with the same name already exists",
        errorCode: "connection_conflict"
      })
    })

    it("404 unknown id → NotFoundError (get, update, clients)", async () => {
      const sdk = credentialsClient()
      const missing = "con_0000000000000000"
      const calls = [
        () => sdk.connections.get(missing),
        () => sdk.connections.update(missing, { display_name: "x" }),
        () => sdk.connections.clients.get(missing),
        () => sdk.connections.clients.update(missing, [{ client_id: emulator.clientId, status: true }])
      ]
      for (const call of calls) {
        const error = await rejection(call())
        expect(error).toBeInstanceOf(Management.NotFoundError)
        expect(bodyOf(error)).toMatchObject({ statusCode: 404, errorCode: "inexistent_connection", message: "The connection does not exist" })
      }
    })

    it("400 invalid body → BadRequestError with invalid_body, and nothing is created", async () => {
      const sdk = credentialsClient()
      const invalid = await rejection(sdk.connections.create({ name: "not a valid name!", strategy: "auth0" }))
      expect(invalid).toBeInstanceOf(Management.BadRequestError)
      expect(bodyOf(invalid)).toMatchObject({ statusCode: 400, error: "Bad Request", errorCode: "invalid_body" })
      expect(bodyOf(invalid).message).toMatch(/^Payload validation error: /)

      // name/strategy on PATCH are refused like Auth0 does
      const { id } = await sdk.connections.create({ name: uniqueName("patch"), strategy: "auth0" })
      const patch = await rejection(sdk.connections.update(id!, { name: "renamed" } as unknown as Management.UpdateConnectionRequestContent))
      expect(patch).toBeInstanceOf(Management.BadRequestError)
      expect(bodyOf(patch).message).toContain("Additional properties not allowed")

      const snapshot = await Effect.runPromise(emulator.engine.snapshot)
      expect(snapshot.connections.map((c) => c.name)).not.toContain("not a valid name!")
      expect(snapshot.connections).toHaveLength(1)
    })

    it("401 → UnauthorizedError for a bad static token; wrong client secret fails at the token endpoint", async () => {
      const bad = await rejection(tokenClient("not-a-valid-token").connections.list())
      expect(bad).toBeInstanceOf(Management.UnauthorizedError)
      expect(bodyOf(bad)).toMatchObject({ statusCode: 401, error: "Unauthorized", message: "Invalid token" })

      const expired = await mint(undefined, { expiresInSeconds: -60 })
      expect(await rejection(tokenClient(Redacted.value(expired)).connections.get("con_0000000000000000"))).toBeInstanceOf(
        Management.UnauthorizedError
      )

      const wrongSecret = await rejection(credentialsClient({ clientSecret: "definitely-wrong" }).connections.list())
      expect(wrongSecret).toBeInstanceOf(ManagementError)
      expect((wrongSecret as ManagementError).statusCode).toBe(401)
      expect((wrongSecret as ManagementError).message).toContain("token request failed")
    })

    it("403 → ForbiddenError naming the missing scope", async () => {
      const readOnly = await mint(["read:connections"])
      const sdk = tokenClient(Redacted.value(readOnly))
      const error = await rejection(sdk.connections.create({ name: uniqueName("forbidden"), strategy: "auth0" }))
      expect(error).toBeInstanceOf(Management.ForbiddenError)
      expect(bodyOf(error)).toMatchObject({
        statusCode: 403,
        error: "Forbidden",
        message: "Insufficient scope, expected any of: create:connections",
        errorCode: "insufficient_scope"
      })
      // reading is allowed, but options stay hidden without read:connections_options
      const { id } = await credentialsClient().connections.create({ name: uniqueName("hidden"), strategy: "auth0" })
      const seen = await sdk.connections.get(id!)
      expect(seen.id).toBe(id)
      expect(seen).not.toHaveProperty("options")
    })

    it("429 → TooManyRequestsError with Auth0's body and rate-limit headers (retries off)", async () => {
      await Effect.runPromise(emulator.addFaults([{ method: "GET", path: "/api/v2/connections", status: 429, times: 1 }]))
      const error = await rejection(tokenClient(Redacted.value(emulator.adminToken)).connections.list())
      expect(error).toBeInstanceOf(Management.TooManyRequestsError)
      expect(bodyOf(error)).toMatchObject({ statusCode: 429, error: "Too Many Requests", errorCode: "too_many_requests" })
      const headers = (error as ManagementError).rawResponse!.headers
      expect(Number(headers.get("retry-after"))).toBeGreaterThan(0)
    })
  })

  it("429 from the emulator's rate limiter: the SDK honours retry-after and its retry succeeds", async () => {
    await updateSettings({ rateLimit: { requestsPerSecond: 1, burst: 1 } })
    const sdk = tokenClient(Redacted.value(emulator.adminToken), 1)
    const started = Date.now()
    await sdk.connections.list() // takes the only token of the bucket
    const second = await sdk.connections.list() // 429, waits retry-after, then 200
    expect(second.rawResponse.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    const statuses = (await requests()).filter((r) => r.path === "/api/v2/connections").map((r) => r.status)
    expect(statuses).toEqual([200, 429, 200])
    expect(second.rawResponse.headers.get("x-ratelimit-limit")).toBe("1")
  })
})
