import { expect, it, layer } from "@effect/vitest"
import { Effect, Exit, Redacted } from "effect"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import * as Engine from "@effect-auth0/engine/Engine"
import { api, call } from "./helpers.js"

layer(Emulator.layer({ tenantDomain: "inproc.example.com", clientId: "my-client", clientSecret: "my-secret", ids: "sequential" }))(
  "Emulator.layer",
  (it) => {
    it.effect("gives the URLs, credentials and engine of a server on a free loopback port", () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator.Emulator
        expect(emulator.port).toBeGreaterThan(0)
        expect(emulator.baseUrl).toBe(`http://127.0.0.1:${emulator.port}`)
        expect(emulator.apiUrl).toBe(`${emulator.baseUrl}/api/v2`)
        expect(emulator.audience).toBe("https://inproc.example.com/api/v2/")
        expect(emulator.clientId).toBe("my-client")
        expect(Redacted.value(emulator.clientSecret)).toBe("my-secret")
        // Secrets stay redacted when printed.
        expect(String(emulator.clientSecret)).not.toContain("my-secret")
        expect(JSON.stringify({ token: emulator.adminToken })).not.toContain(Redacted.value(emulator.adminToken))
        const created = yield* api(emulator, "POST", "/connections", { body: { name: "inproc-db", strategy: "auth0" } })
        expect(created.status).toBe(201)
        expect((created.body as { id: string }).id).toBe("con_0000000000000001")
        const snapshot = yield* emulator.engine.snapshot
        expect(snapshot.connections.map((c) => c.name)).toEqual(["inproc-db"])
      }))

    it.effect("a custom default client gets tokens from /oauth/token", () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator.Emulator
        const grant = yield* call(emulator.tokenUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ grant_type: "client_credentials", client_id: "my-client", client_secret: "my-secret", audience: emulator.audience })
        })
        expect(grant.status).toBe(200)
      }))

    it.effect("fetch sends https://{tenantDomain} URLs to the emulator and leaves others alone", () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator.Emulator
        const response = yield* Effect.promise(() =>
          emulator.fetch("https://inproc.example.com/api/v2/connections", { headers: { authorization: `Bearer ${Redacted.value(emulator.adminToken)}` } })
        )
        expect(response.status).toBe(200)
        const viaUrl = yield* Effect.promise(() => emulator.fetch(new URL("https://inproc.example.com/__emulator/health")))
        expect(viaUrl.status).toBe(200)
        const viaRequest = yield* Effect.promise(() => emulator.fetch(new Request("https://inproc.example.com/oauth/token", { method: "POST", body: "grant_type=password", headers: { "content-type": "application/x-www-form-urlencoded" } })))
        expect(viaRequest.status).toBe(400)
        const elsewhere = yield* Effect.either(Effect.tryPromise(() => emulator.fetch("http://127.0.0.1:1/nothing")))
        expect(elsewhere._tag).toBe("Left")
      }))
  }
)

it.effect("a port in use fails with EmulatorError Listen; the first server keeps working", () =>
  Effect.gen(function*() {
    const first = yield* Emulator.make()
    const second = yield* Effect.exit(Emulator.make({ port: first.port }))
    expect(Exit.isFailure(second)).toBe(true)
    if (Exit.isFailure(second)) {
      const error = second.cause._tag === "Fail" ? second.cause.error : undefined
      expect(error).toMatchObject({ _tag: "EmulatorError", reason: "Listen" })
    }
    expect((yield* call(`${first.baseUrl}/__emulator/health`)).status).toBe(200)
  }).pipe(Effect.scoped))

it.effect("an invalid startup seed fails with EmulatorError Seed", () =>
  Effect.gen(function*() {
    const error = yield* Effect.flip(Emulator.make({ seed: { connections: [{ name: "bad name!", strategy: "auth0" }] } }))
    expect(error).toMatchObject({ _tag: "EmulatorError", reason: "Seed" })
  }).pipe(Effect.scoped))

it.effect("closing the scope stops the server and closes kept-alive connections", () =>
  Effect.gen(function*() {
    const baseUrl = yield* Effect.scoped(
      Effect.gen(function*() {
        const emulator = yield* Emulator.make()
        expect((yield* call(`${emulator.baseUrl}/__emulator/health`)).status).toBe(200)
        return emulator.baseUrl
      })
    )
    expect((yield* Effect.either(call(`${baseUrl}/__emulator/health`)))._tag).toBe("Left")
  }))

it("startEmulator: the Promise API for code without Effect", async () => {
  const emulator = await Emulator.startEmulator({ tenantDomain: "promise.example.com" })
  try {
    const token = Redacted.value(await emulator.mintToken(["read:connections"]))
    const response = await fetch(`${emulator.apiUrl}/connections`, { headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(200)
    await emulator.addFaults([{ path: "/api/v2/connections", status: 503 }])
    expect((await fetch(`${emulator.apiUrl}/connections`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(503)
    expect((await emulator.requests()).map((r) => r.status)).toEqual([200, 503])
    await emulator.reset()
    expect(await emulator.requests()).toEqual([])
  } finally {
    await emulator.close()
  }
  await expect(fetch(`${emulator.baseUrl}/__emulator/health`)).rejects.toThrow()
})

it.effect("an engine defect is a 500 envelope, logged, and the server keeps serving", () =>
  Effect.gen(function*() {
    const engine = yield* Engine.make()
    const emulator = yield* Emulator.make({ engine: { ...engine, handle: () => Effect.die(new Error("engine bug")) } })
    const answer = yield* api(emulator, "GET", "/connections")
    expect(answer.status).toBe(500)
    expect(answer.body).toEqual({ statusCode: 500, error: "Internal Server Error", message: "Internal Server Error" })
    expect((yield* call(`${emulator.baseUrl}/__emulator/health`)).status).toBe(200)
  }).pipe(Effect.scoped))

it.effect("programmatic fault rules are validated like posted ones", () =>
  Effect.gen(function*() {
    const emulator = yield* Emulator.make()
    const error = yield* Effect.flip(emulator.addFaults([{ status: 503 }, { pathRegex: "(", status: 500 }]))
    expect(error.message).toContain("pathRegex")
    expect(yield* emulator.faults).toEqual([])
  }).pipe(Effect.scoped))
