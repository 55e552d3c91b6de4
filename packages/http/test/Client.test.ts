import { describe, expect, it } from "@effect/vitest"
import { Effect, Encoding, Either, Fiber, Layer, Option, Redacted, TestClock } from "effect"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import { auth0Connection, auth0Error, ID, json, makeService, type RecordedSpan, recording, scripted, settle, STATIC_TOKEN } from "./helpers.js"

const decodeTelemetry = (value: string | undefined): unknown =>
  JSON.parse(new TextDecoder().decode(Either.getOrThrow(Encoding.decodeBase64Url(value ?? ""))))

describe("headers", () => {
  it.effect("Auth0-Client: base64url JSON {name, version, env.node}", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => json(200, auth0Connection()))
      const svc = yield* service
      yield* svc.get(ID)
      const header = seen[0]!.headers["auth0-client"]
      expect(header).toMatch(/^[A-Za-z0-9_-]+$/) // URL-safe alphabet, no padding
      expect(decodeTelemetry(header)).toEqual({ name: "effect-auth0", version: "0.0.0", env: { node: process.versions.node } })
      expect(seen[0]!.headers["authorization"]).toBe(`Bearer ${STATIC_TOKEN}`)
    }))

  it.effect("telemetry can be turned off or replaced", () =>
    Effect.gen(function*() {
      const off = makeService(() => json(200, auth0Connection()), { telemetry: false })
      yield* Effect.flatMap(off.service, (s) => s.get(ID))
      expect(off.seen[0]!.headers["auth0-client"]).toBeUndefined()
      const custom = makeService(() => json(200, auth0Connection()), { telemetry: { name: "my-app", version: "1.2.3" } })
      yield* Effect.flatMap(custom.service, (s) => s.get(ID))
      expect(decodeTelemetry(custom.seen[0]!.headers["auth0-client"])).toEqual({ name: "my-app", version: "1.2.3" })
    }))

  it.effect("no traceparent/b3 headers to Auth0 by default; tracePropagation: true sends them", () =>
    Effect.gen(function*() {
      const quiet = makeService(() => json(200, auth0Connection()))
      yield* Effect.flatMap(quiet.service, (s) => s.get(ID))
      expect(Object.keys(quiet.seen[0]!.headers).filter((h) => h === "traceparent" || h === "b3")).toEqual([])
      const loud = makeService(() => json(200, auth0Connection()), { tracePropagation: true })
      yield* Effect.flatMap(loud.service, (s) => s.get(ID))
      expect(Object.keys(loud.seen[0]!.headers)).toEqual(expect.arrayContaining(["traceparent", "b3"]))
    }))

  it.effect("a relative base URL composes with a client that prefixes the host itself (the URL prefix goes on the request input side)", () =>
    Effect.gen(function*() {
      const { client, seen } = scripted(() => json(200, auth0Connection()))
      // Like NodeHttpServer.layerTest's client: the host is prepended after our own request transformations.
      const hosted = HttpClient.mapRequest(client, HttpClientRequest.prependUrl("http://127.0.0.1:4010"))
      const svc = yield* ConnectionsHttp.make({ baseUrl: "/", token: Redacted.make("t"), rateLimit: false }).pipe(
        Effect.provideService(HttpClient.HttpClient, hosted)
      )
      yield* svc.get(ID)
      expect(seen[0]!.url.href).toBe(`http://127.0.0.1:4010/api/v2/connections/${ID}`)
    }))
})

