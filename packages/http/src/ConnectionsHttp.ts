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
 * Safe to repeat (retried after 5xx/timeout/transport): every `GET`; `PATCH /connections/{id}`, `PATCH …/clients`,
 * `PATCH …/scim-configuration` and `PATCH …/directory-provisioning` (the same body gives the same state); `PUT`,
 * `POST` and `DELETE …/synchronized-groups` (replacing, adding or removing the same groups again gives the same
 * selection); `DELETE /connections/{id}` (202 or 204 both mean gone), `DELETE …/scim-configuration` (204 even when absent), `DELETE …/users` (deleting the same users
 * again changes nothing), `DELETE …/directory-provisioning` (204 even when absent) and
 * `DELETE …/scim-configuration/tokens/{id}` (a 404 after an ambiguous attempt means the first one worked).
 * Never repeated blindly: `POST /connections` — after an ambiguous failure `create` looks the name up and returns
 * the connection if it was created (same strategy), re-sending only if it was not (a 409 on a re-send triggers
 * the same lookup), so it never creates a duplicate (concurrent creates of one name in one service: exactly one
 * succeeds, see `ConnectionsService.create`); `POST …/keys`, `POST …/keys/rotate`,
 * `POST …/scim-configuration`, `POST …/scim-configuration/tokens`, `POST …/directory-provisioning` and
 * `POST …/directory-provisioning/synchronizations` (a second rotation, token or synchronization would differ from
 * the first; a second configuration would be a 409) fail with the ambiguous error.
 *
 * Each endpoint is declared once, as data (method, path, query and body encoders, response schema, declared
 * errors, whether it is safe to resend, its special cases), and every call goes through one executor; a method's
 * error type is derived from its declaration. The in-memory fake (`ConnectionsMemory` in `@effect-auth0/testing`)
 * is this very service over an `HttpClient` answered by the engine in memory.
 *
 * @since 0.0.0
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import type * as Redacted from "effect/Redacted"
import * as HttpClient from "@effect/platform/HttpClient"
import { ConnectionsService, type Service } from "./ConnectionsService.js"
import * as TokenProvider from "./TokenProvider.js"
import * as Read from "./internal/config.js"
import * as Derived from "./internal/derived.js"
import * as Executor from "./internal/executor.js"
import * as PlatformClient from "./internal/platformClient.js"
import * as RateLimiter from "./internal/rateLimiter.js"
import type * as Retry from "./internal/retry.js"
import * as ServiceImpl from "./internal/service.js"
import * as Telemetry from "./internal/telemetry.js"

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
  streamPageSize: Derived.pageSizes.stream,
  /** Page size `setEnabledClients` reads with. */
  enabledClientsPageSize: Derived.pageSizes.enabledClients
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

const telemetryHeaders = (options: Options): Record<string, string> => {
  if (options.telemetry === false) return {}
  const info = options.telemetry === undefined || options.telemetry === true ? Telemetry.defaultClientInfo() : options.telemetry
  return { [Telemetry.HEADER]: Telemetry.encode(info) }
}

/** The token provider the options name (built over `client`, so the token request follows the same rules). */
const tokenProvider = (options: Options, resolved: Endpoints, headers: Record<string, string>) => {
  if (options.tokenProvider !== undefined) return Effect.succeed(options.tokenProvider)
  if (options.token !== undefined) return Effect.succeed(TokenProvider.fromToken(options.token))
  if (options.clientId !== undefined && options.clientSecret !== undefined) {
    return TokenProvider.clientCredentials({
      tokenUrl: resolved.tokenUrl,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      audience: resolved.audience,
      headers,
      // The per-attempt timeout applies to the token request too (the provider's own default is 10 s).
      ...(options.timeout === undefined ? {} : { timeout: options.timeout })
    })
  }
  return Effect.dieMessage("ConnectionsHttp: set `token`, `clientId` + `clientSecret`, or `tokenProvider`")
}

/**
 * Builds the service. Needs an `HttpClient`; the rate limiter, the rate-limit state and the token cache belong to
 * the service built, so everything built from one layer shares them. Dies when the options name neither a
 * `domain`/`baseUrl` nor a credential, or a malformed one (use {@link layerConfig} for a typed `ConfigError`).
 *
 * @since 0.0.0
 */
export const make = (options: Options): Effect.Effect<Service, never, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const resolved = endpoints(options)
    if (resolved === undefined) return yield* Effect.dieMessage("ConnectionsHttp: set `domain` or `baseUrl`")
    const malformed = checkTargets(options, optionNames)
    if (malformed !== undefined) return yield* Effect.dieMessage(`ConnectionsHttp: ${malformed.message}`)
    const base = yield* HttpClient.HttpClient
    const client = PlatformClient.configure(base, options.tracePropagation === true)
    const headers = telemetryHeaders(options)
    const tokens = yield* Effect.provideService(tokenProvider(options, resolved, headers), HttpClient.HttpClient, client)
    const policy = resolvePolicy(options)
    const executor = yield* Executor.make({
      apiUrl: resolved.apiUrl,
      client: PlatformClient.forApi(client, resolved.apiUrl),
      tokens,
      limiter: yield* RateLimiter.make(limiterSettings(options, policy)),
      policy,
      headers,
      secrets: [options.token, options.clientSecret]
    })
    return ServiceImpl.make(executor)
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

/**
 * What {@link validate} calls the required settings in its errors.
 *
 * @since 0.0.0
 */
export interface SettingNames {
  readonly domain: string
  readonly baseUrl: string
  readonly token: string
  readonly clientId: string
  readonly clientSecret: string
  readonly tokenUrl: string
}

