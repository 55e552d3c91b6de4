/**
 * Typed errors of the connections API. Each carries Auth0's `statusCode`, `errorCode` and `message` where Auth0
 * sent them; none carries a request, a header or a token, so printing, serializing or logging an error can never
 * leak a credential.
 *
 * @since 0.0.0
 */
import { isRecord } from "effect/Predicate"
import * as Schema from "effect/Schema"
import * as Headers from "./internal/headers.js"

const auth0Fields = {
  statusCode: Schema.optionalWith(Schema.Number, { exact: true }),
  errorCode: Schema.optionalWith(Schema.String, { exact: true }),
  message: Schema.String
}

/**
 * One validation problem, with a printable field path (`options.signInEndpoint`, `realms[2]`).
 *
 * @since 0.0.0
 */
export const ValidationIssue = Schema.Struct({ path: Schema.String, message: Schema.String })

/**
 * @since 0.0.0
 */
export type ValidationIssue = typeof ValidationIssue.Type

/**
 * The request was rejected: locally before anything was sent (`source: "local"`, with every problem in `issues`),
 * or by Auth0 with a 400 (`source: "auth0"`, e.g. `errorCode: "invalid_body"`).
 *
 * @since 0.0.0
 */
export class InvalidRequest extends Schema.TaggedError<InvalidRequest>("@effect-auth0/http/InvalidRequest")("InvalidRequest", {
  ...auth0Fields,
  source: Schema.Literal("local", "auth0"),
  issues: Schema.Array(ValidationIssue)
}) {}

/**
 * 401: the token is missing, invalid or expired (after one forced refresh when using client credentials), or the
 * client credentials were refused by `/oauth/token`.
 *
 * @since 0.0.0
 */
export class Unauthorized extends Schema.TaggedError<Unauthorized>("@effect-auth0/http/Unauthorized")("Unauthorized", {
  ...auth0Fields
}) {}

/**
 * 403: the token lacks a scope. `requiredScopes` names them when Auth0 does ("expected any of: …" / "expected all of: …").
 *
 * @since 0.0.0
 */
export class InsufficientScope extends Schema.TaggedError<InsufficientScope>("@effect-auth0/http/InsufficientScope")("InsufficientScope", {
  ...auth0Fields,
  requiredScopes: Schema.Array(Schema.String),
  requirement: Schema.Literal("any", "all", "unknown")
}) {}

/**
 * 403 for a feature the tenant has not enabled, e.g. "The inbound directory provisioning feature is not enabled for
 * this tenant". A sibling of {@link InsufficientScope}, not a case of it: no scope fixes it, only the tenant's
 * settings (or its plan) do, so callers handle it apart. Only the endpoints of such features declare it.
 *
 * @since 0.0.0
 */
export class FeatureDisabled extends Schema.TaggedError<FeatureDisabled>("@effect-auth0/http/FeatureDisabled")("FeatureDisabled", {
  ...auth0Fields
}) {}

/**
 * 404 `inexistent_connection`: no connection has this id.
 *
 * @since 0.0.0
 */
export class ConnectionNotFound extends Schema.TaggedError<ConnectionNotFound>("@effect-auth0/http/ConnectionNotFound")("ConnectionNotFound", {
  ...auth0Fields,
  connectionId: Schema.String
}) {}

/**
 * Any other 404: a missing SCIM configuration or token, a strategy without SCIM, an offline AD/LDAP connector.
 *
 * @since 0.0.0
 */
export class ResourceNotFound extends Schema.TaggedError<ResourceNotFound>("@effect-auth0/http/ResourceNotFound")("ResourceNotFound", {
  ...auth0Fields
}) {}

/**
 * 409: a connection with this name already exists (`connection_conflict`), keys already exist, or the SCIM token
 * limit is reached.
 *
 * @since 0.0.0
 */
export class Conflict extends Schema.TaggedError<Conflict>("@effect-auth0/http/Conflict")("Conflict", {
  ...auth0Fields
}) {}

/**
 * 429 after the configured retries: the tenant's rate limit, with what Auth0 said about it.
 *
 * @since 0.0.0
 */
