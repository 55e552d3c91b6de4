import { describe, expect, it, layer } from "@effect/vitest"
import { Effect } from "effect"
import { Emulator, layer as emulatorLayer } from "@effect-auth0/emulator/Emulator"
import * as RateLimit from "../src/internal/rateLimit.js"
import { api, call } from "./helpers.js"

const rateHeaders = (headers: Headers) => ({
  limit: Number(headers.get("x-ratelimit-limit")),
  remaining: Number(headers.get("x-ratelimit-remaining")),
  reset: Number(headers.get("x-ratelimit-reset"))
})

describe("token bucket", () => {
  it("allows a burst, refuses the next with retry-after, and refills at the configured rate", () => {
    const bucket = RateLimit.makeBucket({ requestsPerSecond: 2, burst: 3 })
    const t0 = 1_700_000_000_000
    expect([bucket.take(t0), bucket.take(t0), bucket.take(t0)].map((d) => [d.allowed, d.remaining])).toEqual([[true, 2], [true, 1], [true, 0]])
    const refused = bucket.take(t0)
    expect(refused).toMatchObject({ allowed: false, remaining: 0, limit: 3, retryAfter: 1 })
    // Empty bucket: full again 1.5 s later (3 tokens at 2/s).
    expect(refused.reset).toBe(Math.ceil((t0 + 1500) / 1000))
    expect(bucket.take(t0 + 499).allowed).toBe(false)
    expect(bucket.take(t0 + 500).allowed).toBe(true)
    expect(bucket.take(t0 + 10_000).remaining).toBe(2)
  })

  it("asks for more than one second when the rate is below 1/s", () => {
    const bucket = RateLimit.makeBucket({ requestsPerSecond: 0.25, burst: 1 })
    bucket.take(0)
    expect(bucket.take(0).retryAfter).toBe(4)
  })
})

layer(emulatorLayer())("rate-limit headers without a limit", (it) => {
  it.effect("every /api/v2 response carries x-ratelimit-*, whatever its status", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answers = [
        yield* api(emulator, "GET", "/connections"),
        yield* call(`${emulator.apiUrl}/connections`),
        yield* api(emulator, "GET", "/connections/con_0000000000000000"),
        yield* api(emulator, "POST", "/connections", { body: "{oops" }),
        yield* api(emulator, "GET", "/nothing-here")
      ]
      expect(answers.map((a) => a.status)).toEqual([200, 401, 404, 400, 404])
      const nowSeconds = Math.floor(Date.now() / 1000)
      for (const answer of answers) {
        const h = rateHeaders(answer.headers)
        expect(h.limit).toBeGreaterThan(0)
        expect(h.remaining).toBe(h.limit)
        expect(Math.abs(h.reset - nowSeconds)).toBeLessThanOrEqual(2)
      }
    }))
})

layer(emulatorLayer({ rateLimit: { requestsPerSecond: 1, burst: 3 } }), { excludeTestServices: true })("rate limiting", (it) => {
  it.effect("counts down, answers Auth0's 429 with retry-after when exhausted, then recovers after waiting", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const first = yield* api(emulator, "GET", "/connections")
      const second = yield* api(emulator, "GET", "/connections")
      const third = yield* api(emulator, "GET", "/connections")
      expect([first, second, third].map((a) => [a.status, rateHeaders(a.headers).limit, rateHeaders(a.headers).remaining])).toEqual([
        [200, 3, 2],
        [200, 3, 1],
        [200, 3, 0]
      ])
      const limited = yield* api(emulator, "GET", "/connections")
      expect(limited.status).toBe(429)
      expect(limited.body).toEqual({ statusCode: 429, error: "Too Many Requests", message: "Global limit has been reached", errorCode: "too_many_requests" })
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1)
      expect(rateHeaders(limited.headers).remaining).toBe(0)
      expect(rateHeaders(limited.headers).reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000))
      // One request per second: a token is back one second after the bucket ran dry.
      yield* Effect.sleep("1100 millis")
      const recovered = yield* api(emulator, "GET", "/connections")
      expect(recovered.status).toBe(200)
    }))

  it.effect("the control plane is never rate limited, and reset refills the bucket", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (let i = 0; i < 5; i++) yield* api(emulator, "GET", "/connections")
      for (let i = 0; i < 10; i++) expect((yield* call(`${emulator.baseUrl}/__emulator/health`)).status).toBe(200)
      expect((yield* call(`${emulator.baseUrl}/__emulator/reset`, { method: "POST" })).status).toBe(204)
      const after = yield* api(emulator, "GET", "/connections")
      expect(after.status).toBe(200)
      expect(rateHeaders(after.headers).remaining).toBe(2)
    }))

  it.effect("settings can turn the limit off and on at runtime", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const off = yield* call(`${emulator.baseUrl}/__emulator/settings`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ rateLimit: null })
      })
      expect(off.body).toEqual({ rateLimit: null, latencyMs: 0, directoryProvisioning: true })
      for (let i = 0; i < 10; i++) expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
      yield* emulator.updateSettings({ rateLimit: { requestsPerSecond: 1, burst: 1 } })
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(429)
      const bad = yield* call(`${emulator.baseUrl}/__emulator/settings`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ rateLimit: { requestsPerSecond: -1 } })
      })
      expect(bad.status).toBe(400)
    }))
})
