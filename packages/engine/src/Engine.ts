/**
 * The Auth0 connections engine: Auth0's semantics for `/api/v2/connections…`, once, over an in-memory store.
 * The emulator (`@effect-auth0/emulator`) serves it over HTTP and the fake (`ConnectionsMemory`) calls it
 * directly, so both behave the same, and the same as Auth0.
 *
 * The engine speaks the wire format: JSON bodies in, status + JSON bodies out, Auth0 error envelopes.
 * Authentication is the caller's job; the engine receives the scopes the caller was granted and enforces them.
 *
 * @since 0.0.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Browse from "./internal/browse.js"
import { SYNCHRONIZATION_PHASES as PHASES } from "./internal/directoryDefaults.js"
import type * as Protocol from "./internal/protocol.js"
import { handle as route } from "./internal/router.js"
import { ROUTES } from "./internal/routes.js"
import * as Secrets from "./internal/secrets.js"
import { ALL_SCOPES } from "./internal/scopes.js"
import * as Seeding from "./internal/seeding.js"
import { DEFAULT_CLIENT_ID as DEFAULT_ID, makeState } from "./internal/state.js"
import * as Transfer from "./internal/transfer.js"
import { randomToken } from "./Random.js"

/**
 * One request, as the emulator parsed it off the wire.
 *
 * @since 0.0.0
 */
export type EngineRequest = Protocol.EngineRequest

/**
 * The engine's answer.
 *
 * @since 0.0.0
 */
export type EngineResponse = Protocol.EngineResponse

/**
 * A client (application) known to the tenant: used for `/oauth/token` by the emulator.
 *
 * @since 0.0.0
 */
export type SeedClient = Protocol.SeedClient

/**
 * Data to preload: connections in Auth0's wire format (ids optional: generated when absent) and clients.
 *
 * @since 0.0.0
 */
export type Seed = Protocol.Seed

/**
 * Everything the store holds, as plain JSON (used to prove that rejected requests change nothing).
 *
 * @since 0.0.0
 */
export type Snapshot = Protocol.Snapshot

/**
 * The engine.
 *
 * @since 0.0.0
 */
export interface Service {
  /** Answers one request. Never fails and never dies: every problem is a 4xx in Auth0's envelope. */
  readonly handle: (request: EngineRequest) => Effect.Effect<EngineResponse>
  /** Empties the store (clients from the initial seed stay). */
  readonly reset: Effect.Effect<void>
  /** Adds connections and clients. Fails with a message when a seeded connection is invalid or a duplicate. */
  readonly seed: (seed: Seed) => Effect.Effect<void, SeedError>
  /** A copy of the whole store. */
  readonly snapshot: Effect.Effect<Snapshot>
  /** A filtered, paged view of the connections (stored form), with counts: what a person browses, at any store size. */
  readonly browse: (query: BrowseQuery) => Effect.Effect<BrowsePage>
  /** The tenant's clients (seeded plus the default one). */
  readonly clients: Effect.Effect<ReadonlyArray<SeedClient>>
  /** The tenant's feature settings now. */
  readonly features: Effect.Effect<Features>
  /** Turns features on or off while the engine runs (a reset keeps them); returns the settings after the change. */
  readonly updateFeatures: (patch: Partial<Features>) => Effect.Effect<Features>
  /** The whole state as a seed that recreates it; secrets masked unless `includeSecrets`. */
  readonly exportSeed: (options?: ExportOptions) => Effect.Effect<Seed>
  /** Replaces the whole state with a seed (such as an export), all or nothing; the initial clients stay. */
  readonly replace: (seed: Seed) => Effect.Effect<void, SeedError>
}

/**
 * Tenant settings that switch features on or off.
 *
 * @since 0.0.0
 */
export interface Features {
  /**
   * Inbound directory provisioning (Google Workspace). Off, every directory-provisioning endpoint answers Auth0's
   * 403 "The inbound directory provisioning feature is not enabled for this tenant". Default: on.
   */
  readonly directoryProvisioning: boolean
}

