/**
 * A scripted `HttpClient` (no network): every request is recorded and answered by a handler.
 */
import { Effect, Redacted, Tracer } from "effect"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import type { ConnectionId } from "@effect-auth0/domain/Identifiers"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import type { Service } from "@effect-auth0/http/ConnectionsService"

/** One request as the server saw it. */
export interface Seen {
  readonly method: string
  readonly url: URL
  /** Path below the host, e.g. `/api/v2/connections`. */
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  /** Parsed JSON body, the raw text for other bodies, `undefined` when empty. */
  readonly body: unknown
  readonly text: string
  readonly signal: AbortSignal
}

/**
 * What a handler answers: a response, a transport failure, or an effect (e.g. `Effect.never`). `"transport-error"`
 * is a connection reset after sending; `"refused"` (ECONNREFUSED), `"dns"` (ENOTFOUND) and `"invalid-url"` fail
 * before anything is sent.
 */
export type Failure = "transport-error" | "refused" | "dns" | "invalid-url"
export type Answer = Response | Failure | Effect.Effect<Response | Failure>

const failureOf = (request: HttpClientRequest.HttpClientRequest, failure: Failure) => {
  switch (failure) {
    case "transport-error":
      return new HttpClientError.RequestError({ request, reason: "Transport", cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) })
    case "refused":
      return new HttpClientError.RequestError({
        request,
        reason: "Transport",
        cause: Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) })
      })
    case "dns":
      return new HttpClientError.RequestError({
        request,
        reason: "Transport",
        cause: Object.assign(new Error("getaddrinfo ENOTFOUND tenant.test"), { code: "ENOTFOUND" })
      })
    case "invalid-url":
      return new HttpClientError.RequestError({ request, reason: "InvalidUrl", cause: Object.assign(new TypeError("Invalid URL"), { code: "ERR_INVALID_URL" }) })
  }
}

export type Handler = (req: Seen, index: number) => Answer

const decoder = new TextDecoder()

const bodyOf = (request: HttpClientRequest.HttpClientRequest): { readonly text: string; readonly body: unknown } => {
  const b = request.body
  if (b._tag !== "Uint8Array") return { text: "", body: undefined }
  const text = decoder.decode(b.body)
  if (b.contentType.includes("json")) return { text, body: JSON.parse(text) }
  return { text, body: text }
}

/** A scripted client and the requests it saw. */
export const scripted = (handler: Handler) => {
  const seen: Array<Seen> = []
  const client = HttpClient.make((request, url, signal) =>
    Effect.suspend(() => {
      const { body, text } = bodyOf(request)
      const req: Seen = { method: request.method, url, path: url.pathname, headers: { ...request.headers }, body, text, signal }
      const index = seen.length
      seen.push(req)
      const answer = handler(req, index)
      const effect = Effect.isEffect(answer) ? answer : Effect.succeed(answer)
      return Effect.flatMap(effect, (a) =>
        typeof a === "string" ? Effect.fail(failureOf(request, a)) : Effect.succeed(HttpClientResponse.fromWeb(request, a)))
    }))
  return { client, seen }
}

/** A JSON response like Auth0's. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } })

/** An empty response (204 and friends). */
export const empty = (status: number, headers: Record<string, string> = {}): Response => new Response(null, { status, headers })

/** Auth0's error envelope. */
export const auth0Error = (statusCode: number, error: string, message: string, errorCode?: string, extra: Record<string, unknown> = {}) => ({
  statusCode,
  error,
  message,
  ...(errorCode === undefined ? {} : { errorCode }),
  ...extra
})

export const STATIC_TOKEN = "eyJSTATIC.token-Zq8vK3pL9wX2"
export const CLIENT_SECRET = "s3cr3t-Client-Secret-9bT7yQ4m"
export const BASE_URL = "https://tenant.test"

export const ID = "con_dqoO3J23QCEvZ85b" as ConnectionId

/** A database connection as Auth0 returns it (go-rec, Sept 2025), plus an option key we do not model. */
export const auth0Connection = (overrides: Record<string, unknown> = {}) => ({
  id: ID,
  options: {
    mfa: { active: true, return_enroll_settings: true },
    passwordPolicy: "good",
    strategy_version: 2,
    upstream_params: { screen_name: { alias: "login_hint" } },
    authentication_methods: { password: { enabled: true }, passkey: { enabled: false } },
    passkey_options: { challenge_ui: "both", progressive_enrollment_enabled: true, local_enrollment_enabled: true },
    brute_force_protection: true,
    future_option_key: { nested: [1, 2, 3] }
  },
  strategy: "auth0",
  name: "Test-Auth0-Connection-1757329209",
  is_domain_connection: false,
  authentication: { active: true },
  connected_accounts: { active: true },
  enabled_clients: [],
  realms: ["Test-Auth0-Connection-1757329209"],
  ...overrides
})

/** Builds the service over a scripted client, with a static token and no client-side rate limit unless asked. */
export const makeService = (handler: Handler, options: ConnectionsHttp.Options = {}) => {
  const { client, seen } = scripted(handler)
  const service: Effect.Effect<Service> = ConnectionsHttp.make({
    baseUrl: BASE_URL,
    token: Redacted.make(STATIC_TOKEN),
    rateLimit: false,
    ...options
  }).pipe(Effect.provideService(HttpClient.HttpClient, client))
  return { service, seen, client }
}

/** Lets real-time work (response bodies are read through promises) finish before the test clock moves. */
export const settle = Effect.gen(function*() {
  for (let i = 0; i < 4; i++) yield* Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 1)))
})

/** Requests seen whose path ends with `suffix` (after `/api/v2`). */
export const apiPaths = (seen: ReadonlyArray<Seen>) => seen.map((s) => `${s.method} ${s.path.replace(/^\/api\/v2/, "")}${s.url.search}`)

/** A span as Effect's native tracer records it: its attributes and events can be read back. */
export type RecordedSpan = Tracer.Span & {
  readonly attributes: Map<string, unknown>
  readonly events: Array<[string, bigint, Record<string, unknown>]>
}

/** A tracer that records every span started under `Effect.withTracer(tracer)` (Effect's native spans, kept in order). */
export const recording = Effect.map(Effect.tracer, (native) => {
  const spans: Array<RecordedSpan> = []
  const tracer = Tracer.make({
    span: (...args) => {
      const span = native.span(...args)
      spans.push(span as RecordedSpan)
      return span
    },
    context: (f, fiber) => native.context(f, fiber)
  })
  return { tracer, spans }
})
