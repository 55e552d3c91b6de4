/**
 * Listing connections: one page with `list` (checkpoint paging: `take`, then `from` = the previous `next`), then
 * every connection of some strategies with `stream`, which follows the pages lazily.
 *
 *   npx tsx --conditions=source examples/list-connections.ts [strategy...]     (default: samlp oidc waad)
 *
 * With no AUTH0_DOMAIN / AUTH0_BASE_URL it runs against an in-process emulator seeded with a dozen connections.
 */
import type { Connection } from "@effect-auth0/domain/Connection"
import { ListStrategy } from "@effect-auth0/domain/Strategy"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as Chunk from "effect/Chunk"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { table } from "./lib/format.js"
import { isMain, runExample } from "./lib/runtime.js"

const rows = (connections: ReadonlyArray<Connection>) =>
  connections.map((c) => ({ id: c.id, name: c.name, strategy: c.strategy, "display name": c.display_name ?? "" }))

/** The first page (of `pageSize`) and every connection of the given strategies. */
export const listConnections = Effect.fn("examples.listConnections")(function*(options: {
  readonly pageSize: number
  readonly strategies: ReadonlyArray<ListStrategy>
}) {
  const connections = yield* ConnectionsService

  const page = yield* connections.list({ take: options.pageSize })
  yield* Console.log(`First page (take=${options.pageSize}): ${page.connections.length} connections${page.next === undefined ? ", no more pages" : ", more pages follow"}`)
  yield* Console.log(table(["id", "name", "strategy", "display name"], rows(page.connections)))

  // `stream` asks for the filtered list page by page, only as far as it is consumed.
  const matching = Chunk.toReadonlyArray(yield* Stream.runCollect(connections.stream({ strategy: options.strategies })))
  yield* Console.log(`\nEvery ${options.strategies.join(" / ")} connection: ${matching.length}`)
  yield* Console.log(table(["id", "name", "strategy", "display name"], rows(matching)))

  return { page, matching }
})

/** Connections the example seeds into the in-process emulator (Auth0's wire format). */
export const demoSeed = {
  connections: [
    { name: "Username-Password-Authentication", strategy: "auth0" },
    { name: "staff-db", strategy: "auth0" },
    { name: "google-oauth2", strategy: "google-oauth2" },
    { name: "github", strategy: "github" },
    { name: "acme-saml", strategy: "samlp", display_name: "ACME", options: { signInEndpoint: "https://idp.acme.example/sso" } },
    { name: "globex-saml", strategy: "samlp", display_name: "Globex", options: { signInEndpoint: "https://idp.globex.example/sso" } },
    { name: "initech-saml", strategy: "samlp", options: { signInEndpoint: "https://idp.initech.example/sso" } },
    { name: "partner-oidc", strategy: "oidc", options: { type: "back_channel", issuer: "https://login.partner.example", client_id: "partner" } },
    { name: "contoso-entra", strategy: "waad", options: { domain: "contoso.example", tenant_domain: "contoso.example" } },
    { name: "corp-ad", strategy: "ad" },
    { name: "email", strategy: "email" },
    { name: "sms", strategy: "sms" }
  ]
}

if (isMain(import.meta.url)) {
  const requested = process.argv.slice(2)
  const strategies = Schema.decodeUnknownSync(Schema.Array(ListStrategy))(requested.length > 0 ? requested : ["samlp", "oidc", "waad"])
  runExample(listConnections({ pageSize: 5, strategies }), { seed: demoSeed })
}