describe("client-side rate limiting", () => {
  it.effect("a token bucket spaces requests (2/s, burst 1), shared by every call from one layer", () =>
    Effect.gen(function*() {
      const { client, seen } = scripted(() => json(200, auth0Connection()))
      const layer = ConnectionsHttp.layer({ baseUrl: "https://tenant.test", token: Redacted.make("t"), rateLimit: { requestsPerSecond: 2, burst: 1 } }).pipe(
        Layer.provide(Layer.succeed(HttpClient.HttpClient, client))
      )
      const context = yield* Layer.build(layer)
      const svc = (yield* Effect.provide(ConnectionsService, context))
      const fiberA = yield* Effect.fork(Effect.all([svc.get(ID), svc.get(ID)], { concurrency: "unbounded" }))
      const fiberB = yield* Effect.fork(Effect.all([svc.get(ID), svc.get(ID)], { concurrency: "unbounded" }))
      yield* settle
      expect(seen).toHaveLength(1)
      for (const expected of [2, 3, 4]) {
        yield* TestClock.adjust(499)
        yield* settle
        expect(seen).toHaveLength(expected - 1)
        yield* TestClock.adjust(1)
        yield* settle
        expect(seen).toHaveLength(expected)
      }
      yield* Fiber.join(fiberA)
      yield* Fiber.join(fiberB)
    }).pipe(Effect.scoped))

  it.effect("slows down when x-ratelimit-remaining runs low, spreading what is left until the reset", () =>
    Effect.gen(function*() {
      // Auth0 reports 2, 1, 0 requests left, the bucket refilling at epoch second 10.
      const { service, seen } = makeService((_, i) =>
        json(200, auth0Connection(), { "x-ratelimit-limit": "50", "x-ratelimit-remaining": String(Math.max(0, 2 - i)), "x-ratelimit-reset": "10" }), {
        rateLimit: { requestsPerSecond: 1000 }
      })
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.all([svc.get(ID), svc.get(ID), svc.get(ID), svc.get(ID)], { concurrency: 1 }))
      yield* settle
      yield* settle
      expect(seen).toHaveLength(2)
      yield* TestClock.adjust(4999)
      yield* settle
      expect(seen).toHaveLength(2)
      yield* TestClock.adjust(1)
      yield* settle
      expect(seen).toHaveLength(3)
      // Nothing left: wait for the reset.
      yield* TestClock.adjust(4999)
      yield* settle
      expect(seen).toHaveLength(3)
      yield* TestClock.adjust(1)
      yield* Fiber.join(fiber)
      expect(seen).toHaveLength(4)
    }))

  it.effect("nothing left: waiting calls start one token apart from the reset, not all at the reset", () =>
    Effect.gen(function*() {
      // Auth0 says 0 left until epoch second 10, a bucket bigger than ours could explain (someone else spends it).
      const { service, seen } = makeService(() =>
        json(200, auth0Connection(), { "x-ratelimit-limit": "50", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "10" }), {
        rateLimit: { requestsPerSecond: 10, burst: 100 }
      })
      const svc = yield* service
      yield* svc.get(ID)
      const fiber = yield* Effect.fork(Effect.all(Array.from({ length: 4 }, () => svc.get(ID)), { concurrency: "unbounded" }))
      yield* settle
      yield* TestClock.adjust(9999)
      yield* settle
      expect(seen).toHaveLength(1)
      // 10 per second: one at the reset, then one every 100 ms.
      for (const expected of [2, 3, 4, 5]) {
        yield* TestClock.adjust(1)
        yield* settle
        expect(seen).toHaveLength(expected)
        if (expected < 5) {
          yield* TestClock.adjust(98)
          yield* settle
          expect(seen).toHaveLength(expected)
          yield* TestClock.adjust(1)
        }
      }
      yield* Fiber.join(fiber)
    }))

  it.effect("a low remaining that our own bucket explains is left to the bucket (no wait for a rounded-up reset)", () =>
    Effect.gen(function*() {
      // Our bucket: 50/s, burst 10, like the tenant's. 0 left, full again within 200 ms, reported as the next
      // whole second: the bucket's 20 ms spacing is enough.
      const { service, seen } = makeService(() =>
        json(200, auth0Connection(), { "x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" }), {
        rateLimit: { requestsPerSecond: 50, burst: 10 }
      })
      const svc = yield* service
      // The burst empties both buckets; the next calls are decided after Auth0's "0 left" was seen.
      yield* Effect.all(Array.from({ length: 10 }, () => svc.get(ID)), { concurrency: "unbounded" })
      const fiber = yield* Effect.fork(Effect.all([svc.get(ID), svc.get(ID)], { concurrency: "unbounded" }))
      yield* settle
      expect(seen).toHaveLength(10)
      yield* TestClock.adjust(19)
      yield* settle
      expect(seen).toHaveLength(10)
      yield* TestClock.adjust(1)
      yield* settle
      expect(seen).toHaveLength(11)
      yield* TestClock.adjust(20)
      yield* Fiber.join(fiber)
      expect(seen).toHaveLength(12)
    }))

  it.effect("rateLimit: false sends at once", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() =>
        json(200, auth0Connection(), { "x-ratelimit-limit": "50", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "10" }), { rateLimit: false })
      const svc = yield* service
      yield* Effect.all(Array.from({ length: 20 }, () => svc.get(ID)), { concurrency: "unbounded" })
      yield* svc.get(ID)
      expect(seen).toHaveLength(21)
    }))
})

