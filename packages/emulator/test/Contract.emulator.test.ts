/**
 * The contract suite against the HTTP `ConnectionsService` (`ConnectionsHttp` over `NodeHttpClient`) talking to
 * the in-process emulator over real loopback HTTP, authenticated with client credentials at the emulator's
 * `/oauth/token`.
 */
import { Effect } from "effect"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import { CONTRACT_CLIENT_IDS, emulatorTarget } from "./contract/targets.js"
import { contractSuite } from "./contract/suite.js"

contractSuite("ConnectionsService contract: HTTP client ↔ emulator (loopback)", emulatorTarget(), {
  clientIds: CONTRACT_CLIENT_IDS,
  timeout: 15_000,
  setDirectoryProvisioning: (enabled) => Effect.flatMap(Emulator.Emulator, (emulator) => emulator.updateSettings({ directoryProvisioning: enabled }))
})
