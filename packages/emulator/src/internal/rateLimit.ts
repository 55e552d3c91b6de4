/**
 * A token bucket like the Management API's global limit: `burst` requests at once, refilled at `requestsPerSecond`.
 * Pure arithmetic over a caller-supplied clock so it is easy to test and to reset.
 */

/** Rate-limit settings: sustained rate and bucket size. */
export interface RateLimitSettings {
  readonly requestsPerSecond: number
  readonly burst: number
}

/** What to answer for one request. */
export interface Decision {
  readonly allowed: boolean
  /** `x-ratelimit-limit`. */
  readonly limit: number
  /** `x-ratelimit-remaining`. */
  readonly remaining: number
  /** `x-ratelimit-reset`: epoch seconds when the bucket is full again. */
  readonly reset: number
  /** `retry-after` seconds (≥ 1) when not allowed. */
  readonly retryAfter: number
}

/** The bucket reported when rate limiting is off: always full, so clients never throttle themselves. */
export const UNLIMITED = 1000

/** A mutable bucket. */
export interface Bucket {
  /** Takes one token if there is one. `now` is epoch milliseconds. */
  readonly take: (now: number) => Decision
  /** Reports the state without taking a token. */
  readonly peek: (now: number) => Decision
  /** Refills the bucket (used by `POST /__emulator/reset`). */
  readonly refill: () => void
  readonly settings: RateLimitSettings | undefined
}

/** A bucket for the given settings; `undefined` settings means unlimited. */
export const makeBucket = (settings: RateLimitSettings | undefined): Bucket => {
  if (settings === undefined) {
    const decision = (now: number): Decision => ({
      allowed: true,
      limit: UNLIMITED,
      remaining: UNLIMITED,
      reset: Math.ceil(now / 1000),
      retryAfter: 0
    })
    return { take: decision, peek: decision, refill: () => {}, settings }
  }
  const { burst, requestsPerSecond } = settings
  let tokens = burst
  let updatedAt: number | undefined
  const advance = (now: number) => {
    if (updatedAt !== undefined && now > updatedAt) tokens = Math.min(burst, tokens + ((now - updatedAt) / 1000) * requestsPerSecond)
    if (updatedAt === undefined || now > updatedAt) updatedAt = now
  }
  const report = (now: number, allowed: boolean): Decision => {
    const missing = burst - tokens
    return {
      allowed,
      limit: burst,
      remaining: Math.max(0, Math.floor(tokens)),
      reset: Math.ceil((now + (missing / requestsPerSecond) * 1000) / 1000),
      retryAfter: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / requestsPerSecond))
    }
  }
  return {
    settings,
    take: (now) => {
      advance(now)
      if (tokens >= 1) {
        tokens -= 1
        return report(now, true)
      }
      return report(now, false)
    },
    peek: (now) => {
      advance(now)
      return report(now, true)
    },
    refill: () => {
      tokens = burst
      updatedAt = undefined
    }
  }
}
