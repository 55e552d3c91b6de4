/**
 * The fake answers projected lists the way Auth0 does (the engine projects, the client decodes projections), and
 * takes plain input.
 */
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as ConnectionsMemory from "@effect-auth0/testing/ConnectionsMemory"

describe("ConnectionsMemory projections and plain input", () => {
  it.effect("list, listOffset and stream with fields give projected connections", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      yield* svc.create({ name: "plain-db", strategy: "auth0", display_name: "Plain DB" })
      yield* svc.create({ name: "plain-saml", strategy: "samlp", options: { signInEndpoint: "https://idp.example.com/sso", signingCert: "MIIC" } })
      const page = yield* svc.list({ fields: ["display_name"] })
      // Neither name nor strategy: what a full-connection page could not decode.
      expect(page.connections.map((c) => [c.display_name, c.name, c.strategy])).toEqual([["Plain DB", undefined, undefined], [undefined, undefined, undefined]])
      const offset = yield* svc.listOffset({ fields: ["name"] })
      expect(offset.connections.map((c) => c.name).sort()).toEqual(["plain-db", "plain-saml"])
      expect(offset.total).toBe(2)
      const streamed = Chunk.toReadonlyArray(yield* Stream.runCollect(svc.stream({ fields: ["strategy"], strategy: ["samlp"] })))
      expect(streamed.map((c) => c.strategy)).toEqual(["samlp"])
      expect(streamed[0]!.name).toBeUndefined()
    }).pipe(Effect.provide(ConnectionsMemory.layerWith({ ids: "sequential" }))))
})
