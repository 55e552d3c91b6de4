/**
 * `ConnectionsService` over HTTP: the Auth0 Management API connections resource through `@effect/platform`'s
 * `HttpClient` (bring your own: Node, undici or fetch).
 *
 * What every call does:
 * - validates and encodes its input with the domain schemas first: an invalid input fails with
 *   `InvalidRequest{source: "local"}` naming every problem, and nothing is sent;
 * - waits for the client-side rate limiter (one token bucket per layer, shared by every call built from it, which
 *   also slows down when Auth0's `x-ratelimit-remaining` runs low);
 * - sends the request with a bearer token (static, or client credentials cached until shortly before expiry; a 401
 *   forces one refresh and one retry), the `Auth0-Client` telemetry header and no `traceparent`/`b3` headers;
 * - times out each attempt (interruption aborts the HTTP request) and retries by these rules:
 *   | outcome | retried |
 *   | --- | --- |
 *   | 429 | always (Auth0 did not process the request): after `Retry-After`, else until `X-RateLimit-Reset`, else exponential backoff with jitter |
 *   | 5xx, 408, timeout, transport error | only for requests that are safe to repeat (below) |
 *   | 401 (client credentials) | once, with a freshly fetched token |
 *   Retries are bounded by `maxRetries` and by `maxRetryWait` of total sleep; then the last error is returned
 *   (`RateLimited` with `limit/remaining/reset/retryAfter/attempts`, `ServerError`, `TransportError`).
 * - decodes a 2xx body with the domain schemas (unknown keys kept) or fails with `UnexpectedResponse` naming the
 *   paths that failed; maps a non-2xx answer with `ConnectionsError.fromResponse`.
 *
 * Safe to repeat (retried after 5xx/timeout/transport): every `GET`; `PATCH /connections/{id}`, `PATCH …/clients`
 * and `PATCH …/scim-configuration` (the same body gives the same state); `DELETE /connections/{id}` (202 or 204
 * both mean gone), `DELETE …/scim-configuration` (204 even when absent), `DELETE …/users` and
 * `DELETE …/scim-configuration/tokens/{id}` (a 404 after an ambiguous attempt means the first one worked).
 * Never repeated blindly: `POST /connections` — after an ambiguous failure `create` looks the name up and returns
 * the connection if it was created (same strategy), re-sending only if it was not (a 409 on a re-send triggers
 * the same lookup), so it never creates a duplicate (concurrent creates of one name in one service: exactly one
 * succeeds, see `ConnectionsService.create`); `POST …/keys`, `POST …/keys/rotate`,
 * `POST …/scim-configuration` and `POST …/scim-configuration/tokens` (a second rotation or token would differ
 * from the first) fail with the ambiguous error.
 *
 * @since 0.0.0
 */
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Random from "effect/Random"
import type * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionKey from "@effect-auth0/domain/ConnectionKey"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import type { ClientId, ConnectionId } from "@effect-auth0/domain/Identifiers"
import * as Scim from "@effect-auth0/domain/Scim"
import * as Validation from "@effect-auth0/domain/Validation"
import * as ConnectionsError from "./ConnectionsError.js"
import * as Derived from "./DerivedOperations.js"
import { ConnectionsService, type EnabledClientsDiff, type Service } from "./ConnectionsService.js"
import * as RateLimit from "./RateLimit.js"
import * as TokenProvider from "./TokenProvider.js"
import * as KeyedLock from "./internal/keyedLock.js"
import * as Decode from "./internal/decode.js"
import * as RateLimiter from "./internal/rateLimiter.js"
import * as Redact from "./internal/redact.js"
import * as Retry from "./internal/retry.js"
import * as Telemetry from "./internal/telemetry.js"
import * as Transport from "./internal/transport.js"

/**
 * What the `Auth0-Client` telemetry header describes: `{name, version, env}`.
 *
 * @since 0.0.0
 */
export type ClientInfo = Telemetry.ClientInfo

/**
 * The client-side rate limiter's settings.
 *
 * @since 0.0.0
 */
export interface RateLimitOptions {
  /** Sustained request rate (default 10 per second; `0` keeps only the slow-down on Auth0's headers). */
  readonly requestsPerSecond: number
  /** Requests that may start at once after a quiet period (default: `requestsPerSecond`, at least 1). */
  readonly burst?: number | undefined
  /**
   * Spread the remaining budget until the reset once Auth0 reports this many requests left or fewer
   * (default: 10 % of `x-ratelimit-limit`, at least 1; negative: never).
   */
  readonly slowDownBelow?: number | undefined
}

/**
 * Settings of the HTTP implementation. One of `domain`/`baseUrl` and one of `token`/`clientId`+`clientSecret`
 * (or a `tokenProvider`) are required.
 *
 * @since 0.0.0
 */
export interface Options {
  /** Tenant domain (`acme.eu.auth0.com`): the API is `https://{domain}/api/v2`. */
  readonly domain?: string | undefined
  /**
   * Any base URL, e.g. the local emulator (`http://127.0.0.1:4010`): the API is `{baseUrl}/api/v2` (a base URL
   * already ending in `/api/v2` is used as is) and the token endpoint `{baseUrl}/oauth/token`. `"/"` gives relative
   * URLs, for an `HttpClient` that prefixes the host itself. With `domain` too, `baseUrl` decides where requests go
   * and `domain` the default audience.
   */
  readonly baseUrl?: string | undefined
  /** A Management API token (no refresh: a 401 fails at once). */
  readonly token?: Redacted.Redacted<string> | undefined
  /** Client-credentials grant: the application's client id. */
  readonly clientId?: string | undefined
  /** Client-credentials grant: the application's client secret. */
  readonly clientSecret?: Redacted.Redacted<string> | undefined
  /** Token audience (default `https://{domain}/api/v2/`, or `{baseUrl}/api/v2/`). */
  readonly audience?: string | undefined
  /** Token endpoint (default `https://{domain}/oauth/token`, or `{baseUrl}/oauth/token`). */
  readonly tokenUrl?: string | undefined
  /** A token provider of your own (takes precedence over `token` and client credentials). */
  readonly tokenProvider?: TokenProvider.TokenProvider | undefined
  /** Per-attempt timeout, body included (default 30 seconds). */
  readonly timeout?: Duration.DurationInput | undefined
  /** Retries of one call (default 4). */
  readonly maxRetries?: number | undefined
  /** Most total time one call sleeps between retries (default 60 seconds). */
  readonly maxRetryWait?: Duration.DurationInput | undefined
  /** First backoff step, doubled per retry and jittered (default 1 second; steps are capped at 30 seconds). */
  readonly retryBaseDelay?: Duration.DurationInput | undefined
  /**
   * Client-side rate limiter (default 10 requests per second, slowing down when Auth0 reports few requests left);
   * `false` turns all client-side limiting off (429s are still retried).
   */
  readonly rateLimit?: RateLimitOptions | false | undefined
  /** `Auth0-Client` telemetry header: `true` (default) for this library's info, `false` for none, or your own. */
  readonly telemetry?: boolean | ClientInfo | undefined
  /** Send `traceparent`/`b3` headers to Auth0 (default `false`: trace context stays inside your system). */
  readonly tracePropagation?: boolean | undefined
}

