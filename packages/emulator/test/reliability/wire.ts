/**
 * Wire-level helpers for the reliability suites: raw HTTP requests (any method, path, header and body, no client
 * normalisation), raw socket bytes, response checks (Auth0's error envelope) and hostile value generators.
 */
import * as Http from "node:http"
import * as Net from "node:net"
import { FastCheck as fc } from "effect"

/** One request as sent on the wire. */
export interface WireRequest {
  readonly method: string
  /** Path and query, already encoded (may be deliberately malformed). */
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: Buffer | undefined
}

/** What came back: an answer, or the transport error when there was none. */
export type WireResponse =
  | { readonly _tag: "Answer"; readonly status: number; readonly headers: Http.IncomingHttpHeaders; readonly text: string }
  | { readonly _tag: "NoAnswer"; readonly error: string }

/** Sends one request with `node:http` on a fresh connection (so a bad request cannot poison the next one). */
export const send = (port: number, request: WireRequest, timeoutMs = 5_000): Promise<WireResponse> =>
  new Promise((resolve) => {
    let settled = false
    const done = (r: WireResponse) => {
      if (!settled) {
        settled = true
        resolve(r)
      }
    }
    let req: Http.ClientRequest
    try {
      req = Http.request({
        host: "127.0.0.1",
        port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(request.body === undefined ? {} : { "content-length": String(request.body.length) }) },
        agent: false,
        insecureHTTPParser: false
      })
    } catch (e) {
      // The client itself refused (e.g. an invalid header value): nothing was sent.
      done({ _tag: "NoAnswer", error: `client refused: ${String(e)}` })
      return
    }
    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error("timeout"))
    })
    req.on("response", (res) => {
      const chunks: Array<Buffer> = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => done({ _tag: "Answer", status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }))
      res.on("error", (e) => done({ _tag: "NoAnswer", error: String(e) }))
    })
    req.on("error", (e) => done({ _tag: "NoAnswer", error: String(e) }))
    if (request.body !== undefined) req.write(request.body, () => {})
    req.end()
  })

/** Sends raw bytes on a fresh socket and returns everything the server wrote before closing (or the timeout). */
export const sendRaw = (port: number, bytes: Buffer, timeoutMs = 1_000): Promise<{ readonly text: string; readonly timedOut: boolean }> =>
  new Promise((resolve) => {
    const socket = Net.connect(port, "127.0.0.1")
    const chunks: Array<Buffer> = []
    let timedOut = false
    let settled = false
    const done = () => {
      if (!settled) {
        settled = true
        socket.destroy()
        resolve({ text: Buffer.concat(chunks).toString("latin1"), timedOut })
      }
    }
    socket.setTimeout(timeoutMs, () => {
      timedOut = true
      done()
    })
    socket.on("connect", () => socket.write(bytes, () => {}))
    socket.on("data", (c: Buffer) => {
      chunks.push(c)
      // One complete response is enough: the server may keep the connection open afterwards.
      const text = Buffer.concat(chunks).toString("latin1")
      const head = text.indexOf("\r\n\r\n")
      if (head >= 0) {
        const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, head))
        if (length !== null && text.length >= head + 4 + Number(length[1])) done()
      }
    })
    socket.on("error", done)
    socket.on("close", done)
  })

/** Splits the first HTTP/1.x response out of raw text. */
export const parseRaw = (text: string): { readonly status: number; readonly headers: Record<string, string>; readonly body: string } | undefined => {
  const head = text.indexOf("\r\n\r\n")
  if (head < 0) return undefined
  const [statusLine, ...lines] = text.slice(0, head).split("\r\n")
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? "")
  if (match === null) return undefined
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const i = line.indexOf(":")
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim()
  }
  const length = headers["content-length"] === undefined ? undefined : Number(headers["content-length"])
  const rest = text.slice(head + 4)
  return { status: Number(match[1]), headers, body: length === undefined ? rest : rest.slice(0, length) }
}

const ENVELOPE_KEYS = new Set(["statusCode", "error", "message", "errorCode", "attributes"])

/**
 * Checks an error answer is in Auth0's envelope (`{statusCode, error, message, errorCode?}`, `statusCode` = HTTP
 * status, JSON content type); `oauth` also accepts the token endpoint's `{error, error_description}`.
 * Returns the problem, or `undefined`.
 */
export const envelopeProblem = (status: number, contentType: string | undefined, text: string, oauth: boolean): string | undefined => {
  if (!/^application\/json/i.test(contentType ?? "")) return `content-type ${String(contentType)} is not JSON`
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return `body is not JSON: ${text.slice(0, 120)}`
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return `body is not an object: ${text.slice(0, 120)}`
  const b = body as Record<string, unknown>
  if (oauth && typeof b.error === "string" && typeof b.error_description === "string" && b.statusCode === undefined) return undefined
  if (b.statusCode !== status) return `statusCode ${String(b.statusCode)} ≠ HTTP ${status}`
  if (typeof b.error !== "string" || b.error.length === 0) return "error is not a non-empty string"
  if (typeof b.message !== "string") return "message is not a string"
  if (b.errorCode !== undefined && typeof b.errorCode !== "string") return "errorCode is not a string"
  const extra = Object.keys(b).filter((k) => !ENVELOPE_KEYS.has(k))
  if (extra.length > 0) return `unexpected keys ${extra.join(",")}`
  return undefined
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------------------------

/** Strings that have broken parsers before. */
export const NASTY_STRINGS: ReadonlyArray<string> = [
  "", " ", "\u0000", "\u202Eevil", "مرحبا", "😀", "👩‍👩‍👧‍👦", "\uD800", "e\u0301", "\uFEFF", "\r\n", "\\", "\"", "<script>",
  "__proto__", "constructor", "toString", "con_", "con_0000000000000000", "-", "a--b", "a".repeat(128), "a".repeat(129),
  "a".repeat(256), "x".repeat(5000), "null", "true", "0", "-1", "1e309", "%", "%ZZ", "%00", "../..", "a/b", "?", "#"
]

/** A hostile string. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9-]{0,40}$/) }
)

/** A hostile JSON value of bounded size. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 100, 101, 1000, 1001, 1e308)),
    nastyString,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("name", "strategy", "options", "__proto__", "toString", "client_id", "status")), tie("value"), { maxKeys: 5 })
  )
})).value

/** Nests a value `depth` times in arrays/objects, as JSON text (no recursion, so any depth works). */
export const deepJsonText = (depth: number, kind: "array" | "object"): string =>
  kind === "array" ? "[".repeat(depth) + "1" + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)

/** Percent-encodes a string for a path segment or query value, keeping it ASCII. */
export const enc = (s: string): string => {
  try {
    return encodeURIComponent(s)
  } catch {
    // Lone surrogates cannot be encoded: send their UTF-8 replacement bytes instead.
    return Buffer.from(s, "utf8").toString("hex").replace(/(..)/g, "%$1")
  }
}
