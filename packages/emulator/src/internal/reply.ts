/**
 * Answers before they are written: a status, a JSON (or text) body and headers, in Auth0's shapes (the Management
 * API's error envelope, the Authentication API's OAuth errors), and how one becomes an `HttpServerResponse` with the
 * exact headers the emulator has always sent.
 */
import * as ApiError from "@effect-auth0/domain/ApiError"
import * as Headers from "@effect/platform/Headers"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"

/** The content type of every JSON answer. */
export const JSON_TYPE = "application/json; charset=utf-8"

/** A response, before it is written. */
export interface Reply {
  readonly status: number
  readonly body: unknown
  readonly headers?: Readonly<Record<string, string>>
}

/** A reply with a JSON body (`undefined`: no body). */
export const reply = (status: number, body: unknown, headers?: Readonly<Record<string, string>>): Reply =>
  headers === undefined ? { status, body } : { status, body, headers }

/** The reason phrase Auth0 puts in `error` for a status. */
export const reason = (status: number): string => ApiError.REASON_PHRASES[status] ?? "Error"

/** Auth0's error envelope `{statusCode, error, message, errorCode?}`. */
export const errorReply = (status: number, message: string, errorCode?: string, headers?: Readonly<Record<string, string>>): Reply =>
  reply(status, ApiError.makeBody(status, message, errorCode), headers)

/** 404 in Auth0's envelope. */
export const notFound = (): Reply => errorReply(404, "Not Found")

/** 405 with the methods the path accepts in `allow`. */
export const methodNotAllowed = (allow: ReadonlyArray<string>): Reply =>
  errorReply(405, "Method Not Allowed", undefined, { allow: allow.join(", ") })

/** An OAuth error of the Authentication API (`/oauth/token`): `{error, error_description}`, never cached. */
export const oauthError = (status: number, error: string, description: string): Reply =>
  reply(status, { error, error_description: description }, { "cache-control": "no-store", pragma: "no-cache" })

/** Adds headers the reply does not set itself (the reply's own headers win). */
export const withDefaultHeaders = (r: Reply, defaults: Readonly<Record<string, string>>): Reply =>
  Object.keys(defaults).length === 0 ? r : { ...r, headers: { ...defaults, ...r.headers } }

const lowerCase = (headers: Readonly<Record<string, string>> | undefined): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v
  return out
}

/**
 * The response for a reply. Bytes are sent as they are (with the reply's `content-type`). A JSON body gets `content-type` and `content-length`; a string body with a non-JSON
 * `content-type` of the reply's own is sent as that text; no body (or 204/304) sends `content-length: 0` except on
 * 204/304, which carry no length at all.
 */
export const toResponse = (r: Reply): HttpServerResponse.HttpServerResponse => {
  const headers = lowerCase(r.headers)
  if (r.body === undefined || r.status === 204 || r.status === 304) {
    if (r.status !== 204 && r.status !== 304) headers["content-length"] = "0"
    return HttpServerResponse.empty({ status: r.status, headers: Headers.fromInput(headers) })
  }
  const custom = headers["content-type"]
  delete headers["content-type"]
  if (r.body instanceof Uint8Array) {
    headers["content-length"] = String(r.body.byteLength)
    return HttpServerResponse.uint8Array(r.body, { status: r.status, headers: Headers.fromInput(headers), contentType: custom ?? "application/octet-stream" })
  }
  const text = typeof r.body === "string" && custom !== undefined && !/json/i.test(custom)
  const payload = text ? r.body as string : JSON.stringify(r.body)
  // Set explicitly: the platform leaves the length out for an empty body, and Node would then send it chunked.
  headers["content-length"] = String(Buffer.byteLength(payload))
  return HttpServerResponse.text(payload, {
    status: r.status,
    headers: Headers.fromInput(headers),
    contentType: text ? custom : custom ?? JSON_TYPE
  })
}
