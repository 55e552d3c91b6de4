/**
 * The request context every handler receives, the handler type, and the reads every handler shares: the
 * connection named by the path, the body checked against its schema, the query.
 *
 * Handlers follow one rule: read and validate everything first (path, query, body, existence, business rules),
 * then write. A rejection is thrown as `Rejected` before the first write, so it changes nothing.
 *
 * @internal
 */
import { connectionNotFound, reject, validationError } from "./errors.js"
import { checkStructure } from "./json.js"
import type { EngineRequest, EngineResponse } from "./protocol.js"
import { parseQuery, type ParsedQuery, type QuerySpec } from "./query.js"
import type { State } from "./state.js"
import type { Entry } from "./store.js"
import { type JsonSchema, validate } from "./validator.js"

/** One request being handled. */
export interface RequestContext {
  readonly state: State
  readonly request: EngineRequest
  /** The `:id` path parameter (`""` on routes without one), already checked against the id pattern. */
  readonly id: string
  /** The `:tokenId` path parameter (`""` on routes without one), already checked against the token id pattern. */
  readonly tokenId: string
  /** The time of the request, in milliseconds since the epoch (from Effect's `Clock`). */
  readonly now: number
}

/** Answers one request; may throw `Rejected` (via `reject`) before its first write. */
export type Handler = (ctx: RequestContext) => EngineResponse

/** An ISO-8601 timestamp, as Auth0 writes them. */
export const iso = (millis: number): string => new Date(millis).toISOString()

/** The connection named by the path, or Auth0's 404 `inexistent_connection`. */
export const existing = (ctx: RequestContext): Entry => ctx.state.store.byId.get(ctx.id) ?? reject(connectionNotFound())

/** The request's query parameters in `spec`, coerced and validated (a problem is Auth0's 400). */
export const readQuery = (ctx: RequestContext, spec: QuerySpec): ParsedQuery =>
  parseQuery(Array.isArray(ctx.request.query) ? ctx.request.query : [], spec)

/**
 * The body, checked for structure (depth, size, forbidden keys) and then against `schema`; a problem is Auth0's
 * 400. No body at all is left to the schema: "Expected type object but found type undefined".
 */
export const readBody = (body: unknown, schema: JsonSchema): unknown => {
  if (body !== undefined) {
    const problem = checkStructure(body)
    if (problem !== undefined) reject(validationError("Payload", problem.problem, problem.path))
  }
  validate("Payload", schema, body)
  return body
}

/** The body of an endpoint whose body is optional: none (or `null`) reads as `{}`. */
export const optionalBody = (ctx: RequestContext): unknown =>
  ctx.request.body === undefined || ctx.request.body === null ? {} : ctx.request.body
