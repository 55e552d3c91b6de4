import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as Strategy from "@effect-auth0/domain/Strategy"
import * as Validation from "@effect-auth0/domain/Validation"

// The 62 values of the create enum on Auth0's API page (see the seed), typed out here, not derived from the code.
const API_PAGE_CREATE_ENUM = `ad adfs amazon apple dropbox bitbucket aol auth0-oidc auth0 baidu bitly box custom daccount dwolla
  email evernote-sandbox evernote exact facebook fitbit flickr github google-apps google-oauth2 instagram ip line linkedin
  miicard oauth1 oauth2 office365 oidc okta paypal paypal-sandbox pingfederate planningcenter renren salesforce-community
  salesforce-sandbox salesforce samlp sharepoint shopify shop sms soundcloud thecity-sandbox thecity thirtysevensignals
  twitter untappd vkontakte waad weibo windowslive wordpress yahoo yammer yandex`.split(/\s+/)

const decodeStrategy = Schema.decodeUnknownEither(Strategy.Strategy)
const decodeListStrategy = Schema.decodeUnknownEither(Strategy.ListStrategy)

describe("Strategy", () => {
  it("knows exactly the 62 create strategies of the API page", () => {
    expect(API_PAGE_CREATE_ENUM).toHaveLength(62)
    expect([...Strategy.STRATEGIES].sort()).toEqual([...API_PAGE_CREATE_ENUM].sort())
    expect(Strategy.CURRENT_STRATEGIES).toHaveLength(55)
  })

  it.each(API_PAGE_CREATE_ENUM)("accepts %s in a create body", (strategy) => {
    const body = { name: "my-connection", strategy }
    expect(Validation.decodeCreateConnection(body)).toEqual(Either.right(body))
    expect(Either.isRight(Schema.decodeUnknownEither(ConnectionRequest.CreateConnection, Validation.strictOptions)(body))).toBe(true)
    expect(Strategy.isStrategy(strategy)).toBe(true)
  })

  it("rejects an unknown strategy with a message naming the rule and the value", () => {
    expect(Validation.decodeCreateConnection({ name: "my-connection", strategy: "brand-new-idp" })).toEqual(
      Either.left([{ path: ["strategy"], message: `must be one of the 62 Auth0 connection strategies (got "brand-new-idp")` }])
    )
    const left = decodeStrategy("Auth0")
    expect(Either.isLeft(left) && Validation.issuesOf(left.left)).toEqual([
      { path: [], message: `must be one of the 62 Auth0 connection strategies (got "Auth0")` }
    ])
    expect(Strategy.isStrategy("Auth0")).toBe(false)
    expect(Strategy.isStrategy(42)).toBe(false)
  })

  it("accepts auth0-adldap in the list filter only", () => {
    expect(decodeListStrategy("auth0-adldap")).toEqual(Either.right("auth0-adldap"))
    expect(Either.isLeft(decodeStrategy("auth0-adldap"))).toBe(true)
    expect(Either.isLeft(decodeListStrategy("brand-new-idp"))).toBe(true)
    for (const strategy of Strategy.STRATEGIES) expect(decodeListStrategy(strategy)).toEqual(Either.right(strategy))
  })

  it("lists the 7 strategies Auth0 dropped as deprecated, and only those", () => {
    expect([...Strategy.DEPRECATED_STRATEGIES].sort()).toEqual(
      ["aol", "flickr", "miicard", "renren", "thecity", "thecity-sandbox", "yammer"]
    )
    for (const strategy of Strategy.STRATEGIES) {
      expect(Strategy.isDeprecated(strategy)).toBe((Strategy.DEPRECATED_STRATEGIES as ReadonlyArray<string>).includes(strategy))
    }
    expect(Strategy.CURRENT_STRATEGIES.filter(Strategy.isDeprecated)).toEqual([])
  })
})

describe("strategy families", () => {
  it("FAMILIES covers all 62 strategies exactly once", () => {
    const all = Object.values(Strategy.FAMILIES).flat()
    expect(all).toHaveLength(62)
    expect(new Set(all).size).toBe(62)
    expect([...all].sort()).toEqual([...Strategy.STRATEGIES].sort())
  })

  it("familyOf agrees with FAMILIES for every strategy", () => {
    for (const [family, strategies] of Object.entries(Strategy.FAMILIES)) {
      for (const strategy of strategies) expect([strategy, Strategy.familyOf(strategy)]).toEqual([strategy, family])
    }
  })

  it.each([
    ["auth0", "database"],
    ["email", "passwordless"],
    ["sms", "passwordless"],
    ["samlp", "enterprise"],
    ["waad", "enterprise"],
    ["oidc", "enterprise"],
    ["google-apps", "enterprise"],
    ["auth0-adldap", "enterprise"],
    ["google-oauth2", "social"],
    ["github", "social"],
    ["oauth2", "social"],
    ["yammer", "social"],
    ["brand-new-idp", "social"]
  ] as const)("familyOf(%s) is %s", (strategy, family) => {
    expect(Strategy.familyOf(strategy)).toBe(family)
  })
})
