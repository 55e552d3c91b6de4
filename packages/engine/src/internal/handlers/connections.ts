/**
 * `/connections` and `/connections/{id}`: create, get, update, delete, and the AD/LDAP `status`. Listing is in
 * `listConnections.ts`.
 *
 * @internal
 */
import { isRecord } from "effect/Predicate"
import { buildConnection, patchConnection } from "../connectionFields.js"
import { existing, type Handler, iso, readBody, readQuery } from "../context.js"
import { badRequest, failure, nameConflict, optionsScopeRequired, reject } from "../errors.js"
import { clone, defineOwn, has, type JsonObject } from "../json.js"
import { deriveOptions } from "../options/derive.js"
import { FULL_VIEW, present, projectionOf } from "../presentation.js"
import * as Schemas from "../schemas.js"
import { UPDATE_OPTIONS } from "../scopes.js"
import { nextConnectionId } from "../state.js"
import { connectionOf, entryOf } from "../store.js"
import {
  KEY_STRATEGIES,
  NO_CROSS_APP_ACCESS_STRATEGIES,
  NULL_OPTIONS_NOT_STORED_STRATEGIES,
  STATUS_STRATEGIES
} from "../strategyTraits.js"
import { freshKeys } from "./keys.js"
import { fieldsQuery } from "./listConnections.js"

/** Database and passwordless connections cannot be Cross App Access requesting apps. */
const refuseCrossAppAccess = (body: JsonObject, strategy: string): void => {
  if (has(body, "cross_app_access_requesting_app") && NO_CROSS_APP_ACCESS_STRATEGIES.has(strategy)) {
    reject(badRequest("Cross App Access Requesting App is not supported for this connection.", "operation_not_supported"))
  }
}

/** `POST /connections`: 201 with the stored connection (options always shown), 409 on a taken name. */
export const create: Handler = (ctx) => {
  const input = readBody(ctx.request.body, Schemas.createConnection) as JsonObject
  const name = input.name as string
  const strategy = input.strategy as string
  const { state } = ctx
  if (state.store.named(name) !== undefined) return nameConflict()
  refuseCrossAppAccess(input, strategy)
  const options = deriveOptions(isRecord(input.options) ? input.options : undefined, {
    mode: "create",
    strategy,
    name,
    tenantDomain: state.options.tenantDomain,
    sealer: state.sealer
  })
  const stored = storedOptions(strategy, options)
  const id = nextConnectionId(state)
  const entry = entryOf(id, buildConnection(id, input, stored, state.options.tenantDomain))
  state.store.insert(entry)
  if (KEY_STRATEGIES.has(strategy)) state.store.subOf(id).keys = freshKeys(name, "RS256", ctx.now)
  return { status: 201, body: echo(present(entry, FULL_VIEW), options, stored) }
}

/** The options to store: without their null-valued keys for the strategies that do not keep them. */
const storedOptions = (strategy: string, options: JsonObject): JsonObject => {
  if (!NULL_OPTIONS_NOT_STORED_STRATEGIES.has(strategy)) return options
  const out: JsonObject = {}
  for (const key of Object.keys(options)) if (options[key] !== null) defineOwn(out, key, options[key])
  return out
}

/** A create or PATCH response shows the options as derived, null-valued keys included, even when not stored. */
const echo = (body: JsonObject, options: JsonObject | undefined, stored: JsonObject | undefined): JsonObject => {
  if (options !== stored && options !== undefined && Object.prototype.hasOwnProperty.call(body, "options")) body.options = clone(options)
  return body
}

/** `GET /connections/{id}`. */
export const get: Handler = (ctx) => {
  const q = readQuery(ctx, fieldsQuery)
  return { status: 200, body: present(existing(ctx), ctx.request.scopes, projectionOf(q)) }
}

/** `PATCH /connections/{id}`: `options` replace the stored ones whole and need `update:connections_options`. */
export const update: Handler = (ctx) => {
  const patch = readBody(ctx.request.body, Schemas.updateConnection) as JsonObject
  if (has(patch, "options") && !ctx.request.scopes.has(UPDATE_OPTIONS)) return optionsScopeRequired()
  const entry = existing(ctx)
  const previous = connectionOf(entry)
  refuseCrossAppAccess(patch, entry.strategy)
  const options = has(patch, "options")
    ? deriveOptions(isRecord(patch.options) ? patch.options : undefined, {
      mode: "update",
      strategy: entry.strategy,
      name: entry.name,
      tenantDomain: ctx.state.options.tenantDomain,
      sealer: ctx.state.sealer,
      previous: isRecord(previous.options) ? previous.options : undefined
    })
    : undefined
  const stored = options === undefined ? undefined : storedOptions(entry.strategy, options)
  const updated = entryOf(entry.id, patchConnection(previous, patch, stored, entry.strategy, entry.name))
  ctx.state.store.replace(updated)
  return { status: 200, body: echo(present(updated, ctx.request.scopes), options, stored) }
}

/** `DELETE /connections/{id}`: 202 with `deleted_at`; Auth0 never answers 404 here (an unknown id is a 204). */
export const remove: Handler = (ctx) => {
  const removed = ctx.state.store.remove(ctx.id)
  return removed === undefined ? { status: 204, body: undefined } : { status: 202, body: { deleted_at: iso(ctx.now) } }
}

/** `GET /connections/{id}/status`: the emulated AD/LDAP connector is always online; others have none. */
export const status: Handler = (ctx) => {
  const entry = existing(ctx)
  if (STATUS_STRATEGIES.has(entry.strategy)) return { status: 200, body: undefined }
  return failure(404, "Connection status is only available for AD/LDAP connections")
}
