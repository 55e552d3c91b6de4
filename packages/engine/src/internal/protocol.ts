/**
 * What goes in and out of the engine: requests, responses, seeds and snapshots. `Engine.ts` exports these shapes;
 * they live here so the internal modules can use them without importing the public module that imports them.
 *
 * @internal
 */

/** One request, as the emulator parsed it off the wire. */
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

/** The engine's answer. */
export interface EngineResponse {
  readonly status: number
  /** A JSON value; `undefined` means an empty body (204, or 202/200 without content). */
  readonly body: unknown
}

/** A client (application) known to the tenant: used for `/oauth/token` by the emulator. */
export interface SeedClient {
  readonly client_id: string
  readonly client_secret?: string | undefined
  readonly name?: string | undefined
}

/**
 * A directory-provisioning configuration to preload: the connection it belongs to (by id or name, in the store or
 * earlier in the same seed; a `google-apps` one), the body fields of a create, and the selected groups.
 */
export interface SeedDirectoryProvisioning {
  readonly connection_id?: string | undefined
  readonly connection_name?: string | undefined
  readonly mapping?: ReadonlyArray<{ readonly auth0: string; readonly idp: string }> | undefined
  readonly synchronize_automatically?: boolean | undefined
  readonly synchronize_groups?: "all" | "off" | "selected" | undefined
  readonly groups?: ReadonlyArray<{ readonly id: string; readonly name?: string; readonly email?: string; readonly direct_members_count?: number }> | undefined
}

/**
 * Data to preload: connections in Auth0's wire format (ids optional: generated when absent), clients, directory
 * provisioning; an export adds the per-connection sub-resources (keys, SCIM configuration and SCIM tokens), keyed by
 * connection id.
 */
export interface Seed {
  readonly connections?: ReadonlyArray<Record<string, unknown>> | undefined
  readonly clients?: ReadonlyArray<SeedClient> | undefined
  readonly directoryProvisionings?: ReadonlyArray<SeedDirectoryProvisioning> | undefined
  readonly keys?: Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>> | undefined
  readonly scim?: Readonly<Record<string, Record<string, unknown>>> | undefined
  readonly scimTokens?: Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>> | undefined
}

/** A connection's directory provisioning in a snapshot: the configuration, the latest synchronization, the groups. */
export interface DirectorySnapshot {
  readonly configuration: Record<string, unknown>
  readonly synchronization?: { readonly synchronization_id: string; readonly requested_at: string }
  readonly groups: ReadonlyArray<Record<string, unknown>>
}

/** Everything the store holds, as plain JSON (used to prove that rejected requests change nothing). */
export interface Snapshot {
  readonly connections: ReadonlyArray<Record<string, unknown>>
  readonly enabledClients: Readonly<Record<string, ReadonlyArray<string>>>
  readonly keys: Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>>
  readonly scim: Readonly<Record<string, Record<string, unknown>>>
  readonly scimTokens: Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>>
  readonly directoryProvisioning: Readonly<Record<string, DirectorySnapshot>>
  readonly clients: ReadonlyArray<SeedClient>
}
