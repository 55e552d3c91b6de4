/**
 * The contract suite against a real Auth0 tenant, through `ConnectionsHttp.layerConfig` (the same environment
 * variables users set). Runs only when `AUTH0_DOMAIN` and credentials (`AUTH0_CLIENT_ID` + `AUTH0_CLIENT_SECRET`, or
 * `AUTH0_TOKEN`) are set; otherwise the block is skipped and its name says why.
 *
 * The suite creates connections named `ct<random>-…` and deletes them when each test ends. The enabled-clients
 * tests need client ids that exist on the tenant: `AUTH0_CONTRACT_CLIENT_IDS` (comma separated), else
 * `AUTH0_CLIENT_ID`.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { describe, it } from "@effect/vitest"
import { Layer } from "effect"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { contractSuite } from "./contract/suite.js"

const env = (name: string): string | undefined => {
  const value = process.env[name]
  return value === undefined || value.trim() === "" ? undefined : value.trim()
}

const domain = env("AUTH0_DOMAIN")
const hasCredentials = (env("AUTH0_CLIENT_ID") !== undefined && env("AUTH0_CLIENT_SECRET") !== undefined) ||
  env("AUTH0_TOKEN") !== undefined
const clientIds = (env("AUTH0_CONTRACT_CLIENT_IDS") ?? env("AUTH0_CLIENT_ID") ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter((s) => s.length > 0)

if (domain !== undefined && hasCredentials && clientIds.length > 0) {
  contractSuite(
    `ConnectionsService contract: real tenant ${domain}`,
    ConnectionsHttp.layerConfig().pipe(Layer.provide(NodeHttpClient.layerUndici)),
    { clientIds, timeout: 120_000 }
  )
} else {
  describe.skip(
    "ConnectionsService contract: real tenant (skipped: set AUTH0_DOMAIN and credentials to run against a real tenant" +
      (domain !== undefined && hasCredentials ? "; also AUTH0_CONTRACT_CLIENT_IDS when using AUTH0_TOKEN" : "") + ")",
    () => {
      it("runs the ConnectionsService contract suite against the tenant", () => {})
    }
  )
}
