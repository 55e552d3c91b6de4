/**
 * Request bodies: reading them with a size limit, and parsing them into JSON (or form) values with Auth0's 4xx
 * answers. Nothing here throws.
 *
 * Reading is done on the Node request, not through `HttpServerRequest`'s body: past the limit the emulator keeps
 * draining (and discarding) the upload so the client can read its 413 instead of seeing a reset, and only gives up
 * on the connection past a hard cap. The platform's body reader fails at the limit and stops reading.
 */
import type * as Http from "node:http"
import * as Wire from "@effect-auth0/engine/Wire"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import { errorReply, type Reply, reply } from "./reply.js"
import { RequestNote } from "./requestLog.js"

/** The body as read, or why it could not be. */
export type BodyResult =
  | { readonly _tag: "Body"; readonly bytes: Buffer }
  | { readonly _tag: "TooLarge" }
  | { readonly _tag: "Aborted" }

/**
 * Reads the request body up to `limit` bytes. Beyond the limit the rest is drained and discarded (so the client
 * can read the 413 instead of seeing a reset), up to a hard cap after which the connection is closed.
 */
export const readBody = (req: Http.IncomingMessage, limit: number): Effect.Effect<BodyResult> =>
  Effect.async<BodyResult>((resume) => {
    const declared = Number(req.headers["content-length"])
    const hardCap = Math.max(limit * 8, 8 * 1024 * 1024)
    if (Number.isFinite(declared) && declared > hardCap) {
      req.resume()
      resume(Effect.succeed({ _tag: "TooLarge" }))
      return
    }
    const chunks: Array<Buffer> = []
    let size = 0
    let done = false
    const finish = (result: BodyResult) => {
      if (done) return
      done = true
      cleanup()
      resume(Effect.succeed(result))
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else if (size > hardCap) {
        // Endless uploads: stop reading; the response will carry `Connection: close`.
        req.pause()
        finish({ _tag: "TooLarge" })
      }
    }
    const onEnd = () => finish(size > limit ? { _tag: "TooLarge" } : { _tag: "Body", bytes: Buffer.concat(chunks, size) })
    const onAbort = () => finish({ _tag: "Aborted" })
    const cleanup = () => {
      req.off("data", onData)
      req.off("end", onEnd)
      req.off("error", onAbort)
      req.off("close", onClose)
    }
    const onClose = () => {
      if (!req.complete) onAbort()
    }
    req.on("data", onData)
    req.on("end", onEnd)
    req.on("error", onAbort)
    req.on("close", onClose)
    if (req.complete && req.readableEnded) onEnd()
    return Effect.sync(cleanup)
  })

/** Why a body was not read: an answer to send, or `"aborted"` when the client went away mid-body. */
export type Unread = Reply | "aborted"

/** 413 for a body over the limit; the connection is closed after it (the rest of the upload is not read). */
export const tooLarge = (maxBodyBytes: number): Reply =>
  errorReply(413, `Payload content length greater than maximum allowed: ${maxBodyBytes}`, undefined, { connection: "close" })

/** The body's bytes, or why there are none to give. */
export const readBytes = (
  request: HttpServerRequest.HttpServerRequest,
  maxBodyBytes: number
): Effect.Effect<Either.Either<Uint8Array, Unread>> =>
  Effect.map(readBody(NodeHttpServerRequest.toIncomingMessage(request), maxBodyBytes), (result) =>
    result._tag === "Body"
      ? Either.right(result.bytes)
      : Either.left(result._tag === "Aborted" ? "aborted" : tooLarge(maxBodyBytes)))

/** The body parsed as JSON (or, when `form`, form encoding), or Auth0's 4xx for it. */
export const readJsonOrForm = (
  request: HttpServerRequest.HttpServerRequest,
  maxBodyBytes: number,
  form: boolean
): Effect.Effect<Either.Either<unknown, Unread>> =>
  Effect.map(readBytes(request, maxBodyBytes), (bytes) =>
    Either.flatMap(bytes, (bytes) => {
      const parsed = Wire.bodyOrError(Wire.parseBody(request.headers["content-type"], bytes, { form }))
      // The engine's answer is already Auth0's envelope (400 invalid_body, 415).
      return Either.mapLeft(parsed, (response): Unread => reply(response.status, response.body))
    }))

/**
 * The answer for a body that was not read: `f` of the reply, or, when the client went away mid-body, nothing: the
 * request is noted as aborted and waits for the server to interrupt it (the connection is already closed).
 */
export const whenRead = (unread: Unread, f: (reply: Reply) => Reply = (r) => r): Effect.Effect<Reply> =>
  unread === "aborted"
    ? Effect.flatMap(Effect.serviceOption(RequestNote), (note) => {
      // The control plane is not logged, so it has no note.
      if (Option.isSome(note)) note.value.outcome = "aborted"
      return Effect.never
    })
    : Effect.succeed(f(unread))

/** The JSON body (never form encoded), then `f` of it; Auth0's 4xx when it cannot be read. */
export const withJson = (
  maxBodyBytes: number,
  f: (body: unknown) => Effect.Effect<Reply>
): Effect.Effect<Reply, never, HttpServerRequest.HttpServerRequest> =>
  Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) =>
    Effect.flatMap(
      readJsonOrForm(request, maxBodyBytes, false),
      Either.match({ onLeft: (unread) => whenRead(unread), onRight: f })
    ))
