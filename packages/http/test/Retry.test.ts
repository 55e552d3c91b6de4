import { describe, expect, it } from "@effect/vitest"
import { Chunk, Clock, Effect, Either, Exit, Fiber, Option, TestClock } from "effect"
import { ConnectionName, type ScimTokenId } from "@effect-auth0/domain/Identifiers"
import { auth0Connection, auth0Error, empty, ID, json, makeService, settle } from "./helpers.js"

const tooMany = (headers: Record<string, string> = {}) =>
  json(429, auth0Error(429, "Too Many Requests", "Global limit has been reached", "too_many_requests"), headers)
const unavailable = () => json(503, auth0Error(503, "Service Unavailable", "Service Unavailable"))

/** Moves the test clock after letting in-flight (real-time) work settle. */
const advance = (millis: number) => Effect.zipRight(settle, Effect.zipRight(TestClock.adjust(millis), settle))

const NAME = "Test-Auth0-Connection-1757329209"
const page = (connections: ReadonlyArray<unknown>) => json(200, { connections })

describe("429", () => {
  it.effect("waits for Retry-After, then retries", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((_, i) => (i === 0 ? tooMany({ "retry-after": "2" }) : json(200, auth0Connection())))
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.get(ID))
      yield* advance(1999)
      expect(seen).toHaveLength(1)
      yield* advance(1)
      const connection = yield* Fiber.join(fiber)
      expect(connection.id).toBe(ID)
      expect(seen).toHaveLength(2)
    }))

  it.effect("with only X-RateLimit-Reset, waits until the reset (never before it)", () =>
    Effect.gen(function*() {
      // The test clock starts at epoch 0: a reset at epoch second 3 is 3 s away.
      const { service, seen } = makeService((_, i) =>
        i === 0 ? tooMany({ "x-ratelimit-limit": "50", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "3" }) : json(200, auth0Connection())
      )
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.get(ID))
      yield* advance(2999)
      expect(seen).toHaveLength(1)
      // At most 10 % jitter after the reset.
      yield* advance(301)
      yield* Fiber.join(fiber)
      expect(seen).toHaveLength(2)
    }))

  it.effect("without headers, backs off exponentially with jitter (0.5–1 s, then 1–2 s)", () =>
    Effect.gen(function*() {
      const times: Array<number> = []
      const { service } = makeService((_, i) =>
        Effect.map(Clock.currentTimeMillis, (now) => {
          times.push(now)
          return i < 2 ? tooMany() : json(200, { connections: [] })
        }), { timeout: "100 seconds" })
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.list())
      // Jump from one pending sleep to the next (the attempts' timeouts are 100 s away, far behind the backoffs).
      while (times.length < 3) {
        yield* settle
        const now = yield* Clock.currentTimeMillis
        const next = Math.min(...Chunk.toReadonlyArray(yield* TestClock.sleeps()).filter((t) => t > now))
        yield* TestClock.adjust(next - now)
      }
      yield* Fiber.join(fiber)
      const gaps = [times[1]! - times[0]!, times[2]! - times[1]!]
      expect(gaps[0]).toBeGreaterThanOrEqual(500)
      expect(gaps[0]).toBeLessThanOrEqual(1000)
      expect(gaps[1]).toBeGreaterThanOrEqual(1000)
      expect(gaps[1]).toBeLessThanOrEqual(2000)
    }))

  it.effect("after maxRetries → RateLimited with limit, remaining, reset, retryAfter and attempts", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() =>
        tooMany({ "x-ratelimit-limit": "50", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "100", "retry-after": "1" }), { maxRetries: 2 })
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.either(svc.list()))
      yield* advance(1000)
      yield* advance(1000)
      const result = yield* Fiber.join(fiber)
      expect(Either.getLeft(result)).toEqual(Option.some(expect.objectContaining({
        _tag: "RateLimited",
        limit: 50,
        remaining: 0,
        reset: 100,
        retryAfter: 1,
        attempts: 3,
        errorCode: "too_many_requests"
      })))
      expect(seen).toHaveLength(3)
    }))

  it.effect("a wait beyond the total budget is not started: RateLimited at once", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => tooMany({ "retry-after": "120" }), { maxRetryWait: "60 seconds" })
      const svc = yield* service
      const error = yield* Effect.flip(svc.list())
      expect(error).toMatchObject({ _tag: "RateLimited", retryAfter: 120, attempts: 1 })
      expect(seen).toHaveLength(1)
    }))

  it.effect("the total wait is bounded across retries", () =>
    Effect.gen(function*() {
      // 4 retries allowed, but 3 waits of 25 s do not fit in 60 s: two retries, then RateLimited.
      const { service, seen } = makeService(() => tooMany({ "retry-after": "25" }), { maxRetries: 4, maxRetryWait: "60 seconds" })
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.flip(svc.list()))
      yield* advance(25_000)
      yield* advance(25_000)
      const error = yield* Fiber.join(fiber)
      expect(error).toMatchObject({ _tag: "RateLimited", attempts: 3 })
      expect(seen).toHaveLength(3)
    }))

  it.effect("a 429 on POST /connections is retried (Auth0 did not process it)", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((_, i) => (i === 0 ? tooMany({ "retry-after": "1" }) : json(201, auth0Connection())))
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.create({ name: ConnectionName.make(NAME), strategy: "auth0" }))
      yield* advance(1000)
      yield* Fiber.join(fiber)
      expect(seen.map((s) => s.method)).toEqual(["POST", "POST"])
    }))
})

