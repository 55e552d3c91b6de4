/**
 * `EmulatorClient`: one layer that starts an emulator and points the HTTP `ConnectionsService` at it.
 */
import { expect, it, layer } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import { CreateConnection } from "@effect-auth0/domain/ConnectionRequest"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import * as EmulatorClient from "@effect-auth0/emulator/EmulatorClient"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"

const create = Schema.decodeUnknownSync(CreateConnection)

layer(EmulatorClient.layer({
  emulator: { tenantDomain: "client.example.com", clientId: "layer-client", clientSecret: "layer-secret", seed: { connections: [{ name: "seeded", strategy: "auth0" }] } },
  client: { rateLimit: false }
}), { excludeTestServices: true })("EmulatorClient.layer", (it) => {
  it.effect("provides the emulator and a client that reaches it with the emulator's client credentials", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.Emulator
      const connections = yield* ConnectionsService
      yield* emulator.reset
      expect((yield* connections.list()).connections.map((c) => c.name)).toEqual(["seeded"])
      const created = yield* connections.create(create({ name: "through-the-client", strategy: "auth0" }))
      const stored = (yield* emulator.engine.snapshot).connections.map((c) => c.name)
      expect(stored).toContain("through-the-client")
      expect(stored).toContain(created.name)
      const log = yield* emulator.requests
      // The client fetched its own token with the emulator's default client, then called the API as that client.
      const grant = log.find((r) => r.path === "/oauth/token")
      expect(grant).toMatchObject({ method: "POST", status: 200, clientId: "layer-client" })
      expect(log.filter((r) => r.path.startsWith("/api/v2/")).every((r) => r.clientId === "layer-client")).toBe(true)
    }))

  it.effect("clientOptions: the tenant domain, base URL and credentials, overrides winning", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.Emulator
      const options = EmulatorClient.clientOptions(emulator, { maxRetries: 1 })
      expect(options).toMatchObject({ domain: "client.example.com", baseUrl: emulator.baseUrl, clientId: "layer-client", maxRetries: 1 })
      expect(options.clientSecret).toBe(emulator.clientSecret)
      expect(EmulatorClient.clientOptions(emulator, EmulatorClient.staticToken(emulator.adminToken))).toMatchObject({
        token: emulator.adminToken,
        clientId: undefined,
        clientSecret: undefined
      })
    }))
})

it.effect("layerFor with a static token: no token request, and the token's scopes are what the API checks", () =>
  Effect.gen(function*() {
    const emulator = yield* Emulator.make({ requestLogLevel: "None" })
    const readOnly = yield* emulator.mintToken(["read:connections"])
    const outcome = yield* Effect.gen(function*() {
      const connections = yield* ConnectionsService
      expect((yield* connections.list()).connections).toEqual([])
      return yield* Effect.flip(connections.create(create({ name: "not-allowed", strategy: "auth0" })))
    }).pipe(Effect.provide(EmulatorClient.layerFor(emulator, { ...EmulatorClient.staticToken(readOnly), rateLimit: false }, NodeHttpClient.layer)))
    expect(outcome._tag).toBe("InsufficientScope")
    const log = yield* emulator.requests
    expect(log.some((r) => r.path === "/oauth/token")).toBe(false)
    expect(log.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 200", "POST 403"])
  }).pipe(Effect.scoped), { timeout: 30_000 })

it.effect("a layer failure to start is the emulator's typed error", () =>
  Effect.gen(function*() {
    const error = yield* Effect.flip(Layer.build(EmulatorClient.layer({ emulator: { port: 70_000 } })).pipe(Effect.scoped))
    expect(error).toMatchObject({ _tag: "EmulatorError", reason: "Options" })
  }))
