/**
 * Bodies of 2xx responses that reach an error: redacted like any other body, and described for what they are.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { ID, makeService, STATIC_TOKEN } from "./helpers.js"

describe("2xx bodies that reach an error", () => {
  it.effect("a JSON 2xx that does not decode and echoes the Authorization header: the token is redacted", () =>
    Effect.gen(function*() {
      const { service } = makeService((req) =>
        new Response(JSON.stringify({ id: req.headers["authorization"], strategy: [req.headers["authorization"]], name: 42 }), {
          status: 200,
          headers: { "content-type": "application/json" }
        }))
      const svc = yield* service
      const error = yield* Effect.flip(svc.get(ID))
      expect(error._tag).toBe("UnexpectedResponse")
      expect(JSON.stringify(error)).not.toContain(STATIC_TOKEN)
      expect(String(error)).not.toContain(STATIC_TOKEN)
    }))

  it.effect("a non-JSON 2xx says so (status, content type, length, a short redacted excerpt)", () =>
    Effect.gen(function*() {
      const page = `<html><body>Proxy says hello. Your request had Authorization: Bearer ${STATIC_TOKEN}${" padding".repeat(100)}</body></html>`
      const { service } = makeService(() => new Response(page, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } }))
      const svc = yield* service
      const error = yield* Effect.flip(svc.get(ID))
      expect(error).toMatchObject({ _tag: "UnexpectedResponse", status: 200, method: "GET" })
      expect(error.message).toContain("is not JSON")
      expect(error.message).toContain("text/html; charset=utf-8")
      expect(error.message).toContain(`${page.length} characters`)
      expect(error.message).toContain("<html><body>Proxy says hello.")
      expect(error.message).not.toContain("does not match the expected schema")
      expect(error.message.length).toBeLessThan(400)
      expect(JSON.stringify(error)).not.toContain(STATIC_TOKEN)
    }))

  it.effect("the excerpt itself is redacted when the secret is at the start", () =>
    Effect.gen(function*() {
      const { service } = makeService((req) => new Response(`echo ${req.headers["authorization"]}`, { status: 200, headers: { "content-type": "text/plain" } }))
      const svc = yield* service
      const error = yield* Effect.flip(svc.get(ID))
      expect(error.message).toContain("echo Bearer <redacted>")
      expect(JSON.stringify(error)).not.toContain(STATIC_TOKEN)
    }))
})
