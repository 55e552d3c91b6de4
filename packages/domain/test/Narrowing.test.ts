/**
 * Type-level checks: `tsc -b` compiles this file, so a change that stops the connection union from narrowing
 * fails the build; the runtime assertions check the same narrowing on decoded values.
 */
import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import { Redacted, Schema } from "effect"
import * as Connection from "@effect-auth0/domain/Connection"
import type * as ConnectionOptions from "@effect-auth0/domain/ConnectionOptions"
import type * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import type * as Identifiers from "@effect-auth0/domain/Identifiers"

const decode = Schema.decodeUnknownSync(Connection.Connection)
const samlp: Connection.Connection = decode({
  id: "con_Xk4bG7uQh2LmP9sA",
  name: "acme",
  strategy: "samlp",
  options: { signInEndpoint: "https://idp.example.com/sso" }
})
const oidc: Connection.Connection = decode({
  id: "con_3vQbTfE8sK1pYxR2",
  name: "corp",
  strategy: "oidc",
  options: { client_id: "c", client_secret: "s", type: "back_channel" }
})

describe("narrowing the connection union", () => {
  it("`strategy ===` type-checks access to the variant's options", () => {
    const c = samlp
    if (c.strategy === "samlp") {
      // A strategy string nobody knows could also be "samlp" in principle, so this is the samlp variant or the
      // open one: reading the option compiles, and isStrategy gives the exact type (next test).
      const endpoint = c.options?.signInEndpoint
      expectTypeOf(c.strategy).toEqualTypeOf<"samlp" | string>()
      expect(endpoint).toBe("https://idp.example.com/sso")
    } else {
      expect.unreachable()
    }
  })

  it("Connection.isStrategy narrows to exactly one variant with typed options", () => {
    const c = samlp
    if (Connection.isStrategy(c, "samlp")) {
      expectTypeOf(c.strategy).toEqualTypeOf<"samlp">()
      expectTypeOf(c.options?.signInEndpoint).toEqualTypeOf<string | undefined>()
      expectTypeOf(c.options?.signatureAlgorithm).toEqualTypeOf<"rsa-sha1" | "rsa-sha256" | undefined>()
      expectTypeOf(c).toEqualTypeOf<Connection.ConnectionOf<"samlp">>()
      // @ts-expect-error signInEndpoint is a string, not a number
      const wrong: number | undefined = c.options?.signInEndpoint
      expect(wrong).toBe("https://idp.example.com/sso")
    } else {
      expect.unreachable()
    }
    expect(Connection.isStrategy(c, "oidc")).toBe(false)
  })

  it("Connection.isKnown then `strategy ===` narrows exactly too", () => {
    const c = oidc
    if (Connection.isKnown(c) && c.strategy === "oidc") {
      expectTypeOf(c).toEqualTypeOf<Connection.ConnectionOf<"oidc">>()
      expectTypeOf(c.options?.type).toEqualTypeOf<"front_channel" | "back_channel" | undefined>()
      expectTypeOf(c.options?.client_secret).toEqualTypeOf<Redacted.Redacted<string> | undefined>()
      expect(c.options?.type).toBe("back_channel")
    } else {
      expect.unreachable()
    }
  })

  it("a strategy without a dedicated schema narrows to the generic variant", () => {
    const c: Connection.Connection = decode({ id: "con_Apple00000000001", name: "apple", strategy: "apple", options: { team_id: "T" } })
    expectTypeOf<Connection.ConnectionOf<"apple">>().toEqualTypeOf<typeof Connection.GenericConnection.Type>()
    expectTypeOf<Connection.ConnectionOf<"samlp" | "oidc">>().toEqualTypeOf<
      typeof Connection.SamlpConnection.Type | typeof Connection.OidcConnection.Type
    >()
    if (Connection.isStrategy(c, "apple")) {
      expectTypeOf(c.options).toEqualTypeOf<ConnectionOptions.GenericOptions | undefined>()
      expectTypeOf(c.options?.["team_id"]).toEqualTypeOf<unknown>()
      expect(c.options?.["team_id"]).toBe("T")
    } else {
      expect.unreachable()
    }
  })

  it("create bodies are discriminated by strategy", () => {
    const body: ConnectionRequest.CreateConnection = {
      name: "corp" as Identifiers.ConnectionName,
      strategy: "waad",
      options: { client_id: "c", waad_protocol: "openid-connect" }
    }
    if (body.strategy === "waad") {
      expectTypeOf(body.options?.waad_protocol).toEqualTypeOf<"openid-connect" | "ws-federation" | undefined>()
    }
    // @ts-expect-error an unknown strategy is not a create body
    const unknownStrategy: ConnectionRequest.CreateConnection = { name: "x" as Identifiers.ConnectionName, strategy: "brand-new-idp" }
    // @ts-expect-error the create name is branded: a plain string is not a checked name
    const plainName: ConnectionRequest.CreateConnection = { name: "x", strategy: "auth0" }
    expect([unknownStrategy.strategy, plainName.name]).toEqual(["brand-new-idp", "x"])
  })

  it("UpdateConnection has no name or strategy", () => {
    // @ts-expect-error name cannot be changed
    const rename: ConnectionRequest.UpdateConnection = { name: "new" }
    expectTypeOf<keyof ConnectionRequest.UpdateConnection>().not.toEqualTypeOf<"name">()
    expect(Object.keys(rename)).toEqual(["name"])
  })
})
