/**
 * The targets the contract suite runs against, and the HTTP client wiring shared with the end-to-end tests.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import type { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as TestEmulator from "./emulator.js"

/** Client ids seeded into the emulator (and used with the fake) for the enabled-clients tests. */
export const CONTRACT_CLIENT_IDS: ReadonlyArray<string> = [
  "ContractClientAAAAAAAAAAAAAAAAAA1",
  "ContractClientBBBBBBBBBBBBBBBBBB2",
  "ContractClientCCCCCCCCCCCCCCCCCC3"
]

/**
 * The HTTP `ConnectionsService` for a running emulator, configured as a user would configure it for a tenant
 * (domain + client credentials through `/oauth/token`), with `baseUrl` redirecting the transport to loopback.
 * Retries are quick and the client-side limiter is off unless the test says otherwise.
 */
export const httpFor = (
  emulator: Emulator.Service,
  overrides: ConnectionsHttp.Options = {}
): Layer.Layer<ConnectionsService> =>
  ConnectionsHttp.layer({
    domain: emulator.tenantDomain,
    baseUrl: emulator.baseUrl,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
    rateLimit: false,
    maxRetries: 3,
    retryBaseDelay: "20 millis",
    timeout: "10 seconds",
    ...overrides
  }).pipe(Layer.provide(NodeHttpClient.layerUndici))

/** An emulator on a free port plus the HTTP client talking to it over real loopback HTTP. */
export const emulatorTarget = (
  options: Emulator.EmulatorOptions = {},
  overrides: ConnectionsHttp.Options = {}
): Layer.Layer<ConnectionsService | Emulator.Emulator, Emulator.EmulatorError> =>
  Layer.unwrapEffect(Effect.map(Emulator.Emulator, (emulator) => httpFor(emulator, overrides))).pipe(
    Layer.provideMerge(
      TestEmulator.layer({ seed: { clients: CONTRACT_CLIENT_IDS.map((client_id) => ({ client_id })) }, ...options })
    )
  )