/**
 * Default settings.
 *
 * @since 0.0.0
 */
export const defaults = {
  timeout: Duration.seconds(30),
  maxRetries: 4,
  maxRetryWait: Duration.seconds(60),
  retryBaseDelay: Duration.seconds(1),
  retryMaxDelay: Duration.seconds(30),
  requestsPerSecond: 10,
  /** Page size of `stream` and `findByName`. */
  streamPageSize: 100,
  /** Page size `setEnabledClients` reads with. */
  enabledClientsPageSize: 1000
} as const

/**
 * Where requests go, derived from {@link Options}.
 *
 * @since 0.0.0
 */
export interface Endpoints {
  /** `https://{domain}/api/v2` (no trailing slash). */
  readonly apiUrl: string
  /** `https://{domain}/oauth/token`. */
  readonly tokenUrl: string
  /** `https://{domain}/api/v2/`. */
  readonly audience: string
}

const trimSlashes = (s: string) => s.replace(/\/+$/, "")

/**
 * Resolves the API URL, token URL and audience; `undefined` when neither `domain` nor `baseUrl` is set.
 *
 * @since 0.0.0
 */
export const endpoints = (options: Pick<Options, "domain" | "baseUrl" | "audience" | "tokenUrl">): Endpoints | undefined => {
  const domain = options.domain === undefined || options.domain.trim() === ""
    ? undefined
    : trimSlashes(options.domain.trim().replace(/^https?:\/\//i, ""))
  // "/" (trimmed to "") is a relative base, for clients that prefix the host themselves (NodeHttpServer.layerTest).
  const baseUrl = options.baseUrl === undefined || options.baseUrl.trim() === "" ? undefined : trimSlashes(options.baseUrl.trim())
  if (domain === undefined && baseUrl === undefined) return undefined
  let root: string
  let apiUrl: string
  if (baseUrl !== undefined) {
    apiUrl = /\/api\/v2$/.test(baseUrl) ? baseUrl : `${baseUrl}/api/v2`
    root = apiUrl.slice(0, -"/api/v2".length)
  } else {
    root = `https://${domain}`
    apiUrl = `${root}/api/v2`
  }
  return {
    apiUrl,
    tokenUrl: options.tokenUrl ?? `${root}/oauth/token`,
    audience: options.audience ?? (domain !== undefined ? `https://${domain}/api/v2/` : `${apiUrl}/`)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors

type Tag = ConnectionsError.ConnectionsError["_tag"]
type Tagged<T extends Tag> = Extract<ConnectionsError.ConnectionsError, { readonly _tag: T }>
type CommonTag = ConnectionsError.CommonError["_tag"]
const COMMON: ReadonlyArray<CommonTag> = [
  "InvalidRequest",
  "Unauthorized",
  "InsufficientScope",
  "RateLimited",
  "ServerError",
  "TransportError",
  "UnexpectedResponse"
]

const toIssues = (issues: ReadonlyArray<Validation.Issue>): ReadonlyArray<ConnectionsError.ValidationIssue> =>
  issues.map((issue) => ({ path: Validation.formatPath(issue.path), message: issue.message }))

const localInvalid = (issues: ReadonlyArray<Validation.Issue>): ConnectionsError.InvalidRequest =>
  new ConnectionsError.InvalidRequest({
    message: `Invalid request: ${issues.map(Validation.formatIssue).join("; ")}`,
    source: "local",
    issues: toIssues(issues)
  })

const fromEither = <A>(either: Either.Either<A, ReadonlyArray<Validation.Issue>>): Effect.Effect<A, ConnectionsError.InvalidRequest> =>
  Either.match(either, { onLeft: (issues) => Effect.fail(localInvalid(issues)), onRight: Effect.succeed })

const encodeWith = <A, I>(schema: Schema.Schema<A, I, never>) => {
  const run = Validation.encode(schema)
  return (value: A): Effect.Effect<I, ConnectionsError.InvalidRequest> => fromEither(run(value))
}

const encodeCheckpoint = encodeWith(ConnectionList.CheckpointListParams)
const encodeOffset = encodeWith(ConnectionList.OffsetListParams)
const encodeUpdate = encodeWith(ConnectionRequest.UpdateConnection)
const encodeClientsParams = encodeWith(EnabledClients.EnabledClientsParams)
const encodeClientChanges = encodeWith(EnabledClients.UpdateEnabledClients)
const encodeKeysRequest = encodeWith(ConnectionKey.KeysRequest)
const encodeCreateScim = encodeWith(Scim.CreateScimConfiguration)
const encodeUpdateScim = encodeWith(Scim.UpdateScimConfiguration)
const encodeCreateToken = encodeWith(Scim.CreateScimToken)
const encodeProjection = encodeWith(Schema.Struct({
  fields: Schema.Array(Schema.String.pipe(Schema.minLength(1))).pipe(Schema.minItems(1)),
  include_fields: Schema.optional(Schema.Boolean)
}))

const declared = (error: ConnectionsError.ConnectionsError, allowed: ReadonlyArray<Tag>): boolean =>
  (COMMON as ReadonlyArray<string>).includes(error._tag) || allowed.includes(error._tag)

/**
 * Keeps the errors a method declares; any other Auth0 answer (say a 409 where none is documented) becomes an
 * `UnexpectedResponse` with its status, so each method's error channel is exactly what it lists.
 */
const narrow = <T extends Tag>(allowed: ReadonlyArray<T>) =>
<A, R>(self: Effect.Effect<A, ConnectionsError.ConnectionsError, R>): Effect.Effect<A, Tagged<T | CommonTag>, R> =>
  Effect.mapError(self, (error): Tagged<T | CommonTag> => {
    // `request` already turned undeclared answers into `UnexpectedResponse`; this is the type-level cut (and a guard).
    if (declared(error, allowed)) return error as Tagged<T | CommonTag>
    const e = error as Exclude<ConnectionsError.ConnectionsError, ConnectionsError.TransportError | ConnectionsError.UnexpectedResponse>
    return new ConnectionsError.UnexpectedResponse({
      ...(e.statusCode === undefined ? {} : { statusCode: e.statusCode }),
      ...(e.errorCode === undefined ? {} : { errorCode: e.errorCode }),
      message: `${error._tag}: ${e.message}`,
      status: e.statusCode ?? 0,
      method: "",
      url: "",
      issues: []
    }) as Tagged<T | CommonTag>
  })

// ---------------------------------------------------------------------------------------------------------------
// requests

type Method = "GET" | "POST" | "PATCH" | "DELETE"

interface Call<A> {
  readonly method: Method
  readonly path: string
  readonly query?: ReadonlyArray<readonly [string, string]> | undefined
  /** Wire JSON (already encoded). */
  readonly body?: unknown
  readonly connectionId?: string | undefined
  /** Safe to send again after a 5xx, a timeout or a transport error. */
  readonly idempotent: boolean
  /** Schema of the 2xx body; without it the body is ignored. */
  readonly schema?: Schema.Schema<A, any, never> | undefined
  /** A 204 or an empty body is a success even though `schema` is set (the value is then `undefined`). */
  readonly allowNoContent?: boolean | undefined
  /** The error tags the method declares besides the common ones; others become `UnexpectedResponse`. */
  readonly errors: ReadonlyArray<Tag>
  /** A 404 after an ambiguous attempt means that attempt did the job (idempotent deletes). */
  readonly notFoundAfterAmbiguousIsSuccess?: boolean | undefined
}

interface Reply<A> {
  readonly status: number
  /** `undefined` without a schema or on an allowed 204. */
  readonly value: A
  readonly final: Transport.Final
}

const BY_ID: ReadonlyArray<Tag> = ["ConnectionNotFound"]
const BY_ID_CONFLICT: ReadonlyArray<Tag> = ["ConnectionNotFound", "Conflict"]
const SUB: ReadonlyArray<Tag> = ["ConnectionNotFound", "ResourceNotFound"]
const SUB_CONFLICT: ReadonlyArray<Tag> = ["ConnectionNotFound", "ResourceNotFound", "Conflict"]

const idPath = (id: string) => `/connections/${encodeURIComponent(id)}`
const scimPath = (id: string) => `${idPath(id)}/scim-configuration`

const filterQuery = (params: {
  readonly strategy?: ReadonlyArray<string> | undefined
  readonly name?: string | undefined
  readonly fields?: ReadonlyArray<string> | undefined
  readonly include_fields?: boolean | undefined
}): Array<readonly [string, string]> => {
  const q: Array<readonly [string, string]> = []
  // Auth0 takes an array filter as repeated keys: strategy=ad&strategy=auth0.
  for (const s of params.strategy ?? []) q.push(["strategy", s])
  if (params.name !== undefined) q.push(["name", params.name])
  if (params.fields !== undefined) q.push(["fields", params.fields.join(",")])
  if (params.include_fields !== undefined) q.push(["include_fields", String(params.include_fields)])
  return q
}

const resolvePolicy = (options: Options): Retry.Policy => ({
  timeoutMs: Duration.toMillis(options.timeout ?? defaults.timeout),
  maxRetries: Math.max(0, Math.floor(options.maxRetries ?? defaults.maxRetries)),
  maxRetryWaitMs: Duration.toMillis(options.maxRetryWait ?? defaults.maxRetryWait),
  baseDelayMs: Duration.toMillis(options.retryBaseDelay ?? defaults.retryBaseDelay),
  maxDelayMs: Duration.toMillis(defaults.retryMaxDelay)
})

const limiterSettings = (options: Options, policy: Retry.Policy): RateLimiter.Settings => {
  if (options.rateLimit === false) {
    return { requestsPerSecond: undefined, burst: 1, slowDownBelow: -1, maxSlowDownMs: 0 }
  }
  const requestsPerSecond = options.rateLimit?.requestsPerSecond ?? defaults.requestsPerSecond
  return {
    requestsPerSecond: requestsPerSecond > 0 ? requestsPerSecond : undefined,
    burst: Math.max(1, options.rateLimit?.burst ?? Math.ceil(requestsPerSecond)),
    slowDownBelow: options.rateLimit?.slowDownBelow,
    maxSlowDownMs: policy.maxRetryWaitMs
  }
}

/**
 * Builds the service. Needs an `HttpClient`; the rate limiter, the rate-limit state and the token cache belong to
 * the service built, so everything built from one layer shares them. Dies when the options name neither a
 * `domain`/`baseUrl` nor a credential (use {@link layerConfig} for a typed `ConfigError`).
 *
 * @since 0.0.0
 */
export const make = (options: Options): Effect.Effect<Service, never, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const resolved = endpoints(options)
    if (resolved === undefined) return yield* Effect.dieMessage("ConnectionsHttp: set `domain` or `baseUrl`")
    const { apiUrl } = resolved
    const base = yield* HttpClient.HttpClient
    // No trace headers to a third party unless asked for (pitfall: the platform client adds traceparent and b3).
    const client = options.tracePropagation === true ? base : HttpClient.withTracerPropagation(base, false)
    const telemetry = options.telemetry === false
      ? undefined
      : Telemetry.encode(options.telemetry === undefined || options.telemetry === true ? Telemetry.defaultClientInfo() : options.telemetry)
    const extraHeaders: Record<string, string> = telemetry === undefined ? {} : { [Telemetry.HEADER]: telemetry }

    let tokens: TokenProvider.TokenProvider
    if (options.tokenProvider !== undefined) tokens = options.tokenProvider
    else if (options.token !== undefined) tokens = TokenProvider.fromToken(options.token)
    else if (options.clientId !== undefined && options.clientSecret !== undefined) {
      tokens = yield* TokenProvider.clientCredentials({
        tokenUrl: resolved.tokenUrl,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        audience: resolved.audience,
        headers: extraHeaders,
        // The per-attempt timeout applies to the token request too (the provider's own default is 10 s).
        ...(options.timeout === undefined ? {} : { timeout: options.timeout })
      }).pipe(Effect.provideService(HttpClient.HttpClient, client))
    } else {
      return yield* Effect.dieMessage("ConnectionsHttp: set `token`, `clientId` + `clientSecret`, or `tokenProvider`")
    }

    const policy = resolvePolicy(options)
    const observed = yield* Ref.make(Option.none<RateLimit.RateLimitState>())
    const limiter = yield* RateLimiter.make(limiterSettings(options, policy))
    // Read-modify-writes of `options`, one at a time per connection id.
    const optionLocks = KeyedLock.make(() => undefined)
    // Creates per lower-cased name: POSTs share the name, reconciliations hold it alone. The state holds the ids
    // handed to the calls in flight for the name, which a call reconciling after an ambiguous failure must not take.
    const createLocks = KeyedLock.make(() => new Set<string>(), 1_000_000)
    // URL prefix on the input side, so it composes with clients that prefix a host themselves (pitfall 7).
    const api = HttpClient.mapRequestInput(client, HttpClientRequest.prependUrl(apiUrl))

    const request = <A>(call: Call<A>): Effect.Effect<Reply<A>, ConnectionsError.ConnectionsError> =>
      Effect.gen(function*() {
        const url = `${apiUrl}${call.path}`
        let req = HttpClientRequest.make(call.method)(call.path).pipe(
          HttpClientRequest.acceptJson,
          HttpClientRequest.setHeaders(extraHeaders),
          HttpClientRequest.appendUrlParams(call.query ?? [])
        )
        if (call.body !== undefined) req = HttpClientRequest.bodyUnsafeJson(req, call.body)
        let used: Redacted.Redacted<string> | undefined
        const final = yield* Transport.run({
          method: call.method,
          idempotent: call.idempotent,
          useResetHeader: true,
          attempt: Effect.gen(function*() {
            yield* limiter.acquire
            const token = yield* tokens.get
            used = token
            const outcome = yield* Transport.sendOnce(api, HttpClientRequest.bearerToken(req, token), policy.timeoutMs)
            if (outcome._tag === "Response") {
              const state = RateLimit.fromHeaders(outcome.headers, yield* Clock.currentTimeMillis)
              if (state !== undefined) {
                yield* Ref.set(observed, Option.some(state))
                if (outcome.status !== 429) yield* limiter.observe(state)
              }
            }
            return outcome
          }),
          refresh: Effect.suspend(() => (used === undefined ? Effect.succeed(false) : tokens.invalidate(used)))
        }, policy)
        // Our own credentials (and the token just sent) never travel from a response into an error.
        const secrets = Redact.variants([options.token, options.clientSecret, used])
        const outcome: Transport.Outcome = final.outcome._tag === "Response"
          ? (final.outcome.status >= 200 && final.outcome.status < 300 ? final.outcome : { ...final.outcome, body: Redact.body(final.outcome.body, secrets) })
          : { ...final.outcome, message: Redact.text(final.outcome.message, secrets) }
        yield* Effect.annotateCurrentSpan("http.request.resend_count", final.attempts - 1)
        if (outcome._tag === "Failure") {
          return yield* new ConnectionsError.TransportError({
            reason: outcome.reason,
            method: call.method,
            url,
            message: `${call.method} ${url}: ${outcome.message}`,
            attempts: final.attempts
          })
        }
        yield* Effect.annotateCurrentSpan("http.response.status_code", outcome.status)
        if (outcome.status === 404 && final.ambiguous && call.notFoundAfterAmbiguousIsSuccess === true) {
          return { status: outcome.status, value: undefined as A, final }
        }
        if (outcome.status < 200 || outcome.status >= 300) {
          const error = ConnectionsError.fromResponse({
            status: outcome.status,
            body: outcome.body,
            headers: outcome.headers,
            method: call.method,
            url,
            connectionId: call.connectionId,
            attempts: final.attempts
          }, yield* Clock.currentTimeMillis)
          if (declared(error, call.errors)) return yield* Effect.fail(error)
          // An answer the endpoint does not document (say a 409 on a GET): keep what Auth0 said, typed as unexpected.
          const e = error as Exclude<ConnectionsError.ConnectionsError, ConnectionsError.TransportError>
          return yield* new ConnectionsError.UnexpectedResponse({
            ...(e.statusCode === undefined ? {} : { statusCode: e.statusCode }),
            ...(e.errorCode === undefined ? {} : { errorCode: e.errorCode }),
            message: e.message,
            status: outcome.status,
            method: call.method,
            url,
            issues: "issues" in e ? e.issues : []
          })
        }
        if (call.schema === undefined || (call.allowNoContent === true && (outcome.status === 204 || outcome.body === undefined))) {
          return { status: outcome.status, value: undefined as A, final }
        }
        const decoded = Decode.decoderFor(call.schema)(outcome.body)
        if (Either.isLeft(decoded)) {
          return yield* new ConnectionsError.UnexpectedResponse({
            message: `${call.method} ${url}: the ${outcome.status} response body does not match the expected schema`,
            status: outcome.status,
            method: call.method,
            url,
            issues: toIssues(Validation.issuesOf(decoded.left))
          })
        }
        return { status: outcome.status, value: decoded.right, final }
      })

    const value = <A>(reply: Reply<A>): A => reply.value

    // -------------------------------------------------------------------------------------------------------------
    // connections

    const list: Service["list"] = Effect.fn("ConnectionsService.list")(function*(params?: ConnectionList.CheckpointListParams) {
      const p = yield* encodeCheckpoint(params ?? {})
      const query: Array<readonly [string, string]> = []
      // Checkpoint mode needs `take` or `from` on the wire (without either Auth0 answers a bare array), so Auth0's
      // own default page size is sent explicitly.
      query.push(["take", String(p.take ?? 50)])
      if (p.from !== undefined) query.push(["from", p.from])
      query.push(...filterQuery(p))
      return value(yield* request({ errors: [], method: "GET", path: "/connections", query, idempotent: true, schema: ConnectionList.ConnectionsCheckpointPage }))
    }, narrow([]))

    const listOffset: Service["listOffset"] = Effect.fn("ConnectionsService.listOffset")(function*(params?: ConnectionList.OffsetListParams) {
      const p = yield* encodeOffset(params ?? {})
      const query = filterQuery(p)
      if (p.page !== undefined) query.push(["page", String(p.page)])
      if (p.per_page !== undefined) query.push(["per_page", String(p.per_page)])
      query.push(["include_totals", "true"])
      return value(yield* request({ errors: [], method: "GET", path: "/connections", query, idempotent: true, schema: ConnectionList.ConnectionsTotalsPage }))
    }, narrow([]))

    const stream: Service["stream"] = (filter) =>
      Derived.streamConnections(list, defaults.streamPageSize)(filter).pipe(Stream.withSpan("ConnectionsService.stream"))

    const findByName: Service["findByName"] = Effect.fn("ConnectionsService.findByName")(function*(name: string) {
      yield* Effect.annotateCurrentSpan("connection.name", name)
      // Auth0 filters by name server side; the exact comparison guards against looser matching.
      return yield* Stream.runHead(Stream.filter(stream({ name }), (c) => c.name === name))
    })

    const get: Service["get"] = Effect.fn("ConnectionsService.get")(function*(id: ConnectionId) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      const connection = value(yield* request({ errors: BY_ID, method: "GET", path: idPath(id), connectionId: id, idempotent: true, schema: Connection.Connection }))
      yield* Effect.annotateCurrentSpan({ "connection.name": connection.name, "connection.strategy": connection.strategy })
      return connection
    }, narrow(["ConnectionNotFound"]))

    const getProjection: Service["getProjection"] = Effect.fn("ConnectionsService.getProjection")(
      function*(id: ConnectionId, projection: { readonly fields: ReadonlyArray<string>; readonly include_fields?: boolean | undefined }) {
        yield* Effect.annotateCurrentSpan("connection.id", id)
        const p = yield* encodeProjection(projection)
        const query = filterQuery({ fields: p.fields, include_fields: p.include_fields ?? true })
        return value(yield* request({ errors: BY_ID, method: "GET", path: idPath(id), query, connectionId: id, idempotent: true, schema: Connection.ConnectionProjection }))
      },
      narrow(["ConnectionNotFound"])
    )

    const post = (body: unknown) =>
      request({ errors: ["Conflict"], method: "POST", path: "/connections", body, idempotent: false, schema: Connection.Connection })

    const create: Service["create"] = Effect.fn("ConnectionsService.create")(function*(input: ConnectionRequest.CreateConnection) {
      yield* Effect.annotateCurrentSpan({ "connection.name": input.name, "connection.strategy": input.strategy })
      const body = yield* fromEither(Validation.encodeCreateConnection(input))
      // Creates of one name (Auth0 compares names case-insensitively) share a lock entry: first POSTs run side by
      // side (one permit each), so Auth0 picks the winner and the others get its real 409; a call whose POST failed
      // ambiguously reconciles holding every permit, once every POST of the name in flight has settled, and never
      // adopts a connection another call of this service was handed.
      return yield* createLocks.withEntry(input.name.toLowerCase(), (entry) =>
        Effect.gen(function*() {
          const first = yield* entry.semaphore.withPermits(1)(Effect.tap(Effect.either(post(body)), (attempt) => {
            if (Either.isRight(attempt)) entry.state.add(attempt.right.value.id)
          }))
          if (Either.isRight(first)) {
            yield* Effect.annotateCurrentSpan({ "connection.id": first.right.value.id, "auth0.create.resends": 0 })
            return first.right.value
          }
          const error = first.left
          if (error._tag !== "ServerError" && error._tag !== "TransportError") return yield* Effect.fail(error)
          return yield* entry.semaphore.withPermits(createLocks.permits)(reconcile(input, body, error, entry.state))
        }))
    }, narrow(["Conflict"]))

    /**
     * After an ambiguous failure of `create`'s POST (it may have been applied): looks the name up and returns the
     * connection when this call may have created it, re-sends the POST when the name is free. Runs alone for its
     * name; `claimed` holds the ids other calls of this service were handed for it.
     */
    const reconcile = (
      input: ConnectionRequest.CreateConnection,
      body: unknown,
      firstError: ConnectionsError.ConnectionsError,
      claimed: Set<string>
    ) =>
      Effect.gen(function*() {
        let error = firstError
        let resends = 0
        while (true) {
          const existing = yield* findByName(input.name)
          yield* Effect.annotateCurrentSpan("auth0.create.reconciled", Option.isSome(existing))
          if (Option.isSome(existing)) {
            if (claimed.has(existing.value.id)) {
              // Another call of this service created it and returned it: not ours. Auth0's answer to a second
              // create of a taken name.
              return yield* new ConnectionsError.Conflict({
                statusCode: 409,
                errorCode: "connection_conflict",
                message: `A connection named ${input.name} already exists`
              })
            }
            if (existing.value.strategy === input.strategy) {
              yield* Effect.annotateCurrentSpan({ "connection.id": existing.value.id, "auth0.create.resends": resends })
              // At most one ambiguous caller can have created it: the next one to look gets Conflict.
              claimed.add(existing.value.id)
              return existing.value
            }
            return yield* new ConnectionsError.Conflict({
              statusCode: 409,
              errorCode: "connection_conflict",
              message: `A connection named ${input.name} exists with strategy ${existing.value.strategy}, not ${input.strategy}`
            })
          }
          if (error._tag === "Conflict" || resends >= policy.maxRetries) return yield* Effect.fail(error)
          // The name is free: the POST was not applied. Back off (Auth0 was failing) and send it again.
          const delay = Retry.backoff(resends, policy, yield* Random.next)
          resends++
          yield* Effect.logDebug("auth0: create failed ambiguously and the name is free; sending again").pipe(
            Effect.annotateLogs({ name: input.name, resend: resends, delayMs: delay.millis })
          )
          yield* Effect.sleep(Duration.millis(delay.millis))
          const attempt = yield* Effect.either(post(body))
          if (Either.isRight(attempt)) {
            yield* Effect.annotateCurrentSpan({ "connection.id": attempt.right.value.id, "auth0.create.resends": resends })
            claimed.add(attempt.right.value.id)
            return attempt.right.value
          }
          error = attempt.left
          // A 409 on a re-send may be our own earlier attempt that was applied after all: look again.
          const unclear = error._tag === "ServerError" || error._tag === "TransportError" || error._tag === "Conflict"
          if (!unclear) return yield* Effect.fail(error)
        }
      })

    const patch = (id: ConnectionId, body: unknown) =>
      request({ errors: BY_ID_CONFLICT, method: "PATCH", path: idPath(id), body, connectionId: id, idempotent: true, schema: Connection.Connection })

    const update: Service["update"] = Effect.fn("ConnectionsService.update")(function*(id: ConnectionId, body: ConnectionRequest.UpdateConnection) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      const encoded = yield* encodeUpdate(body)
      // A PATCH that replaces `options` waits for any `updateOptions` on the same connection, so it cannot land
      // between that call's read and its write.
      return value(yield* (body.options === undefined ? patch(id, encoded) : optionLocks.withLock(id, () => patch(id, encoded))))
    }, narrow(["ConnectionNotFound", "Conflict"]))

    const updateOptions: Service["updateOptions"] = Effect.fn("ConnectionsService.updateOptions")(
      function*(
        id: ConnectionId,
        f: (options: { readonly [key: string]: unknown }, connection: Connection.Connection) => { readonly [key: string]: unknown }
      ) {
        yield* Effect.annotateCurrentSpan("connection.id", id)
        // One read-modify-write per connection at a time within this service, so each sees the previous one's result.
        return yield* optionLocks.withLock(id, () => updateOptionsLocked(id, f))
      },
      narrow(["ConnectionNotFound", "Conflict"])
    )

    const updateOptionsLocked = (
      id: ConnectionId,
      f: (options: { readonly [key: string]: unknown }, connection: Connection.Connection) => { readonly [key: string]: unknown }
    ) =>
      Effect.gen(function*() {
        // Read immediately before writing: PATCH replaces `options` as a whole and Auth0 has no conditional
        // update, so a change made by another process between this read and the write is overwritten (last writer wins).
        const connection = value(yield* request({ errors: BY_ID, method: "GET", path: idPath(id), connectionId: id, idempotent: true, schema: Connection.Connection }))
        yield* Effect.annotateCurrentSpan("connection.strategy", connection.strategy)
        if (connection.options === undefined) {
          // Without `read:connections_options` Auth0 hides `options`: writing f({}) would erase every option.
          return yield* new ConnectionsError.InsufficientScope({
            message: "Reading options requires the \"read:connections_options\" scope; refusing to replace options that could not be read",
            requiredScopes: ["read:connections_options"],
            requirement: "all"
          })
        }
        const next = f(connection.options as { readonly [key: string]: unknown }, connection)
        // The strategy's own schema turns `Redacted` secrets back into their values and keeps unknown keys.
        const options = yield* encodeWith(Connection.optionsSchemaFor(connection.strategy))(next)
        return value(yield* patch(id, { options }))
      })

    const del: Service["delete"] = Effect.fn("ConnectionsService.delete")(function*(id: ConnectionId) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      const reply = yield* request({ errors: [],
        method: "DELETE",
        path: idPath(id),
        connectionId: id,
        idempotent: true,
        schema: Connection.ConnectionDeleted,
        allowNoContent: true
      })
      return reply.status === 202 && reply.value !== undefined ? Option.some(reply.value) : Option.none()
    }, narrow([]))

    const checkStatus: Service["checkStatus"] = Effect.fn("ConnectionsService.checkStatus")(function*(id: ConnectionId) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      yield* request({ errors: SUB, method: "GET", path: `${idPath(id)}/status`, connectionId: id, idempotent: true })
    }, narrow(["ConnectionNotFound", "ResourceNotFound"]))

    // -------------------------------------------------------------------------------------------------------------
    // enabled clients

    const getEnabledClients: Service["getEnabledClients"] = Effect.fn("ConnectionsService.getEnabledClients")(
      function*(id: ConnectionId, params?: EnabledClients.EnabledClientsParams) {
        yield* Effect.annotateCurrentSpan("connection.id", id)
        const p = yield* encodeClientsParams(params ?? {})
        const query: Array<readonly [string, string]> = []
        if (p.take !== undefined) query.push(["take", String(p.take)])
        if (p.from !== undefined) query.push(["from", p.from])
        return value(
          yield* request({ errors: BY_ID, method: "GET", path: `${idPath(id)}/clients`, query, connectionId: id, idempotent: true, schema: EnabledClients.EnabledClientsPage })
        )
      },
      narrow(["ConnectionNotFound"])
    )

    const patchClients = (id: ConnectionId, body: unknown) =>
      request({ errors: BY_ID, method: "PATCH", path: `${idPath(id)}/clients`, body, connectionId: id, idempotent: true })

    const updateEnabledClients: Service["updateEnabledClients"] = Effect.fn("ConnectionsService.updateEnabledClients")(
      function*(id: ConnectionId, changes: EnabledClients.UpdateEnabledClients) {
        yield* Effect.annotateCurrentSpan({ "connection.id": id, "auth0.changes": changes.length })
        yield* patchClients(id, yield* encodeClientChanges(changes))
      },
      narrow(["ConnectionNotFound"])
    )

    const setEnabledClients: Service["setEnabledClients"] = Effect.fn("ConnectionsService.setEnabledClients")(
      function*(id: ConnectionId, clientIds: Iterable<ClientId>) {
        yield* Effect.annotateCurrentSpan("connection.id", id)
        const current = yield* Derived.allEnabledClients(getEnabledClients, defaults.enabledClientsPageSize)(id)
        const { chunks, disabled, enabled } = Derived.diffEnabledClients(current, clientIds)
        // Validate every chunk before sending any, so a bad id cannot leave the change half applied.
        const bodies: Array<unknown> = []
        for (const chunk of chunks) bodies.push(yield* encodeClientChanges(chunk))
        for (const body of bodies) yield* patchClients(id, body)
        yield* Effect.annotateCurrentSpan({ "auth0.enabled": enabled.length, "auth0.disabled": disabled.length, "auth0.requests": bodies.length })
        return { enabled, disabled, requests: bodies.length } satisfies EnabledClientsDiff
      },
      narrow(["ConnectionNotFound"])
    )

    const deleteUserByEmail: Service["deleteUserByEmail"] = Effect.fn("ConnectionsService.deleteUserByEmail")(
      function*(id: ConnectionId, email: string) {
        yield* Effect.annotateCurrentSpan("connection.id", id)
        if (email.trim().length === 0) yield* localInvalid([{ path: ["email"], message: "must not be empty" }])
        yield* request({ errors: BY_ID, method: "DELETE", path: `${idPath(id)}/users`, query: [["email", email]], connectionId: id, idempotent: true })
      },
      narrow(["ConnectionNotFound"])
    )

    // -------------------------------------------------------------------------------------------------------------
    // keys

    const getKeys: Service["getKeys"] = Effect.fn("ConnectionsService.getKeys")(function*(id: ConnectionId) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      return value(yield* request({ errors: BY_ID, method: "GET", path: `${idPath(id)}/keys`, connectionId: id, idempotent: true, schema: ConnectionKey.ConnectionKeys }))
    }, narrow(["ConnectionNotFound"]))

    const createKeys: Service["createKeys"] = Effect.fn("ConnectionsService.createKeys")(function*(id: ConnectionId, body?: ConnectionKey.KeysRequest) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      const encoded = yield* encodeKeysRequest(body ?? {})
      return value(
        yield* request({ errors: BY_ID_CONFLICT, method: "POST", path: `${idPath(id)}/keys`, body: encoded, connectionId: id, idempotent: false, schema: ConnectionKey.ConnectionKeys })
      )
    }, narrow(["ConnectionNotFound", "Conflict"]))

    const rotateKeys: Service["rotateKeys"] = Effect.fn("ConnectionsService.rotateKeys")(function*(id: ConnectionId, body?: ConnectionKey.KeysRequest) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      const encoded = yield* encodeKeysRequest(body ?? {})
      return value(
        yield* request({ errors: BY_ID, method: "POST", path: `${idPath(id)}/keys/rotate`, body: encoded, connectionId: id, idempotent: false, schema: ConnectionKey.ConnectionKey })
      )
    }, narrow(["ConnectionNotFound"]))

    // -------------------------------------------------------------------------------------------------------------
    // SCIM

    const getScimConfiguration: Service["getScimConfiguration"] = Effect.fn("ConnectionsService.getScimConfiguration")(function*(id: ConnectionId) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      return value(yield* request({ errors: SUB, method: "GET", path: scimPath(id), connectionId: id, idempotent: true, schema: Scim.ScimConfiguration }))
    }, narrow(["ConnectionNotFound", "ResourceNotFound"]))

    const createScimConfiguration: Service["createScimConfiguration"] = Effect.fn("ConnectionsService.createScimConfiguration")(
      function*(id: ConnectionId, body?: Scim.CreateScimConfiguration) {
        yield* Effect.annotateCurrentSpan("connection.id", id)
        const encoded = yield* encodeCreateScim(body ?? {})
        return value(yield* request({ errors: SUB_CONFLICT, method: "POST", path: scimPath(id), body: encoded, connectionId: id, idempotent: false, schema: Scim.ScimConfiguration }))
      },
      narrow(["ConnectionNotFound", "ResourceNotFound", "Conflict"])
    )

    const updateScimConfiguration: Service["updateScimConfiguration"] = Effect.fn("ConnectionsService.updateScimConfiguration")(
      function*(id: ConnectionId, body: Scim.UpdateScimConfiguration) {
        yield* Effect.annotateCurrentSpan("connection.id", id)
        const encoded = yield* encodeUpdateScim(body)
        return value(yield* request({ errors: SUB, method: "PATCH", path: scimPath(id), body: encoded, connectionId: id, idempotent: true, schema: Scim.ScimConfiguration }))
      },
      narrow(["ConnectionNotFound", "ResourceNotFound"])
    )

    const deleteScimConfiguration: Service["deleteScimConfiguration"] = Effect.fn("ConnectionsService.deleteScimConfiguration")(
      function*(id: ConnectionId) {
        yield* Effect.annotateCurrentSpan("connection.id", id)
        yield* request({ errors: SUB, method: "DELETE", path: scimPath(id), connectionId: id, idempotent: true })
      },
      narrow(["ConnectionNotFound", "ResourceNotFound"])
    )

    const getScimDefaultMapping: Service["getScimDefaultMapping"] = Effect.fn("ConnectionsService.getScimDefaultMapping")(function*(id: ConnectionId) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      return value(
        yield* request({ errors: SUB, method: "GET", path: `${scimPath(id)}/default-mapping`, connectionId: id, idempotent: true, schema: Scim.ScimDefaultMapping })
      )
    }, narrow(["ConnectionNotFound", "ResourceNotFound"]))

    const listScimTokens: Service["listScimTokens"] = Effect.fn("ConnectionsService.listScimTokens")(function*(id: ConnectionId) {
      yield* Effect.annotateCurrentSpan("connection.id", id)
      return value(yield* request({ errors: SUB, method: "GET", path: `${scimPath(id)}/tokens`, connectionId: id, idempotent: true, schema: Scim.ScimTokens }))
    }, narrow(["ConnectionNotFound", "ResourceNotFound"]))

    const createScimToken: Service["createScimToken"] = Effect.fn("ConnectionsService.createScimToken")(
      function*(id: ConnectionId, body?: Scim.CreateScimToken) {
        yield* Effect.annotateCurrentSpan("connection.id", id)
        const encoded = yield* encodeCreateToken(body ?? {})
        return value(
          yield* request({ errors: SUB_CONFLICT, method: "POST", path: `${scimPath(id)}/tokens`, body: encoded, connectionId: id, idempotent: false, schema: Scim.CreatedScimToken })
        )
      },
      narrow(["ConnectionNotFound", "ResourceNotFound", "Conflict"])
    )

    const deleteScimToken: Service["deleteScimToken"] = Effect.fn("ConnectionsService.deleteScimToken")(
      function*(id: ConnectionId, tokenId: Scim.ScimToken["token_id"]) {
        yield* Effect.annotateCurrentSpan({ "connection.id": id, "auth0.scim_token.id": tokenId })
        yield* request({ errors: SUB,
          method: "DELETE",
          path: `${scimPath(id)}/tokens/${encodeURIComponent(tokenId)}`,
          connectionId: id,
          idempotent: true,
          // A 404 on a re-send after an ambiguous attempt: the first attempt deleted the token.
          notFoundAfterAmbiguousIsSuccess: true
        })
      },
      narrow(["ConnectionNotFound", "ResourceNotFound"])
    )

    return ConnectionsService.of({
      list,
      listOffset,
      stream,
      findByName,
      get,
      getProjection,
      create,
      update,
      updateOptions,
      delete: del,
      checkStatus,
      getEnabledClients,
      updateEnabledClients,
      setEnabledClients,
      deleteUserByEmail,
      getKeys,
      createKeys,
      rotateKeys,
      getScimConfiguration,
      createScimConfiguration,
      updateScimConfiguration,
      deleteScimConfiguration,
      getScimDefaultMapping,
      listScimTokens,
      createScimToken,
      deleteScimToken,
      rateLimit: Ref.get(observed)
    })
  })

