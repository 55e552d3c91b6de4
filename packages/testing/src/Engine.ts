/**
 * The Auth0 connections engine: Auth0's semantics for `/api/v2/connections…`, once, over an in-memory store.
 * The emulator (`@effect-auth0/emulator`) serves it over HTTP and the fake (`ConnectionsMemory`) calls it
 * directly, so both behave the same, and the same as Auth0 (reference §8).
 *
 * The engine speaks the wire format: JSON bodies in, status + JSON bodies out, Auth0 error envelopes.
 * Authentication is the caller's job; the engine receives the scopes the caller was granted and enforces them.
 *
 * @since 0.0.0
 */
import type * as Effect from "effect/Effect"

/**
 * One request, as the emulator parsed it off the wire.
 *
 * @since 0.0.0
 */
export interface EngineRequest {
  /** Upper-case HTTP method. */
  readonly method: string
  /** The path below `/api/v2`, e.g. `/connections/con_abc/clients` (no query string). */
  readonly path: string
  /** Query parameters in order; a repeated key (`strategy=ad&strategy=auth0`) appears once per value. */
  readonly query: ReadonlyArray<readonly [string, string]>
  /** The parsed JSON body; `undefined` when the request had none. */
  readonly body: unknown
  /** Scopes granted to the caller's token. */
  readonly scopes: ReadonlySet<string>
}

/**
 * The engine's answer.
 *
 * @since 0.0.0
 */
export interface EngineResponse {
  readonly status: number
  /** A JSON value; `undefined` means an empty body (204, or 202/200 without content). */
  readonly body: unknown
}

/**
 * A client (application) known to the tenant: used for `/oauth/token` by the emulator.
 *
 * @since 0.0.0
 */
export interface SeedClient {
  readonly client_id: string
  readonly client_secret?: string | undefined
  readonly name?: string | undefined
}

/**
 * Data to preload: connections in Auth0's wire format (ids optional: generated when absent) and clients.
 *
 * @since 0.0.0
 */
export interface Seed {
  readonly connections?: ReadonlyArray<Record<string, unknown>> | undefined
  readonly clients?: ReadonlyArray<SeedClient> | undefined
}

/**
 * Everything the store holds, as plain JSON (used to prove that rejected requests change nothing).
 *
 * @since 0.0.0
 */
export interface Snapshot {
  readonly connections: ReadonlyArray<Record<string, unknown>>
  readonly enabledClients: Readonly<Record<string, ReadonlyArray<string>>>
  readonly keys: Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>>
  readonly scim: Readonly<Record<string, Record<string, unknown>>>
  readonly scimTokens: Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>>
  readonly clients: ReadonlyArray<SeedClient>
}

/**
 * The engine.
 *
 * @since 0.0.0
 */
export interface Engine {
  /** Answers one request. Never fails and never dies: every problem is a 4xx in Auth0's envelope. */
  readonly handle: (request: EngineRequest) => Effect.Effect<EngineResponse>
  /** Empties the store (clients from the initial seed stay). */
  readonly reset: Effect.Effect<void>
  /** Adds connections and clients. Fails with a message when a seeded connection is invalid or a duplicate. */
  readonly seed: (seed: Seed) => Effect.Effect<void, SeedError>
  /** A copy of the whole store. */
  readonly snapshot: Effect.Effect<Snapshot>
  /** The tenant's clients (seeded plus the default one). */
  readonly clients: Effect.Effect<ReadonlyArray<SeedClient>>
}

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
}
