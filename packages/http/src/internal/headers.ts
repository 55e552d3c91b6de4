/**
 * The one reader of Auth0's rate-limit headers (`x-ratelimit-limit`, `x-ratelimit-remaining`, `x-ratelimit-reset`)
 * and of `retry-after`, shared by the error mapping, the rate-limit state and the retry delays, so a header means
 * the same thing wherever it is read.
 */

/** Response headers with lower-case names, as the platform client hands them over. */
export type Headers = Readonly<Record<string, string | undefined>>

/** A numeric header: `undefined` when absent, blank or not a finite number. */
export const number = (value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === "") return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}

/** The `x-ratelimit-*` headers of one response, each `undefined` when absent or unreadable. */
export interface RateLimitHeaders {
  /** `x-ratelimit-limit`: the bucket size. */
  readonly limit: number | undefined
  /** `x-ratelimit-remaining`: requests left in the bucket. */
  readonly remaining: number | undefined
  /** `x-ratelimit-reset`: UNIX epoch seconds when the bucket refills. */
  readonly reset: number | undefined
}

/** Reads the `x-ratelimit-*` headers. */
export const rateLimit = (headers: Headers): RateLimitHeaders => ({
  limit: number(headers["x-ratelimit-limit"]),
  remaining: number(headers["x-ratelimit-remaining"]),
  reset: number(headers["x-ratelimit-reset"])
})

/** The seconds a `retry-after` header asks for: a number of seconds, or an HTTP date relative to `now` (epoch ms). */
export const retryAfter = (value: string | undefined, now: number): number | undefined => {
  const seconds = number(value)
  if (seconds !== undefined) return Math.max(0, seconds)
  if (value === undefined) return undefined
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000)
}
