/**
 * Defensive parsing of what arrives on the wire: request targets, query strings, bodies. Nothing here throws;
 * every problem comes back as a value the server turns into a 4xx envelope.
 */
import type * as Http from "node:http"
import * as Effect from "effect/Effect"

export { decodePath, parseQuery, splitTarget, type Target } from "@effect-auth0/engine/Wire"

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

export { parseBody, parseForm, type BodyKinds, type ParsedBody } from "@effect-auth0/engine/Wire"
