/**
 * How long to wait before sending a request again. Pure functions of the response headers, the clock and a random
 * number in [0, 1), so they are easy to test and behave the same under `TestClock`.
 */
import * as Headers from "./headers.js"

/** Retry settings after defaults are applied (all durations in milliseconds). */
export interface Policy {
  /** Per-attempt timeout: sending the request and reading its whole body. */
  readonly timeoutMs: number
  /** How many times one call may be sent again (429, and for safe requests 5xx/timeout/transport). */
  readonly maxRetries: number
  /** The most one call may sleep between attempts, in total. */
  readonly maxRetryWaitMs: number
  /** First backoff step (doubled per retry). */
  readonly baseDelayMs: number
  /** Largest single backoff step. */
  readonly maxDelayMs: number
}

/** Where a delay came from (reported on the retry span event). */
export type DelaySource = "retry-after" | "x-ratelimit-reset" | "backoff"

/** A delay and its source. */
export interface Delay {
  readonly millis: number
  readonly source: DelaySource
}

/**
 * Exponential backoff with "equal jitter": half of `base × 2^retry` (capped) is fixed, the other half random, so
 * concurrent clients spread out but never retry immediately.
 */
export const backoff = (retry: number, policy: Policy, random: number): Delay => {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry)
  return { millis: Math.round(step / 2 + (random * step) / 2), source: "backoff" }
}

/**
 * The delay before retrying a 429 (or a 5xx that says when to come back): `Retry-After` first (exact: Auth0 said
 * when), else until `X-RateLimit-Reset` (epoch seconds, plus up to 10 % positive jitter so a crowd of clients does
 * not return in the same millisecond), else {@link backoff}.
 */
export const delayFor = (
  headers: Readonly<Record<string, string | undefined>>,
  now: number,
  retry: number,
  policy: Policy,
  random: number,
  useResetHeader: boolean
): Delay => {
  const retryAfter = Headers.retryAfter(headers["retry-after"], now)
  if (retryAfter !== undefined) return { millis: Math.ceil(retryAfter * 1000), source: "retry-after" }
  if (useResetHeader) {
    const { reset } = Headers.rateLimit(headers)
    if (reset !== undefined) {
      const until = reset * 1000 - now
      // A reset in the past (clock skew, or the bucket already refilled) says nothing useful: back off instead.
      if (until > 0) return { millis: Math.ceil(until + random * until * 0.1), source: "x-ratelimit-reset" }
    }
  }
  return backoff(retry, policy, random)
}
