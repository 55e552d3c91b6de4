/**
 * From bytes on the wire to an engine request: request targets, percent-decoding, query strings and bodies, with
 * Auth0's answers for what cannot be read (400 `invalid_uri`, `invalid_query_string`, `invalid_body`, 415). The
 * emulator (over `node:http`) and the fake (over an in-process `HttpClient`) both read requests through this
 * module, so a request the emulator refuses is refused by the fake with the same body. Nothing here throws.
 *
 * @since 0.0.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type { EngineRequest, EngineResponse, Service } from "./Engine.js"
import { failure } from "./internal/errors.js"

/**
 * A request target split into its raw (still percent-encoded) path and query string.
 *
 * @since 0.0.0
 */
export interface Target {
  readonly path: string
  readonly search: string
}

/**
 * Splits a request target; also accepts the absolute form (`GET http://host/path HTTP/1.1`) that proxies send.
 *
 * @since 0.0.0
 */
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

/**
 * Decodes each path segment; `undefined` on bad percent-encoding.
 *
 * @since 0.0.0
 */
export const decodePath = (path: string): string | undefined => {
  const segments: Array<string> = []
  for (const segment of path.split("/")) {
    const decoded = decode(segment)
    if (decoded === undefined) return undefined
    segments.push(decoded)
  }
  return segments.join("/")
}

/**
 * Parses `a=1&b=2&b=3` (form rules: `+` is a space) into ordered pairs; `undefined` on bad percent-encoding.
 *
 * @since 0.0.0
 */
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

/**
 * A parsed body or the reason it was refused.
 *
 * @since 0.0.0
 */
export type ParsedBody =
  | { readonly _tag: "Parsed"; readonly value: unknown }
  | { readonly _tag: "BadJson" }
  | { readonly _tag: "BadForm" }
  | { readonly _tag: "UnsupportedMediaType"; readonly mediaType: string }

/**
 * Which media types a caller accepts besides JSON.
 *
 * @since 0.0.0
 */
export interface BodyKinds {
  readonly form: boolean
}

const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? "").split(";")[0]!.trim().toLowerCase()

/**
 * Parses form-encoded bodies into a flat object of strings (a repeated key keeps the last value).
 *
 * @since 0.0.0
 */
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

const utf8 = new TextDecoder("utf-8")

/**
 * Parses a body by its `Content-Type`: JSON (also `+json` types, and no type at all, like Auth0's API server) or,
 * when allowed, form encoding. An empty body is `undefined`.
 *
 * @since 0.0.0
 */
export const parseBody = (contentType: string | undefined, bytes: Uint8Array, kinds: BodyKinds): ParsedBody => {
  const text = utf8.decode(bytes)
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

/**
 * Auth0's answer to a body that could not be parsed, or the parsed value.
 *
 * @since 0.0.0
 */
export const bodyOrError = (parsed: ParsedBody): Either.Either<unknown, EngineResponse> => {
  switch (parsed._tag) {
    case "Parsed":
      return Either.right(parsed.value)
    case "BadJson":
      return Either.left(failure(400, "Invalid request payload JSON format", "invalid_body"))
    case "BadForm":
      return Either.left(failure(400, "Invalid request payload form format", "invalid_body"))
    case "UnsupportedMediaType":
      return Either.left(failure(415, "Unsupported Media Type"))
  }
}

/**
 * One Management API request as it arrived: the raw target below `/api/v2`, the headers that matter and the
 * body bytes. Authentication is already done: `scopes` are what the caller's token grants.
 *
 * @since 0.0.0
 */
export interface WireRequest {
  readonly method: string
  /** The raw (percent-encoded) path below `/api/v2`, e.g. `/connections/con_abc`. */
  readonly path: string
  /** The raw query string, without `?`. */
  readonly search: string
  readonly contentType?: string | undefined
  /** The body bytes; empty or absent when the request had none. */
  readonly body?: Uint8Array | undefined
  readonly scopes: ReadonlySet<string>
}

/**
 * Reads a wire request into an engine request, or Auth0's 4xx for what cannot be read. `HEAD` is answered as
 * `GET` (the caller drops the body).
 *
 * @since 0.0.0
 */
export const toEngineRequest = (request: WireRequest): Either.Either<EngineRequest, EngineResponse> => {
  const decoded = decodePath(request.path)
  if (decoded === undefined) return Either.left(failure(400, "Invalid request URI: bad percent-encoding in the path", "invalid_uri"))
  const query = parseQuery(request.search)
  if (query === undefined) {
    return Either.left(failure(400, "Query validation error: bad percent-encoding in the query string", "invalid_query_string"))
  }
  const body = request.body === undefined ? Either.right(undefined) : bodyOrError(parseBody(request.contentType, request.body, { form: true }))
  return Either.map(body, (value): EngineRequest => ({
    method: request.method === "HEAD" ? "GET" : request.method,
    path: decoded === "" ? "/" : decoded,
    query,
    body: value,
    scopes: request.scopes
  }))
}

/**
 * Answers a wire request with the engine: the one path from bytes to Auth0's answer.
 *
 * @since 0.0.0
 */
export const handle = (engine: Service, request: WireRequest): Effect.Effect<EngineResponse> =>
  Either.match(toEngineRequest(request), { onLeft: Effect.succeed, onRight: engine.handle })
