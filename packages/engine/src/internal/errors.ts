/**
 * Auth0's error envelope `{statusCode, error, message, errorCode?}` and the messages the engine uses.
 *
 * @internal
 */
import * as ApiError from "@effect-auth0/domain/ApiError"
import type { EngineResponse } from "./protocol.js"

/** The reason phrase for a status. */
export const reason = (status: number): string => ApiError.REASON_PHRASES[status] ?? "Error"

/** Any error response in Auth0's envelope. */
export const failure = (status: number, message: string, errorCode?: string): EngineResponse => ({
  status,
  body: ApiError.makeBody(status, message, errorCode)
})

/** 404 `inexistent_connection`. */
export const connectionNotFound = (): EngineResponse => failure(404, "The connection does not exist", "inexistent_connection")

/** Plain 404 (unknown route, missing SCIM configuration or token). */
export const notFound = (): EngineResponse => failure(404, "Not Found")

/** 403 for a missing scope. */
export const insufficientScope = (scopes: ReadonlyArray<string>, all: boolean): EngineResponse =>
  failure(403, `Insufficient scope, expected ${all ? "all" : "any"} of: ${scopes.join(", ")}`, "insufficient_scope")

/** 403 for a PATCH with `options` by a caller without `update:connections_options` . */
export const optionsScopeRequired = (): EngineResponse =>
  failure(
    403,
    "Updating the \"options\" property requires the \"update:connections_options\" scope",
    "insufficient_scope"
  )

/** 409 on a duplicate connection name. */
export const nameConflict = (): EngineResponse =>
  failure(409, "A connection with the same name already exists", "connection_conflict")

/** Values longer than this are cut in messages, so a hostile body cannot make a huge error. */
const MAX_VALUE_IN_MESSAGE = 256

/** How a value appears inside a validation message. */
export const showValue = (u: unknown): string => {
  const s = typeof u === "string" ? u : JSON.stringify(u) ?? String(u)
  return s.length > MAX_VALUE_IN_MESSAGE ? `${s.slice(0, MAX_VALUE_IN_MESSAGE)}…` : s
}

/** Where a validation problem was found. */
export type Location = "Payload" | "Query" | "Path"

const CODES: Readonly<Record<Location, string>> = {
  Payload: "invalid_body",
  Query: "invalid_query_string",
  Path: "invalid_uri"
}

/**
 * A z-schema style 400: `<Location> validation error: '<rule>' on property <path> (<description>).`; the `on property`
 * part only for non-root problems.
 */
export const validationError = (
  location: Location,
  rule: string,
  path?: string | undefined,
  description?: string | undefined
): EngineResponse => {
  const where = path === undefined || path === ""
    ? ""
    : ` on property ${path}${description === undefined ? "" : ` (${description})`}`
  return failure(400, `${location} validation error: '${rule}'${where}.`, CODES[location])
}

/** 400 for a business rule (`invalid_body` unless told otherwise). */
export const badRequest = (message: string, errorCode: string = "invalid_body"): EngineResponse =>
  failure(400, message, errorCode)

/**
 * Thrown inside the engine to stop a request with an error response; `handle` catches it. Every handler validates
 * everything before its first write, so a rejection never leaves a partial change behind.
 */
export class Rejected {
  constructor(readonly response: EngineResponse) {}
}

/** Stops the request with `response`. */
export const reject = (response: EngineResponse): never => {
  throw new Rejected(response)
}