describe("rate-limit state", () => {
  it.effect("is None before any response, then the last x-ratelimit-* seen (429s included)", () =>
    Effect.gen(function*() {
      const { service } = makeService((_, i) =>
        i === 0
          ? json(200, auth0Connection(), { "x-ratelimit-limit": "50", "x-ratelimit-remaining": "49", "x-ratelimit-reset": "1700000000" })
          : json(429, auth0Error(429, "Too Many Requests", "Global limit has been reached", "too_many_requests"), {
            "x-ratelimit-limit": "50",
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset": "1700000005"
          }), { maxRetries: 0 })
      const svc = yield* service
      expect(yield* svc.rateLimit).toEqual(Option.none())
      yield* TestClock.adjust(1234)
      yield* svc.get(ID)
      expect(yield* svc.rateLimit).toEqual(Option.some({ limit: 50, remaining: 49, reset: 1700000000, observedAt: 1234 }))
      yield* Effect.either(svc.get(ID))
      expect(Option.map(yield* svc.rateLimit, (s) => s.remaining)).toEqual(Option.some(0))
    }))
})

describe("spans", () => {
  type Recorded = RecordedSpan

  it.effect("every method is a span with the connection, the status, the retry count, and retries as events", () =>
    Effect.gen(function*() {
      const { tracer, spans } = yield* recording
      const { service } = makeService((_, i) =>
        i === 0 ? json(429, auth0Error(429, "Too Many Requests", "Global limit has been reached"), { "retry-after": "1" }) : json(200, auth0Connection()))
      const svc = yield* service
      const fiber = yield* Effect.fork(svc.get(ID).pipe(Effect.withTracer(tracer)))
      yield* settle
      yield* TestClock.adjust(1000)
      yield* Fiber.join(fiber)
      const span = spans.find((s) => s.name === "ConnectionsService.get") as Recorded
      expect(span).toBeDefined()
      expect(Object.fromEntries(span.attributes)).toMatchObject({
        "connection.id": ID,
        "connection.name": "Test-Auth0-Connection-1757329209",
        "connection.strategy": "auth0",
        "http.response.status_code": 200,
        "http.request.resend_count": 1
      })
      expect(span.events.map(([name, , attributes]) => [name, attributes])).toEqual([
        ["auth0.retry", { "http.request.resend_count": 1, "auth0.retry.reason": "status 429", "auth0.retry.delay_ms": 1000, "auth0.retry.delay_source": "retry-after" }]
      ])
      // The platform's client spans redact the bearer token.
      const clientSpans = spans.filter((s) => s.kind === "client") as Array<Recorded>
      expect(clientSpans).toHaveLength(2)
      for (const s of clientSpans) expect(JSON.stringify([...s.attributes])).not.toContain(STATIC_TOKEN)
    }))

  it.effect("create is a span with name and strategy", () =>
    Effect.gen(function*() {
      const { tracer, spans } = yield* recording
      const { service } = makeService(() => json(201, auth0Connection()))
      const svc = yield* service
      yield* svc.create({ name: "Test-Auth0-Connection-1757329209" as never, strategy: "auth0" }).pipe(Effect.withTracer(tracer))
      const span = spans.find((s) => s.name === "ConnectionsService.create") as Recorded
      expect(Object.fromEntries(span.attributes)).toMatchObject({
        "connection.name": "Test-Auth0-Connection-1757329209",
        "connection.strategy": "auth0",
        "connection.id": ID,
        "http.response.status_code": 201
      })
    }))
})
