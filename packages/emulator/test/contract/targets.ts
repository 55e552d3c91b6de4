/**
 * The targets the contract suite runs against, and the HTTP client wiring shared with the end-to-end tests.
 */
import type { Layer } from "effect"
import type * as Emulator from "@effect-auth0/emulator/Emulator"
import * as EmulatorClient from "@effect-auth0/emulator/EmulatorClient"
import type * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import type { ConnectionsService } from "@effect-auth0/http/ConnectionsService"

/** Client ids seeded into the emulator (and used with the fake) for the enabled-clients tests. */
export const CONTRACT_CLIENT_IDS: ReadonlyArray<string> = [
  "ContractClientAAAAAAAAAAAAAAAAAA1",
  "ContractClientBBBBBBBBBBBBBBBBBB2",
  "ContractClientCCCCCCCCCCCCCCCCCC3"
]

/** Quick retries, a short timeout and the client-side limiter off, unless the test says otherwise. */
const QUICK: ConnectionsHttp.Options = { rateLimit: false, maxRetries: 3, retryBaseDelay: "20 millis", timeout: "10 seconds" }

/**
 * The HTTP `ConnectionsService` for a running emulator, configured as a user would configure it for a tenant
 * (domain + client credentials through `/oauth/token`), with `baseUrl` redirecting the transport to loopback.
 */
export const httpFor = (emulator: Emulator.Service, overrides: ConnectionsHttp.Options = {}): Layer.Layer<ConnectionsService> =>
  EmulatorClient.layerFor(emulator, { ...QUICK, ...overrides })

/** An emulator on a free port plus the HTTP client talking to it over real loopback HTTP. */
export const emulatorTarget = (
  options: Emulator.EmulatorOptions = {},
  overrides: ConnectionsHttp.Options = {}
): Layer.Layer<ConnectionsService | Emulator.Emulator, Emulator.EmulatorError> =>
  EmulatorClient.layer({
    emulator: { seed: { clients: CONTRACT_CLIENT_IDS.map((client_id) => ({ client_id })) }, ...options },
    client: { ...QUICK, ...overrides }
  })
