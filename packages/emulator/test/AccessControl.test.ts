import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import * as Cli from "@effect-auth0/emulator/Cli"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import { api, call } from "./helpers.js"

const withEmulator = <A, E>(options: Emulator.EmulatorOptions, f: (emulator: Emulator.Service) => Effect.Effect<A, E>) =>
  Effect.scoped(Effect.flatMap(Emulator.make(options), f))

const GUARDED = ["/__emulator/", "/__emulator/docs", "/__emulator/openapi.json", "/__emulator/snapshot", "/__emulator/export", "/__emulator/token", "/__emulator/requests", "/__emulator/faults", "/__emulator/settings", "/__emulator/connections"]

describe("who gets in", () => {
  it.live("on loopback (the default) the control plane is open and the banner gives no key", () =>
    withEmulator({}, (emulator) =>
      Effect.gen(function*() {
        expect(emulator.host).toBe("127.0.0.1")
        expect(emulator.loopbackOnly).toBe(true)
        expect(emulator.adminKey).toBeUndefined()
        for (const path of GUARDED) expect((yield* call(`${emulator.baseUrl}${path}`)).status, path).toBe(200)
        const banner = Cli.banner(emulator)
        expect(banner).not.toContain("WARNING")
        expect(banner).toContain(`Admin page:      ${emulator.baseUrl}/__emulator/`)
        expect(banner).toContain(`API docs:        ${emulator.baseUrl}/__emulator/docs`)
      })))

  it.live("beyond loopback a key is generated; the control plane, admin page, docs and token minting need it", () =>
    withEmulator({ host: "0.0.0.0" }, (emulator) =>
      Effect.gen(function*() {
        expect(emulator.loopbackOnly).toBe(false)
        const key = Redacted.value(emulator.adminKey!)
        expect(key).toMatch(/^[A-Za-z0-9]{32}$/)
        const banner = Cli.banner(emulator)
        expect(banner).toContain("WARNING: listening on 0.0.0.0: the emulator is reachable from the network")
        expect(banner).toContain(`Admin key:       ${key}`)
        expect(banner).toContain(`/__emulator/?key=${key}`)
        for (const path of GUARDED) {
          const refused = yield* call(`${emulator.baseUrl}${path}`)
          expect(refused.status, path).toBe(401)
          expect(refused.body).toMatchObject({ statusCode: 401, errorCode: "admin_key_required" })
          expect(refused.text).not.toContain(key)
          expect((yield* call(`${emulator.baseUrl}${path}`, { headers: { "x-emulator-admin-key": `${key}x` } })).status, path).toBe(401)
          expect((yield* call(`${emulator.baseUrl}${path}`, { headers: { "x-emulator-admin-key": key } })).status, path).toBe(200)
        }
        // Writes too.
        expect((yield* call(`${emulator.baseUrl}/__emulator/reset`, { method: "POST" })).status).toBe(401)
        expect((yield* call(`${emulator.baseUrl}/__emulator/faults`, { method: "DELETE" })).status).toBe(401)
        // Health stays open for health checks; the Management API keeps its own bearer auth.
        expect((yield* call(`${emulator.baseUrl}/__emulator/health`)).status).toBe(200)
        expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
        // A browser opening the banner's URL gets a cookie for the page's own requests.
        const visit = yield* call(`${emulator.baseUrl}/__emulator/?key=${key}`)
        expect(visit.status).toBe(200)
        const cookie = visit.headers.get("set-cookie")!
        expect(cookie).toContain("HttpOnly")
        expect(cookie).toContain("Path=/__emulator")
        const withCookie = yield* call(`${emulator.baseUrl}/__emulator/requests`, { headers: { cookie: cookie.split(";")[0]! } })
        expect(withCookie.status).toBe(200)
        expect((yield* call(`${emulator.baseUrl}/__emulator/?key=wrong`)).status).toBe(401)
      })))

  it.live("a key given on loopback is required too", () =>
    withEmulator({ adminKey: "given-key" }, (emulator) =>
      Effect.gen(function*() {
        expect(Redacted.value(emulator.adminKey!)).toBe("given-key")
        expect((yield* call(`${emulator.baseUrl}/__emulator/snapshot`)).status).toBe(401)
        expect((yield* call(`${emulator.baseUrl}/__emulator/snapshot`, { headers: { "x-emulator-admin-key": "given-key" } })).status).toBe(200)
      })))

  it("the CLI reads --admin-key and EMULATOR_ADMIN_KEY (the flag wins)", () => {
    const fromEnv = Cli.parse([], { EMULATOR_ADMIN_KEY: "env-key" })
    expect(fromEnv._tag === "Run" && Redacted.value(fromEnv.options.adminKey as Redacted.Redacted<string>)).toBe("env-key")
    const flag = Cli.parse(["--admin-key", "flag-key"], { EMULATOR_ADMIN_KEY: "env-key" })
    expect(flag._tag === "Run" && Redacted.value(flag.options.adminKey as Redacted.Redacted<string>)).toBe("flag-key")
    expect(Cli.parse(["--reset"], {})).toEqual({ _tag: "Invalid", message: "--reset needs --data-dir" })
    const persisted = Cli.parse(["--data-dir", "/tmp/x", "--reset"], {})
    expect(persisted._tag === "Run" && persisted.options).toMatchObject({ dataDir: "/tmp/x", resetData: true })
  })

  it.live("secrets are masked on the admin page's data and in the snapshot; the request log never holds them", () =>
    withEmulator({}, (emulator) =>
      Effect.gen(function*() {
        yield* api(emulator, "POST", "/connections", {
          body: { name: "okta", strategy: "okta", options: { client_id: "x", client_secret: "okta-secret", domain: "a.okta.com" } }
        })
        yield* api(emulator, "POST", "/connections", { body: { name: "sms", strategy: "sms", options: { twilio_token: "twilio-secret" } } })
        for (const path of ["/__emulator/connections", "/__emulator/snapshot", "/__emulator/requests", "/__emulator/export"]) {
          const answer = yield* call(`${emulator.baseUrl}${path}`)
          expect(answer.status, path).toBe(200)
          expect(answer.text, path).not.toContain("okta-secret")
          expect(answer.text, path).not.toContain("twilio-secret")
        }
        const page = (yield* call(`${emulator.baseUrl}/__emulator/connections?name=OK`)).body as any
        expect(page).toMatchObject({ total: 2, matching: 1 })
        expect(page.connections[0].options.client_secret).toBe("********")
      })))

  it.live("the admin page's data is a filtered page, 200 at a time from an offset, with the store's strategies", () =>
    withEmulator({
      seed: {
        connections: Array.from({ length: 450 }, (_, i) => ({ name: `c-${String(i).padStart(3, "0")}`, strategy: i % 3 === 0 ? "sms" : "auth0" }))
      }
    }, (emulator) =>
      Effect.gen(function*() {
        const get = (query: string) => Effect.map(call(`${emulator.baseUrl}/__emulator/connections?${query}`), (a) => a.body as any)
        const first = yield* get("")
        expect(first).toMatchObject({ total: 450, matching: 450, offset: 0, limit: 200, strategies: ["auth0", "sms"] })
        expect(first.connections).toHaveLength(200)
        const last = yield* get("offset=400")
        expect(last.connections.map((c: any) => c.name)).toEqual(Array.from({ length: 50 }, (_, i) => `c-${400 + i}`))
        const sms = yield* get("strategy=sms&name=C-1&offset=10")
        // c-100…c-199 whose index is a multiple of 3: 33 of them; the page starts at the 11th.
        expect(sms).toMatchObject({ total: 450, matching: 33 })
        expect(sms.connections[0].name).toBe("c-132")
        expect((yield* get("offset=bogus")).offset).toBe(0)
      })))
})
