/**
 * What Auth0 stores as a connection's `options` on create and on PATCH (which replaces them whole): the caller's
 * options completed with the strategy's server-side defaults, `configuration` values sealed. One row per strategy;
 * a strategy without a row keeps exactly what was sent.
 *
 * @internal
 */
import { isRecord } from "effect/Predicate"
import { type JsonObject, own } from "../json.js"
import * as Database from "./database.js"
import * as Enterprise from "./enterprise.js"
import { copyOf, type Derive, type DeriveContext } from "./shared.js"
import * as Social from "./social.js"

export type { DeriveContext } from "./shared.js"

const BY_STRATEGY: ReadonlyMap<string, Derive> = new Map<string, Derive>([
  ["auth0", Database.auth0],
  ["email", Database.passwordless],
  ["sms", Database.passwordless],
  ["google-oauth2", Social.googleOAuth2],
  ["github", Social.github],
  ["facebook", Social.facebook],
  ["linkedin", Social.linkedin],
  ["windowslive", Social.windowslive],
  ["salesforce", Social.salesforce],
  ["salesforce-community", Social.salesforce],
  ["salesforce-sandbox", Social.salesforce],
  ["line", Social.line],
  ["wordpress", Social.wordpress],
  ["apple", Social.apple],
  ["oidc", Enterprise.oidc],
  ["okta", Enterprise.oidc],
  ["waad", Enterprise.waad],
  ["samlp", Enterprise.samlp],
  ["pingfederate", Enterprise.pingfederate],
  ["ad", Enterprise.ad],
  ["adfs", Enterprise.adfs],
  ["google-apps", Enterprise.googleApps]
])

/** The options to store; a broken business rule rejects the request with a 400. */
export const deriveOptions = (given: JsonObject | undefined, ctx: DeriveContext): JsonObject => {
  const user: JsonObject = given ?? {}
  const out = (BY_STRATEGY.get(ctx.strategy) ?? copyOf)(user, ctx)
  const configuration = own(out, "configuration")
  if (isRecord(configuration)) out.configuration = ctx.sealer.sealValues(configuration)
  return out
}
