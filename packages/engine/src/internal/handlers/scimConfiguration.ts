/**
 * `/connections/{id}/scim-configuration`: a connection's inbound SCIM configuration (read, create, update,
 * delete, and Auth0's default mapping).
 *
 * @internal
 */
import { existing, type Handler, iso, optionalBody, readBody, type RequestContext } from "../context.js"
import { failure, notFound, reject } from "../errors.js"
import { clone, type JsonObject } from "../json.js"
import * as Schemas from "../schemas.js"
import { DEFAULT_USER_ID_ATTRIBUTE, defaultMapping } from "../scimDefaults.js"
import { tenantName } from "../state.js"
import type { Entry } from "../store.js"
import { SCIM_STRATEGIES } from "../strategyTraits.js"

/** The connection named by the path, when its strategy has SCIM; otherwise Auth0's 404. */
export const scimEntry = (ctx: RequestContext): Entry => {
  const entry = existing(ctx)
  if (!SCIM_STRATEGIES.has(entry.strategy)) {
    reject(
      failure(
        404,
        "This connection type does not support SCIM. Please see our documentation for the currently supported connection types: https://auth0.com/docs/authenticate/protocols/scim/configure-inbound-scim."
      )
    )
  }
  return entry
}

/** The stored configuration of a connection, if any. */
export const scimOf = (ctx: RequestContext, entry: Entry): JsonObject | undefined => ctx.state.store.sub.get(entry.id)?.scim

/** `GET`: the configuration, or 404 when none was created. */
export const get: Handler = (ctx) => {
  const scim = scimOf(ctx, scimEntry(ctx))
  return scim === undefined ? notFound() : { status: 200, body: clone(scim) }
}

/** `POST`: 201 with the new configuration (defaults for what the body leaves out); 409 when one exists. */
export const create: Handler = (ctx) => {
  const input = readBody(optionalBody(ctx), Schemas.createScim) as JsonObject
  const entry = scimEntry(ctx)
  if (scimOf(ctx, entry) !== undefined) {
    return failure(409, "A SCIM configuration already exists for this connection", "scim_configuration_conflict")
  }
  const scim: JsonObject = {
    connection_id: entry.id,
    connection_name: entry.name,
    strategy: entry.strategy,
    tenant_name: tenantName(ctx.state),
    user_id_attribute: typeof input.user_id_attribute === "string" ? input.user_id_attribute : DEFAULT_USER_ID_ATTRIBUTE,
    mapping: Array.isArray(input.mapping) ? clone(input.mapping) : defaultMapping(),
    created_at: iso(ctx.now),
    updated_on: iso(ctx.now)
  }
  ctx.state.store.subOf(entry.id).scim = scim
  return { status: 201, body: clone(scim) }
}

/** `PATCH`: replaces `user_id_attribute` and `mapping`; 404 when there is no configuration. */
export const update: Handler = (ctx) => {
  const input = readBody(ctx.request.body, Schemas.updateScim) as JsonObject
  const entry = scimEntry(ctx)
  const scim = scimOf(ctx, entry)
  if (scim === undefined) return notFound()
  const updated: JsonObject = { ...scim, user_id_attribute: input.user_id_attribute, mapping: clone(input.mapping), updated_on: iso(ctx.now) }
  ctx.state.store.subOf(entry.id).scim = updated
  return { status: 200, body: clone(updated) }
}

/** `DELETE`: removes the configuration and its tokens; 204 whether or not there was one. */
export const remove: Handler = (ctx) => {
  const entry = scimEntry(ctx)
  const sub = ctx.state.store.sub.get(entry.id)
  if (sub !== undefined) {
    delete sub.scim
    delete sub.scimTokens
  }
  return { status: 204, body: undefined }
}

/** `GET …/default-mapping`: Auth0's default mapping for the strategy. */
export const defaultMappingOf: Handler = (ctx) => {
  scimEntry(ctx)
  return { status: 200, body: { mapping: defaultMapping() } }
}
