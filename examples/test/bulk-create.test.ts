import { describe, expect, it } from "@effect/vitest"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import { Effect, Exit } from "effect"
import { bulkCreate, emulatorSettings } from "../bulk-create.js"
import { captureConsole, onEmulator, requestLog, storedConnections } from "./helpers.js"

describe("bulk-create", () => {
  it.live("creates and deletes N connections through the rate limiter, without a single 429", () =>
    Effect.gen(function*() {
      const progress: Array<string> = []
      const { lines, result } = yield* captureConsole(bulkCreate({ count: 60, concurrency: 8, prefix: "bulk", write: (t) => void progress.push(t) }))
      expect(Exit.isSuccess(result) && result.value).toMatchObject({ created: 60, deleted: 60, tooManyRequests: 0 })
      expect(lines).toContain("429 Too Many Requests met: 0")
      expect(yield* storedConnections).toEqual([])

      const log = yield* requestLog
      expect(log.filter((r) => r.status === 429)).toEqual([])
      expect(log.filter((r) => r.method === "POST" && r.path === "/api/v2/connections" && r.status === 201)).toHaveLength(60)
      expect(log.filter((r) => r.method === "DELETE" && r.status === 202)).toHaveLength(60)

      // One progress line every 6 steps (a tenth), for each phase.
      expect(progress.filter((l) => l.startsWith("creating"))).toHaveLength(10)
      expect(progress.filter((l) => l.startsWith("deleting"))).toHaveLength(10)
      expect(progress.find((l) => l.startsWith("creating"))).toMatch(/^creating \[██░+\] 6\/60 \(/)
      expect(progress.at(-1)).toMatch(/^deleting \[█{24}\] 60\/60 \(/)
    }).pipe(Effect.provide(onEmulator(emulatorSettings))))

  it.live("counts the 429s the client met and retried, and prints the count", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.Emulator
      // Three creates are answered 429 (retry-after: 1 s); the client waits and sends them again.
      yield* emulator.addFaults([{ method: "POST", path: "/api/v2/connections", times: 3, status: 429 }])
      const { lines, result } = yield* captureConsole(bulkCreate({ count: 5, concurrency: 5, prefix: "limited", write: () => {} }))
      expect(Exit.isSuccess(result) && result.value).toMatchObject({ created: 5, deleted: 5, tooManyRequests: 3 })
      expect(lines).toContain("429 Too Many Requests met: 3 (each retried by the client after the wait Auth0 asked for)")
      expect((yield* requestLog).filter((r) => r.status === 429)).toHaveLength(3)
    }).pipe(Effect.provide(onEmulator(emulatorSettings))))

  it.live("deletes everything it created when a create fails half-way", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.Emulator
      // Ten creates go through, the eleventh is refused.
      yield* emulator.addFaults([
        { method: "POST", path: "/api/v2/connections", times: 10, delayMs: 0 },
        { method: "POST", path: "/api/v2/connections", times: 1, status: 400 }
      ])
      const { result } = yield* captureConsole(bulkCreate({ count: 30, concurrency: 4, prefix: "half", write: () => {} }))
      expect(Exit.isFailure(result)).toBe(true)
      if (Exit.isFailure(result)) expect(JSON.stringify(result.cause)).toContain("InvalidRequest")
      expect(yield* storedConnections).toEqual([])
    }).pipe(Effect.provide(onEmulator(emulatorSettings))))
})
