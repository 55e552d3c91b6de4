/**
 * `POST /oauth/token`: the client-credentials grant, with the Authentication API's error format
 * (`{error, error_description}`). Credentials come from the body or from HTTP Basic authentication.
 */
import { timingSafeEqual } from "node:crypto"
import type * as Engine from "@effect-auth0/engine/Engine"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { isRecord } from "effect/Predicate"
import type { Tokens } from "./auth.js"
import { readJsonOrForm, whenRead } from "./body.js"
import { methodNotAllowed, oauthError, type Reply, reply } from "./reply.js"
import { RequestNote } from "./requestLog.js"
import { NO_STACK } from "./span.js"


/** What the token endpoint needs. */
export interface TokenEndpointOptions {
  readonly tokens: Tokens
  /** The clients whose credentials are accepted. */
  readonly clients: Effect.Effect<ReadonlyArray<Engine.SeedClient>>
  /** Every scope a client may be granted (and the grant when none is asked for). */
  readonly scopes: ReadonlyArray<string>
  readonly lifetimeSeconds: number
  readonly maxBodyBytes: number
}

const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

const decodeLenient = (s: string): string => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

const basicCredentials = (header: string | undefined): { id: string; secret: string } | undefined => {
  const match = header === undefined ? null : /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(header)
  if (match === null) return undefined
  const text = Buffer.from(match[1]!, "base64").toString("utf8")
  const colon = text.indexOf(":")
  if (colon < 0) return undefined
  return { id: decodeLenient(text.slice(0, colon)), secret: decodeLenient(text.slice(colon + 1)) }
}

/** The grant itself, once the body is read. */
const grant = (options: TokenEndpointOptions, params: Record<string, unknown>, authorization: string | undefined) =>
  Effect.gen(function*() {
    const note = yield* RequestNote
    const str = (key: string): string | undefined => typeof params[key] === "string" ? params[key] : undefined
    const grantType = str("grant_type")
    if (grantType === undefined) return oauthError(400, "invalid_request", "Missing required parameter: grant_type")
    if (grantType !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", `Unsupported grant type: ${grantType.slice(0, 100)}`)
    }
    const basic = basicCredentials(authorization)
    const id = str("client_id") ?? basic?.id
    const secret = str("client_secret") ?? basic?.secret
    const known = yield* options.clients
    const client = id === undefined ? undefined : known.find((c) => c.client_id === id)
    if (
      client === undefined || secret === undefined || client.client_secret === undefined ||
      !safeEqual(secret, client.client_secret)
    ) {
      return oauthError(401, "access_denied", "Unauthorized")
    }
    note.clientId = client.client_id
    const aud = str("audience") ?? options.tokens.audience
    if (!options.tokens.audiences.includes(aud)) {
      return oauthError(403, "access_denied", `Service not enabled within domain: ${aud.slice(0, 200)}`)
    }
    const requested = (str("scope") ?? "").split(" ").filter((s) => s.length > 0)
    const notGranted = requested.filter((s) => !options.scopes.includes(s))
    if (notGranted.length > 0) {
      return oauthError(403, "access_denied", `Client has not been granted scopes: ${notGranted.join(", ").slice(0, 500)}`)
    }
    const granted = requested.length > 0 ? [...new Set(requested)] : options.scopes
    const token = yield* options.tokens.mint(granted, options.lifetimeSeconds, client.client_id, aud)
    return reply(200, { access_token: token, expires_in: options.lifetimeSeconds, scope: granted.join(" "), token_type: "Bearer" }, {
      "cache-control": "no-store",
      pragma: "no-cache"
    })
  })

/** The `/oauth/token` route. */
export const handler = (options: TokenEndpointOptions): Effect.Effect<Reply, never, HttpServerRequest.HttpServerRequest | RequestNote> =>
  Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    if (request.method !== "POST") return methodNotAllowed(["POST"])
    const body = yield* readJsonOrForm(request, options.maxBodyBytes, true)
    if (Either.isLeft(body)) {
      return yield* whenRead(body.left, (unread) =>
        // The Authentication API words body errors its own way; only the 413 keeps the Management API envelope.
        unread.status === 413
          ? unread
          : oauthError(400, "invalid_request", unread.status === 415 ? "Unsupported content type" : "Invalid request body"))
    }
    if (!isRecord(body.right)) return oauthError(400, "invalid_request", "Invalid request body")
    return yield* grant(options, body.right, request.headers.authorization)
  }).pipe(Effect.withSpan("Emulator.token", NO_STACK))
