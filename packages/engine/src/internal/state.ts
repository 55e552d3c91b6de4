/**
 * The engine's one state record: the store, the sealer of `options.configuration`, the tenant's clients and the
 * id sequences. Every handler reads and writes through it; only one request touches it at a time.
 *
 * @internal
 */
import { randomAlnum, Sealer } from "./crypto.js"
import type { SeedClient } from "./protocol.js"
import { Store } from "./store.js"

/** The client every tenant has, so `/oauth/token` works out of the box. */
export const DEFAULT_CLIENT_ID = "emulator-default-client"

/** Tenant settings that switch features on or off; they can change while the engine runs. */
export interface Features {
  /** Inbound directory provisioning (Google Workspace); off, its endpoints answer Auth0's 403. */
  directoryProvisioning: boolean
}

/** How the state was configured. */
export interface StateOptions {
  readonly tenantDomain: string
  readonly ids: "random" | "sequential"
  readonly defaultClientSecret: string
}

/** The mutable state of one engine. */
export interface State {
  readonly options: StateOptions
  readonly store: Store
  readonly sealer: Sealer
  /** Clients by id: the initial ones plus the seeded ones. */
  readonly clients: Map<string, SeedClient>
  /** The default client and the clients of the initial seed: what a reset keeps. */
  readonly initialClients: ReadonlyArray<SeedClient>
  /** The tenant's feature settings (a reset keeps them: they are the tenant's, not its data). */
  readonly features: Features
  /** Last sequential connection, token and synchronization numbers (`ids: "sequential"`). */
  sequence: number
  tokenSequence: number
  synchronizationSequence: number
}

/** A fresh state with the default client and `initialClients`. */
export const makeState = (
  options: StateOptions,
  initialClients: ReadonlyArray<SeedClient>,
  features: Features = { directoryProvisioning: true }
): State => {
  const defaultClient: SeedClient = { client_id: DEFAULT_CLIENT_ID, client_secret: options.defaultClientSecret, name: "Default App" }
  const kept = [defaultClient, ...initialClients.filter((c) => c.client_id !== DEFAULT_CLIENT_ID)]
  return {
    options,
    store: new Store(),
    sealer: new Sealer(),
    clients: new Map(kept.map((c) => [c.client_id, c])),
    initialClients: kept,
    features: { ...features },
    sequence: 0,
    tokenSequence: 0,
    synchronizationSequence: 0
  }
}

const sequential = (prefix: string, n: number): string => `${prefix}${String(n).padStart(16, "0")}`

/** A connection id no stored connection has and not in `reserved` (ids a seed is about to use). */
export const nextConnectionId = (state: State, reserved: ReadonlySet<string> = new Set()): string => {
  const taken = (id: string) => state.store.byId.has(id) || reserved.has(id)
  let id: string
  if (state.options.ids === "sequential") {
    do id = sequential("con_", ++state.sequence)
    while (taken(id))
    return id
  }
  do id = `con_${randomAlnum(16)}`
  while (taken(id))
  return id
}

/** A SCIM token id. */
export const nextTokenId = (state: State): string =>
  state.options.ids === "sequential" ? sequential("tok_", ++state.tokenSequence) : `tok_${randomAlnum(16)}`

/** A directory synchronization id (`sync_` + 16 alphanumerics: Auth0 does not document the format). */
export const nextSynchronizationId = (state: State): string =>
  state.options.ids === "sequential" ? sequential("sync_", ++state.synchronizationSequence) : `sync_${randomAlnum(16)}`

/** The tenant's name: the first label of its domain (`dev-tenant` of `dev-tenant.us.auth0.com`). */
export const tenantName = (state: State): string => state.options.tenantDomain.split(".")[0] ?? state.options.tenantDomain