/**
 * The names of the required settings in the environment ({@link configRaw}).
 *
 * @since 0.0.0
 */
export const environmentNames: SettingNames = {
  domain: "AUTH0_DOMAIN",
  baseUrl: "AUTH0_BASE_URL",
  token: "AUTH0_TOKEN",
  clientId: "AUTH0_CLIENT_ID",
  clientSecret: "AUTH0_CLIENT_SECRET",
  tokenUrl: "AUTH0_TOKEN_URL"
}

/**
 * The names of the required settings as {@link Options} fields (for settings read from a config of your own).
 *
 * @since 0.0.0
 */
export const optionNames: SettingNames = {
  domain: "domain",
  baseUrl: "baseUrl",
  token: "token",
  clientId: "clientId",
  clientSecret: "clientSecret",
  tokenUrl: "tokenUrl"
}

/** The first malformed target setting, as a `ConfigError` naming it and the shape it must have. */
const checkTargets = (options: Options, names: SettingNames): ConfigError.ConfigError | undefined => {
  const problems: ReadonlyArray<readonly [string, string | undefined]> = [
    [names.domain, options.domain === undefined || options.domain.trim() === "" ? undefined : Read.checkDomain(names.domain, names.baseUrl, options.domain)],
    [names.baseUrl, options.baseUrl === undefined || options.baseUrl.trim() === "" ? undefined : Read.checkUrl(names.baseUrl, options.baseUrl, true)],
    [names.tokenUrl, options.tokenUrl === undefined ? undefined : Read.checkUrl(names.tokenUrl, options.tokenUrl, false)]
  ]
  for (const [name, problem] of problems) if (problem !== undefined) return ConfigError.InvalidData([name], problem)
  return undefined
}

/**
 * Checks that options name a target and a credential, and that the target is well formed (`domain` a bare host,
 * `baseUrl` and `tokenUrl` absolute http(s) URLs): the same rules {@link make} enforces by dying. The error names
 * the setting as `names` calls it (default: the `AUTH0_*` variables) and the shape expected.
 *
 * @since 0.0.0
 */
export const validate = (options: Options, names: SettingNames = environmentNames): Either.Either<Options, ConfigError.ConfigError> => {
  if (endpoints(options) === undefined) {
    return Either.left(ConfigError.MissingData([names.domain], `Expected ${names.domain} or ${names.baseUrl} to be set`))
  }
  const malformed = checkTargets(options, names)
  if (malformed !== undefined) return Either.left(malformed)
  if (options.tokenProvider !== undefined || options.token !== undefined) return Either.right(options)
  if (options.clientId !== undefined && options.clientSecret === undefined) {
    return Either.left(ConfigError.MissingData([names.clientSecret], `Expected ${names.clientSecret} to be set with ${names.clientId}`))
  }
  if (options.clientId === undefined && options.clientSecret !== undefined) {
    return Either.left(ConfigError.MissingData([names.clientId], `Expected ${names.clientId} to be set with ${names.clientSecret}`))
  }
  if (options.clientId === undefined) {
    return Either.left(
      ConfigError.MissingData([names.token], `Expected ${names.token}, or ${names.clientId} and ${names.clientSecret}, to be set`)
    )
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
  domain: Read.optionalString(environmentNames.domain),
  baseUrl: Read.optionalString(environmentNames.baseUrl),
  token: Read.optionalRedacted(environmentNames.token),
  clientId: Read.optionalString(environmentNames.clientId),
  clientSecret: Read.optionalRedacted(environmentNames.clientSecret),
  audience: Read.optionalString("AUTH0_AUDIENCE"),
  tokenUrl: Read.optionalString("AUTH0_TOKEN_URL"),
  timeout: Read.optionalDuration("AUTH0_TIMEOUT"),
  maxRetries: Read.optionalNumber("AUTH0_MAX_RETRIES"),
  maxRetryWait: Read.optionalDuration("AUTH0_MAX_RETRY_WAIT"),
  retryBaseDelay: Read.optionalDuration("AUTH0_RETRY_BASE_DELAY"),
  rate: Read.optionalRate("AUTH0_RATE_LIMIT"),
  burst: Read.optionalNumber("AUTH0_RATE_LIMIT_BURST"),
  slowDownBelow: Read.optionalNumber("AUTH0_RATE_LIMIT_SLOW_DOWN_BELOW"),
  telemetry: Read.optionalBoolean("AUTH0_TELEMETRY"),
  tracePropagation: Read.optionalBoolean("AUTH0_TRACE_PROPAGATION")
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

/**
 * The service from configuration. Without an argument it reads the `AUTH0_*` variables ({@link config});
 * pass a `Config.Wrap<Options>` to read the settings from names or providers of your own, field by field
 * (`{ domain: Config.string("TENANT"), token: Config.redacted("MGMT_TOKEN") }`) or as one `Config`
 * (`Config.map(ConnectionsHttp.configRaw, (o) => ({ ...o, timeout: "5 seconds" }))`). A missing target or
 * credential fails with a `ConfigError` naming it: the `AUTH0_*` variable by default, the {@link Options} field
 * for a config of your own.
 *
 * @since 0.0.0
 */
export const layerConfig = (
  options?: Config.Config.Wrap<Options>
): Layer.Layer<ConnectionsService, ConfigError.ConfigError, HttpClient.HttpClient> =>
  Layer.effect(
    ConnectionsService,
    Effect.flatMap(
      options === undefined ? config : Config.unwrap(options).pipe(Config.mapOrFail((o) => validate(o, optionNames))),
      make
    )
  )
