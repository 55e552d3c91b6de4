import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Exit, Fiber, Option } from "effect"
import { auth0Connection, BASE_URL, ID, json, makeService, recording, STATIC_TOKEN } from "./helpers.js"

describe("attempt spans", () => {
  it.effect("each attempt is one client span under the method's span: method, URL and status, no header and no token", () =>
    Effect.gen(function*() {
      const { spans, tracer } = yield* recording
      const { service } = makeService((_, i) => i === 0 ? json(503, { statusCode: 503, error: "Service Unavailable", message: "down" }) : json(200, auth0Connection()), {
        retryBaseDelay: 0
      })
      const svc = yield* service
      yield* svc.get(ID).pipe(Effect.withTracer(tracer))
      const method = spans.find((s) => s.name === "ConnectionsService.get")!
      const attempts = spans.filter((s) => s.kind === "client")
      // One span per attempt, and no second (platform) span inside ours.
      expect(attempts.map((s) => s.name)).toEqual(["http.client GET", "http.client GET"])
      for (const s of attempts) {
        expect(s.parent._tag === "Some" && s.parent.value.spanId).toBe(method.spanId)
        expect(s.attributes.get("http.request.method")).toBe("GET")
        expect(s.attributes.get("url.full")).toBe(`${BASE_URL}/api/v2/connections/${ID}`)
        expect([...s.attributes.keys()].filter((k) => k.startsWith("http.request.header"))).toEqual([])
        expect(JSON.stringify([...s.attributes])).not.toContain(STATIC_TOKEN)
      }
      expect(attempts.map((s) => s.attributes.get("http.response.status_code"))).toEqual([503, 200])
    }))

  it.effect("with tracePropagation the trace headers name the attempt's span", () =>
    Effect.gen(function*() {
      const { spans, tracer } = yield* recording
      const { seen, service } = makeService(() => json(200, auth0Connection()), { tracePropagation: true })
      const svc = yield* service
      yield* svc.get(ID).pipe(Effect.withTracer(tracer))
      const attempt = spans.find((s) => s.kind === "client")!
      expect(seen[0]!.headers["traceparent"]).toContain(attempt.spanId)
      expect(spans.filter((s) => s.kind === "client")).toHaveLength(1)
    }))

  it.effect("ended spans keep the outcome but not the answer (a finished span does not hold a page or a body alive)", () =>
    Effect.gen(function*() {
      const { spans, tracer } = yield* recording
      const { service } = makeService(() => json(200, auth0Connection()))
      const svc = yield* service
      const connection = yield* svc.get(ID).pipe(Effect.withTracer(tracer))
      expect(connection.id).toBe(ID)
      const ended = spans.filter((s) => s.name === "ConnectionsService.get" || s.kind === "client")
      expect(ended).toHaveLength(2)
      for (const span of ended) {
        expect(span.status._tag).toBe("Ended")
        const exit = span.status._tag === "Ended" ? span.status.exit : undefined
        expect(exit !== undefined && Exit.isSuccess(exit) && exit.value === undefined).toBe(true)
      }
      // A failure still ends its span with the failure.
      const failing = makeService(() => json(404, { statusCode: 404, error: "Not Found", message: "The connection does not exist", errorCode: "inexistent_connection" }))
      const failed = yield* Effect.flip((yield* failing.service).get(ID).pipe(Effect.withTracer(tracer)))
      const method = spans.filter((s) => s.name === "ConnectionsService.get").at(-1)!
      expect(method.status._tag === "Ended" && Exit.isFailure(method.status.exit)).toBe(true)
      expect(failed._tag).toBe("ConnectionNotFound")
    }))

  it.effect("after a call, whatever its end (value, failure, interruption), the caller's span is current again; an interrupted call ends its spans as interrupted", () =>
    Effect.gen(function*() {
      const { spans, tracer } = yield* recording
      const started = yield* Deferred.make<void>()
      const { service } = makeService((req) =>
        req.path.endsWith("con_stalls")
          ? Effect.zipRight(Deferred.succeed(started, undefined), Effect.never)
          : req.path.endsWith("con_fails")
          ? json(404, { statusCode: 404, error: "Not Found", message: "The connection does not exist", errorCode: "inexistent_connection" })
          : json(200, auth0Connection()))
      const svc = yield* service
      const currentName = Effect.map(Effect.option(Effect.currentSpan), Option.map((span) => span.name))
      const calls = Effect.gen(function*() {
        yield* svc.get(ID)
        expect(yield* currentName).toEqual(Option.some("caller"))
        yield* Effect.flip(svc.get("con_fails" as typeof ID))
        expect(yield* currentName).toEqual(Option.some("caller"))
        // Interrupted from outside while the request is in flight: the caller's finalizer sees its own span.
        const seenByFinalizer = yield* Deferred.make<Option.Option<string>>()
        const fiber = yield* Effect.fork(
          Effect.onInterrupt(svc.get("con_stalls" as typeof ID), () => Effect.flatMap(currentName, (name) => Deferred.succeed(seenByFinalizer, name)))
        )
        yield* Deferred.await(started)
        yield* Fiber.interrupt(fiber)
        expect(yield* Deferred.await(seenByFinalizer)).toEqual(Option.some("caller"))
      })
      yield* Effect.withSpan(calls, "caller").pipe(Effect.withTracer(tracer))
      expect(yield* currentName).toEqual(Option.none())
      const last = spans.filter((s) => s.name === "ConnectionsService.get" || s.kind === "client").slice(-2)
      expect(last.map((s) => s.status._tag === "Ended" && Exit.isInterrupted(s.status.exit))).toEqual([true, true])
    }))
})