export class RateLimited extends Schema.TaggedError<RateLimited>("@effect-auth0/http/RateLimited")("RateLimited", {
  ...auth0Fields,
  /** `x-ratelimit-limit`: the bucket size. */
  limit: Schema.optionalWith(Schema.Number, { exact: true }),
  /** `x-ratelimit-remaining`. */
  remaining: Schema.optionalWith(Schema.Number, { exact: true }),
  /** `x-ratelimit-reset`: UNIX epoch seconds when the bucket refills. */
  reset: Schema.optionalWith(Schema.Number, { exact: true }),
  /** `retry-after`, in seconds. */
  retryAfter: Schema.optionalWith(Schema.Number, { exact: true }),
  /** Requests sent, the first included. */
  attempts: Schema.Number
}) {}

/**
 * 5xx from Auth0 (after retries where the request was safe to repeat).
 *
 * @since 0.0.0
 */
export class ServerError extends Schema.TaggedError<ServerError>("@effect-auth0/http/ServerError")("ServerError", {
  ...auth0Fields,
  attempts: Schema.Number,
  /**
   * `false` when the 5xx came from the token endpoint before this request was sent: nothing can have been applied,
   * so there is nothing to reconcile.
   */
  sent: Schema.optionalWith(Schema.Boolean, { default: () => true })
}) {}

/**
 * The request never got an answer: connection refused or reset, DNS failure, an invalid URL, or the per-request
 * timeout. The message names the method and the URL.
 *
 * @since 0.0.0
 */
export class TransportError extends Schema.TaggedError<TransportError>("@effect-auth0/http/TransportError")("TransportError", {
  reason: Schema.Literal("Transport", "Timeout"),
  method: Schema.String,
  /** The URL without query string. */
  url: Schema.String,
  message: Schema.String,
  /**
   * Attempts made, the first included (`sent` says whether any can have reached the server); 0 when the token
   * request failed before the first one.
   */
  attempts: Schema.Number,
  /**
   * `false` when the request cannot have reached the server (invalid URL, DNS failure, connection refused, or the
   * token request failed before it): nothing can have been applied, so there is nothing to reconcile.
   */
  sent: Schema.optionalWith(Schema.Boolean, { default: () => true })
}) {}

/**
 * Auth0 answered something we cannot use: a 2xx body that does not decode (with the failing paths in `issues`),
 * a 2xx body that is not JSON (the message gives the content type, the length and a short excerpt), or a status
 * no endpoint documents. Any text taken from the body has the client's own secrets replaced with `<redacted>`.
 *
 * @since 0.0.0
 */
export class UnexpectedResponse extends Schema.TaggedError<UnexpectedResponse>("@effect-auth0/http/UnexpectedResponse")("UnexpectedResponse", {
  ...auth0Fields,
  status: Schema.Number,
  method: Schema.String,
  url: Schema.String,
  issues: Schema.Array(ValidationIssue)
}) {}

/**
 * Every error of the connections API, as one schema (useful to serialize errors across a boundary).
 *
 * @since 0.0.0
 */
export const ConnectionsError = Schema.Union(
  InvalidRequest,
  Unauthorized,
  InsufficientScope,
  FeatureDisabled,
  ConnectionNotFound,
  ResourceNotFound,
  Conflict,
  RateLimited,
  ServerError,
  TransportError,
  UnexpectedResponse
)

/**
 * @since 0.0.0
 */
export type ConnectionsError = typeof ConnectionsError.Type

/**
 * What any call can fail with, whatever the endpoint.
 *
 * @since 0.0.0
 */
export type CommonError =
  | InvalidRequest
  | Unauthorized
  | InsufficientScope
  | RateLimited
  | ServerError
  | TransportError
  | UnexpectedResponse

/**
 * What {@link fromResponse} needs to know about a failed response.
 *
 * @since 0.0.0
 */
export interface FailedResponse {
  readonly status: number
  /** The parsed JSON body, or the raw text when it was not JSON, or `undefined` when empty. */
  readonly body: unknown
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>
  readonly method: string
  /** The URL without query string. */
  readonly url: string
  /** The connection the request addressed, if any. */
  readonly connectionId?: string | undefined
  /** Requests sent, the first included. */
  readonly attempts: number
}

const envelope = (response: FailedResponse) => {
  const body = response.body
  const message = isRecord(body) && typeof body.message === "string"
    ? body.message
    : isRecord(body) && typeof body.error === "string"
    ? body.error
    : typeof body === "string" && body.length > 0
    ? body.slice(0, 500)
    : `HTTP ${response.status}`
  const errorCode = isRecord(body) && typeof body.errorCode === "string" ? body.errorCode : undefined
  return { statusCode: response.status, message, ...(errorCode === undefined ? {} : { errorCode }) }
}

