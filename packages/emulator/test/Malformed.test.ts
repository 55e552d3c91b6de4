import * as Net from "node:net"
import { expect, layer } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { Emulator, layer as emulatorLayer } from "@effect-auth0/emulator/Emulator"
import { api, call } from "./helpers.js"

/** Sends raw bytes and reads until the server closes or answers a complete response. */
const raw = (port: number, bytes: string | Buffer) =>
  Effect.async<string, Error>((resume) => {
    const socket = Net.connect(port, "127.0.0.1")
    let data = ""
    socket.setTimeout(5000, () => {
      socket.destroy()
      resume(Effect.succeed(data))
    })
    socket.on("connect", () => socket.write(bytes))
    socket.on("data", (chunk) => {
      data += chunk.toString("utf8")
    })
    socket.on("error", () => resume(Effect.succeed(data)))
    socket.on("close", () => resume(Effect.succeed(data)))
    return Effect.sync(() => socket.destroy())
  })

const isEnvelope = (body: unknown, status: number) => {
  expect(body).toMatchObject({ statusCode: status })
  expect(typeof (body as { error: unknown }).error).toBe("string")
  expect(typeof (body as { message: unknown }).message).toBe("string")
}

layer(emulatorLayer({ maxBodyBytes: 64 * 1024 }), { excludeTestServices: true })("malformed requests", (it) => {
  it.effect("invalid JSON is 400 invalid_body", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answer = yield* api(emulator, "POST", "/connections", { body: "{\"name\": " })
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual({ statusCode: 400, error: "Bad Request", message: "Invalid request payload JSON format", errorCode: "invalid_body" })
    }))

  it.effect("a body of an unsupported media type is 415", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answer = yield* api(emulator, "POST", "/connections", { body: "name=x", headers: { "content-type": "text/plain" } })
      expect(answer.status).toBe(415)
      isEnvelope(answer.body, 415)
      const xml = yield* api(emulator, "PATCH", "/connections/con_0000000000000001", { body: "<a/>", headers: { "content-type": "application/xml" } })
      expect(xml.status).toBe(415)
    }))

  it.effect("a body that is JSON but not an object reaches the engine, which answers 400", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (const body of ["[]", "42", "\"text\"", "null"]) {
        const answer = yield* api(emulator, "POST", "/connections", { body })
        expect(answer.status).toBe(400)
        isEnvelope(answer.body, 400)
      }
    }))

  it.effect("an oversized body is 413 and the server answers the next request", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const big = JSON.stringify({ name: "big", strategy: "auth0", metadata: { blob: "x".repeat(200 * 1024) } })
      const answer = yield* api(emulator, "POST", "/connections", { body: big })
      expect(answer.status).toBe(413)
      isEnvelope(answer.body, 413)
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
    }))

  it.effect("unknown paths are 404 in Auth0's envelope, inside and outside /api/v2", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (const answer of [yield* call(`${emulator.baseUrl}/`), yield* call(`${emulator.baseUrl}/favicon.ico`), yield* api(emulator, "GET", "/users")]) {
        expect(answer.status).toBe(404)
        expect(answer.body).toMatchObject({ statusCode: 404, error: "Not Found" })
        expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8")
      }
    }))

  it.effect("unusual methods get a 4xx envelope", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (const method of ["PUT", "OPTIONS", "PROPFIND", "PURGE"]) {
        const answer = yield* api(emulator, method, "/connections")
        expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
        isEnvelope(answer.body, answer.status)
      }
      const head = yield* api(emulator, "HEAD", "/connections")
      expect(head.status).toBe(200)
      expect(head.text).toBe("")
    }))

  it.effect("bad percent-encoding in the path or the query is 400", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const path = yield* api(emulator, "GET", "/connections/con_%E0%A4%A")
      expect(path.status).toBe(400)
      expect(path.body).toMatchObject({ statusCode: 400, errorCode: "invalid_uri" })
      const query = yield* api(emulator, "GET", "/connections?name=%ZZ")
      expect(query.status).toBe(400)
      expect(query.body).toMatchObject({ statusCode: 400, errorCode: "invalid_query_string" })
    }))

  it.effect("a bad path is refused before the body is read: 400, not 413, even with an oversized body", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const big = JSON.stringify({ name: "big", strategy: "auth0", metadata: { blob: "x".repeat(200 * 1024) } })
      const answer = yield* api(emulator, "PATCH", "/connections/con_%E0%A4%A", { body: big })
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ statusCode: 400, errorCode: "invalid_uri" })
    }))

  it.effect("bad ids and bad query values come back from the engine as 4xx envelopes", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (const path of ["/connections/not-an-id", "/connections?take=abc", "/connections?per_page=1000", "/connections?include_totals=maybe"]) {
        const answer = yield* api(emulator, "GET", path)
        expect(answer.status, path).toBeGreaterThanOrEqual(400)
        expect(answer.status, path).toBeLessThan(500)
        isEnvelope(answer.body, answer.status)
      }
    }))

  it.effect("requests Node's parser refuses get a JSON 400/431, and the server keeps serving", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const garbage = yield* raw(emulator.port, "HELLO\r\n\r\n")
      expect(garbage).toMatch(/^HTTP\/1\.1 400 /)
      expect(garbage).toContain("\"statusCode\":400")
      const badHeader = yield* raw(emulator.port, "GET /api/v2/connections HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n")
      expect(badHeader).toMatch(/^HTTP\/1\.1 400 /)
      const huge = yield* raw(emulator.port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(70 * 1024)}\r\n\r\n`)
      expect(huge).toMatch(/^HTTP\/1\.1 431 /)
      expect(huge).toContain("\"statusCode\":431")
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
    }))

  it.effect("a client that disconnects mid-body does not break the server", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* raw(emulator.port, "POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"na").pipe(
        Effect.timeout("200 millis"),
        Effect.ignore
      )
      expect((yield* call(`${emulator.baseUrl}/__emulator/health`)).status).toBe(200)
    }))

  it.effect("a request asking to upgrade (curl's h2c) is served as an ordinary one, body included", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const body = JSON.stringify({ name: "upgrade-h2c", strategy: "auth0" })
      const answer = yield* raw(
        emulator.port,
        `POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings, close\r\nUpgrade: h2c\r\n` +
          `HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\nAuthorization: Bearer ${Redacted.value(emulator.adminToken)}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`
      )
      expect(answer).toMatch(/^HTTP\/1\.1 201 /)
      expect(answer).toContain("\"name\":\"upgrade-h2c\"")
    }))

  it.effect("routes match the path as sent: percent-escapes and `;` are not decoded, control-plane trailing slashes are ignored", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      expect((yield* call(`${emulator.baseUrl}/__emulator/health//`)).status).toBe(200)
      expect((yield* call(`${emulator.baseUrl}/__emulator/h%65alth`)).status).toBe(404)
      expect((yield* call(`${emulator.baseUrl}/__emulator/health;x`)).status).toBe(404)
      const token = yield* call(`${emulator.baseUrl}/oauth/token/`)
      expect(token.status).toBe(405)
      expect(token.headers.get("allow")).toBe("POST")
      expect((yield* call(`${emulator.baseUrl}/oauth/token;x`, { method: "POST" })).status).toBe(404)
      expect((yield* call(`${emulator.baseUrl}/oauth/t%6Fken`, { method: "POST" })).status).toBe(404)
      expect((yield* call(`${emulator.baseUrl}/api%2Fv2/connections`)).status).toBe(404)
      const encoded = yield* api(emulator, "GET", "/connections/con_%30000000000000001")
      expect(encoded.status).toBe(404)
      isEnvelope(encoded.body, 404)
    }))

  it.effect("nothing above was a 5xx", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const log = yield* emulator.requests
      expect(log.length).toBeGreaterThan(10)
      expect(log.filter((e) => e.status >= 500)).toEqual([])
    }))
})
