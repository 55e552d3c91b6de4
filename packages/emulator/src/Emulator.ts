/**
 * A local Auth0 Management API emulator for connections: an HTTP server (`@effect/platform`'s `HttpRouter` on
 * `NodeHttpServer`) over the shared connections {@link Engine.Service}. Everything about connections is the
 * engine's; the emulator adds JWT bearer auth and scopes, `POST /oauth/token`, rate limiting, added latency, fault
 * scripting, the request log and the `/__emulator` control plane, each in its own module under `internal/`. This
 * module is the public face: options, the {@link Service}, the {@link Emulator} tag, {@link make}, {@link layer} and
 * the Promise API ({@link startEmulator}). `EmulatorClient` adds a `ConnectionsService` pointed at an emulator.
 *
 * With `dataDir` the state is saved after every change and restored at start (`internal/persistence.ts`). Beyond
 * loopback, or with `adminKey`, the control plane needs the admin key (`internal/adminKey.ts`).
 *
 * Control plane (no auth on loopback; never rate limited, delayed or faulted):
 * - `GET /__emulator/health` — `{status:"ok", tenantDomain, baseUrl, apiUrl, audience, rateLimit, latencyMs}`
 * - `POST /__emulator/reset` — empties the store, re-applies the startup seed, clears faults and the request log,
 *   refills the rate-limit bucket (204)
 * - `POST /__emulator/seed` — body `{connections?, clients?, directoryProvisionings?}` added to the store (204; 400
 *   when the engine refuses it)
 * - `GET /__emulator/snapshot` — the engine's snapshot (client secrets left out)
 * - `POST /__emulator/faults` — one {@link Fault.FaultRule} or an array (201 `{faults}`); `GET` lists the remaining
 *   ones, `DELETE` clears them (204)
 * - `GET /__emulator/token?scope=a b&expires_in=S&client_id=X` — mints an access token (all scopes when `scope` is
 *   absent; `scope=` for none; a negative `expires_in` gives an expired token)
 * - `GET /__emulator/requests` — `{total, byStatus, requests:[{id, at, method, path, status, outcome, durationMs,
 *   clientId?, faultId?}]}` (never headers, tokens, query strings or bodies); `DELETE` clears it
 * - `GET`/`PATCH /__emulator/settings` — `{rateLimit: {requestsPerSecond, burst} | null, latencyMs, directoryProvisioning}`
 * - `GET /__emulator/export[?secrets=true]` — the whole state in the seed format; `POST /__emulator/import` loads one
 *   (all or nothing)
 * - `GET /__emulator/` (admin page), `/__emulator/docs` (Swagger UI), `/__emulator/openapi.json` (OpenAPI 3.1)
 *
 * @since 0.0.0
 */
import { randomBytes } from "node:crypto"
import * as Engine from "@effect-auth0/engine/Engine"
import { randomAlnum } from "@effect-auth0/engine/Random"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Scope from "effect/Scope"
import type * as Fault from "./Fault.js"
import * as Tokens from "./internal/auth.js"
import * as AdminKey from "./internal/adminKey.js"
import * as Control from "./internal/control.js"
import * as Faults from "./internal/faults.js"
import * as Persistence from "./internal/persistence.js"
import * as RequestLog from "./internal/requestLog.js"
import * as Routes from "./internal/routes.js"
import * as Seed from "./internal/seed.js"
import * as Server from "./internal/server.js"
import * as Traffic from "./internal/traffic.js"

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
  /** The tenant's inbound directory provisioning feature at start (default on; see {@link Settings}). */
  readonly directoryProvisioning?: boolean | undefined
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
  /**
   * Keep the state in this directory (a snapshot, `state.json`, and a journal of the changes since,
   * `state.journal`): restored at start (it wins over `seed`), every change on disk before it is answered. A
   * corrupt state file or journal stops the start with an error naming it.
   */
  readonly dataDir?: string | undefined
  /** With `dataDir`: discard the saved state and start from `seed`. */
  readonly resetData?: boolean | undefined
  /**
   * The key the control plane, the admin page, the docs and token minting require. Required beyond loopback:
   * generated when `host` is not a loopback address and none is given; on loopback, required only when given.
   */
  readonly adminKey?: Redacted.Redacted<string> | string | undefined
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
  /**
   * The tenant's inbound directory provisioning feature; off, every directory-provisioning endpoint answers
   * Auth0's 403 "The inbound directory provisioning feature is not enabled for this tenant".
   */
  readonly directoryProvisioning: boolean
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
  /** The control plane's key (header `x-emulator-admin-key`), when it needs one. */
  readonly adminKey: Redacted.Redacted<string> | undefined
  /** Whether only this machine can reach the emulator (it listens on a loopback address). */
  readonly loopbackOnly: boolean
  /** The admin page, `{baseUrl}/__emulator/`. */
  readonly adminUrl: string
  /** Swagger UI, `{baseUrl}/__emulator/docs`; the OpenAPI document is `{baseUrl}/__emulator/openapi.json`. */
  readonly docsUrl: string
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
 * The emulator could not start: the port is taken, the seed was refused, or the saved state cannot be read.
 *
 * @since 0.0.0
 */
