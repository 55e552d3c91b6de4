/**
 * `create` and `update` take plain object literals with plain strings: no `ConnectionName.make` (which throws on a
 * bad name) is needed, and every bad value comes back as one typed `InvalidRequest` listing every issue.
 */
import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { ConnectionName } from "@effect-auth0/domain/Identifiers"
import type * as ConnectionsService from "@effect-auth0/http/ConnectionsService"
import { auth0Connection, ID, json, makeService } from "./helpers.js"

const echo = () =>
  makeService((req) =>
    req.method === "POST"
      ? json(201, auth0Connection({ ...(req.body as object) }))
      : req.method === "PATCH"
      ? json(200, auth0Connection(req.body as Record<string, unknown>))
      : json(200, { connections: [] })
  )

describe("plain input", () => {
  it.effect("create takes a plain literal with plain strings, options typed by strategy", () =>
    Effect.gen(function*() {
      const { service, seen } = echo()
      const svc = yield* service
      const connection = yield* svc.create({
        name: "plain-samlp",
        strategy: "samlp",
        realms: ["plain-samlp"],
        enabled_clients: ["client-1"],
        options: { signInEndpoint: "https://idp.example.com/sso", signingCert: "MIIC" }
      })
      expect(connection.name).toBe("plain-samlp")
      expect(seen[0]!.body).toMatchObject({ name: "plain-samlp", strategy: "samlp", realms: ["plain-samlp"] })
    }))

  it.effect("branded input keeps working", () =>
    Effect.gen(function*() {
      const { service } = echo()
      const svc = yield* service
      const connection = yield* svc.create({ name: ConnectionName.make("branded"), strategy: "auth0" })
      expect(connection.name).toBe("branded")
    }))

  it.effect("update takes a plain patch; secrets stay Redacted and are sent as their values", () =>
    Effect.gen(function*() {
      const { service, seen } = echo()
      const svc = yield* service
      yield* svc.update(ID, { display_name: "Plain", realms: ["a-realm"], options: { client_secret: Redacted.make("s3cr3t-value") } })
      expect(seen[0]!.body).toEqual({ display_name: "Plain", realms: ["a-realm"], options: { client_secret: "s3cr3t-value" } })
    }))

  it.effect("bad values: one InvalidRequest listing every issue, nothing sent", () =>
    Effect.gen(function*() {
      const { service, seen } = echo()
      const svc = yield* service
      const error = yield* Effect.flip(svc.create({ name: "bad name!", strategy: "auth0", realms: ["x".repeat(300)], options: { passwordPolicy: "weird" as "good" } }))
      expect(error).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      expect(error._tag === "InvalidRequest" && error.issues.map((i) => i.path)).toEqual(["name", "realms[0]", "options.passwordPolicy"])
      const patch = yield* Effect.flip(svc.update(ID, { display_name: "x".repeat(200), realms: [""] }))
      expect(patch).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      expect(patch._tag === "InvalidRequest" && patch.issues.length).toBe(2)
      expect(seen).toHaveLength(0)
    }))

  it.effect("input that is not even the right shape (from untyped code) is an InvalidRequest, not a defect", () =>
    Effect.gen(function*() {
      const { service, seen } = echo()
      const svc = yield* service
      const untyped = (value: unknown) => value as ConnectionsService.CreateInput
      expect(yield* Effect.flip(svc.create(untyped({ strategy: "auth0" })))).toMatchObject({
        _tag: "InvalidRequest",
        issues: [{ path: "name", message: "is missing" }]
      })
      expect(yield* Effect.flip(svc.create(untyped(null)))).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      expect(seen).toHaveLength(0)
    }))

  it("the input types are the domain types without brands", () => {
    expectTypeOf<{ readonly name: string; readonly strategy: "auth0" }>().toMatchTypeOf<ConnectionsService.CreateInput>()
    expectTypeOf<{ readonly realms: ReadonlyArray<string> }>().toMatchTypeOf<ConnectionsService.UpdateInput>()
    // Secrets are not plain strings: they stay Redacted.
    expectTypeOf<ConnectionsService.Unbranded<Redacted.Redacted<string>>>().toEqualTypeOf<Redacted.Redacted<string>>()
  })
})