/**
 * The service as a layer (one rate limiter, rate-limit state and token cache per layer).
 *
 * @since 0.0.0
 */
export const layer = (options: Options): Layer.Layer<ConnectionsService, never, HttpClient.HttpClient> =>
  Layer.effect(ConnectionsService, make(options))

// ---------------------------------------------------------------------------------------------------------------
// configuration

const optionalString = (name: string) =>
  Config.option(Config.string(name)).pipe(Config.map(Option.filter((s) => s.trim() !== "")), Config.map(Option.getOrUndefined))

const optionalRedacted = (name: string) =>
  Config.option(Config.redacted(name)).pipe(Config.map(Option.getOrUndefined))

/** A duration as plain milliseconds (`30000`) or in Effect's notation (`30 seconds`). */
const optionalDuration = (name: string) =>
  optionalString(name).pipe(Config.mapOrFail((s) => {
    if (s === undefined) return Either.right(undefined)
    const trimmed = s.trim()
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Either.right(Duration.millis(Number(trimmed)))
    const decoded = Duration.decodeUnknown(trimmed)
    return Option.isSome(decoded)
      ? Either.right(decoded.value)
      : Either.left(ConfigError.InvalidData([name], `Expected milliseconds or a duration like "30 seconds", got ${JSON.stringify(trimmed)}`))
  }))

