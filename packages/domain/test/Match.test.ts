/**
 * `Connection.match`: per-strategy handlers with narrowed, typed options; `tsc -b` compiles this file, so the
 * type-level assertions (and the `@ts-expect-error` on a non-exhaustive match) fail the build when they stop holding.
 */
import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import { Schema } from "effect"
import * as Connection from "@effect-auth0/domain/Connection"
import { STRATEGIES } from "@effect-auth0/domain/Strategy"

const decode = Schema.decodeUnknownSync(Connection.Connection)
const samlp = decode({ id: "con_Xk4bG7uQh2LmP9sA", name: "acme", strategy: "samlp", options: { signInEndpoint: "https://idp.example.com/sso" } })
const googleApps = decode({ id: "con_Ga4bG7uQh2LmP9sA", name: "gsuite", strategy: "google-apps", options: { domain: "example.com" } })
const unknown = decode({ id: "con_Un4bG7uQh2LmP9sA", name: "future", strategy: "brand-new-idp", options: { anything: 1 } })

const signInEndpoint = (c: Connection.Connection) =>
  Connection.match(c, {
    samlp: (saml) => {
      expectTypeOf(saml).toEqualTypeOf<Connection.ConnectionOf<"samlp">>()
      return saml.options?.signInEndpoint
    },
    orElse: () => undefined
  })

/** Every known strategy handled, returning the strategy's family marker. */
const exhaustive: Connection.StrategyCases<string> = Object.fromEntries(
  [...STRATEGIES, "auth0-adldap"].map((s) => [s, (c: Connection.Connection) => `known:${c.strategy}`])
) as unknown as Connection.StrategyCases<string>

describe("Connection.match", () => {
  it("calls the strategy's handler with the narrowed connection (typed options)", () => {
    expect(signInEndpoint(samlp)).toBe("https://idp.example.com/sso")
  })

  it("falls back to orElse for other strategies, unknown ones included", () => {
    expect(signInEndpoint(googleApps)).toBeUndefined()
    expect(signInEndpoint(unknown)).toBeUndefined()
    const seen = Connection.match(unknown, { auth0: () => "db", orElse: (c) => `other:${c.strategy}` })
    expect(seen).toBe("other:brand-new-idp")
  })

  it("narrows strategies without a dedicated schema to the generic variant", () => {
    const domain = Connection.match(googleApps, {
      "google-apps": (c) => {
        expectTypeOf(c).toEqualTypeOf<Connection.ConnectionOf<"google-apps">>()
        return c.options?.["domain"]
      },
      orElse: () => undefined
    })
    expect(domain).toBe("example.com")
  })

  it("the exhaustive form sends unknown strategies to `unknown`", () => {
    const cases = { ...exhaustive, unknown: (c: { readonly strategy: string }) => `unknown:${c.strategy}` }
    expect(Connection.match(samlp, cases)).toBe("known:samlp")
    expect(Connection.match(googleApps, cases)).toBe("known:google-apps")
    expect(Connection.match(unknown, cases)).toBe("unknown:brand-new-idp")
  })

  it("a match without orElse must handle every known strategy (compile-time)", () => {
    const { samlp: _dropped, ...missing } = exhaustive
    // @ts-expect-error samlp is not handled and there is no orElse
    const run = () => Connection.match(samlp, { ...missing, unknown: () => "unknown" })
    // At run time the missing handler falls through to orElse, which this call does not have: it throws.
    expect(run).toThrow("no handler for strategy \"samlp\" and no orElse")
  })
})
