import { describe, expect, it } from "@effect/vitest"
import { Context, Deferred, Effect, Fiber, Layer, Redacted, Stream } from "effect"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import * as Undici from "undici"
import * as ConnectionsHttp from "../src/ConnectionsHttp.js"
import { ConnectionsService } from "../src/ConnectionsService.js"
import * as Deadline from "../src/internal/deadline.js"
import * as UndiciHttpClient from "../src/UndiciHttpClient.js"
import { auth0Connection, ID, recording } from "./helpers.js"

interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

/** A loopback server answering with `answer`; records what it received. `close` ends it. */
const server = (answer: (req: Seen, res: http.ServerResponse) => void) =>
  Effect.acquireRelease(
    Effect.async<{ readonly origin: string; readonly seen: Array<Seen>; readonly server: http.Server }>((resume) => {
      const seen: Array<Seen> = []
      const s = http.createServer((req, res) => {
        let body = ""
        req.on("data", (chunk: Buffer) => (body += chunk.toString()))
        req.on("end", () => {
          const record = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body }
          seen.push(record)
          answer(record, res)
        })
      })
      s.listen(0, "127.0.0.1", () => resume(Effect.succeed({ origin: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, seen, server: s })))
    }),
    ({ server: s }) => Effect.async<void>((resume) => {
      s.closeAllConnections()
      s.close(() => resume(Effect.void))
    })
  )

/** A server that sends the headers and part of a body it never ends; `closed` completes when the client goes away. */
const stalling = Effect.gen(function*() {
  const closed = yield* Deferred.make<void>()
  const { origin } = yield* server((_, res) => {
    res.on("close", () => Deferred.unsafeDone(closed, Effect.void))
    res.writeHead(200)
    res.write("partial") // never ended
  })
  return { origin, closed }
})

// The client of a layer built in the test's scope (its undici Agent lives until the test ends).
const client = Effect.map(Layer.build(UndiciHttpClient.layer), Context.get(HttpClient.HttpClient))