const optionalNumber = (name: string) => Config.option(Config.number(name)).pipe(Config.map(Option.getOrUndefined))
const optionalBoolean = (name: string) => Config.option(Config.boolean(name)).pipe(Config.map(Option.getOrUndefined))

/**
 * Checks that options name a target and a credential (the same rules {@link make} enforces by dying).
 *
 * @since 0.0.0
 */
export const validate = (options: Options): Either.Either<Options, ConfigError.ConfigError> => {
  if (endpoints(options) === undefined) {
    return Either.left(ConfigError.MissingData(["AUTH0_DOMAIN"], "Expected AUTH0_DOMAIN or AUTH0_BASE_URL to be set"))
  }
  if (options.tokenProvider !== undefined || options.token !== undefined) return Either.right(options)
  if (options.clientId !== undefined && options.clientSecret === undefined) {
    return Either.left(ConfigError.MissingData(["AUTH0_CLIENT_SECRET"], "Expected AUTH0_CLIENT_SECRET to be set with AUTH0_CLIENT_ID"))
  }
  if (options.clientId === undefined && options.clientSecret !== undefined) {
    return Either.left(ConfigError.MissingData(["AUTH0_CLIENT_ID"], "Expected AUTH0_CLIENT_ID to be set with AUTH0_CLIENT_SECRET"))
  }
  if (options.clientId === undefined) {
    return Either.left(ConfigError.MissingData(["AUTH0_TOKEN"], "Expected AUTH0_TOKEN, or AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET, to be set"))
  }
  return Either.right(options)
}

