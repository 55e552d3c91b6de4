/**
 * Routing: finds the row of the route table a request matches, checks the caller's scopes and the path
 * parameters, and runs the row's handler. Every problem, thrown or returned, comes back as Auth0's envelope.
 *
 * @internal
 */
import {
  CONNECTION_ID_MAX_LENGTH,
  CONNECTION_ID_PATTERN,
  SCIM_TOKEN_ID_MAX_LENGTH,
  SCIM_TOKEN_ID_PATTERN
} from "@effect-auth0/domain/Identifiers"
import type { Handler } from "./context.js"
import { failure, insufficientScope, notFound, Rejected, validationError } from "./errors.js"
import type { EngineRequest, EngineResponse } from "./protocol.js"
import type { State } from "./state.js"
import { check, type JsonSchema } from "./validator.js"

/** One row of the route table. */
export interface Route {
  readonly method: string
  /** Path segments below `/api/v2` (`["connections", ":id", "keys"]`); `:id` and `:tokenId` are parameters. */
  readonly segments: ReadonlyArray<string>
  readonly scopes: ReadonlyArray<string>
  /** All of `scopes` are needed (otherwise any one of them). */
  readonly all: boolean
  readonly handler: Handler
}

/**
 * A row: `path` is below `/connections` (`""`, `":id"`, `":id/keys/rotate"`, …), or, starting with `/`, a
 * top-level path below `/api/v2` (`"/connections-scim-configurations"`).
 */
export const route = (
  method: string,
  path: string,
  scopes: ReadonlyArray<string>,
  handler: Handler,
  need: "any" | "all" = "any"
): Route => ({
  method,
  segments: path.startsWith("/") ? path.slice(1).split("/") : path === "" ? ["connections"] : ["connections", ...path.split("/")],
  scopes,
  all: need === "all",
  handler
})

/** A connection id, as paths and seeds must spell it. */
export const ID_SCHEMA: JsonSchema = {
  type: "string",
  maxLength: CONNECTION_ID_MAX_LENGTH,
  pattern: CONNECTION_ID_PATTERN.source,
  description: "The id of the connection"
}

/** The path parameters and the schema each is checked against (Auth0's `Path validation error` messages). */
const PARAMETERS: Readonly<Record<string, JsonSchema>> = {
  id: ID_SCHEMA,
  tokenId: { type: "string", maxLength: SCIM_TOKEN_ID_MAX_LENGTH, pattern: SCIM_TOKEN_ID_PATTERN.source, description: "The id of the scim token" }
}

/** The path parameters when `segments` match the row, `undefined` otherwise (a parameter never matches `""`). */
const match = (row: Route, segments: ReadonlyArray<string>): Record<string, string> | undefined => {
  if (row.segments.length !== segments.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < segments.length; i++) {
    const want = row.segments[i]!
    const got = segments[i]!
    if (want.startsWith(":")) {
      if (got === "") return undefined
      params[want.slice(1)] = got
    } else if (want !== got) return undefined
  }
  return params
}

const dispatch = (routes: ReadonlyArray<Route>, state: State, request: EngineRequest, now: number): EngineResponse => {
  const method = typeof request.method === "string" ? request.method.toUpperCase() : ""
  const parts = (typeof request.path === "string" ? request.path : "").split("/")
  if (parts[0] !== "") return notFound()
  const segments = parts.slice(1)
  for (const row of routes) {
    const params = match(row, segments)
    if (params === undefined || row.method !== method) continue
    const scopes = request.scopes instanceof Set ? request.scopes : new Set<string>()
    const granted = row.all ? row.scopes.every((s) => scopes.has(s)) : row.scopes.some((s) => scopes.has(s))
    if (!granted) return insufficientScope(row.scopes, row.all)
    for (const [name, value] of Object.entries(params)) {
      const problem = check(PARAMETERS[name]!, value)
      if (problem !== undefined) return validationError("Path", problem.rule, name, problem.description)
    }
    return row.handler({ state, request, id: params.id ?? "", tokenId: params.tokenId ?? "", now })
  }
  // Auth0 answers 404 for unknown routes and for a known path with an unsupported method alike.
  return notFound()
}

/** Answers one request with the route table. Never throws: every problem is a 4xx in Auth0's envelope. */
export const handle = (routes: ReadonlyArray<Route>, state: State, request: EngineRequest, now: number): EngineResponse => {
  try {
    return dispatch(routes, state, request, now)
  } catch (e) {
    if (e instanceof Rejected) return e.response
    // A bug or an input we did not foresee: still a 4xx envelope, never a crash.
    return failure(400, "Bad Request", "invalid_request")
  }
}