/**
 * A directory-provisioning configuration to preload (see {@link Seed}).
 *
 * @since 0.0.0
 */
export type SeedDirectoryProvisioning = Protocol.SeedDirectoryProvisioning

/**
 * Options of {@link Service.exportSeed}.
 *
 * @since 0.0.0
 */
export type ExportOptions = Transfer.ExportOptions

/**
 * A query of {@link Service.browse}.
 *
 * @since 0.0.0
 */
export type BrowseQuery = Browse.BrowseQuery

/**
 * An answer of {@link Service.browse}.
 *
 * @since 0.0.0
 */
export type BrowsePage = Browse.BrowsePage

/**
 * What a masked secret reads as in snapshots and exports without secrets.
 *
 * @since 0.0.0
 */
export const SECRET_MASK: string = Secrets.MASK

/**
 * A copy of a connection (wire format) with its secrets masked: client secrets, tokens, private keys and custom
 * database configuration values.
 *
 * @since 0.0.0
 */
export const maskSecrets: (connection: Record<string, unknown>) => Record<string, unknown> = Secrets.mask

/**
 * A seed that could not be loaded.
 *
 * @since 0.0.0
 */
export interface SeedError {
  readonly _tag: "SeedError"
  readonly message: string
}

/**
 * How to build an engine.
 *
 * @since 0.0.0
 */
export interface EngineOptions {
  /** Tenant domain, e.g. `dev-tenant.us.auth0.com` (used in `provisioning_ticket_url`, SAML entity ids, SCIM). */
  readonly tenantDomain?: string | undefined
  /** `"random"` (default) ids like Auth0's, or `"sequential"` (`con_0000000000000001`, …) for snapshot-style tests. */
  readonly ids?: "random" | "sequential" | undefined
  /** Data to preload. */
  readonly seed?: Seed | undefined
  /** Secret of the default client (`emulator-default-client`); random when absent. */
  readonly defaultClientSecret?: string | undefined
  /** The tenant's feature settings at start (each on unless set to `false`). */
  readonly features?: Partial<Features> | undefined
}

/**
 * The client id of the client every engine has.
 *
 * @since 0.0.0
 */
export const DEFAULT_CLIENT_ID: string = DEFAULT_ID

/**
 * How long a directory synchronization stays `pending`, then `in_progress`, before it is `completed` (milliseconds
 * of the engine's clock). Auth0 documents neither the statuses nor the timing.
 *
 * @since 0.0.0
 */
export const SYNCHRONIZATION_PHASES: { readonly pendingMillis: number; readonly inProgressMillis: number } = PHASES

/**
 * Every scope the engine checks (connections, options, keys, SCIM config and tokens, directory provisioning,
 * `delete:users`).
 *
 * @since 0.0.0
 */
export const SCOPES: ReadonlyArray<string> = ALL_SCOPES

/**
 * One endpoint the engine answers: method, path below `/api/v2` (`{id}` and `{tokenId}` are parameters) and the
 * scopes it needs (all of them, or any one).
 *
 * @since 0.0.0
 */
export interface Endpoint {
  readonly method: string
  readonly path: string
  readonly scopes: ReadonlyArray<string>
  readonly needs: "all" | "any"
}

/**
 * Every endpoint the engine answers, in the order of its route table (for API descriptions).
 *
 * @since 0.0.0
 */
export const ENDPOINTS: ReadonlyArray<Endpoint> = ROUTES.map((r) => ({
  method: r.method,
  path: `/${r.segments.map((s) => s.startsWith(":") ? `{${s.slice(1)}}` : s).join("/")}`,
  scopes: r.scopes,
  needs: r.all ? "all" : "any"
}))

/**
 * The default tenant domain.
 *
 * @since 0.0.0
 */
export const DEFAULT_TENANT_DOMAIN = "emulator.local.auth0.com"