/**
 * Parses the seconds of a `retry-after` header (seconds, or an HTTP date relative to `now`, epoch milliseconds).
 *
 * @since 0.0.0
 */
export const parseRetryAfter: (value: string | undefined, now: number) => number | undefined = Headers.retryAfter

/**
 * Splits Auth0's z-schema style messages (`Payload validation error: '<rule>' on property <path> (<doc>).`)
 * into a path and a rule.
 *
 * @since 0.0.0
 */
export const parseValidationMessage = (message: string): ReadonlyArray<ValidationIssue> => {
  const match = /^(?:Payload|Query|Path) validation error: '(.*)'(?: on property ([^\s(]+))?/s.exec(message)
  if (match === null) return []
  return [{ path: match[2] ?? "(root)", message: match[1]! }]
}

/**
 * Reads the scopes out of a 403 message ("Insufficient scope, expected any of: a, b" or
 * `Updating the "options" property requires the "update:connections_options" scope`).
 *
 * @since 0.0.0
 */
export const parseScopes = (message: string): { readonly requiredScopes: ReadonlyArray<string>; readonly requirement: "any" | "all" | "unknown" } => {
  const expected = /expected (any|all) of:\s*(.+?)\.?$/i.exec(message)
  if (expected !== null) {
    return {
      requirement: expected[1]!.toLowerCase() === "all" ? "all" : "any",
      requiredScopes: expected[2]!.split(",").map((s) => s.trim()).filter((s) => s.length > 0)
    }
  }
  const quoted = [...message.matchAll(/"([a-z_]+:[a-z_]+)"/g)].map((m) => m[1]!)
  return quoted.length > 0 ? { requirement: "all", requiredScopes: quoted } : { requirement: "unknown", requiredScopes: [] }
}

/**
 * Whether a 403 says a tenant feature is off ("The inbound directory provisioning feature is not enabled for this
 * tenant") rather than that a scope is missing. A 403 that names scopes or carries `insufficient_scope` never is.
 *
 * @since 0.0.0
 */
export const isFeatureDisabled = (message: string, errorCode?: string | undefined): boolean =>
  errorCode !== "insufficient_scope" && /\bfeature is not enabled for this tenant\b/i.test(message)

/**
 * Maps a non-2xx Auth0 response to the typed error for its status (the executor behind every implementation of
 * `ConnectionsService` uses it, so they fail in exactly the same way). `now` (epoch milliseconds, e.g. from
 * `Clock.currentTimeMillis`) is what a `retry-after` date is measured against; it is required so that nothing
 * here reads the wall clock behind `TestClock`'s back.
 *
 * @since 0.0.0
 */
export const fromResponse = (response: FailedResponse, now: number): ConnectionsError => {
  const base = envelope(response)
  const status = response.status
  if (status === 400 || status === 413 || status === 415) {
    return new InvalidRequest({ ...base, source: "auth0", issues: parseValidationMessage(base.message) })
  }
  if (status === 401) return new Unauthorized(base)
  if (status === 403) {
    return isFeatureDisabled(base.message, base.errorCode)
      ? new FeatureDisabled(base)
      : new InsufficientScope({ ...base, ...parseScopes(base.message) })
  }
  if (status === 404) {
    return base.errorCode === "inexistent_connection" && response.connectionId !== undefined
      ? new ConnectionNotFound({ ...base, connectionId: response.connectionId })
      : new ResourceNotFound(base)
  }
  if (status === 409) return new Conflict(base)
  if (status === 429) {
    const { limit, remaining, reset } = Headers.rateLimit(response.headers)
    const retryAfter = Headers.retryAfter(response.headers["retry-after"], now)
    return new RateLimited({
      ...base,
      attempts: response.attempts,
      ...(limit === undefined ? {} : { limit }),
      ...(remaining === undefined ? {} : { remaining }),
      ...(reset === undefined ? {} : { reset }),
      ...(retryAfter === undefined ? {} : { retryAfter })
    })
  }
  if (status >= 500) return new ServerError({ ...base, attempts: response.attempts })
  return new UnexpectedResponse({ ...base, status, method: response.method, url: response.url, issues: [] })
}
