/**
 * `ConnectionsMemory`: the in-memory `ConnectionsService` for tests. It is the HTTP client itself
 * (`ConnectionsHttp.make`: the same endpoint table, executor, validation, decoding, error mapping and derived
 * operations) over an {@link EngineHttpClient} that hands every request to the engine the emulator also serves, so
 * the fake behaves as the client does against Auth0, error for error, without a socket.
 *
 * Retries and the client-side rate limiter are off by default, so tests stay fast and deterministic; turn them on
 * with `maxRetries` / `rateLimit` (they run on Effect's `Clock`, so `TestClock` drives them).
 *
 * @since 0.0.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as HttpClient from "@effect/platform/HttpClient"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { ConnectionsService, type Service } from "@effect-auth0/http/ConnectionsService"
import * as Engine from "@effect-auth0/engine/Engine"
import * as EngineHttpClient from "./EngineHttpClient.js"

/**
 * How to build the fake: the engine's options, the scopes its caller holds, and the client's retry, timeout and
 * rate-limit settings (defaults here: no retries, no client-side rate limit).
 *
 * @since 0.0.0
 */
export interface MemoryOptions
  extends Engine.EngineOptions, Pick<ConnectionsHttp.Options, "timeout" | "maxRetries" | "maxRetryWait" | "retryBaseDelay" | "rateLimit">
{
  /** Scopes granted to the fake's caller (default: every scope, {@link Engine.SCOPES}). */
  readonly scopes?: Iterable<string> | undefined
}

/**
 * The fake: a `ConnectionsService` plus the engine under it (to seed, inspect or snapshot the store in tests).
 *
 * @since 0.0.0
 */
export interface ConnectionsMemory extends Service {
  readonly engine: Engine.Service
}

// The engine does not check tokens (it is handed the scopes); this one only has to be present.
const TOKEN = Redacted.make("connections-memory-static-token")

/**
 * Builds the fake over an existing engine (e.g. one the emulator also serves).
 *
 * @since 0.0.0
 */
export const fromEngine = (engine: Engine.Service, options?: MemoryOptions): Effect.Effect<ConnectionsMemory> =>
  ConnectionsHttp.make({
    domain: options?.tenantDomain ?? Engine.DEFAULT_TENANT_DOMAIN,
    token: TOKEN,
    telemetry: false,
    maxRetries: options?.maxRetries ?? 0,
    rateLimit: options?.rateLimit ?? false,
    ...(options?.timeout === undefined ? {} : { timeout: options.timeout }),
    ...(options?.maxRetryWait === undefined ? {} : { maxRetryWait: options.maxRetryWait }),
    ...(options?.retryBaseDelay === undefined ? {} : { retryBaseDelay: options.retryBaseDelay })
  }).pipe(
    Effect.provideService(HttpClient.HttpClient, EngineHttpClient.make(engine, { scopes: options?.scopes })),
    Effect.map((service): ConnectionsMemory => ({ ...service, engine }))
  )

/**
 * A fake with a fresh engine.
 *
 * @since 0.0.0
 */
export const make = (options?: MemoryOptions): Effect.Effect<ConnectionsMemory> =>
  Effect.flatMap(Engine.make(options), (engine) => fromEngine(engine, options))

/**
 * The fake as a layer, with its engine (for tests that inspect or seed the store).
 *
 * @since 0.0.0
 */
export const layerWith = (options?: MemoryOptions): Layer.Layer<ConnectionsService | Engine.Engine> =>
  Layer.effectContext(
    Effect.map(make(options), (memory) =>
      Context.make(ConnectionsService, memory as Service).pipe(Context.add(Engine.Engine, memory.engine)))
  )

/**
 * `ConnectionsService` in memory, preloaded with `seed`: random Auth0-style ids and every scope granted.
 *
 * @since 0.0.0
 */
export const layer = (seed?: Engine.Seed): Layer.Layer<ConnectionsService | Engine.Engine> =>
  layerWith(seed === undefined ? {} : { seed })

/**
 * The engine behind the fake of the current layer.
 *
 * @since 0.0.0
 */
export const engine: Effect.Effect<Engine.Service, never, Engine.Engine> = Engine.Engine
