/**
 * A connection's top-level fields: how a create body becomes a stored connection, how a PATCH changes one, and
 * the canonical key order Auth0 answers in. `options` are derived elsewhere (`options/derive.ts`).
 *
 * @internal
 */
import { isRecord } from "effect/Predicate"
import { randomAlnum } from "./crypto.js"
import { clone, defineOwn, has, type JsonObject } from "./json.js"
import { DISPLAY_NAME_STRATEGIES, PROVISIONING_STRATEGIES, SHOW_AS_BUTTON_STRATEGIES } from "./strategyTraits.js"

/** The canonical key order of a connection response; unknown keys follow. */
export const KEY_ORDER = [
  "id",
  "options",
  "strategy",
  "name",
  "provisioning_ticket_url",
  "is_domain_connection",
  "show_as_button",
  "display_name",
  "authentication",
  "connected_accounts",
  "cross_app_access_requesting_app",
  "cross_app_access_resource_app",
  "enabled_clients",
  "realms",
  "metadata"
] as const

/** Reorders a connection's top-level keys canonically. */
export const ordered = (connection: JsonObject): JsonObject => {
  const out: JsonObject = {}
  for (const key of KEY_ORDER) if (has(connection, key)) out[key] = connection[key]
  for (const key of Object.keys(connection)) if (!has(out, key)) defineOwn(out, key, connection[key])
  return out
}

/** `https://{tenantDomain}/p/{strategy}/{random8}`. */
export const provisioningTicketUrl = (tenantDomain: string, strategy: string): string =>
  `https://${tenantDomain}/p/${strategy}/${randomAlnum(8)}`

/** Client ids without repeats, in first-seen order. */
const uniqueClients = (clients: unknown): Array<string> =>
  Array.isArray(clients) ? [...new Set(clients as ReadonlyArray<string>)] : []

/** Realms as sent; none (or an empty list) means the connection's name. */
const realmsOr = (realms: unknown, name: string): Array<string> =>
  Array.isArray(realms) && realms.length > 0 ? [...(realms as ReadonlyArray<string>)] : [name]

/** The stored connection for a validated create body, with the strategy's top-level defaults. */
export const buildConnection = (id: string, input: JsonObject, options: JsonObject, tenantDomain: string): JsonObject => {
  const name = input.name as string
  const strategy = input.strategy as string
  const c: JsonObject = { id, options, strategy, name }
  if (PROVISIONING_STRATEGIES.has(strategy)) c.provisioning_ticket_url = provisioningTicketUrl(tenantDomain, strategy)
  c.is_domain_connection = typeof input.is_domain_connection === "boolean" ? input.is_domain_connection : false
  if (typeof input.show_as_button === "boolean") c.show_as_button = input.show_as_button
  else if (SHOW_AS_BUTTON_STRATEGIES.has(strategy)) c.show_as_button = false
  if (typeof input.display_name === "string") c.display_name = input.display_name
  else if (DISPLAY_NAME_STRATEGIES.has(strategy)) c.display_name = name
  c.authentication = isRecord(input.authentication) ? clone(input.authentication) : { active: true }
  c.connected_accounts = isRecord(input.connected_accounts) ? clone(input.connected_accounts) : { active: false }
  if (isRecord(input.cross_app_access_requesting_app)) c.cross_app_access_requesting_app = clone(input.cross_app_access_requesting_app)
  if (isRecord(input.cross_app_access_resource_app)) c.cross_app_access_resource_app = clone(input.cross_app_access_resource_app)
  c.enabled_clients = uniqueClients(input.enabled_clients)
  c.realms = realmsOr(input.realms, name)
  if (isRecord(input.metadata)) c.metadata = clone(input.metadata)
  return c
}

/** Top-level fields a PATCH replaces as sent. */
const REPLACED = ["is_domain_connection", "show_as_button", "authentication", "connected_accounts", "cross_app_access_requesting_app", "metadata"]

/**
 * The stored connection after a validated PATCH (`options`, when the PATCH has them, already derived). Name and
 * strategy never change.
 */
export const patchConnection = (
  previous: JsonObject,
  patch: JsonObject,
  options: JsonObject | undefined,
  strategy: string,
  name: string
): JsonObject => {
  const next: JsonObject = { ...previous }
  if (options !== undefined) next.options = options
  for (const key of REPLACED) if (has(patch, key)) next[key] = clone(patch[key])
  if (has(patch, "cross_app_access_resource_app")) {
    if (patch.cross_app_access_resource_app === null) delete next.cross_app_access_resource_app
    else next.cross_app_access_resource_app = clone(patch.cross_app_access_resource_app)
  }
  if (typeof patch.display_name === "string") next.display_name = patch.display_name
  else if (DISPLAY_NAME_STRATEGIES.has(strategy)) {
    // The API documents: "If display_name is not included in the request, the field will be overwritten with the
    // name value." Applied only where Auth0 defaults display_name to the name, so other strategies never gain one.
    next.display_name = name
  }
  if (Array.isArray(patch.enabled_clients)) next.enabled_clients = uniqueClients(patch.enabled_clients)
  if (Array.isArray(patch.realms)) next.realms = realmsOr(patch.realms, name)
  return ordered(next)
}
