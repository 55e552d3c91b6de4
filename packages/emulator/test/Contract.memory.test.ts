/**
 * The contract suite against the in-memory fake (`ConnectionsMemory.layer`).
 */
import { Effect } from "effect"
import * as Engine from "@effect-auth0/engine/Engine"
import * as ConnectionsMemory from "@effect-auth0/testing/ConnectionsMemory"
import { contractSuite } from "./contract/suite.js"

contractSuite("ConnectionsService contract: in-memory fake (ConnectionsMemory)", ConnectionsMemory.layer(), {
  // The engine does not check that clients exist; these ids are shaped like Auth0's.
  clientIds: ["ContractClientAAAAAAAAAAAAAAAAAA1", "ContractClientBBBBBBBBBBBBBBBBBB2", "ContractClientCCCCCCCCCCCCCCCCCC3"],
  timeout: 10_000,
  setDirectoryProvisioning: (enabled) => Effect.flatMap(Engine.Engine, (engine) => Effect.asVoid(engine.updateFeatures({ directoryProvisioning: enabled })))
})
