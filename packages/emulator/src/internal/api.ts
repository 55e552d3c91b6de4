/**
 * The Management API (`/api/v2/*`): the bearer token is checked here, everything else (target, query and body
 * decoding, and Auth0's semantics) is the engine's, through `Wire.handle`.
 */
import type * as Engine from "@effect-auth0/engine/Engine"
import * as Wire from "@effect-auth0/engine/Wire"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type { Tokens } from "./auth.js"
import { readBytes, whenRead } from "./body.js"
import { type Reply, reply } from "./reply.js"
import { RequestNote } from "./requestLog.js"
import { NO_STACK } from "./span.js"

const PREFIX = "/api/v2"

/** What the Management API route needs. */
export interface ApiOptions {
  readonly engine: Engine.Service
  readonly tokens: Tokens
  readonly maxBodyBytes: number
}

/** The `/api/v2` and `/api/v2/*` route. */
export const handler = (options: ApiOptions): Effect.Effect<Reply, never, HttpServerRequest.HttpServerRequest | RequestNote> =>
  Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const auth = yield* options.tokens.authenticate(request.headers.authorization)
    if (Either.isLeft(auth)) return auth.left
    if (auth.right.clientId !== undefined) (yield* RequestNote).clientId = auth.right.clientId
    const target = Wire.splitTarget(request.originalUrl)
    const wire: Wire.WireRequest = {
      method: request.method,
      path: target.path.slice(PREFIX.length),
      search: target.search,
      contentType: request.headers["content-type"],
      scopes: auth.right.scopes
    }
    // An unreadable path or query is refused before the body is read (so it is a 400 even when the body is too large).
    const unreadable = Wire.toEngineRequest(wire)
    if (Either.isLeft(unreadable)) return reply(unreadable.left.status, unreadable.left.body)
    const body = yield* readBytes(request, options.maxBodyBytes)
    if (Either.isLeft(body)) return yield* whenRead(body.left)
    const response = yield* Wire.handle(options.engine, { ...wire, body: body.right })
    return reply(response.status, response.body)
  }).pipe(Effect.withSpan("Emulator.api", NO_STACK))
