import { describe, expect, it } from "@effect/vitest"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import { Effect, Exit } from "effect"
import { quickstart } from "../quickstart.js"
import { captureConsole, envWithoutAuth0, onEmulator, requestLog, run, storedConnections } from "./helpers.js"

describe("quickstart", () => {
  it.live("creates, lists, updates and deletes three connections, handling the errors it provokes", () =>
    Effect.gen(function*() {
      const { result, output } = yield* captureConsole(quickstart({ prefix: "qs" }))
      expect(Exit.isSuccess(result)).toBe(true)
      if (!Exit.isSuccess(result)) return
      const r = result.value
      expect(r.created.map((c) => [c.name, c.strategy])).toEqual([["qs-db", "auth0"], ["qs-saml", "samlp"], ["qs-google", "google-oauth2"]])
      expect(r.listed.map((c) => c.name)).toEqual(["qs-db", "qs-google", "qs-saml"])
      expect(r.provoked).toEqual(["Conflict", "InvalidRequest", "ConnectionNotFound"])
      // updateOptions changed one option and kept the others.
      expect(r.updatedOptions).toMatchObject({ passwordPolicy: "excellent", brute_force_protection: true, password_history: { enable: true, size: 5 } })
      expect(r.leftOver).toBe(0)
      expect(yield* storedConnections).toEqual([])

      expect(output).toContain("✗ Conflict (409 connection_conflict): A connection with the same name already exists")
      expect(output).toContain("metadata.description: must be at most 255 characters (got 315)")
      expect(output).toContain("ConnectionNotFound (404 inexistent_connection)")

      // The over-long metadata was caught locally: the only PATCHes are the retry and updateOptions' write.
      const log = yield* requestLog
      expect(log.filter((r) => r.method === "PATCH").map((r) => r.status)).toEqual([200, 200])
      expect(log.filter((r) => r.method === "POST" && r.path === "/api/v2/connections").map((r) => r.status)).toEqual([201, 201, 201, 409])
      expect(log.filter((r) => r.method === "DELETE").map((r) => r.status)).toEqual([202, 202, 202])
    }).pipe(Effect.provide(onEmulator())))

  it.live("deletes what it created when a later step fails", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.Emulator
      // The first create goes through, the second is refused with a 403.
      yield* emulator.addFaults([
        { method: "POST", path: "/api/v2/connections", times: 1, delayMs: 0 },
        { method: "POST", path: "/api/v2/connections", times: 1, status: 403, body: { statusCode: 403, error: "Forbidden", message: "Insufficient scope, expected any of: create:connections", errorCode: "insufficient_scope" } }
      ])
      const { result } = yield* captureConsole(quickstart({ prefix: "qs-fail" }))
      expect(Exit.isFailure(result)).toBe(true)
      if (Exit.isFailure(result)) expect(JSON.stringify(result.cause)).toContain("InsufficientScope")
      expect(yield* storedConnections).toEqual([])
    }).pipe(Effect.provide(onEmulator())))

  it("`npm start` runs it on the in-process emulator when no AUTH0_* variable is set", async () => {
    const { code, stdout } = await run("npm", ["start", "--silent"], envWithoutAuth0())
    expect(code).toBe(0)
    expect(stdout).toMatch(/running against the emulator started in-process at http:\/\/127\.0\.0\.1:\d+/)
    expect(stdout).toContain("Done: 3 connections created and deleted, typed errors handled: Conflict, InvalidRequest, ConnectionNotFound.")
  })
})