export class EmulatorError extends Data.TaggedError("EmulatorError")<{
  readonly reason: "Listen" | "Seed" | "Options" | "State"
  readonly message: string
}> {}

/**
 * The shape of a seed (`--seed` file, `POST /__emulator/seed`): `{connections?: object[], clients?: {client_id,
 * client_secret?, name?}[]}`. Unknown top-level keys are refused so a typo does not silently seed nothing.
 *
 * @since 0.0.0
 */
export const SeedSchema = Seed.SeedSchema

/**
 * Validates a seed; the `Left` is a readable message.
 *
 * @since 0.0.0
 */
export const decodeSeed: (input: unknown) => Either.Either<Engine.Seed, string> = Seed.decode

const ADMIN_TOKEN_LIFETIME = 30 * 24 * 3600

const formatHost = (host: string): string => host.includes(":") ? `[${host}]` : host

const advertisedHost = (host: string): string =>
  host === "0.0.0.0" || host === "" ? "127.0.0.1" : host === "::" ? "::1" : host

const toRedacted = (value: Redacted.Redacted<string> | string): Redacted.Redacted<string> =>
  typeof value === "string" ? Redacted.make(value) : value

const optionsError = (message: string) => new EmulatorError({ reason: "Options", message })

/** The options with their defaults, or why they cannot be used. */
const resolveOptions = (options: EmulatorOptions) => {
  const tenantDomain = options.tenantDomain ?? DEFAULT_TENANT_DOMAIN
  const port = options.port ?? 0
  const rateLimit = options.rateLimit
  if (!Number.isInteger(port) || port < 0 || port > 65535) return Either.left(optionsError(`invalid port: ${port}`))
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(tenantDomain)) return Either.left(optionsError(`invalid tenant domain: ${tenantDomain}`))
  if (rateLimit !== undefined && (!(rateLimit.requestsPerSecond > 0) || (rateLimit.burst !== undefined && !(rateLimit.burst >= 1)))) {
    return Either.left(optionsError("rate limit: requestsPerSecond must be > 0 and burst ≥ 1"))
  }
  const clientId = options.clientId ?? Engine.DEFAULT_CLIENT_ID
  const clientSecret = toRedacted(options.clientSecret ?? randomAlnum(64))
  return Either.right({
    tenantDomain,
    host: options.host ?? "127.0.0.1",
    port,
    clientId,
    clientSecret,
    signingKey: options.signingSecret === undefined ? randomBytes(32) : Buffer.from(Redacted.value(options.signingSecret)),
    rateLimit: rateLimit === undefined ? undefined : {
      requestsPerSecond: rateLimit.requestsPerSecond,
      burst: Math.floor(rateLimit.burst ?? Math.max(1, rateLimit.requestsPerSecond))
    },
    latencyMs: Math.max(0, options.latencyMs ?? 0),
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    tokenLifetime: options.tokenLifetimeSeconds ?? 86400,
    logLevel: options.requestLogLevel ?? "Debug",
    adminKey: options.adminKey !== undefined
      ? toRedacted(options.adminKey)
      : AdminKey.isLoopback(options.host ?? "127.0.0.1") ? undefined : Redacted.make(randomAlnum(32)),
    defaultClient: { client_id: clientId, client_secret: Redacted.value(clientSecret), name: "Emulator default client" },
    seed: options.seed ?? {}
  } as const)
}

