/**
 * The tenant's rate-limit state as Auth0 last reported it (`x-ratelimit-*` headers).
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import * as Headers from "./internal/headers.js"

/**
 * Rate-limit headers of one response.
 *
 * @since 0.0.0
 */
export const RateLimitState = Schema.Struct({
  /** `x-ratelimit-limit`: bucket size. */
  limit: Schema.Number,
  /** `x-ratelimit-remaining`: requests left in the bucket. */
  remaining: Schema.Number,
  /** `x-ratelimit-reset`: UNIX epoch seconds when the bucket refills. */
  reset: Schema.Number,
  /** When the response carrying these headers arrived (epoch milliseconds). */
  observedAt: Schema.Number
}).annotations({ identifier: "RateLimitState" })

/**
 * @since 0.0.0
 */
export type RateLimitState = typeof RateLimitState.Type

/**
 * Reads the `x-ratelimit-*` headers (case-insensitive record of header values); `undefined` when any is missing
 * or not a number.
 *
 * @since 0.0.0
 */
export const fromHeaders = (headers: Readonly<Record<string, string | undefined>>, observedAt: number): RateLimitState | undefined => {
  const { limit, remaining, reset } = Headers.rateLimit(headers)
  return limit === undefined || remaining === undefined || reset === undefined ? undefined : { limit, remaining, reset, observedAt }
}