describe("5xx, timeouts and transport errors", () => {
  it.effect("503 on GET is retried after a backoff", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((_, i) => (i === 0 ? unavailable() : json(200, auth0Connection())))
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.get(ID))
      yield* advance(1000)
      expect((yield* Fiber.join(fiber)).id).toBe(ID)
      expect(seen).toHaveLength(2)
    }))

  it.effect("503 on GET after maxRetries → ServerError with attempts", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(unavailable, { maxRetries: 1 })
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.flip(svc.get(ID)))
      yield* advance(1000)
      expect(yield* Fiber.join(fiber)).toMatchObject({ _tag: "ServerError", statusCode: 503, attempts: 2 })
      expect(seen).toHaveLength(2)
    }))

  it.effect("PATCH /connections/{id}, DELETE and PATCH /clients are safe to repeat", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((req, i) =>
        i % 2 === 0 ? unavailable() : req.method === "DELETE" ? empty(204) : req.path.endsWith("/clients") ? empty(204) : json(200, auth0Connection())
      )
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.all([
        svc.update(ID, { show_as_button: true }),
        svc.delete(ID),
        svc.updateEnabledClients(ID, [{ client_id: "abc" as never, status: true }])
      ], { concurrency: 1 }))
      for (let i = 0; i < 3; i++) yield* advance(1000)
      yield* Fiber.join(fiber)
      expect(seen.map((s) => s.method)).toEqual(["PATCH", "PATCH", "DELETE", "DELETE", "PATCH", "PATCH"])
    }))

  it.effect("POST /keys, /keys/rotate and SCIM token creation are never repeated after a 5xx or a transport error", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((_, i) => (i % 2 === 0 ? unavailable() : "transport-error"))
      const svc = yield* service
      expect(yield* Effect.flip(svc.createKeys(ID))).toMatchObject({ _tag: "ServerError", attempts: 1 })
      expect(yield* Effect.flip(svc.rotateKeys(ID))).toMatchObject({ _tag: "TransportError", attempts: 1 })
      expect(yield* Effect.flip(svc.createScimToken(ID, { scopes: ["get:users"] }))).toMatchObject({ _tag: "ServerError", attempts: 1 })
      expect(seen.map((s) => s.method)).toEqual(["POST", "POST", "POST"])
    }))

  it.effect("a transport error on GET is retried", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((_, i) => (i === 0 ? "transport-error" : json(200, [])))
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.getKeys(ID))
      yield* advance(1000)
      expect(yield* Fiber.join(fiber)).toEqual([])
      expect(seen).toHaveLength(2)
    }))

  it.effect("each attempt times out (aborting its request); after the retries → TransportError Timeout", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => Effect.never, { timeout: "5 seconds", maxRetries: 1 })
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.flip(svc.get(ID)))
      yield* advance(5000)
      expect(seen).toHaveLength(1)
      expect(seen[0]!.signal.aborted).toBe(true)
      yield* advance(1000)
      expect(seen).toHaveLength(2)
      yield* advance(5000)
      const error = yield* Fiber.join(fiber)
      expect(error).toMatchObject({ _tag: "TransportError", reason: "Timeout", method: "GET", attempts: 2 })
      expect(seen[1]!.signal.aborted).toBe(true)
    }))

  it.effect("interrupting a call aborts its HTTP request", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => Effect.never)
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.get(ID))
      yield* settle
      expect(seen).toHaveLength(1)
      expect(seen[0]!.signal.aborted).toBe(false)
      const exit = yield* Fiber.interrupt(fiber)
      expect(Exit.isInterrupted(exit)).toBe(true)
      expect(seen[0]!.signal.aborted).toBe(true)
    }))

  it.effect("deleteScimToken: a 404 after an ambiguous attempt means it was deleted", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((_, i) => (i === 0 ? unavailable() : json(404, auth0Error(404, "Not Found", "Not Found"))))
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.deleteScimToken(ID, "tok_abcdefghijklmnop" as ScimTokenId))
      yield* advance(1000)
      yield* Fiber.join(fiber)
      expect(seen).toHaveLength(2)
      // Without an ambiguous attempt before it, the 404 is reported.
      const direct = makeService(() => json(404, auth0Error(404, "Not Found", "Not Found")))
      const svc2 = yield* direct.service
      expect(yield* Effect.flip(svc2.deleteScimToken(ID, "tok_abcdefghijklmnop" as ScimTokenId))).toMatchObject({ _tag: "ResourceNotFound" })
    }))
})