type Resolved = Either.Either.Right<ReturnType<typeof resolveOptions>>

/**
 * The engine to serve (the given one, or a new one) with the startup seed applied; the effect re-applies the seed
 * on reset.
 */
const makeEngine = (options: EmulatorOptions, resolved: Resolved) =>
  Effect.gen(function*() {
    const { clientId, clientSecret, defaultClient, seed } = resolved
    // The engine always has a default client (`Engine.DEFAULT_CLIENT_ID`); a custom default client is added to the
    // initial seed so that it survives resets too.
    const extraClients = clientId === Engine.DEFAULT_CLIENT_ID ? [] : [defaultClient]
    const engine: Engine.Service = options.engine ?? (yield* Engine.make({
      tenantDomain: resolved.tenantDomain,
      ids: options.ids,
      defaultClientSecret: Redacted.value(clientSecret),
      // Connections are seeded below with a typed error; `[]` (not absent) because the engine's seed decoder refuses an
      // explicit `connections: undefined`.
      seed: { clients: [...extraClients, ...(seed.clients ?? [])], connections: [] },
      features: { directoryProvisioning: options.directoryProvisioning ?? true }
    }))
    if (options.engine !== undefined && options.directoryProvisioning !== undefined) {
      yield* engine.updateFeatures({ directoryProvisioning: options.directoryProvisioning })
    }
    const applySeed = engine.seed({
      ...(options.engine === undefined ? {} : { clients: [defaultClient, ...(seed.clients ?? [])] }),
      ...(seed.connections === undefined ? {} : { connections: seed.connections }),
      ...(seed.directoryProvisionings === undefined ? {} : { directoryProvisionings: seed.directoryProvisionings })
    })
    yield* Effect.mapError(applySeed, (e) => new EmulatorError({ reason: "Seed", message: e.message }))
    return { engine, applySeed: Effect.orDie(applySeed) }
  })

/**
 * A `fetch` that sends `https://{tenantDomain}/…` to `baseUrl` (other URLs untouched), for clients that only take
 * a tenant domain (such as the official `auth0` SDK) and an emulator running elsewhere; {@link Service.fetch} is this
 * for the emulator itself.
 *
 * @since 0.0.0
 */
export const tenantFetch = (tenantDomain: string, baseUrl: string): typeof globalThis.fetch => {
  const tenantOrigin = `https://${tenantDomain}`
  const rewrite = (url: string): string =>
    url === tenantOrigin || url.startsWith(`${tenantOrigin}/`) ? baseUrl + url.slice(tenantOrigin.length) : url
  return (input, init) => {
    if (typeof input === "string") return globalThis.fetch(rewrite(input), init)
    if (input instanceof URL) return globalThis.fetch(rewrite(input.href), init)
    const target = rewrite(input.url)
    return globalThis.fetch(target === input.url ? input : new globalThis.Request(target, input), init)
  }
}

/**
 * Starts an emulator in the current scope; it stops (closing every connection) when the scope closes.
 *
 * @since 0.0.0
 */
