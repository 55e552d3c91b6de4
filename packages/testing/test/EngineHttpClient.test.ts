/**
 * `EngineHttpClient`: an `HttpClient` answered by the engine in memory, reading requests as the emulator does.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Engine from "@effect-auth0/engine/Engine"
import * as EngineHttpClient from "@effect-auth0/testing/EngineHttpClient"

const BASE = "https://tenant.test/api/v2"

/** Sends one request and reads status, content type and body text. */
const send = (client: HttpClient.HttpClient, request: HttpClientRequest.HttpClientRequest) =>
  Effect.gen(function*() {
    const response = yield* client.execute(request)
    const text = yield* response.text
    return { status: response.status, contentType: response.headers["content-type"], text, json: text.length === 0 ? undefined : JSON.parse(text) }
  })

describe("EngineHttpClient", () => {
  it.effect("a JSON request in, the engine's JSON answer out; 204 has no body", () =>
    Effect.gen(function*() {
      const engine = yield* Engine.make({ ids: "sequential" })
      const client = EngineHttpClient.make(engine)
      const created = yield* send(client, HttpClientRequest.post(`${BASE}/connections`).pipe(HttpClientRequest.bodyUnsafeJson({ name: "db", strategy: "auth0" })))
      expect(created).toMatchObject({ status: 201, contentType: "application/json; charset=utf-8", json: { id: "con_0000000000000001", name: "db" } })
      const listed = yield* send(client, HttpClientRequest.get(`${BASE}/connections`).pipe(HttpClientRequest.setUrlParams({ take: "1", name: "db" })))
      expect(listed.json.connections.map((c: { readonly name: string }) => c.name)).toEqual(["db"])
      const removed = yield* send(client, HttpClientRequest.del(`${BASE}/connections/con_0000000000000001`))
      expect(removed.status).toBe(202)
      const again = yield* send(client, HttpClientRequest.del(`${BASE}/connections/con_0000000000000001`))
      expect(again).toMatchObject({ status: 204, text: "" })
      expect((yield* engine.snapshot).connections).toEqual([])
    }))

  it.effect("unreadable input gets the emulator's 4xx: bad JSON, bad percent-encoding, an unsupported media type", () =>
    Effect.gen(function*() {
      const client = EngineHttpClient.make(yield* Engine.make())
      const badJson = yield* send(client, HttpClientRequest.post(`${BASE}/connections`).pipe(HttpClientRequest.bodyText("{", "application/json")))
      expect(badJson).toMatchObject({ status: 400, json: { errorCode: "invalid_body", message: "Invalid request payload JSON format" } })
      const badPath = yield* send(client, HttpClientRequest.get(`${BASE}/connections/con_%zz`))
      expect(badPath).toMatchObject({ status: 400, json: { errorCode: "invalid_uri" } })
      const badQuery = yield* send(client, HttpClientRequest.get(`${BASE}/connections?name=%zz`))
      expect(badQuery).toMatchObject({ status: 400, json: { errorCode: "invalid_query_string" } })
      const xml = yield* send(client, HttpClientRequest.post(`${BASE}/connections`).pipe(HttpClientRequest.bodyText("<a/>", "application/xml")))
      expect(xml.status).toBe(415)
    }))

  it.effect("scopes are handed to the engine; paths outside /api/v2 are a 404 in Auth0's envelope", () =>
    Effect.gen(function*() {
      const client = EngineHttpClient.make(yield* Engine.make(), { scopes: ["read:connections"] })
      expect((yield* send(client, HttpClientRequest.get(`${BASE}/connections`))).status).toBe(200)
      const refused = yield* send(client, HttpClientRequest.post(`${BASE}/connections`).pipe(HttpClientRequest.bodyUnsafeJson({ name: "db", strategy: "auth0" })))
      expect(refused).toMatchObject({ status: 403, json: { statusCode: 403 } })
      const token = yield* send(client, HttpClientRequest.post("https://tenant.test/oauth/token"))
      expect(token).toMatchObject({ status: 404, json: { statusCode: 404, message: "Not Found" } })
    }))
})
