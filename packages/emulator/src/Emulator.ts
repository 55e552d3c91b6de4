/**
 * A local Auth0 Management API emulator for connections: a Node HTTP server over the shared connections
 * {@link Engine.Service}. Everything about connections is the engine's; this module is the HTTP layer: request
 * parsing, JWT bearer auth and scopes, `POST /oauth/token`, rate limiting, added latency, fault scripting and the
 * `/__emulator` control plane.
 *
 * Control plane (no auth; never rate limited, delayed or faulted):
 * - `GET /__emulator/health` — `{status:"ok", tenantDomain, baseUrl, apiUrl, audience, rateLimit, latencyMs}`
 * - `POST /__emulator/reset` — empties the store, re-applies the startup seed, clears faults and the request log,
 *   refills the rate-limit bucket (204)
 * - `POST /__emulator/seed` — body `{connections?, clients?}` added to the store (204; 400 when the engine refuses it)
 * - `GET /__emulator/snapshot` — the engine's snapshot (client secrets left out)
 * - `POST /__emulator/faults` — one {@link Fault.FaultRule} or an array (201 `{faults}`); `GET` lists the remaining
 *   ones, `DELETE` clears them (204)
 * - `GET /__emulator/token?scope=a b&expires_in=S&client_id=X` — mints an access token (all scopes when `scope` is
 *   absent; `scope=` for none; a negative `expires_in` gives an expired token)
 * - `GET /__emulator/requests` — `{total, byStatus, requests:[{id, at, method, path, status, outcome, durationMs,
 *   clientId?, faultId?}]}` (never headers, tokens, query strings or bodies); `DELETE` clears it
 * - `GET`/`PATCH /__emulator/settings` — `{rateLimit: {requestsPerSecond, burst} | null, latencyMs}`
 *
 * @since 0.0.0
 */
import { randomBytes, timingSafeEqual } from "node:crypto"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import * as ApiError from "@effect-auth0/domain/ApiError"
import * as Engine from "@effect-auth0/engine/Engine"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as FiberSet from "effect/FiberSet"
import * as Layer from "effect/Layer"
import * as LogLevel from "effect/LogLevel"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Scope from "effect/Scope"
import * as Fault from "./Fault.js"
import * as Jwt from "./internal/jwt.js"
import * as RateLimit from "./internal/rateLimit.js"
import * as Request from "./internal/request.js"

/**
 * The tenant domain used when none is given.
 *
 * @since 0.0.0
 */
export const DEFAULT_TENANT_DOMAIN: string = Engine.DEFAULT_TENANT_DOMAIN

/**
 * Scopes the token endpoint grants (and the admin token holds): every connections-related scope of the Management
 * API, including `*:connections_options`, `delete:users`, keys, SCIM and directory provisioning.
 *
 * @since 0.0.0
 */
export const ALL_SCOPES: ReadonlyArray<string> = [...new Set([
  ...Engine.SCOPES,
  // Directory provisioning is not emulated, but tokens carry its scopes like a real admin token would.
  "read:directory_provisionings",
  "create:directory_provisionings",
  "update:directory_provisionings",
  "delete:directory_provisionings"
])]

/**
 * Token-bucket rate limiting: `burst` requests at once (default: `requestsPerSecond`), refilled at
 * `requestsPerSecond`.
 *
 * @since 0.0.0
 */
export interface RateLimitOptions {
  readonly requestsPerSecond: number
  readonly burst?: number | undefined
}

/**
 * How to run an emulator. Every field is optional.
 *
 * @since 0.0.0
 */
export interface EmulatorOptions {
  /** Interface to bind (default `127.0.0.1`). */
  readonly host?: string | undefined
  /** Port (default `0`: any free port; the CLI defaults to 4010). */
  readonly port?: number | undefined
  /** Tenant domain: token issuer `https://{domain}/`, audience `https://{domain}/api/v2/` (default {@link DEFAULT_TENANT_DOMAIN}). */
  readonly tenantDomain?: string | undefined
  /** Connections and clients to preload; `POST /__emulator/reset` restores it. */
  readonly seed?: Engine.Seed | undefined
  /** Connection ids: `"random"` (default, like Auth0) or `"sequential"` for snapshot-style tests. */
  readonly ids?: "random" | "sequential" | undefined
  /** Rate limiting (off by default; the `x-ratelimit-*` headers are sent either way). */
  readonly rateLimit?: RateLimitOptions | undefined
  /** Milliseconds added to every Management API and token request. */
  readonly latencyMs?: number | undefined
  /** The default client's id (default `Engine.DEFAULT_CLIENT_ID`, `emulator-default-client`). */
  readonly clientId?: string | undefined
  /** The default client's secret (default: generated). */
  readonly clientSecret?: Redacted.Redacted<string> | string | undefined
  /** HS256 key for access tokens (default: random per emulator, so tokens do not survive a restart). */
  readonly signingSecret?: Redacted.Redacted<string> | undefined
  /** `expires_in` of tokens from `/oauth/token` (default 86400). */
  readonly tokenLifetimeSeconds?: number | undefined
  /** Largest accepted request body (default 1 MiB; larger → 413). */
  readonly maxBodyBytes?: number | undefined
  /** Serve this engine instead of creating one (e.g. to share it with an in-memory fake). */
  readonly engine?: Engine.Service | undefined
  /** Level of the one-line-per-request log (default `"Debug"`; the CLI uses `"Info"`). */
  readonly requestLogLevel?: "Info" | "Debug" | "None" | undefined
}

/**
 * Options of {@link Service.mintToken}.
 *
 * @since 0.0.0
 */
