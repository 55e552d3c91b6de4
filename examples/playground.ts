/**
 * A scratch file for trying the packages: `tsc -b` type-checks it with the rest of the examples, so an editor
 * shows the same errors the build does. Run it with
 *
 *   npx tsx --conditions=source examples/playground.ts
 *
 * It runs on the in-memory fake (no server, no account); swap the layer for `ConnectionsHttp.layerConfig()` plus
 * `NodeHttpClient.layerUndici` to run the same program against a tenant.
 */
import * as Connection from "@effect-auth0/domain/Connection"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as ConnectionsMemory from "@effect-auth0/testing/ConnectionsMemory"
import { Console, Effect, Stream } from "effect"

/** Prints every connection with the one option that matters most for its strategy. */
export const program = Effect.gen(function*() {
  const connections = yield* ConnectionsService
  yield* connections.create({ name: "playground-saml", strategy: "samlp", options: { signInEndpoint: "https://idp.example.com/sso" } })
  yield* connections.stream().pipe(
    Stream.map((c) =>
      Connection.match(c, {
        samlp: (saml) => `${saml.name}: SAML, sign-in at ${saml.options?.signInEndpoint ?? "?"}`,
        auth0: (db) => `${db.name}: database, password policy ${db.options?.passwordPolicy ?? "default"}`,
        orElse: (other) => `${other.name}: ${other.strategy}`
      })
    ),
    Stream.runForEach(Console.log)
  )
})

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(program.pipe(Effect.provide(ConnectionsMemory.layer({ connections: [{ name: "users", strategy: "auth0" }] }))))
}