describe("create after an ambiguous failure: reconcile by name, never duplicate", () => {
  const input = { name: ConnectionName.make(NAME), strategy: "auth0" as const }

  it.effect("503 on POST, the name exists with the same strategy → that connection, no second POST", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((req) => (req.method === "POST" ? unavailable() : page([auth0Connection()])))
      const svc = yield* service
      const connection = yield* svc.create(input)
      expect(connection.id).toBe(ID)
      expect(seen.map((s) => `${s.method} ${s.url.search}`)).toEqual(["POST ", `GET ?take=100&name=${NAME}`])
    }))

  it.effect("503 on POST, the name is free → backs off and sends again", () =>
    Effect.gen(function*() {
      let posts = 0
      const { service, seen } = makeService((req) =>
        req.method === "POST" ? (posts++ === 0 ? unavailable() : json(201, auth0Connection())) : page([])
      )
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.create(input))
      yield* advance(1000)
      expect((yield* Fiber.join(fiber)).id).toBe(ID)
      expect(seen.map((s) => s.method)).toEqual(["POST", "GET", "POST"])
      expect(seen[2]!.body).toEqual(seen[0]!.body)
    }))

  it.effect("a timeout on POST, then the lookup finds it → returned", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((req) => (req.method === "POST" ? Effect.never : page([auth0Connection()])), { timeout: "10 seconds" })
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.create(input))
      yield* advance(10_000)
      expect((yield* Fiber.join(fiber)).id).toBe(ID)
      expect(seen.map((s) => s.method)).toEqual(["POST", "GET"])
    }))

  it.effect("a 409 on the re-send after an ambiguous failure triggers a lookup that finds our connection", () =>
    Effect.gen(function*() {
      let posts = 0
      let gets = 0
      const { service, seen } = makeService((req) => {
        if (req.method === "POST") {
          return posts++ === 0 ? "transport-error" : json(409, auth0Error(409, "Conflict", "A connection with the same name already exists", "connection_conflict"))
        }
        // Not visible yet on the first lookup, visible on the second.
        return gets++ === 0 ? page([]) : page([auth0Connection()])
      })
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.create(input))
      yield* advance(1000)
      expect((yield* Fiber.join(fiber)).id).toBe(ID)
      expect(seen.map((s) => s.method)).toEqual(["POST", "GET", "POST", "GET"])
    }))

  it.effect("the name taken by another strategy → Conflict", () =>
    Effect.gen(function*() {
      const { service } = makeService((req) =>
        req.method === "POST" ? unavailable() : page([{ ...auth0Connection(), strategy: "email", options: {} }])
      )
      const svc = yield* service
      expect(yield* Effect.flip(svc.create(input))).toMatchObject({ _tag: "Conflict", errorCode: "connection_conflict" })
    }))

  it.effect("bounded: with the name free and Auth0 failing, at most maxRetries re-sends, then the error", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((req) => (req.method === "POST" ? unavailable() : page([])), { maxRetries: 2 })
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.flip(svc.create(input)))
      yield* advance(1000)
      yield* advance(2000)
      expect(yield* Fiber.join(fiber)).toMatchObject({ _tag: "ServerError" })
      expect(seen.filter((s) => s.method === "POST")).toHaveLength(3)
    }))
})