/**
 * {@link Options} from configuration, without the required-settings check (see {@link config}):
 *
 * | variable | meaning |
 * | --- | --- |
 * | `AUTH0_DOMAIN` | tenant domain → `https://{domain}/api/v2` |
 * | `AUTH0_BASE_URL` | any base URL (e.g. the emulator) → `{base}/api/v2`, token at `{base}/oauth/token` |
 * | `AUTH0_TOKEN` | a Management API token (secret) |
 * | `AUTH0_CLIENT_ID`, `AUTH0_CLIENT_SECRET` (secret) | client-credentials grant |
 * | `AUTH0_AUDIENCE` | token audience (default `https://{domain}/api/v2/`) |
 * | `AUTH0_TOKEN_URL` | token endpoint (default `https://{domain}/oauth/token`) |
 * | `AUTH0_TIMEOUT` | per-attempt timeout: milliseconds or e.g. `30 seconds` (default 30 s) |
 * | `AUTH0_MAX_RETRIES` | retries per call (default 4) |
 * | `AUTH0_MAX_RETRY_WAIT` | total sleep between retries per call (default 60 s) |
 * | `AUTH0_RETRY_BASE_DELAY` | first backoff step (default 1 s) |
 * | `AUTH0_RATE_LIMIT` | client-side requests per second (default 10; `0` or `off` turns client-side limiting off) |
 * | `AUTH0_RATE_LIMIT_BURST` | bucket size (default: the rate) |
 * | `AUTH0_RATE_LIMIT_SLOW_DOWN_BELOW` | slow down at this many remaining requests (default 10 % of the limit) |
 * | `AUTH0_TELEMETRY` | `false` to stop sending the `Auth0-Client` header |
 * | `AUTH0_TRACE_PROPAGATION` | `true` to send `traceparent`/`b3` headers to Auth0 |
 *
 * Empty values count as unset.
 *
 * @since 0.0.0
 */