export const make: (options?: EmulatorOptions) => Effect.Effect<Service, EmulatorError, Scope.Scope> = Effect.fn(
  "Emulator.make"
)(function*(options: EmulatorOptions = {}) {
  const resolved = yield* resolveOptions(options)
  const { clientId, tenantDomain } = resolved
  // The server always runs on the real clock, even when started from a test on a TestClock.
  const liveClock = Clock.make()
  const now = Clock.currentTimeMillis.pipe(Effect.withClock(liveClock))
  const made = yield* makeEngine(options, resolved)
  const { applySeed } = made
  const { engine, save } = yield* Persistence.open(options.dataDir, options.resetData === true, made.engine).pipe(
    Effect.mapError((problem) => new EmulatorError({ reason: "State", message: problem.message }))
  )

  const listening = yield* Server.listen(resolved.host, resolved.port).pipe(
    Effect.mapError((error) =>
      new EmulatorError({
        reason: "Listen",
        message: `cannot listen on ${resolved.host}:${resolved.port}: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}`
      })
    )
  )
  const baseUrl = `http://${formatHost(advertisedHost(resolved.host))}:${listening.port}`
  const tokens = Tokens.make({ tenantDomain, baseUrl, signingKey: resolved.signingKey, now })
  const faults = Faults.make()
  const log = RequestLog.make()
  const traffic = Traffic.make({ rateLimit: resolved.rateLimit, latencyMs: resolved.latencyMs, faults, now })
  const reset = Effect.all([made.engine.reset, applySeed, save, faults.clear, log.clear, traffic.refill], { discard: true }).pipe(
    Effect.withSpan("Emulator.reset")
  )
  const clients = Effect.map(engine.clients, (list) => [resolved.defaultClient, ...list.filter((c) => c.client_id !== clientId)])
  const shared = { tokens, maxBodyBytes: resolved.maxBodyBytes }
  yield* Server.serve(
    listening,
    Routes.make({
      control: {
        ...shared,
        tenantDomain,
        baseUrl,
        engine,
        traffic,
        faults,
        log,
        reset,
        clientId,
        scopes: ALL_SCOPES,
        tokenLifetimeSeconds: resolved.tokenLifetime
      },
      api: { ...shared, engine },
      token: { ...shared, clients, scopes: ALL_SCOPES, lifetimeSeconds: resolved.tokenLifetime },
      traffic,
      log: { log, level: resolved.logLevel, now },
      console: { engine, faults },
      adminKey: resolved.adminKey
    }),
    liveClock
  )

  const mintToken = (scopes?: Iterable<string>, mintOptions?: MintOptions) =>
    tokens.mint(scopes ?? ALL_SCOPES, mintOptions?.expiresInSeconds ?? resolved.tokenLifetime, mintOptions?.clientId ?? clientId).pipe(
      Effect.map(Redacted.make),
      Effect.withSpan("Emulator.mintToken")
    )
  const service: Service = {
    baseUrl,
    apiUrl: `${baseUrl}/api/v2`,
    tokenUrl: `${baseUrl}/oauth/token`,
    host: resolved.host,
    port: listening.port,
    tenantDomain,
    audience: tokens.audience,
    adminToken: Redacted.make(yield* tokens.mint(ALL_SCOPES, ADMIN_TOKEN_LIFETIME, clientId)),
    adminKey: resolved.adminKey,
    loopbackOnly: AdminKey.isLoopback(resolved.host),
    adminUrl: `${baseUrl}/__emulator/`,
    docsUrl: `${baseUrl}/__emulator/docs`,
    clientId,
    clientSecret: resolved.clientSecret,
    mintToken,
    engine,
    reset,
    seed: (seed) => engine.seed(seed).pipe(Effect.withSpan("Emulator.seed")),
    addFaults: (rules) =>
      Effect.flatMap(faults.add(rules), Either.match({
        onLeft: (message) => Effect.fail(optionsError(`Invalid fault rule: ${message}`)),
        onRight: Effect.succeed
      })),
    faults: faults.list,
    clearFaults: faults.clear,
    requests: log.entries,
    settings: Control.settingsOf(traffic, engine),
    updateSettings: Control.updateSettingsOf(traffic, engine),
    fetch: tenantFetch(tenantDomain, baseUrl)
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
