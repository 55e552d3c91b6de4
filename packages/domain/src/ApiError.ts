/**
 * Auth0's error envelope: `{statusCode, error, message, errorCode?}`.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { open, optional, UnknownKeys } from "./ConnectionOptions.js"

/**
 * The JSON body of every Management API error. `errorCode` is absent on some errors (401s, some 404s).
 *
 * @since 0.0.0
 */
export const ApiErrorBody = open({
  statusCode: Schema.JsonNumber,
  error: Schema.String,
  message: Schema.String,
  errorCode: optional(Schema.String),
  attributes: optional(UnknownKeys)
}).annotations({ identifier: "ApiErrorBody", title: "Auth0 error envelope" })

/**
 * @since 0.0.0
 */
export type ApiErrorBody = typeof ApiErrorBody.Type

/**
 * HTTP reason phrases Auth0 puts in `error`.
 *
 * @since 0.0.0
 */
export const REASON_PHRASES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout"
}

/**
 * Builds an envelope for a status, with the reason phrase filled in.
 *
 * @since 0.0.0
 */
export const makeBody = (statusCode: number, message: string, errorCode?: string): ApiErrorBody => ({
  statusCode,
  error: REASON_PHRASES[statusCode] ?? "Error",
  message,
  ...(errorCode === undefined ? {} : { errorCode })
})
