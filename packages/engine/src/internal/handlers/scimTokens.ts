/**
 * `/connections/{id}/scim-configuration/tokens`: the bearer tokens of a SCIM configuration (at most two). A
 * token's secret exists only in the create response: the store keeps no copy of it.
 *
 * @internal
 */
import { MAX_SCIM_TOKENS } from "@effect-auth0/domain/Scim"
import { type Handler, iso, optionalBody, readBody, type RequestContext } from "../context.js"
import { failure, notFound, reject } from "../errors.js"
import { clone, type JsonObject } from "../json.js"
import { randomToken } from "../crypto.js"
import * as Schemas from "../schemas.js"
import { DEFAULT_TOKEN_SCOPES } from "../scimDefaults.js"
import { nextTokenId } from "../state.js"
import type { Entry } from "../store.js"
import { scimEntry, scimOf } from "./scimConfiguration.js"

/** The connection named by the path, when it has a SCIM configuration; otherwise 404. */
const configured = (ctx: RequestContext): Entry => {
  const entry = scimEntry(ctx)
  if (scimOf(ctx, entry) === undefined) reject(notFound())
  return entry
}

const tokensOf = (ctx: RequestContext, entry: Entry): ReadonlyArray<JsonObject> => ctx.state.store.sub.get(entry.id)?.scimTokens ?? []

/** `GET`: the tokens, without their secrets. */
export const list: Handler = (ctx) => ({ status: 200, body: tokensOf(ctx, configured(ctx)).map(clone) })

/** `POST`: 201 with the new token and its secret; 409 at the limit. */
export const create: Handler = (ctx) => {
  const input = readBody(optionalBody(ctx), Schemas.createScimToken) as JsonObject
  const entry = configured(ctx)
  const tokens = tokensOf(ctx, entry)
  if (tokens.length >= MAX_SCIM_TOKENS) return failure(409, `Maximum of ${MAX_SCIM_TOKENS} tokens already issued for this connection`)
  const lifetime = typeof input.token_lifetime === "number" ? input.token_lifetime : undefined
  const stored: JsonObject = {
    token_id: nextTokenId(ctx.state),
    scopes: Array.isArray(input.scopes) ? [...(input.scopes as ReadonlyArray<string>)] : [...DEFAULT_TOKEN_SCOPES],
    created_at: iso(ctx.now),
    ...(lifetime === undefined ? {} : { valid_until: iso(ctx.now + lifetime * 1000) })
  }
  ctx.state.store.subOf(entry.id).scimTokens = [...tokens, stored]
  return { status: 201, body: { token_id: stored.token_id, token: `scim_${randomToken(32)}`, ...clone(stored) } }
}

/** `DELETE …/tokens/{tokenId}`: 204, or 404 for an unknown token. */
export const remove: Handler = (ctx) => {
  const entry = configured(ctx)
  const tokens = tokensOf(ctx, entry)
  if (!tokens.some((t) => t.token_id === ctx.tokenId)) return notFound()
  ctx.state.store.subOf(entry.id).scimTokens = tokens.filter((t) => t.token_id !== ctx.tokenId)
  return { status: 204, body: undefined }
}
