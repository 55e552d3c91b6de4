import { describe, expect, it } from "@effect/vitest"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import * as EmulatorClient from "@effect-auth0/emulator/EmulatorClient"
import { Effect, Exit, Layer, Redacted } from "effect"
import { createAdConnection, exitCodeOf, program } from "../create-connection.js"
import { captureConsole, envWithoutAuth0, onEmulator, requestLog, run, storedConnections } from "./helpers.js"

describe("create-connection", () => {
  it.live("creates the AD connection, prints it and deletes it again", () =>
    Effect.gen(function*() {
      const { result, lines } = yield* captureConsole(program("corp-ad"))
      expect(Exit.isSuccess(result) && result.value._tag).toBe("Created")
      expect(lines[0]).toMatch(/^created corp-ad \(con_[A-Za-z0-9]{16}, strategy ad\)$/)
      expect(lines[1]).toMatch(/^deleted con_[A-Za-z0-9]{16} again$/)
      expect(yield* storedConnections).toEqual([])
    }).pipe(Effect.provide(onEmulator())))

  it.live("a taken name is a Conflict, handled by returning the existing connection", () =>
    Effect.gen(function*() {
      const [existing] = yield* storedConnections
      const outcome = yield* createAdConnection("corp-ad")
      expect(outcome._tag).toBe("AlreadyExisted")
      if (outcome._tag === "AlreadyExisted") expect(outcome.connection.id).toBe(existing!.id)
      expect(yield* storedConnections).toHaveLength(1)
      const posts = (yield* requestLog).filter((r) => r.method === "POST" && r.path === "/api/v2/connections")
      expect(posts.map((r) => r.status)).toEqual([409])
    }).pipe(Effect.provide(onEmulator({ seed: { connections: [{ name: "corp-ad", strategy: "ad" }] } }))))

  it.live("an invalid name is rejected before any request", () =>
    Effect.gen(function*() {
      const outcome = yield* createAdConnection("corp ad")
      expect(outcome._tag).toBe("Rejected")
      if (outcome._tag === "Rejected") expect(outcome.reason).toMatch(/^invalid name: must start and end with a letter or digit/)
      expect((yield* requestLog).filter((r) => r.path.startsWith("/api/v2"))).toEqual([])
    }).pipe(Effect.provide(onEmulator())))

  it.live("a token without create:connections gets InsufficientScope, reported with the scope it needs", () =>
    Effect.gen(function*() {
      const outcome = yield* createAdConnection("corp-ad")
      expect(outcome).toEqual({ _tag: "Rejected", reason: expect.stringMatching(/^the token needs create:connections/) })
    }).pipe(Effect.provide(Layer.unwrapScoped(Effect.gen(function*() {
      const emulator = yield* Emulator.make({ requestLogLevel: "None" })
      const token = yield* emulator.mintToken(["read:connections"])
      return EmulatorClient.layerFor(emulator, EmulatorClient.staticToken(token))
    })))))

  it.live("as a script, exits 3 when the connection already existed: it did not create it", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make({ requestLogLevel: "None", seed: { connections: [{ name: "corp-ad", strategy: "ad" }] } })
      const env = {
        ...envWithoutAuth0(),
        AUTH0_BASE_URL: emulator.baseUrl,
        AUTH0_CLIENT_ID: emulator.clientId,
        AUTH0_CLIENT_SECRET: Redacted.value(emulator.clientSecret)
      }
      const script = ["--import", "tsx", "--conditions=source", "examples/create-connection.ts", "corp-ad"]
      const existed = yield* Effect.promise(() => run(process.execPath, script, env))
      expect(existed.stdout).toMatch(/^corp-ad already exists \(con_[A-Za-z0-9]+\): nothing to do$/m)
      expect(existed.code).toBe(3)
      expect(exitCodeOf({ _tag: "Rejected", reason: "x" })).toBe(1)
    }).pipe(Effect.scoped), 60_000)

  it("as a script, exits 0 when it created the connection and 1 when it did not", async () => {
    const script = ["--import", "tsx", "--conditions=source", "examples/create-connection.ts"]
    const created = await run(process.execPath, [...script, "corp-ad"], envWithoutAuth0())
    expect(created.stdout).toMatch(/^created corp-ad /m)
    expect(created.code).toBe(0)
    const rejected = await run(process.execPath, [...script, "corp ad"], envWithoutAuth0())
    expect(rejected.stdout).toMatch(/^not created: invalid name/m)
    expect(rejected.code).toBe(1)
  }, 60_000)
})
