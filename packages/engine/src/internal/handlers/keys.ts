/**
 * `/connections/{id}/keys`: the signing keys of OIDC and Okta connections (list, provision, rotate).
 *
 * @internal
 */
import { makeKey } from "../crypto.js"
import { existing, type Handler, iso, optionalBody, readBody, type RequestContext } from "../context.js"
import { badRequest, failure, reject } from "../errors.js"
import { clone, type JsonObject, own } from "../json.js"
import * as Schemas from "../schemas.js"
import type { Entry } from "../store.js"
import { KEY_STRATEGIES } from "../strategyTraits.js"

/** A current and a next key, as a create or `POST /keys` makes them. */
export const freshKeys = (name: string, algorithm: string, now: number): ReadonlyArray<JsonObject> => [
  { ...makeKey(name, algorithm), current: true, current_since: iso(now) },
  { ...makeKey(name, algorithm), next: true }
]

/** The requested signing algorithm (RS256 unless given). */
const algorithmOf = (ctx: RequestContext): string => {
  const alg = own(readBody(optionalBody(ctx), Schemas.keysRequest) as JsonObject, "signing_alg")
  return typeof alg === "string" ? alg : "RS256"
}

/** The connection named by the path, when its strategy has keys; otherwise Auth0's 400. */
const withKeys = (ctx: RequestContext): Entry => {
  const entry = existing(ctx)
  if (!KEY_STRATEGIES.has(entry.strategy)) {
    reject(badRequest("Connection keys are only supported for OIDC and Okta connections", "operation_not_supported"))
  }
  return entry
}

/** `GET /connections/{id}/keys`: every key (none for strategies without keys). */
export const list: Handler = (ctx) => {
  const entry = existing(ctx)
  return { status: 200, body: (ctx.state.store.sub.get(entry.id)?.keys ?? []).map(clone) }
}

/** `POST /connections/{id}/keys`: a current and a next key; 409 when keys exist. */
export const provision: Handler = (ctx) => {
  const alg = algorithmOf(ctx)
  const entry = withKeys(ctx)
  if ((ctx.state.store.sub.get(entry.id)?.keys ?? []).length > 0) return failure(409, "Keys already exist for this connection", "key_conflict")
  const keys = freshKeys(entry.name, alg, ctx.now)
  ctx.state.store.subOf(entry.id).keys = keys
  return { status: 201, body: keys.map(clone) }
}

/** A key without its rotation markers. */
const unmarked = (k: JsonObject): JsonObject => {
  const { current: _c, current_since: _s, next: _n, previous: _p, ...rest } = k
  return rest
}

/** `POST /connections/{id}/keys/rotate`: current → previous, next → current, and a new next key (answered as `{kid, cert}`). */
export const rotate: Handler = (ctx) => {
  const alg = algorithmOf(ctx)
  const entry = withKeys(ctx)
  const keys = ctx.state.store.sub.get(entry.id)?.keys ?? []
  const current = keys.find((k) => k.current === true)
  const next = keys.find((k) => k.next === true)
  if (current === undefined || next === undefined) {
    return badRequest("The connection has no keys to rotate: provision them with POST /keys first", "operation_not_supported")
  }
  const fresh: JsonObject = { ...makeKey(entry.name, alg), next: true }
  ctx.state.store.subOf(entry.id).keys = [
    { ...unmarked(current), previous: true },
    { ...unmarked(next), current: true, current_since: iso(ctx.now) },
    fresh
  ]
  // Auth0 answers a rotation with the new next key's `kid` and `cert` only (recorded 2024-2026); `GET /keys` shows
  // the whole key.
  return { status: 201, body: { kid: fresh.kid, cert: fresh.cert } }
}
