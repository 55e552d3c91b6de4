/**
 * `create` against a server that was never reached: nothing can have been sent, so there is nothing to reconcile;
 * and `attempts` counts the requests a call really sent.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Redacted, TestClock } from "effect"
import { ConnectionName } from "@effect-auth0/domain/Identifiers"
import { type Answer, auth0Connection, auth0Error, CLIENT_SECRET, json, makeService, type Seen, settle } from "./helpers.js"

const NAME = "Test-Auth0-Connection-1757329209"
const input = { name: ConnectionName.make(NAME), strategy: "auth0" as const }
const unavailable = () => json(503, auth0Error(503, "Service Unavailable", "Service Unavailable"))
const advance = (millis: number) => Effect.zipRight(settle, Effect.zipRight(TestClock.adjust(millis), settle))

/** `create` with client credentials whose token endpoint always gives `answer()`; the API itself would answer 201. */
const createWithTokenAnswer = (answer: () => Answer) =>
  Effect.gen(function*() {
    const { service, seen } = makeService((req) => (req.path === "/oauth/token" ? answer() : json(201, auth0Connection())), {
      token: undefined,
      clientId: "client-abc",
      clientSecret: Redacted.make(CLIENT_SECRET),
      maxRetries: 0
    })
    const svc = yield* service
    const fiber = yield* Effect.fork(Effect.flip(svc.create(input)))
    // The token provider retries its own request (2 retries, backoff from 500 ms).
    for (let i = 0; i < 4; i++) yield* advance(5000)
    return { error: yield* Fiber.join(fiber), seen }
  })

describe("create against a server that was never reached", () => {
  for (const failure of ["refused", "dns", "invalid-url"] as const) {
    it.effect(`${failure}: fails at once with the POST's own error, no lookup, no wait`, () =>
      Effect.gen(function*() {
        const { service, seen } = makeService(() => failure)
        const svc = yield* service
        // No clock adjustment: any backoff or lookup retry would leave the fiber suspended.
        const fiber = yield* Effect.fork(Effect.flip(svc.create(input)))
        yield* settle
        const error = yield* Fiber.join(fiber)
        expect(error).toMatchObject({ _tag: "TransportError", method: "POST", url: "https://tenant.test/api/v2/connections", sent: false, attempts: 1 })
        expect(error.message).toMatch(/^POST https:\/\/tenant\.test\/api\/v2\/connections: /)
        expect(seen.map((s) => s.method)).toEqual(["POST"])
      }))
  }

  it.effect("the token request failing: the POST was never sent; its error names the POST and the token request", () =>
    Effect.gen(function*() {
      const { error, seen } = yield* createWithTokenAnswer(() => "refused")
      expect(error).toMatchObject({ _tag: "TransportError", method: "POST", url: "https://tenant.test/api/v2/connections", sent: false, attempts: 0 })
      expect(error.message).toContain("POST https://tenant.test/api/v2/connections")
      expect(error.message).toContain("POST https://tenant.test/oauth/token")
      expect(JSON.stringify(error)).not.toContain(CLIENT_SECRET)
      // The token request and its 2 retries; never a lookup of the name.
      expect(seen.map((s: Seen) => `${s.method} ${s.path}`)).toEqual(Array(3).fill("POST /oauth/token"))
    }))

  it.effect("the token endpoint answering 503: the POST was never sent, so create neither looks the name up nor waits", () =>
    Effect.gen(function*() {
      const { error, seen } = yield* createWithTokenAnswer(unavailable)
      expect(error).toMatchObject({ _tag: "ServerError", sent: false, attempts: 0 })
      expect(error.message).toMatch(/^POST https:\/\/tenant\.test\/api\/v2\/connections: not sent: /)
      expect(seen.every((s: Seen) => s.path === "/oauth/token")).toBe(true)
    }))

  it.effect("a GET to a refused port is still retried (the server may be starting) and reports every attempt", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => "refused", { maxRetries: 2 })
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.flip(svc.list()))
      for (let i = 0; i < 4; i++) yield* advance(5000)
      expect(yield* Fiber.join(fiber)).toMatchObject({ _tag: "TransportError", method: "GET", sent: false, attempts: 3 })
      expect(seen).toHaveLength(3)
    }))

  it.effect("an invalid URL is never retried: it cannot work the second time", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => "invalid-url")
      const svc = yield* service
      const error = yield* Effect.flip(svc.list())
      expect(error).toMatchObject({ _tag: "TransportError", method: "GET", sent: false, attempts: 1 })
      expect(seen).toHaveLength(1)
    }))
})

describe("attempts counts the requests a create really sent", () => {
  it.effect("5 POSTs failing with 503 (lookups in between) → ServerError with attempts 5, the lookups reported apart", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((req) => (req.method === "POST" ? unavailable() : json(200, { connections: [] })), { maxRetries: 4 })
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.flip(svc.create(input)))
      for (let i = 0; i < 10; i++) yield* advance(30_000)
      const error = yield* Fiber.join(fiber)
      const posts = seen.filter((s) => s.method === "POST").length
      const lookups = seen.filter((s) => s.method === "GET").length
      expect(posts).toBe(5)
      expect(lookups).toBe(5)
      expect(error).toMatchObject({ _tag: "ServerError", statusCode: 503, attempts: 5 })
      expect(error.message).toContain("5 POSTs")
      expect(error.message).toContain("5 lookups")
    }))
})