export const configRaw: Config.Config<Options> = Config.all({
  domain: optionalString("AUTH0_DOMAIN"),
  baseUrl: optionalString("AUTH0_BASE_URL"),
  token: optionalRedacted("AUTH0_TOKEN"),
  clientId: optionalString("AUTH0_CLIENT_ID"),
  clientSecret: optionalRedacted("AUTH0_CLIENT_SECRET"),
  audience: optionalString("AUTH0_AUDIENCE"),
  tokenUrl: optionalString("AUTH0_TOKEN_URL"),
  timeout: optionalDuration("AUTH0_TIMEOUT"),
  maxRetries: optionalNumber("AUTH0_MAX_RETRIES"),
  maxRetryWait: optionalDuration("AUTH0_MAX_RETRY_WAIT"),
  retryBaseDelay: optionalDuration("AUTH0_RETRY_BASE_DELAY"),
  rate: optionalString("AUTH0_RATE_LIMIT").pipe(Config.mapOrFail((s) => {
    if (s === undefined) return Either.right(undefined)
    if (/^(off|false|none)$/i.test(s.trim())) return Either.right(0)
    const n = Number(s)
    return Number.isFinite(n) && n >= 0
      ? Either.right(n)
      : Either.left(ConfigError.InvalidData(["AUTH0_RATE_LIMIT"], `Expected requests per second (a number ≥ 0) or "off", got ${JSON.stringify(s)}`))
  })),
  burst: optionalNumber("AUTH0_RATE_LIMIT_BURST"),
  slowDownBelow: optionalNumber("AUTH0_RATE_LIMIT_SLOW_DOWN_BELOW"),
  telemetry: optionalBoolean("AUTH0_TELEMETRY"),
  tracePropagation: optionalBoolean("AUTH0_TRACE_PROPAGATION")
}).pipe(Config.map(({ burst, rate, slowDownBelow, token, clientSecret, ...rest }): Options => {
  const out: { -readonly [K in keyof Options]: Options[K] } = {}
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (out as Record<string, unknown>)[k] = v
  // Secrets are copied without iterating, so nothing ever enumerates them into logs.
  if (token !== undefined) out.token = token
  if (clientSecret !== undefined) out.clientSecret = clientSecret
  if (rate === 0) out.rateLimit = false
  else if (rate !== undefined || burst !== undefined || slowDownBelow !== undefined) {
    out.rateLimit = {
      requestsPerSecond: rate ?? defaults.requestsPerSecond,
      ...(burst === undefined ? {} : { burst }),
      ...(slowDownBelow === undefined ? {} : { slowDownBelow })
    }
  }
  return out
}))

/**
 * {@link Options} from configuration (see {@link configRaw} for the variables), failing with a `ConfigError`
 * naming what is missing when there is no `AUTH0_DOMAIN`/`AUTH0_BASE_URL` or no credential.
 *
 * @since 0.0.0
 */
export const config: Config.Config<Options> = configRaw.pipe(Config.mapOrFail(validate))

const defined = (options: Options | undefined): Options => {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(options ?? {}) as Array<keyof Options>) {
    if (options![key] !== undefined) out[key] = options![key]
  }
  return out as Options
}

/**
 * The service configured from the environment (`AUTH0_*`, see {@link configRaw}); `overrides` win over the
 * environment (e.g. pass a `timeout` in code and take the credentials from the environment).
 *
 * @since 0.0.0
 */
export const layerConfig = (overrides?: Options): Layer.Layer<ConnectionsService, ConfigError.ConfigError, HttpClient.HttpClient> =>
  Layer.effect(
    ConnectionsService,
    Effect.gen(function*() {
      const fromConfig = yield* configRaw
      const options = yield* validate({ ...fromConfig, ...defined(overrides) })
      return yield* make(options)
    })
  )