describe("UndiciHttpClient", () => {
  it.scoped("sends method, path, query and headers, and answers with status, lower-case headers and the whole body", () =>
    Effect.gen(function*() {
      const { origin, seen } = yield* server((_, res) => {
        res.writeHead(201, { "Content-Type": "application/json", "X-RateLimit-Limit": "50", "Set-Cookie": ["a=1", "b=2"] })
        res.end(JSON.stringify({ ok: true }))
      })
      const c = yield* client
      const response = yield* c.execute(
        HttpClientRequest.post(`${origin}/api/v2/connections`).pipe(
          HttpClientRequest.setUrlParam("take", "5"),
          HttpClientRequest.setHeader("x-test", "yes"),
          HttpClientRequest.bodyUnsafeJson({ name: "db" })
        )
      )
      expect(response.status).toBe(201)
      expect(response.headers["x-ratelimit-limit"]).toBe("50")
      expect(response.cookies.cookies["b"]?.value).toBe("2")
      expect(yield* response.json).toEqual({ ok: true })
      // The body was read whole: it can be read again, as text or as a stream.
      expect(yield* response.text).toBe("{\"ok\":true}")
      expect(new TextDecoder().decode((yield* Stream.runCollect(response.stream)).pipe((c) => [...c][0]))).toBe("{\"ok\":true}")
      expect(seen[0]).toMatchObject({ method: "POST", url: "/api/v2/connections?take=5", body: "{\"name\":\"db\"}" })
      expect(seen[0]!.headers["x-test"]).toBe("yes")
      expect(seen[0]!.headers["content-type"]).toBe("application/json")
    }))

  it.scoped("a stream body is sent whole", () =>
    Effect.gen(function*() {
      const { origin, seen } = yield* server((_, res) => res.end())
      const c = yield* client
      const body = Stream.make("a", "b", "c").pipe(Stream.encodeText)
      const response = yield* c.execute(HttpClientRequest.put(`${origin}/x`).pipe(HttpClientRequest.bodyStream(body)))
      expect(response.status).toBe(200)
      expect(yield* response.text).toBe("")
      expect(seen[0]!.body).toBe("abc")
    }))

  it.scoped("a request on a closed client is a RequestError, not a defect", () =>
    Effect.gen(function*() {
      const agent = new Undici.Agent()
      yield* Effect.promise(() => agent.destroy())
      const error = yield* Effect.flip(UndiciHttpClient.make(agent).get("http://127.0.0.1:1/x"))
      expect(error._tag).toBe("RequestError")
      expect(error.reason).toBe("Transport")
    }))

  it.scoped("a refused connection is a RequestError (Transport), with the socket error as its cause", () =>
    Effect.gen(function*() {
      const { origin, server: s } = yield* server((_, res) => res.end())
      yield* Effect.async<void>((resume) => {
        s.close(() => resume(Effect.void))
      })
      const c = yield* client
      const error = yield* Effect.flip(c.get(`${origin}/x`))
      expect(error._tag).toBe("RequestError")
      expect(error.reason).toBe("Transport")
      expect(String((error.cause as { code?: string }).code ?? (error.cause as Error).message)).toMatch(/ECONNREFUSED|refused/i)
    }))

  it.scopedLive("interrupting a request aborts it on the wire", () =>
    Effect.gen(function*() {
      const { closed, origin } = yield* stalling
      const c = yield* client
      const fiber = yield* Effect.fork(c.get(`${origin}/slow`))
      yield* Effect.sleep("50 millis")
      yield* Fiber.interrupt(fiber)
      // The server sees the connection go away.
      yield* Deferred.await(closed).pipe(Effect.timeout("5 seconds"))
    }))

  it.scoped("with the platform tracer on, a request is the platform's client span; turned off, no span", () =>
    Effect.gen(function*() {
      const { origin } = yield* server((_, res) => res.end("{}"))
      const c = yield* client
      const { spans, tracer } = yield* recording
      yield* c.get(`${origin}/a`).pipe(Effect.withTracer(tracer))
      yield* HttpClient.withTracerDisabledWhen(c, () => true).get(`${origin}/b`).pipe(Effect.withTracer(tracer))
      expect(spans.map((s) => s.name)).toEqual(["http.client GET"])
    }))

  it.scoped("ConnectionsService runs over it end to end", () =>
    Effect.gen(function*() {
      const { origin, seen } = yield* server((_, res) => {
        res.writeHead(200, { "content-type": "application/json" })
        res.end(JSON.stringify(auth0Connection()))
      })
      const layer = ConnectionsHttp.layer({ baseUrl: origin, token: Redacted.make("static-token-123456") }).pipe(Layer.provide(UndiciHttpClient.layer))
      const { spans, tracer } = yield* recording
      const connection = yield* Effect.flatMap(ConnectionsService, (svc) => svc.get(ID)).pipe(Effect.provide(layer), Effect.withTracer(tracer))
      expect(connection.id).toBe(ID)
      expect(seen[0]!.url).toBe(`/api/v2/connections/${ID}`)
      expect(seen[0]!.headers.authorization).toBe("Bearer static-token-123456")
      // The service's own spans, the attempt's under the method's, and not the platform's client span besides.
      expect(spans.map((s) => s.name)).toEqual(["ConnectionsService.get", "http.client GET"])
      expect(spans[1]!.parent._tag === "Some" && spans[1]!.parent.value.spanId).toBe(spans[0]!.spanId)
    }))

  it.scopedLive("it enforces the per-attempt deadline itself: an answer not complete in time is aborted on the wire and fails with DeadlineExceeded", () =>
    Effect.gen(function*() {
      const { closed, origin } = yield* stalling
      const c = yield* client
      const started = Date.now()
      const error = yield* Effect.flip(c.get(`${origin}/slow`).pipe(Effect.provideService(Deadline.TransportDeadline, 100)))
      expect(Date.now() - started).toBeLessThan(2_000)
      expect(error._tag).toBe("RequestError")
      expect(error.cause).toBeInstanceOf(Deadline.DeadlineExceeded)
      yield* Deferred.await(closed).pipe(Effect.timeout("5 seconds"))
      // With the same deadline, an answer that completes in time is unaffected.
      const { origin: quick } = yield* server((_, res) => res.end("{}"))
      const ok = yield* c.get(`${quick}/fast`).pipe(Effect.provideService(Deadline.TransportDeadline, 100))
      expect(ok.status).toBe(200)
      expect(Deadline.isEnforcedBy(c)).toBe(true)
    }))

  it.scopedLive("ConnectionsService's timeout on it: a stalled answer is a TransportError with reason Timeout after the retries", () =>
    Effect.gen(function*() {
      const { origin, seen } = yield* server((_, res) => {
        res.writeHead(200, { "content-type": "application/json" })
        res.write("{") // never ended
      })
      const layer = ConnectionsHttp.layer({ baseUrl: origin, token: Redacted.make("static-token-123456"), timeout: "100 millis", maxRetries: 1, retryBaseDelay: 0 })
        .pipe(Layer.provide(UndiciHttpClient.layer))
      const error = yield* Effect.flip(Effect.flatMap(ConnectionsService, (svc) => svc.get(ID)).pipe(Effect.provide(layer)))
      expect(error._tag).toBe("TransportError")
      expect(error._tag === "TransportError" && error.reason).toBe("Timeout")
      expect(error.message).toContain("no response within 100 ms")
      expect(seen).toHaveLength(2)
    }))
})
