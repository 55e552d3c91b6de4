/**
 * Connection strategies (identity providers) and their families.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { show } from "./internal/format.js"

/**
 * The 55 strategy values Auth0 currently accepts on `POST /connections`.
 *
 * @since 0.0.0
 */
export const CURRENT_STRATEGIES = [
  "ad", "adfs", "amazon", "apple", "dropbox", "bitbucket", "auth0-oidc", "auth0", "baidu", "bitly", "box",
  "custom", "daccount", "dwolla", "email", "evernote-sandbox", "evernote", "exact", "facebook", "fitbit",
  "github", "google-apps", "google-oauth2", "instagram", "ip", "line", "linkedin", "oauth1", "oauth2",
  "office365", "oidc", "okta", "paypal", "paypal-sandbox", "pingfederate", "planningcenter",
  "salesforce-community", "salesforce-sandbox", "salesforce", "samlp", "sharepoint", "shopify", "shop", "sms",
  "soundcloud", "thirtysevensignals", "twitter", "untappd", "vkontakte", "waad", "weibo", "windowslive",
  "wordpress", "yahoo", "yandex"
] as const

/**
 * The 7 strategies in the create enum of the API page (and SDK v5.0–5.5) that Auth0 has since dropped.
 *
 * @deprecated Auth0 removed these providers from the create enum (node-auth0 v5.6.0, April 2026).
 * @since 0.0.0
 */
export const DEPRECATED_STRATEGIES = ["aol", "flickr", "miicard", "renren", "thecity", "thecity-sandbox", "yammer"] as const

/**
 * Every strategy value the API page lists for `POST /connections` (62: the current 55 plus the 7 deprecated).
 *
 * @since 0.0.0
 */
export const STRATEGIES = [...CURRENT_STRATEGIES, ...DEPRECATED_STRATEGIES] as const

/**
 * A strategy accepted on create.
 *
 * @since 0.0.0
 */
export const Strategy = Schema.Literal(...STRATEGIES).annotations({
  identifier: "Strategy",
  title: "Strategy",
  description: "The identity provider identifier for the connection",
  message: (issue) => ({ message: `must be one of the ${STRATEGIES.length} Auth0 connection strategies (got ${show(issue.actual)})`, override: true })
})

/**
 * @since 0.0.0
 */
export type Strategy = typeof Strategy.Type

/**
 * A strategy accepted by the `strategy` filter of `GET /connections`: every create value plus `auth0-adldap`.
 *
 * @since 0.0.0
 */
export const ListStrategy = Schema.Literal(...STRATEGIES, "auth0-adldap").annotations({
  identifier: "ListStrategy",
  description: "A strategy accepted by the list filter",
  message: (issue) => ({ message: `must be one of the ${STRATEGIES.length + 1} Auth0 connection strategies (got ${show(issue.actual)})`, override: true })
})

/**
 * @since 0.0.0
 */
export type ListStrategy = typeof ListStrategy.Type

const strategySet: ReadonlySet<string> = new Set<string>(STRATEGIES)
const deprecatedSet: ReadonlySet<string> = new Set<string>(DEPRECATED_STRATEGIES)

/**
 * True when `value` is one of the 62 create strategies.
 *
 * @since 0.0.0
 */
export const isStrategy = (value: unknown): value is Strategy => typeof value === "string" && strategySet.has(value)

/**
 * True when Auth0 has dropped this strategy from its create enum.
 *
 * @since 0.0.0
 */
export const isDeprecated = (strategy: string): boolean => deprecatedSet.has(strategy)

/**
 * The four strategy families.
 *
 * @since 0.0.0
 */
export const StrategyFamily = Schema.Literal("database", "passwordless", "enterprise", "social").annotations({
  identifier: "StrategyFamily"
})

/**
 * @since 0.0.0
 */
export type StrategyFamily = typeof StrategyFamily.Type

/**
 * Enterprise strategies: Auth0 returns `show_as_button` and a `provisioning_ticket_url` for some of them.
 *
 * @since 0.0.0
 */
export const ENTERPRISE_STRATEGIES = [
  "ad", "adfs", "waad", "samlp", "pingfederate", "google-apps", "oidc", "okta", "office365", "sharepoint", "ip",
  "auth0-oidc"
] as const

/**
 * The strategy families as data: database, passwordless, enterprise; everything else is social.
 *
 * @since 0.0.0
 */
export const FAMILIES: { readonly [F in StrategyFamily]: ReadonlyArray<string> } = {
  database: ["auth0"],
  passwordless: ["email", "sms"],
  enterprise: ENTERPRISE_STRATEGIES,
  social: STRATEGIES.filter((s) => s !== "auth0" && s !== "email" && s !== "sms" && !(ENTERPRISE_STRATEGIES as ReadonlyArray<string>).includes(s))
}

/**
 * The family a strategy belongs to (unknown strategies count as social, Auth0's catch-all).
 *
 * @since 0.0.0
 */
export const familyOf = (strategy: string): StrategyFamily =>
  strategy === "auth0"
    ? "database"
    : strategy === "email" || strategy === "sms"
    ? "passwordless"
    : strategy === "auth0-adldap" || (ENTERPRISE_STRATEGIES as ReadonlyArray<string>).includes(strategy)
    ? "enterprise"
    : "social"
