/**
 * The directory-provisioning methods and the tenant-wide lists on the wire: method, path, query and body as Auth0
 * documents them, and the error channel of each (the feature-disabled 403 is `FeatureDisabled`, not
 * `InsufficientScope`).
 */
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Either, Option, Stream } from "effect"
import * as ConnectionsError from "@effect-auth0/http/ConnectionsError"
import type { DirectoryGroupId } from "@effect-auth0/domain/Identifiers"
import { auth0Error, empty, ID, json, makeService } from "./helpers.js"

const fail = <A, E>(effect: Effect.Effect<A, E>) => Effect.map(Effect.either(effect), (e) => Either.getLeft(e).pipe(Option.getOrThrow))
const DISABLED = "The inbound directory provisioning feature is not enabled for this tenant"
const gid = (s: string) => s as DirectoryGroupId

describe("FeatureDisabled", () => {
  it("a 403 saying a tenant feature is off is FeatureDisabled; one naming scopes stays InsufficientScope", () => {
    const response = (message: string, errorCode?: string) => ({
      status: 403,
      body: auth0Error(403, "Forbidden", message, errorCode),
      headers: {},
      method: "GET",
      url: "https://t/api/v2/x",
      attempts: 1
    })
    expect(ConnectionsError.fromResponse(response(DISABLED), 0)).toMatchObject({ _tag: "FeatureDisabled", statusCode: 403, message: DISABLED })
    expect(ConnectionsError.fromResponse(response("Insufficient scope, expected any of: read:directory_provisionings", "insufficient_scope"), 0))
      .toMatchObject({ _tag: "InsufficientScope", requiredScopes: ["read:directory_provisionings"], requirement: "any" })
    expect(ConnectionsError.fromResponse(response("Forbidden"), 0)).toMatchObject({ _tag: "InsufficientScope", requirement: "unknown" })
  })

  it.effect("declared on every directory endpoint; on another endpoint it is an UnexpectedResponse", () =>
    Effect.gen(function*() {
      const { service } = makeService(() => json(403, auth0Error(403, "Forbidden", DISABLED)))
      const svc = yield* service
      for (
        const call of [
          svc.getDirectoryProvisioning(ID),
          svc.createDirectoryProvisioning(ID),
          svc.createSynchronization(ID),
          svc.replaceSynchronizedGroups(ID, { groups: [] }),
          svc.listDirectoryProvisionings()
        ] as const
      ) {
        expect((yield* fail(call as Effect.Effect<unknown, { readonly _tag: string }>))._tag).toBe("FeatureDisabled")
      }
      expect((yield* fail(svc.get(ID)))._tag).toBe("UnexpectedResponse")
    }))
})

describe("directory provisioning on the wire", () => {
  it.effect("each method sends its method, path, query and body; 409s are Conflict", () =>
    Effect.gen(function*() {
      const config = { connection_id: ID, connection_name: "gw", strategy: "google-apps", mapping: [{ auth0: "email", idp: "primaryEmail" }] }
      const { seen, service } = makeService((request) => {
        const path = new URL(request.url).pathname
        if (request.method === "POST" && path.endsWith("/synchronizations")) {
          return json(409, auth0Error(409, "Conflict", "A synchronization has already been requested or is in progress for the connection"))
        }
        if (path.endsWith("/synchronized-groups")) return request.method === "GET" ? json(200, { groups: [{ id: "g1", name: "G" }] }) : empty(204)
        if (path.endsWith("/default-mapping")) return json(200, { mapping: config.mapping })
        if (path === "/api/v2/connections-directory-provisionings") return json(200, { directory_provisionings: [config] })
        if (path === "/api/v2/connections-scim-configurations") return json(200, { scim_configurations: [] })
        if (request.method === "DELETE") return empty(204)
        return json(request.method === "POST" ? 201 : 200, config)
      })
      const svc = yield* service
      yield* svc.createDirectoryProvisioning(ID)
      yield* svc.updateDirectoryProvisioning(ID, { synchronize_groups: "selected" })
      yield* svc.getDirectoryProvisioning(ID)
      yield* svc.deleteDirectoryProvisioning(ID)
      expect((yield* svc.getDirectoryDefaultMapping(ID)).mapping).toEqual(config.mapping)
      expect((yield* fail(svc.createSynchronization(ID)))._tag).toBe("Conflict")
      expect((yield* svc.listSynchronizedGroups(ID, { take: 10 })).groups).toEqual([{ id: "g1", name: "G" }])
      yield* svc.replaceSynchronizedGroups(ID, { groups: [{ id: gid("g1") }] })
      yield* svc.addSynchronizedGroups(ID, { groups: [{ id: gid("g2") }] })
      yield* svc.deleteSynchronizedGroups(ID, { groups: [{ id: gid("g1") }] })
      yield* svc.listDirectoryProvisionings({ take: 5 })
      yield* svc.listScimConfigurations()
      const base = `/api/v2/connections/${ID}/directory-provisioning`
      expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`)).toEqual([
        `POST ${base}`,
        `PATCH ${base}`,
        `GET ${base}`,
        `DELETE ${base}`,
        `GET ${base}/default-mapping`,
        `POST ${base}/synchronizations`,
        `GET ${base}/synchronized-groups?take=10`,
        `PUT ${base}/synchronized-groups`,
        `POST ${base}/synchronized-groups`,
        `DELETE ${base}/synchronized-groups`,
        "GET /api/v2/connections-directory-provisionings?take=5",
        "GET /api/v2/connections-scim-configurations"
      ])
      expect(seen[0]!.body).toEqual({})
      expect(seen[9]!.body).toEqual({ groups: [{ id: "g1" }] })
    }))

  it.effect("bad input is refused locally with every problem, nothing sent", () =>
    Effect.gen(function*() {
      const { seen, service } = makeService(() => empty(204))
      const svc = yield* service
      const error = yield* fail(svc.createDirectoryProvisioning(ID, { mapping: [] }))
      expect(error).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      const take = yield* fail(svc.listDirectoryProvisionings({ take: 101 as never }))
      expect(take).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      expect(seen).toEqual([])
    }))

  it.effect("the streams follow next cursors until the last page", () =>
    Effect.gen(function*() {
      const { seen, service } = makeService((request) => {
        const from = new URL(request.url).searchParams.get("from")
        return from === null ? json(200, { groups: [{ id: "a" }, { id: "b" }], next: "c1" }) : json(200, { groups: [{ id: "c" }] })
      })
      const svc = yield* service
      const groups = yield* Stream.runCollect(svc.streamSynchronizedGroups(ID))
      expect(Chunk.toArray(groups).map((g) => g.id)).toEqual(["a", "b", "c"])
      expect(seen.map((r) => new URL(r.url).search)).toEqual(["?take=100", "?take=100&from=c1"])
    }))
})