export interface MintOptions {
  /** Lifetime in seconds; negative values give an already expired token (default 86400). */
  readonly expiresInSeconds?: number | undefined
  /** `azp` / `sub` client (default: the default client). */
  readonly clientId?: string | undefined
}

/**
 * One line of the request log. Never contains headers, tokens, query strings or bodies.
 *
 * @since 0.0.0
 */
export interface RequestLogEntry {
  readonly id: number
  /** ISO timestamp of arrival. */
  readonly at: string
  readonly method: string
  /** Path without query string, as sent. */
  readonly path: string
  /** Status sent; 0 when no answer was sent. */
  readonly status: number
  readonly outcome: "answered" | "dropped" | "aborted"
  readonly durationMs: number
  /** The token's client, when the request carried a valid token or was a token grant. */
  readonly clientId?: string
  /** The fault rule that answered, delayed or dropped it. */
  readonly faultId?: number
}

/**
 * Settings that can change while the emulator runs.
 *
 * @since 0.0.0
 */
export interface Settings {
  readonly rateLimit: { readonly requestsPerSecond: number; readonly burst: number } | null
  readonly latencyMs: number
}

/**
 * A running emulator.
 *
 * @since 0.0.0
 */
export interface Service {
  /** Origin, e.g. `http://127.0.0.1:4010`. */
  readonly baseUrl: string
  /** Management API base, `{baseUrl}/api/v2`. */
  readonly apiUrl: string
  /** `{baseUrl}/oauth/token`. */
  readonly tokenUrl: string
  readonly host: string
  readonly port: number
  readonly tenantDomain: string
  /** The Management API audience, `https://{tenantDomain}/api/v2/`. */
  readonly audience: string
  /** A token with {@link ALL_SCOPES}, valid for 30 days. */
  readonly adminToken: Redacted.Redacted<string>
  /** The default client's credentials, accepted by `POST /oauth/token`. */
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  /** Mints a token with exactly these scopes (all of {@link ALL_SCOPES} when omitted). */
  readonly mintToken: (scopes?: Iterable<string>, options?: MintOptions) => Effect.Effect<Redacted.Redacted<string>>
  /** The engine behind the server. */
  readonly engine: Engine.Service
  /** Same as `POST /__emulator/reset`. */
  readonly reset: Effect.Effect<void>
  /** Same as `POST /__emulator/seed`. */
  readonly seed: (seed: Engine.Seed) => Effect.Effect<void, Engine.SeedError>
  /** Queues fault rules (in order, after the ones already queued); invalid rules fail and queue nothing. */
  readonly addFaults: (rules: ReadonlyArray<Fault.FaultRule>) => Effect.Effect<ReadonlyArray<Fault.Fault>, EmulatorError>
  /** The faults still queued. */
  readonly faults: Effect.Effect<ReadonlyArray<Fault.Fault>>
  readonly clearFaults: Effect.Effect<void>
  /** The request log (Management API, token and unknown paths; not the control plane), oldest first. */
  readonly requests: Effect.Effect<ReadonlyArray<RequestLogEntry>>
  readonly settings: Effect.Effect<Settings>
  /** Changes rate limiting (`null` turns it off; a new bucket starts full) and/or the added latency. */
  readonly updateSettings: (settings: Partial<Settings>) => Effect.Effect<void>
  /**
   * A `fetch` that sends `https://{tenantDomain}/…` to this emulator (other URLs untouched): hand it to any client
   * that accepts a custom fetch, such as the official `auth0` SDK.
   */
  readonly fetch: typeof globalThis.fetch
}

/**
 * The running emulator, as a service.
 *
 * @since 0.0.0
 */
export class Emulator extends Context.Tag("@effect-auth0/emulator/Emulator")<Emulator, Service>() {}

/**
 * The emulator could not start: the port is taken, or the seed was refused.
 *
 * @since 0.0.0
 */
export class EmulatorError extends Data.TaggedError("EmulatorError")<{
  readonly reason: "Listen" | "Seed" | "Options"
  readonly message: string
}> {}

/**
 * The shape of a seed (`--seed` file, `POST /__emulator/seed`): `{connections?: object[], clients?: {client_id,
 * client_secret?, name?}[]}`. Unknown top-level keys are refused so a typo does not silently seed nothing.
 *
 * @since 0.0.0
 */
