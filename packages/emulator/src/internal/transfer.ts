/**
 * `GET /__emulator/export` and `POST /__emulator/import`: the whole state in the seed format, out and in. An export
 * masks secrets unless `?secrets=true` asks for them; an import is validated and replaces the state all or nothing.
 */
import type * as Engine from "@effect-auth0/engine/Engine"
import * as Wire from "@effect-auth0/engine/Wire"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { withJson } from "./body.js"
import { errorReply, type Reply, reply } from "./reply.js"
import * as Seed from "./seed.js"

/** `GET /__emulator/export[?secrets=true]`. */
export const exportState = (engine: Engine.Service): Effect.Effect<Reply, never, HttpServerRequest.HttpServerRequest> =>
  Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) => {
    const query = Wire.parseQuery(Wire.splitTarget(request.originalUrl).search) ?? []
    const secrets = query.some(([k, v]) => k === "secrets" && (v === "true" || v === "1"))
    return Effect.map(engine.exportSeed({ includeSecrets: secrets }), (seed) => reply(200, seed, { "cache-control": "no-store" }))
  })

/** `POST /__emulator/import`: 204, or 400 naming the first problem (and nothing changed). */
export const importState = (engine: Engine.Service, maxBodyBytes: number) =>
  withJson(maxBodyBytes, (body) => {
    const decoded = Seed.decode(body ?? {})
    if (Either.isLeft(decoded)) return Effect.succeed(errorReply(400, `Invalid import: ${decoded.left}`, "invalid_body"))
    return Effect.map(
      Effect.either(engine.replace(decoded.right)),
      Either.match({
        onLeft: (error) => errorReply(400, `Invalid import: ${error.message}`, "invalid_body"),
        onRight: () => reply(204, undefined)
      })
    )
  })