/**
 * Builds an engine over an empty in-memory store (plus `options.seed`). Requests are handled one at a time, so
 * concurrent writers see a consistent store (50 concurrent creates of one name give exactly one 201). An invalid
 * initial seed is a defect: use {@link Engine.seed} to get a typed {@link SeedError} instead.
 *
 * @since 0.0.0
 */
export const make = (options?: EngineOptions): Effect.Effect<Service> =>
  Effect.gen(function*() {
    const state = makeState(
      {
        tenantDomain: options?.tenantDomain ?? DEFAULT_TENANT_DOMAIN,
        ids: options?.ids ?? "random",
        defaultClientSecret: options?.defaultClientSecret ?? randomToken(32)
      },
      options?.seed?.clients ?? [],
      { directoryProvisioning: options?.features?.directoryProvisioning ?? true }
    )
    // One request at a time: handlers read, check, then write, and must see the store as they left it.
    const exclusive = (yield* Effect.makeSemaphore(1)).withPermits(1)
    const seed = (data: Seed): Effect.Effect<void, SeedError> =>
      exclusive(Effect.suspend(() => {
        return Effect.flatMap(Clock.currentTimeMillis, (now) => {
          const problem = Seeding.seed(state, data, now)
          return problem === undefined ? Effect.void : Effect.fail<SeedError>({ _tag: "SeedError", message: problem })
        })
      })).pipe(Effect.withSpan("Engine.seed"))
    if (options?.seed !== undefined) {
      yield* Effect.orDieWith(
        seed({ connections: options.seed.connections, directoryProvisionings: options.seed.directoryProvisionings }),
        (e) => new Error(`Invalid engine seed: ${e.message}`)
      )
    }
    const handle = (request: EngineRequest): Effect.Effect<EngineResponse> =>
      exclusive(Effect.flatMap(Clock.currentTimeMillis, (now) => Effect.sync(() => route(ROUTES, state, request, now)))).pipe(
        Effect.withSpan("Engine.handle", {
          attributes: { "http.method": String(request?.method), "url.path": String(request?.path) },
          // The engine is a hot path under the emulator: a stack trace per request costs more than the request.
          captureStackTrace: false
        })
      )
    return {
      handle,
      seed,
      reset: exclusive(Effect.sync(() => Seeding.reset(state))).pipe(Effect.withSpan("Engine.reset")),
      snapshot: exclusive(Effect.sync(() => Seeding.snapshot(state))).pipe(Effect.withSpan("Engine.snapshot")),
      browse: (query) => exclusive(Effect.sync(() => Browse.browse(state, query))).pipe(Effect.withSpan("Engine.browse")),
      clients: exclusive(Effect.sync(() => Seeding.clientList(state))).pipe(Effect.withSpan("Engine.clients")),
      features: Effect.sync((): Features => ({ ...state.features })),
      updateFeatures: (patch) =>
        exclusive(Effect.sync((): Features => {
          if (patch.directoryProvisioning !== undefined) state.features.directoryProvisioning = patch.directoryProvisioning
          return { ...state.features }
        })).pipe(Effect.withSpan("Engine.updateFeatures", { attributes: { ...patch } })),
      exportSeed: (exportOptions) =>
        exclusive(Effect.sync(() => Transfer.exportSeed(state, exportOptions))).pipe(Effect.withSpan("Engine.exportSeed")),
      replace: (data) =>
        exclusive(Effect.flatMap(Clock.currentTimeMillis, (now) => {
          const problem = Transfer.replace(state, data, now)
          return problem === undefined ? Effect.void : Effect.fail<SeedError>({ _tag: "SeedError", message: problem })
        })).pipe(Effect.withSpan("Engine.replace"))
    } satisfies Service
  })

/**
 * The engine as a service, for programs that share one engine between layers (the emulator, the fake, tests).
 *
 * @since 0.0.0
 */
export class Engine extends Context.Tag("@effect-auth0/engine/Engine")<Engine, Service>() {}

/**
 * A layer with a fresh engine.
 *
 * @since 0.0.0
 */
export const layer = (options?: EngineOptions): Layer.Layer<Engine> => Layer.effect(Engine, make(options))