export const SeedSchema = Schema.Struct({
  connections: Schema.optional(Schema.Array(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  clients: Schema.optional(Schema.Array(Schema.Struct({
    client_id: Schema.String.pipe(Schema.minLength(1)),
    client_secret: Schema.optional(Schema.String),
    name: Schema.optional(Schema.String)
  })))
}).annotations({ identifier: "Seed", parseOptions: { onExcessProperty: "error" } })

const formatParseError = (error: ParseResult.ParseError): string =>
  ParseResult.ArrayFormatter.formatErrorSync(error)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") + ": " : ""}${issue.message}`)
    .join("; ")

/**
 * Validates a seed; the `Left` is a readable message.
 *
 * @since 0.0.0
 */
export const decodeSeed = (input: unknown): Either.Either<Engine.Seed, string> =>
  Schema.decodeUnknownEither(SeedSchema, { errors: "all" })(input).pipe(Either.mapLeft(formatParseError))

const SettingsPatch = Schema.Struct({
  rateLimit: Schema.optional(Schema.NullOr(Schema.Struct({
    requestsPerSecond: Schema.Number.pipe(Schema.greaterThan(0), Schema.lessThanOrEqualTo(1_000_000)),
    burst: Schema.optional(Schema.Int.pipe(Schema.between(1, 1_000_000)))
  }))),
  latencyMs: Schema.optional(Schema.Int.pipe(Schema.between(0, 600_000)))
}).annotations({ parseOptions: { onExcessProperty: "error" } })

// Per-request spans skip the stack-trace capture: it is the most expensive part of a span on this hot path.
const NO_STACK = { captureStackTrace: false } as const

const JSON_TYPE = "application/json; charset=utf-8"
const MAX_LOG = 1000
const ADMIN_TOKEN_LIFETIME = 30 * 24 * 3600
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

const randomAlnum = (length: number): string => {
  const bytes = randomBytes(length)
  let out = ""
  for (let i = 0; i < length; i++) out += ALNUM[bytes[i]! % ALNUM.length]
  return out
}

const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const envelope = (status: number, message: string, errorCode?: string): ApiError.ApiErrorBody =>
  ApiError.makeBody(status, message, errorCode)

const reason = (status: number): string => ApiError.REASON_PHRASES[status] ?? Http.STATUS_CODES[status] ?? "Error"

/** A response, before it is written. */
interface Reply {
  readonly status: number
  readonly body: unknown
  readonly headers?: Readonly<Record<string, string>>
}

const reply = (status: number, body: unknown, headers?: Readonly<Record<string, string>>): Reply =>
  headers === undefined ? { status, body } : { status, body, headers }

const errorReply = (status: number, message: string, errorCode?: string, headers?: Readonly<Record<string, string>>): Reply =>
  reply(status, { ...envelope(status, message, errorCode), error: reason(status) }, headers)

const notFound = (): Reply => errorReply(404, "Not Found")

const methodNotAllowed = (allow: ReadonlyArray<string>): Reply =>
  errorReply(405, "Method Not Allowed", undefined, { allow: allow.join(", ") })

const oauthError = (status: number, error: string, description: string): Reply =>
  reply(status, { error, error_description: description }, { "cache-control": "no-store", pragma: "no-cache" })

const formatHost = (host: string): string => host.includes(":") ? `[${host}]` : host

const advertisedHost = (host: string): string =>
  host === "0.0.0.0" || host === "" ? "127.0.0.1" : host === "::" ? "::1" : host

const toRedacted = (value: Redacted.Redacted<string> | string): Redacted.Redacted<string> =>
  typeof value === "string" ? Redacted.make(value) : value

/** Per-request state the handlers fill in for the log line. */
interface RequestState {
  readonly headers: Record<string, string>
  clientId?: string
  faultId?: number
  outcome: "answered" | "dropped" | "aborted"
}

/**
 * Starts an emulator in the current scope; it stops (closing every connection) when the scope closes.
 *
 * @since 0.0.0
 */
export const make: (options?: EmulatorOptions) => Effect.Effect<Service, EmulatorError, Scope.Scope> = Effect.fn(
  "Emulator.make"
)(function*(options: EmulatorOptions = {}) {
  // The server always runs on the real clock, even when started from a test on a TestClock.
  const liveClock = Clock.make()
  const tenantDomain = options.tenantDomain ?? DEFAULT_TENANT_DOMAIN
  const host = options.host ?? "127.0.0.1"
  const port = options.port ?? 0
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024
  const tokenLifetime = options.tokenLifetimeSeconds ?? 86400
  const logLevel = options.requestLogLevel ?? "Debug"
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return yield* new EmulatorError({ reason: "Options", message: `invalid port: ${port}` })
  }
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(tenantDomain)) {
    return yield* new EmulatorError({ reason: "Options", message: `invalid tenant domain: ${tenantDomain}` })
  }
  const initialRateLimit = options.rateLimit
  if (
    initialRateLimit !== undefined &&
    (!(initialRateLimit.requestsPerSecond > 0) || (initialRateLimit.burst !== undefined && !(initialRateLimit.burst >= 1)))
  ) {
    return yield* new EmulatorError({ reason: "Options", message: "rate limit: requestsPerSecond must be > 0 and burst ≥ 1" })
  }
  const clientId = options.clientId ?? Engine.DEFAULT_CLIENT_ID
  const clientSecret = toRedacted(options.clientSecret ?? randomAlnum(64))
  const signingKey = options.signingSecret === undefined
    ? randomBytes(32)
    : Buffer.from(Redacted.value(options.signingSecret))
  const defaultClient: Engine.SeedClient = { client_id: clientId, client_secret: Redacted.value(clientSecret), name: "Emulator default client" }
  const startupSeed: Engine.Seed = options.seed ?? {}

  // The engine always has a default client (`Engine.DEFAULT_CLIENT_ID`); a custom default client is added to the
  // initial seed so that it survives resets too.
  const extraClients = clientId === Engine.DEFAULT_CLIENT_ID ? [] : [defaultClient]
  const engine: Engine.Service = options.engine ?? (yield* Engine.make({
    tenantDomain,
    ids: options.ids,
    defaultClientSecret: Redacted.value(clientSecret),
    // Connections are seeded below with a typed error; `[]` (not absent) because the engine's seed decoder refuses an
    // explicit `connections: undefined`.
    seed: { clients: [...extraClients, ...(startupSeed.clients ?? [])], connections: [] }
  }))
  const applyStartupSeed = engine.seed({
    ...(options.engine === undefined ? {} : { clients: [defaultClient, ...(startupSeed.clients ?? [])] }),
    ...(startupSeed.connections === undefined ? {} : { connections: startupSeed.connections })
  })
  yield* applyStartupSeed.pipe(
    Effect.mapError((e) => new EmulatorError({ reason: "Seed", message: e.message }))
  )

  // Mutable state, confined to this emulator. Handlers run one step at a time on the event loop, so plain
  // variables are safe.
  let bucket = RateLimit.makeBucket(
    initialRateLimit === undefined ? undefined : {
      requestsPerSecond: initialRateLimit.requestsPerSecond,
      burst: Math.floor(initialRateLimit.burst ?? Math.max(1, initialRateLimit.requestsPerSecond))
    }
  )
  let latencyMs = Math.max(0, options.latencyMs ?? 0)
  let faults: Array<{ fault: Fault.Fault; matches: (method: string, path: string) => boolean }> = []
  let nextFaultId = 1
  let log: Array<RequestLogEntry> = []
  let nextRequestId = 1
  let total = 0
  let byStatus: Record<string, number> = {}

  const server = Http.createServer({
    requestTimeout: 60_000,
    headersTimeout: 30_000,
    keepAliveTimeout: 5_000,
    // Node answers a request without Host with its own bare 400; let it through so it gets Auth0's envelope.
    requireHostHeader: false
  })
  // A bound address is only known after listen, so these are filled in below.
  let baseUrl = ""
  let audiences: ReadonlyArray<string> = []
  const audience = `https://${tenantDomain}/api/v2/`
  const issuer = `https://${tenantDomain}/`

  const now = Clock.currentTimeMillis.pipe(Effect.withClock(liveClock))

  const mint = (scopes: Iterable<string>, lifetime: number, client: string, aud: string = audience) =>
    Effect.map(now, (millis) => {
      const iat = Math.floor(millis / 1000)
      return Jwt.sign({
        iss: issuer,
        sub: `${client}@clients`,
        aud,
        iat,
        exp: iat + lifetime,
        azp: client,
        gty: "client-credentials",
        scope: [...new Set(scopes)].join(" ")
      }, signingKey)
    })

  const mintToken = (scopes?: Iterable<string>, mintOptions?: MintOptions) =>
    mint(scopes ?? ALL_SCOPES, mintOptions?.expiresInSeconds ?? tokenLifetime, mintOptions?.clientId ?? clientId).pipe(
      Effect.map(Redacted.make),
      Effect.withSpan("Emulator.mintToken")
    )

  const addFaults = (input: ReadonlyArray<Fault.FaultRule>) =>
    Effect.suspend(() => {
      // Programmatic rules get the same validation as posted ones (a bad regex must not become a defect later).
      const parsed = Fault.parseRules(input)
      if (Either.isLeft(parsed)) return Effect.fail(new EmulatorError({ reason: "Options", message: `Invalid fault rule: ${parsed.left}` }))
      const added = parsed.right.map((rule) => {
        const fault: Fault.Fault = { ...rule, id: nextFaultId++, remaining: rule.times ?? 1 }
        return { fault, matches: Fault.matcher(rule) }
      })
      faults = [...faults, ...added]
      return Effect.succeed(added.map((f) => f.fault))
    })

  const listFaults = Effect.sync(() => faults.map((f) => f.fault))
  const clearFaults = Effect.sync(() => {
    faults = []
  })

  const takeFault = (method: string, path: string): Fault.Fault | undefined => {
    const index = faults.findIndex((f) => f.matches(method, path))
    if (index < 0) return undefined
    const { fault, matches } = faults[index]!
    const next = { ...fault, remaining: fault.remaining - 1 }
    faults = next.remaining > 0
      ? faults.map((f, i) => (i === index ? { fault: next, matches } : f))
      : faults.filter((_, i) => i !== index)
    return fault
  }

  const reset = Effect.gen(function*() {
    yield* engine.reset
    yield* Effect.orDie(applyStartupSeed)
    faults = []
    log = []
    total = 0
    byStatus = {}
    bucket.refill()
  }).pipe(Effect.withSpan("Emulator.reset"))

  const currentSettings = Effect.sync((): Settings => ({
    rateLimit: bucket.settings === undefined ? null : { ...bucket.settings },
    latencyMs
  }))

  const updateSettings = (patch: Partial<Settings>) =>
    Effect.sync(() => {
      if (patch.rateLimit !== undefined) bucket = RateLimit.makeBucket(patch.rateLimit ?? undefined)
      if (patch.latencyMs !== undefined) latencyMs = Math.max(0, patch.latencyMs)
    })

  const record = (entry: Omit<RequestLogEntry, "id">) => {
    total++
    byStatus[String(entry.status)] = (byStatus[String(entry.status)] ?? 0) + 1
    log.push({ id: nextRequestId++, ...entry })
    if (log.length > MAX_LOG) log.splice(0, log.length - MAX_LOG)
  }

  const clients = Effect.map(engine.clients, (list) => [defaultClient, ...list.filter((c) => c.client_id !== clientId)])

  // ---------------------------------------------------------------------------------------------------------------
  // Writing responses

  const write = (res: Http.ServerResponse, r: Reply, extra: Readonly<Record<string, string>>) => {
    if (res.headersSent || res.destroyed) return
    const noBody = r.body === undefined || r.status === 204 || r.status === 304
    let payload: string | undefined
    let contentType: string | undefined
    if (!noBody) {
      const custom = r.headers?.["content-type"] ?? r.headers?.["Content-Type"]
      if (typeof r.body === "string" && custom !== undefined && !/json/i.test(custom)) {
        payload = r.body
        contentType = custom
      } else {
        payload = JSON.stringify(r.body)
        contentType = custom ?? JSON_TYPE
      }
    }
    for (const [k, v] of Object.entries(extra)) res.setHeader(k, v)
    for (const [k, v] of Object.entries(r.headers ?? {})) res.setHeader(k, v)
    if (payload !== undefined) {
      res.setHeader("content-type", contentType!)
      res.setHeader("content-length", Buffer.byteLength(payload))
    } else if (r.status !== 204 && r.status !== 304) {
      res.setHeader("content-length", 0)
    }
    res.writeHead(r.status)
    res.end(payload)
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Body helpers

  const readJsonOrForm = (req: Http.IncomingMessage, state: RequestState, form: boolean) =>
    Effect.map(Request.readBody(req, maxBodyBytes), (result): Either.Either<unknown, Reply | "aborted"> => {
      if (result._tag === "Aborted") return Either.left("aborted")
      if (result._tag === "TooLarge") {
        state.headers["connection"] = "close"
        return Either.left(errorReply(413, `Payload content length greater than maximum allowed: ${maxBodyBytes}`))
      }
      const parsed = Request.parseBody(req.headers["content-type"], result.bytes, { form })
      switch (parsed._tag) {
        case "Parsed":
          return Either.right(parsed.value)
        case "BadJson":
          return Either.left(errorReply(400, "Invalid request payload JSON format", "invalid_body"))
        case "BadForm":
          return Either.left(errorReply(400, "Invalid request payload form format", "invalid_body"))
        case "UnsupportedMediaType":
          return Either.left(errorReply(415, "Unsupported Media Type"))
      }
    })

  // ---------------------------------------------------------------------------------------------------------------
  // Management API

  const authenticate = (header: string | undefined, state: RequestState) =>
    Effect.map(now, (millis): Either.Either<ReadonlySet<string>, Reply> => {
      if (header === undefined || header.trim() === "") {
        return Either.left(errorReply(401, "Missing authentication"))
      }
      const match = /^Bearer +([^\s]+) *$/i.exec(header)
      if (match === null) return Either.left(errorReply(400, "Bad HTTP authentication header format", "Bearer"))
      const result = Jwt.verify(match[1]!, { key: signingKey, now: Math.floor(millis / 1000), issuer, audiences })
      if (result._tag === "Invalid") {
        return Either.left(
          reply(401, { ...envelope(401, "Invalid token"), attributes: { error: "Invalid token" } }, {
            "www-authenticate": "Token error=\"Invalid token\""
          })
        )
      }
      if (typeof result.claims.azp === "string") state.clientId = result.claims.azp
      return Either.right(result.scopes)
    })

  const handleApi = Effect.fn("Emulator.api", NO_STACK)(function*(
    req: Http.IncomingMessage,
    method: string,
    target: Request.Target,
    state: RequestState
  ) {
    const auth = yield* authenticate(req.headers.authorization, state)
    if (Either.isLeft(auth)) return auth.left
    const decoded = Request.decodePath(target.path.slice("/api/v2".length))
    if (decoded === undefined) return errorReply(400, "Invalid request URI: bad percent-encoding in the path", "invalid_uri")
    const query = Request.parseQuery(target.search)
    if (query === undefined) {
      return errorReply(400, "Query validation error: bad percent-encoding in the query string", "invalid_query_string")
    }
    const body = yield* readJsonOrForm(req, state, true)
    if (Either.isLeft(body)) return body.left
    const response = yield* engine.handle({
      method: method === "HEAD" ? "GET" : method,
      path: decoded === "" ? "/" : decoded,
      query,
      body: body.right,
      scopes: auth.right
    })
    return reply(response.status, response.body)
  })

  // ---------------------------------------------------------------------------------------------------------------
  // POST /oauth/token (Auth0 Authentication API error format)

  const basicCredentials = (header: string | undefined): { id: string; secret: string } | undefined => {
    const match = header === undefined ? null : /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(header)
    if (match === null) return undefined
    const text = Buffer.from(match[1]!, "base64").toString("utf8")
    const colon = text.indexOf(":")
    if (colon < 0) return undefined
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s)
      } catch {
        return s
      }
    }
    return { id: decode(text.slice(0, colon)), secret: decode(text.slice(colon + 1)) }
  }

  const handleToken = Effect.fn("Emulator.token", NO_STACK)(function*(req: Http.IncomingMessage, method: string, state: RequestState) {
    if (method !== "POST") return methodNotAllowed(["POST"])
    const body = yield* readJsonOrForm(req, state, true)
    if (Either.isLeft(body)) {
      if (body.left === "aborted") return body.left
      const status = body.left.status
      return status === 413 ? body.left : oauthError(400, "invalid_request", status === 415 ? "Unsupported content type" : "Invalid request body")
    }
    const params = body.right
    if (!isRecord(params)) return oauthError(400, "invalid_request", "Invalid request body")
    const str = (key: string): string | undefined => typeof params[key] === "string" ? params[key] : undefined
    const grantType = str("grant_type")
    if (grantType === undefined) return oauthError(400, "invalid_request", "Missing required parameter: grant_type")
    if (grantType !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", `Unsupported grant type: ${grantType.slice(0, 100)}`)
    }
    const basic = basicCredentials(req.headers.authorization)
    const id = str("client_id") ?? basic?.id
    const secret = str("client_secret") ?? basic?.secret
    const known = yield* clients
    const client = id === undefined ? undefined : known.find((c) => c.client_id === id)
    if (
      client === undefined || secret === undefined || client.client_secret === undefined ||
      !safeEqual(secret, client.client_secret)
    ) {
      return oauthError(401, "access_denied", "Unauthorized")
    }
    state.clientId = client.client_id
    const aud = str("audience") ?? audience
    if (!audiences.includes(aud)) {
      return oauthError(403, "access_denied", `Service not enabled within domain: ${aud.slice(0, 200)}`)
    }
    const requested = (str("scope") ?? "").split(" ").filter((s) => s.length > 0)
    const notGranted = requested.filter((s) => !ALL_SCOPES.includes(s))
    if (notGranted.length > 0) {
      return oauthError(403, "access_denied", `Client has not been granted scopes: ${notGranted.join(", ").slice(0, 500)}`)
    }
    const granted = requested.length > 0 ? [...new Set(requested)] : ALL_SCOPES
    const token = yield* mint(granted, tokenLifetime, client.client_id, aud)
    return reply(200, { access_token: token, expires_in: tokenLifetime, scope: granted.join(" "), token_type: "Bearer" }, {
      "cache-control": "no-store",
      pragma: "no-cache"
    })
  })

  // ---------------------------------------------------------------------------------------------------------------
  // Control plane

  const readControlJson = (req: Http.IncomingMessage, state: RequestState) => readJsonOrForm(req, state, false)

  const stripSecrets = (snapshot: Engine.Snapshot): Engine.Snapshot => ({
    ...snapshot,
    clients: snapshot.clients.map(({ client_secret: _secret, ...rest }) => rest)
  })

  const handleControl = Effect.fn("Emulator.control", NO_STACK)(function*(
    req: Http.IncomingMessage,
    method: string,
    target: Request.Target,
    state: RequestState
  ) {
    const route = target.path.replace(/\/+$/, "")
    const allow = (methods: ReadonlyArray<string>) => methods.includes(method) || (method === "HEAD" && methods.includes("GET"))
    switch (route) {
      case "/__emulator/health": {
        if (!allow(["GET"])) return methodNotAllowed(["GET"])
        const settings = yield* currentSettings
        return reply(200, { status: "ok", tenantDomain, baseUrl, apiUrl: `${baseUrl}/api/v2`, audience, ...settings })
      }
      case "/__emulator/reset": {
        if (!allow(["POST"])) return methodNotAllowed(["POST"])
        yield* reset
        return reply(204, undefined)
      }
      case "/__emulator/seed": {
        if (!allow(["POST"])) return methodNotAllowed(["POST"])
        const body = yield* readControlJson(req, state)
        if (Either.isLeft(body)) return body.left
        const seed = decodeSeed(body.right ?? {})
        if (Either.isLeft(seed)) return errorReply(400, `Invalid seed: ${seed.left}`, "invalid_body")
        const result = yield* Effect.either(engine.seed(seed.right))
        if (Either.isLeft(result)) return errorReply(400, `Invalid seed: ${result.left.message}`, "invalid_body")
        return reply(204, undefined)
      }
      case "/__emulator/snapshot": {
        if (!allow(["GET"])) return methodNotAllowed(["GET"])
        return reply(200, stripSecrets(yield* engine.snapshot))
      }
      case "/__emulator/faults": {
        if (!allow(["GET", "POST", "DELETE"])) return methodNotAllowed(["GET", "POST", "DELETE"])
        if (method === "DELETE") {
          yield* clearFaults
          return reply(204, undefined)
        }
        if (method === "POST") {
          const body = yield* readControlJson(req, state)
          if (Either.isLeft(body)) return body.left
          const rules = Fault.parseRules(body.right)
          if (Either.isLeft(rules)) return errorReply(400, `Invalid fault rule: ${rules.left}`, "invalid_body")
          return reply(201, { faults: yield* Effect.orDie(addFaults(rules.right)) })
        }
        return reply(200, { faults: yield* listFaults })
      }
      case "/__emulator/token": {
        if (!allow(["GET", "POST"])) return methodNotAllowed(["GET", "POST"])
        const query = Request.parseQuery(target.search)
        if (query === undefined) return errorReply(400, "Bad percent-encoding in the query string", "invalid_query_string")
        const get = (key: string) => query.filter(([k]) => k === key).map(([, v]) => v)
        const scopeValues = get("scope")
        const scopes = scopeValues.length === 0 ? ALL_SCOPES : scopeValues.flatMap((v) => v.split(/[\s,]+/)).filter((s) => s.length > 0)
        const expiresRaw = get("expires_in").at(-1)
        const expiresIn = expiresRaw === undefined ? tokenLifetime : Number(expiresRaw)
        if (!Number.isInteger(expiresIn) || Math.abs(expiresIn) > 10 * 365 * 86400) {
          return errorReply(400, "expires_in must be an integer number of seconds", "invalid_query_string")
        }
        const client = get("client_id").at(-1) ?? clientId
        const token = yield* mint(scopes, expiresIn, client)
        return reply(200, { access_token: token, token_type: "Bearer", expires_in: expiresIn, scope: [...new Set(scopes)].join(" ") }, {
          "cache-control": "no-store"
        })
      }
      case "/__emulator/requests": {
        if (!allow(["GET", "DELETE"])) return methodNotAllowed(["GET", "DELETE"])
        if (method === "DELETE") {
          log = []
          total = 0
          byStatus = {}
          return reply(204, undefined)
        }
        return reply(200, { total, byStatus, requests: log })
      }
      case "/__emulator/settings": {
        if (!allow(["GET", "PATCH", "PUT"])) return methodNotAllowed(["GET", "PATCH", "PUT"])
        if (method !== "GET" && method !== "HEAD") {
          const body = yield* readControlJson(req, state)
          if (Either.isLeft(body)) return body.left
          const patch = Schema.decodeUnknownEither(SettingsPatch, { errors: "all" })(body.right ?? {})
          if (Either.isLeft(patch)) return errorReply(400, `Invalid settings: ${formatParseError(patch.left)}`, "invalid_body")
          const rl = patch.right.rateLimit
          yield* updateSettings({
            ...(rl === undefined ? {} : {
              rateLimit: rl === null ? null : {
                requestsPerSecond: rl.requestsPerSecond,
                burst: rl.burst ?? Math.max(1, Math.floor(rl.requestsPerSecond))
              }
            }),
            ...(patch.right.latencyMs === undefined ? {} : { latencyMs: patch.right.latencyMs })
          })
        }
        return reply(200, yield* currentSettings)
      }
      default:
        return notFound()
    }
  })

  // ---------------------------------------------------------------------------------------------------------------
  // One request, end to end

  const rateLimitHeaders = (d: RateLimit.Decision, state: RequestState) => {
    state.headers["x-ratelimit-limit"] = String(d.limit)
    state.headers["x-ratelimit-remaining"] = String(d.remaining)
    state.headers["x-ratelimit-reset"] = String(d.reset)
  }

  const route = Effect.fnUntraced(function*(
    req: Http.IncomingMessage,
    res: Http.ServerResponse,
    method: string,
    target: Request.Target,
    state: RequestState
  ) {
    const path = target.path
    if (path === "/__emulator" || path.startsWith("/__emulator/")) return yield* handleControl(req, method, target, state)
    const isApi = path === "/api/v2" || path.startsWith("/api/v2/")
    const isToken = path === "/oauth/token" || path === "/oauth/token/"
    const fault = takeFault(method, path)
    if (fault !== undefined) state.faultId = fault.id
    // A fault that answers (status or drop) replaces the request, so it takes no rate-limit token; a delay-only
    // fault is followed by normal handling, rate limit included.
    const answered = fault !== undefined && (fault.status !== undefined || fault.drop === true)
    let decision: RateLimit.Decision | undefined
    if (isApi) {
      const millis = yield* now
      decision = answered ? bucket.peek(millis) : bucket.take(millis)
      rateLimitHeaders(decision, state)
      if (fault?.status === 429) {
        state.headers["x-ratelimit-remaining"] = "0"
        state.headers["x-ratelimit-reset"] = String(Math.ceil(millis / 1000) + 1)
      }
    }
    if (fault !== undefined) {
      if (fault.delayMs !== undefined && fault.delayMs > 0) yield* Effect.sleep(fault.delayMs)
      if (fault.drop === true) {
        state.outcome = "dropped"
        req.socket.destroy()
        res.destroy()
        return undefined
      }
      if (fault.status !== undefined) {
        const headers: Record<string, string> = fault.status === 429 ? { "retry-after": "1" } : {}
        for (const [k, v] of Object.entries(fault.headers ?? {})) headers[k.toLowerCase()] = v
        return fault.body !== undefined
          ? reply(fault.status, fault.body, headers)
          : fault.status === 429
          ? errorReply(429, "Global limit has been reached", "too_many_requests", headers)
          : errorReply(fault.status, reason(fault.status), undefined, headers)
      }
    }
    // Even a zero sleep waits for a timer tick (~1 ms per request), so only sleep when latency is configured.
    if ((isApi || isToken) && latencyMs > 0) yield* Effect.sleep(latencyMs)
    if (decision !== undefined && !decision.allowed) {
      return errorReply(429, "Global limit has been reached", "too_many_requests", { "retry-after": String(decision.retryAfter) })
    }
    if (isApi) return yield* handleApi(req, method, target, state)
    if (isToken) return yield* handleToken(req, method, state)
    return notFound()
  })

  const handle = (req: Http.IncomingMessage, res: Http.ServerResponse) => {
    const method = (req.method ?? "GET").toUpperCase()
    const target = Request.splitTarget(req.url ?? "/")
    return Effect.gen(function*() {
      const started = yield* now
      const state: RequestState = { headers: {}, outcome: "answered" }
      const result = yield* route(req, res, method, target, state).pipe(
        Effect.catchAllCause((cause) =>
          // Interruption means the emulator is stopping: nothing to answer.
          Cause.isInterruptedOnly(cause) ? Effect.failCause(cause) : Effect.as(
            Effect.logError("emulator: unexpected failure while handling a request", Cause.pretty(cause)),
            errorReply(500, "Internal Server Error")
          )
        )
      )
      if (result === "aborted") state.outcome = "aborted"
      else if (result !== undefined) write(res, result, state.headers)
      if (state.outcome === "answered" && !res.headersSent) state.outcome = "aborted"
      const durationMs = (yield* now) - started
      const status = state.outcome === "answered" ? res.statusCode : 0
      if (!target.path.startsWith("/__emulator")) {
        record({
          at: new Date(started).toISOString(),
          method,
          path: target.path.slice(0, 2048),
          status,
          outcome: state.outcome,
          durationMs,
          ...(state.clientId === undefined ? {} : { clientId: state.clientId }),
          ...(state.faultId === undefined ? {} : { faultId: state.faultId })
        })
      }
      if (logLevel !== "None") {
        yield* Effect.logWithLevel(
          LogLevel.fromLiteral(logLevel),
          `${method} ${target.path.slice(0, 512)} ${state.outcome === "answered" ? status : state.outcome} ${durationMs}ms`
        )
      }
    }).pipe(
      Effect.withClock(liveClock),
      Effect.withSpan("Emulator.request", { ...NO_STACK, attributes: { "http.request.method": method, "url.path": target.path } }),
      Effect.catchAllCause((cause) =>
        Cause.isInterruptedOnly(cause) ? Effect.void : Effect.sync(() => {
          // Last resort: the connection must still get an answer.
          if (!res.headersSent && !res.destroyed) write(res, errorReply(500, "Internal Server Error"), {})
        }).pipe(Effect.zipRight(Effect.logError("emulator: request handler failed", Cause.pretty(cause))))
      )
    )
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The server

  const run = yield* FiberSet.makeRuntime<never>()
  server.on("request", (req, res) => {
    run(handle(req, res))
  })
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    // Requests Node's parser refuses (bad request line, bad header bytes, oversized headers) never reach "request".
    if (!socket.writable || error.code === "ECONNRESET") {
      socket.destroy()
      return
    }
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400
    const body = JSON.stringify({ ...envelope(status, reason(status)), error: reason(status) })
    // A response to HEAD carries no body (the client would read the envelope as garbage after the response).
    const rawPacket = (error as NodeJS.ErrnoException & { readonly rawPacket?: Buffer }).rawPacket
    const isHead = rawPacket !== undefined && rawPacket.subarray(0, 5).toString("latin1") === "HEAD "
    socket.end(
      `HTTP/1.1 ${status} ${reason(status)}\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${isHead ? "" : body}`
    )
  })

  yield* Effect.async<void, EmulatorError>((resume) => {
    const onError = (error: Error) => {
      resume(Effect.fail(new EmulatorError({ reason: "Listen", message: `cannot listen on ${host}:${port}: ${error.message}` })))
    }
    server.once("error", onError)
    server.listen(port, host, () => {
      server.off("error", onError)
      resume(Effect.void)
    })
  })
  server.on("error", () => {
    // After listening, server errors concern single connections; they are handled per socket.
  })
  yield* Effect.addFinalizer(() =>
    Effect.async<void>((resume) => {
      server.close(() => resume(Effect.void))
      server.closeAllConnections()
    })
  )

  const address = server.address() as AddressInfo
  baseUrl = `http://${formatHost(advertisedHost(host))}:${address.port}`
  audiences = [audience, audience.slice(0, -1), `${baseUrl}/api/v2/`, `${baseUrl}/api/v2`]
  const adminToken = Redacted.make(yield* mint(ALL_SCOPES, ADMIN_TOKEN_LIFETIME, clientId))

  const tenantOrigin = `https://${tenantDomain}`
  const rewrite = (url: string): string =>
    url === tenantOrigin || url.startsWith(`${tenantOrigin}/`) ? baseUrl + url.slice(tenantOrigin.length) : url
  const emulatorFetch: typeof globalThis.fetch = (input, init) => {
    if (typeof input === "string") return globalThis.fetch(rewrite(input), init)
    if (input instanceof URL) return globalThis.fetch(rewrite(input.href), init)
    const target = rewrite(input.url)
    return globalThis.fetch(target === input.url ? input : new globalThis.Request(target, input), init)
  }

  const service: Service = {
    baseUrl,
    apiUrl: `${baseUrl}/api/v2`,
    tokenUrl: `${baseUrl}/oauth/token`,
    host,
    port: address.port,
    tenantDomain,
    audience,
    adminToken,
    clientId,
    clientSecret,
    mintToken,
    engine,
    reset,
    seed: (seed) => engine.seed(seed).pipe(Effect.withSpan("Emulator.seed")),
    addFaults,
    faults: listFaults,
    clearFaults,
    requests: Effect.sync(() => [...log]),
    settings: currentSettings,
    updateSettings,
    fetch: emulatorFetch
  }
  return service
})

