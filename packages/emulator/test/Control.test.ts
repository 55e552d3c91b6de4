import { expect, layer } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { Emulator, layer as emulatorLayer } from "@effect-auth0/emulator/Emulator"
import { api, call, claims } from "./helpers.js"

const startup = { connections: [{ name: "startup-db", strategy: "auth0" }] }

layer(emulatorLayer({ seed: startup, latencyMs: 0 }), { excludeTestServices: true })("control plane", (it) => {
  const post = (url: string, body: unknown) =>
    call(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })

  it.effect("health reports the URLs and settings", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const health = yield* call(`${emulator.baseUrl}/__emulator/health`)
      expect(health.status).toBe(200)
      expect(health.body).toEqual({
        status: "ok",
        tenantDomain: emulator.tenantDomain,
        baseUrl: emulator.baseUrl,
        apiUrl: emulator.apiUrl,
        audience: emulator.audience,
        rateLimit: null,
        latencyMs: 0,
        directoryProvisioning: true
      })
    }))

  it.effect("settings turn the tenant's directory provisioning feature off and on (the API answers Auth0's 403)", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const patch = (body: unknown) =>
        call(`${emulator.baseUrl}/__emulator/settings`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      const off = yield* patch({ directoryProvisioning: false })
      expect(off.body).toMatchObject({ directoryProvisioning: false })
      expect(yield* emulator.settings).toMatchObject({ directoryProvisioning: false })
      expect(yield* api(emulator, "GET", "/connections-directory-provisionings")).toMatchObject({
        status: 403,
        body: { statusCode: 403, error: "Forbidden", message: "The inbound directory provisioning feature is not enabled for this tenant" }
      })
      expect((yield* patch({ directoryProvisioning: "no" })).status).toBe(400)
      expect((yield* patch({ directoryProvisioning: true })).body).toMatchObject({ directoryProvisioning: true })
      expect((yield* api(emulator, "GET", "/connections-directory-provisionings")).status).toBe(200)
    }))

  it.effect("seed adds connections visible through the API and the snapshot; reset goes back to the startup seed", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const names = (body: unknown) => (body as ReadonlyArray<{ name: string }>).map((c) => c.name).sort()
      expect(names((yield* api(emulator, "GET", "/connections")).body)).toEqual(["startup-db"])
      const seeded = yield* post(`${emulator.baseUrl}/__emulator/seed`, { connections: [{ name: "seeded-db", strategy: "auth0" }] })
      expect(seeded.status).toBe(204)
      expect(names((yield* api(emulator, "GET", "/connections")).body)).toEqual(["seeded-db", "startup-db"])
      const snapshot = yield* call(`${emulator.baseUrl}/__emulator/snapshot`)
      expect(snapshot.status).toBe(200)
      expect(names((snapshot.body as { connections: unknown }).connections)).toEqual(["seeded-db", "startup-db"])
      yield* api(emulator, "POST", "/connections", { body: { name: "created-db", strategy: "auth0" } })
      expect((yield* call(`${emulator.baseUrl}/__emulator/reset`, { method: "POST" })).status).toBe(204)
      expect(names((yield* api(emulator, "GET", "/connections")).body)).toEqual(["startup-db"])
    }))

  it.effect("a malformed seed is 400 and changes nothing", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const before = (yield* call(`${emulator.baseUrl}/__emulator/snapshot`)).body
      for (const bad of [{ connection: [] }, { connections: "x" }, [1], { clients: [{}] }]) {
        const answer = yield* post(`${emulator.baseUrl}/__emulator/seed`, bad)
        expect(answer.status).toBe(400)
        expect((answer.body as { message: string }).message).toMatch(/^Invalid seed: /)
      }
      expect((yield* call(`${emulator.baseUrl}/__emulator/snapshot`)).body).toEqual(before)
    }))

  it.effect("the snapshot never contains client secrets", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* post(`${emulator.baseUrl}/__emulator/seed`, { clients: [{ client_id: "c1", client_secret: "very-secret-value" }] })
      const snapshot = yield* call(`${emulator.baseUrl}/__emulator/snapshot`)
      expect(snapshot.text).toContain("c1")
      expect(snapshot.text).not.toContain("very-secret-value")
      expect(snapshot.text).not.toContain(Redacted.value(emulator.clientSecret))
    }))

  it.effect("the token endpoint mints tokens with chosen scopes and lifetimes", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const minted = yield* call(`${emulator.baseUrl}/__emulator/token?scope=read:connections%20read:connections_keys&expires_in=120`)
      expect(minted.status).toBe(200)
      const token = (minted.body as { access_token: string }).access_token
      const c = claims(token)
      expect(c.scope).toBe("read:connections read:connections_keys")
      expect((c.exp as number) - (c.iat as number)).toBe(120)
      expect((yield* api(emulator, "GET", "/connections", { token })).status).toBe(200)
      expect((yield* api(emulator, "POST", "/connections", { token, body: { name: "x", strategy: "auth0" } })).status).toBe(403)
      const none = (yield* call(`${emulator.baseUrl}/__emulator/token?scope=`)).body as { access_token: string }
      expect(claims(none.access_token).scope).toBe("")
      const expired = (yield* call(`${emulator.baseUrl}/__emulator/token?expires_in=-1`)).body as { access_token: string }
      expect((yield* api(emulator, "GET", "/connections", { token: expired.access_token })).status).toBe(401)
      expect((yield* call(`${emulator.baseUrl}/__emulator/token?expires_in=soon`)).status).toBe(400)
    }))

  it.effect("the request log has method, path and status, and never a token, a secret or a body", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      expect((yield* call(`${emulator.baseUrl}/__emulator/requests`, { method: "DELETE" })).status).toBe(204)
      yield* api(emulator, "GET", "/connections")
      yield* api(emulator, "POST", "/connections", { body: { name: "logged-db", strategy: "auth0", options: { password: "body-secret" } } })
      yield* call(`${emulator.apiUrl}/connections?email=someone%40example.com`)
      const secret = Redacted.value(emulator.clientSecret)
      yield* call(emulator.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "client_credentials", client_id: emulator.clientId, client_secret: secret }).toString()
      })
      const log = yield* call(`${emulator.baseUrl}/__emulator/requests`)
      const body = log.body as { total: number; byStatus: Record<string, number>; requests: ReadonlyArray<Record<string, unknown>> }
      expect(body.requests.map((r) => [r.method, r.path, r.status])).toEqual([
        ["GET", "/api/v2/connections", 200],
        ["POST", "/api/v2/connections", 201],
        ["GET", "/api/v2/connections", 401],
        ["POST", "/oauth/token", 200]
      ])
      expect(body.total).toBe(4)
      expect(body.byStatus).toEqual({ "200": 2, "201": 1, "401": 1 })
      expect(body.requests[0]).toMatchObject({ clientId: emulator.clientId, outcome: "answered" })
      expect(log.text).not.toContain(Redacted.value(emulator.adminToken))
      expect(log.text).not.toContain(secret)
      expect(log.text).not.toContain("body-secret")
      expect(log.text).not.toContain("someone")
    }))

  it.effect("unknown control paths are 404 and wrong methods 405 with Allow", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const unknown = yield* call(`${emulator.baseUrl}/__emulator/nope`)
      expect(unknown.status).toBe(404)
      expect(unknown.body).toEqual({ statusCode: 404, error: "Not Found", message: "Not Found" })
      const wrong = yield* call(`${emulator.baseUrl}/__emulator/reset`)
      expect(wrong.status).toBe(405)
      expect(wrong.headers.get("allow")).toBe("POST")
      expect(wrong.body).toMatchObject({ statusCode: 405, error: "Method Not Allowed" })
    }))
})

layer(emulatorLayer({ latencyMs: 200 }), { excludeTestServices: true })("added latency", (it) => {
  it.effect("delays API and token requests but not the control plane", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      let started = Date.now()
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
      expect(Date.now() - started).toBeGreaterThanOrEqual(190)
      started = Date.now()
      yield* call(`${emulator.baseUrl}/__emulator/health`)
      const control = Date.now() - started
      expect(control).toBeLessThan(190)
    }))
})
