/**
 * An `HttpClient` answered by an engine in memory: no sockets, no server. Each request is handed to the engine
 * the way the emulator hands it a request off the wire (`Wire.handle`: the raw path below `/api/v2`, the query
 * string, the body bytes and their `Content-Type`), so unreadable input gets the same Auth0 4xx; the answer comes
 * back as a web `Response` (JSON with its `content-type`, no body for a 204).
 *
 * Authentication is not modelled: the engine receives the configured `scopes` directly, whatever token the
 * request carries. Paths outside `/api/v2` (e.g. `/oauth/token`) get a 404 in Auth0's envelope.
 *
 * @since 0.0.0
 */
import * as Effect from "effect/Effect"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as ApiError from "@effect-auth0/domain/ApiError"
import * as Engine from "@effect-auth0/engine/Engine"
import * as Wire from "@effect-auth0/engine/Wire"

/**
 * How the client reaches the engine.
 *
 * @since 0.0.0
 */
export interface Options {
  /** Scopes the caller holds (default: every scope, {@link Engine.SCOPES}). */
  readonly scopes?: Iterable<string> | undefined
}

const API_PREFIX = "/api/v2"

const encoder = new TextEncoder()

/** The body bytes and their media type, or `undefined` for a body this transport cannot carry (a stream). */
const bodyOf = (body: HttpClientRequest.HttpClientRequest["body"]) => {
  switch (body._tag) {
    case "Empty":
      return { bytes: undefined, contentType: undefined }
    case "Uint8Array":
      return { bytes: body.body, contentType: body.contentType }
    case "Raw":
      return typeof body.body === "string" || body.body instanceof Uint8Array
        ? { bytes: typeof body.body === "string" ? encoder.encode(body.body) : body.body, contentType: body.contentType }
        : undefined
    default:
      return undefined
  }
}

/** The engine's answer as a web response: JSON, or no body at all when the engine sent none (or for `HEAD`). */
const toWeb = (method: string, response: Engine.EngineResponse): Response =>
  response.body === undefined || response.status === 204 || method === "HEAD"
    ? new Response(null, { status: response.status })
    : new Response(JSON.stringify(response.body), {
      status: response.status,
      headers: { "content-type": "application/json; charset=utf-8" }
    })

/**
 * An `HttpClient` whose every request is answered by `engine`.
 *
 * @since 0.0.0
 */
export const make = (engine: Engine.Service, options?: Options): HttpClient.HttpClient => {
  const scopes: ReadonlySet<string> = new Set(options?.scopes ?? Engine.SCOPES)
  return HttpClient.make((request, url) =>
    Effect.gen(function*() {
      const body = bodyOf(request.body)
      if (body === undefined) {
        return yield* new HttpClientError.RequestError({
          request,
          reason: "Encode",
          description: `EngineHttpClient carries byte and text bodies only, not ${request.body._tag}`
        })
      }
      const path = url.pathname
      const below = path === API_PREFIX || path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : undefined
      const answer: Engine.EngineResponse = below === undefined
        ? { status: 404, body: ApiError.makeBody(404, "Not Found") }
        : yield* Wire.handle(engine, {
          method: request.method,
          path: below,
          search: url.search.startsWith("?") ? url.search.slice(1) : url.search,
          contentType: body.contentType,
          body: body.bytes,
          scopes
        })
      return HttpClientResponse.fromWeb(request, toWeb(request.method, answer))
    })
  )
}