/**
 * Starts an emulator for the lifetime of the layer (port 0 by default: a free port).
 *
 * @since 0.0.0
 */
export const layer = (options?: EmulatorOptions): Layer.Layer<Emulator, EmulatorError> =>
  Layer.scoped(Emulator, make(options))

/**
 * Starts an emulator in the current scope (same as {@link make}).
 *
 * @since 0.0.0
 */
export const start: (options?: EmulatorOptions) => Effect.Effect<Service, EmulatorError, Scope.Scope> = make

/**
 * A running emulator for code that does not use Effect (e.g. tests of the official SDK).
 *
 * @since 0.0.0
 */
export interface RunningEmulator extends
  Pick<
    Service,
    "baseUrl" | "apiUrl" | "tokenUrl" | "port" | "tenantDomain" | "audience" | "adminToken" | "clientId" | "clientSecret" | "fetch"
  >
{
  readonly mintToken: (scopes?: Iterable<string>, options?: MintOptions) => Promise<Redacted.Redacted<string>>
  readonly reset: () => Promise<void>
  readonly seed: (seed: Engine.Seed) => Promise<void>
  readonly addFaults: (rules: ReadonlyArray<Fault.FaultRule>) => Promise<ReadonlyArray<Fault.Fault>>
  readonly requests: () => Promise<ReadonlyArray<RequestLogEntry>>
  /** Stops the server and closes every connection. */
  readonly close: () => Promise<void>
  /** The Effect service, for mixed code. */
  readonly service: Service
}

/**
 * Starts an emulator and resolves once it listens; call `close()` when done.
 *
 * @since 0.0.0
 */
export const startEmulator = async (options?: EmulatorOptions): Promise<RunningEmulator> => {
  const scope = Effect.runSync(Scope.make())
  const closeScope = () => Effect.runPromise(Scope.close(scope, Exit.void))
  let service: Service
  try {
    service = await Effect.runPromise(Scope.extend(make(options), scope))
  } catch (error) {
    await closeScope()
    throw error
  }
  const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)
  return {
    baseUrl: service.baseUrl,
    apiUrl: service.apiUrl,
    tokenUrl: service.tokenUrl,
    port: service.port,
    tenantDomain: service.tenantDomain,
    audience: service.audience,
    adminToken: service.adminToken,
    clientId: service.clientId,
    clientSecret: service.clientSecret,
    fetch: service.fetch,
    mintToken: (scopes, mintOptions) => run(service.mintToken(scopes, mintOptions)),
    reset: () => run(service.reset),
    seed: (seed) => run(service.seed(seed)),
    addFaults: (rules) => run(service.addFaults(rules)),
    requests: () => run(service.requests),
    close: closeScope,
    service
  }
}
