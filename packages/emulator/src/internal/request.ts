/**
 * Defensive parsing of what arrives on the wire: request targets, query strings, bodies. Nothing here throws;
 * every problem comes back as a value the server turns into a 4xx envelope.
 */
import type * as Http from "node:http"
import * as Effect from "effect/Effect"

/** The request target split into its raw (still percent-encoded) path and query string. */
export interface Target {
  readonly path: string
  readonly search: string
}

/** Splits `req.url`; also accepts the absolute form (`GET http://host/path HTTP/1.1`) that proxies send. */
export const splitTarget = (url: string): Target => {
  let rest = url
  const absolute = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(rest)
  if (absolute !== null) rest = rest.slice(absolute[0].length)
  const hash = rest.indexOf("#")
  if (hash >= 0) rest = rest.slice(0, hash)
  const q = rest.indexOf("?")
  const path = q >= 0 ? rest.slice(0, q) : rest
  return { path: path.startsWith("/") ? path : `/${path}`, search: q >= 0 ? rest.slice(q + 1) : "" }
}

const decode = (s: string): string | undefined => {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

/** Decodes each path segment; `undefined` on bad percent-encoding. */
export const decodePath = (path: string): string | undefined => {
  const segments: Array<string> = []
  for (const segment of path.split("/")) {
    const decoded = decode(segment)
    if (decoded === undefined) return undefined
    segments.push(decoded)
  }
  return segments.join("/")
}

/** Parses `a=1&b=2&b=3` (form rules: `+` is a space) into ordered pairs; `undefined` on bad percent-encoding. */
export const parseQuery = (search: string): ReadonlyArray<readonly [string, string]> | undefined => {
  const pairs: Array<readonly [string, string]> = []
  if (search.length === 0) return pairs
  for (const part of search.split("&")) {
    if (part.length === 0) continue
    const eq = part.indexOf("=")
    const key = decode((eq >= 0 ? part.slice(0, eq) : part).replace(/\+/g, " "))
    const value = decode((eq >= 0 ? part.slice(eq + 1) : "").replace(/\+/g, " "))
    if (key === undefined || value === undefined) return undefined
    pairs.push([key, value])
  }
  return pairs
}

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

/** A parsed body or the reason it was refused. */
export type ParsedBody =
  | { readonly _tag: "Parsed"; readonly value: unknown }
  | { readonly _tag: "BadJson" }
  | { readonly _tag: "BadForm" }
  | { readonly _tag: "UnsupportedMediaType"; readonly mediaType: string }

/** Which media types a caller accepts. */
export type BodyKinds = { readonly form: boolean }

const mediaTypeOf = (contentType: string | undefined): string =>
  (contentType ?? "").split(";")[0]!.trim().toLowerCase()

/** Parses form-encoded bodies into a flat object of strings (a repeated key keeps the last value). */
export const parseForm = (text: string): Record<string, string> | undefined => {
  const pairs = parseQuery(text.trim())
  if (pairs === undefined) return undefined
  const out: Record<string, string> = {}
  for (const [k, v] of pairs) {
    if (k === "__proto__") continue
    out[k] = v
  }
  return out
}

/**
 * Parses a body by its `Content-Type`: JSON (also `+json` types, and no type at all, like Auth0's API server) or,
 * when allowed, form encoding. An empty body is `undefined`.
 */
export const parseBody = (contentType: string | undefined, bytes: Buffer, kinds: BodyKinds): ParsedBody => {
  const text = bytes.toString("utf8")
  if (text.trim().length === 0) return { _tag: "Parsed", value: undefined }
  const mediaType = mediaTypeOf(contentType)
  if (mediaType === "" || mediaType === "application/json" || /^application\/[a-z0-9.+-]*\+json$/.test(mediaType)) {
    try {
      return { _tag: "Parsed", value: JSON.parse(text) }
    } catch {
      return { _tag: "BadJson" }
    }
  }
  if (mediaType === "application/x-www-form-urlencoded" && kinds.form) {
    const form = parseForm(text)
    return form === undefined ? { _tag: "BadForm" } : { _tag: "Parsed", value: form }
  }
  return { _tag: "UnsupportedMediaType", mediaType }
}
