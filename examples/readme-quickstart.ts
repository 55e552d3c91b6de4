import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as UndiciHttpClient from "@effect-auth0/http/UndiciHttpClient"
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Layer, Option, Stream } from "effect"

const program = Effect.gen(function*() {
  const connections = yield* ConnectionsService

  // POST /connections; a taken name is a typed Conflict, handled here by reusing the connection that has it.
  const corpAd = yield* connections.create({ name: "corp-ad", strategy: "ad" }).pipe(
    Effect.catchTag("Conflict", () => connections.findByName("corp-ad").pipe(Effect.map(Option.getOrThrow)))
  )
  yield* Console.log(`corp-ad is ${corpAd.id}`)

  // Every AD connection, page after page.
  yield* connections.stream({ strategy: ["ad"] }).pipe(Stream.runForEach((c) => Console.log(`${c.id} ${c.name}`)))

  yield* connections.delete(corpAd.id)
})

// AUTH0_DOMAIN (or AUTH0_BASE_URL) plus AUTH0_TOKEN, or AUTH0_CLIENT_ID + AUTH0_CLIENT_SECRET, from the environment.
const ConnectionsLive = ConnectionsHttp.layerConfig().pipe(Layer.provide(UndiciHttpClient.layer))

program.pipe(Effect.provide(ConnectionsLive), NodeRuntime.runMain)
