/**
 * The client-side rate limiter: a token bucket shared by every call built from one layer, plus an adaptive gate
 * that spreads the requests left in Auth0's bucket (`x-ratelimit-remaining`) until its reset when they run low.
 *
 * Reservations are taken atomically (`Ref.modify`) and the caller sleeps afterwards, so concurrent callers queue
 * fairly without a lock, and everything runs on the `Clock` (it works under `TestClock`).
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import type { RateLimitState } from "../RateLimit.js"

/** Limiter settings after defaults are applied. */
export interface Settings {
  /** Sustained rate; `undefined` disables the token bucket. */
  readonly requestsPerSecond: number | undefined
  /** Bucket size: how many requests may start at once after a quiet period. */
  readonly burst: number
  /**
   * Slow down when Auth0 reports this many requests left or fewer; `undefined` → 10 % of `x-ratelimit-limit`
   * (at least 1); `0` still waits for the reset when nothing is left; negative disables the adaptive gate.
   */
  readonly slowDownBelow: number | undefined
  /** The longest the adaptive gate makes one request wait (guards against a skewed `x-ratelimit-reset`). */
  readonly maxSlowDownMs: number
}

/** A limiter: `acquire` waits until the next request may start. */
export interface Limiter {
  readonly acquire: Effect.Effect<void>
  /**
   * Records Auth0's state from a response that was not a 429 (a 429 is waited out by the retry loop, which follows
   * `Retry-After`; pacing on it as well would wait twice).
   */
  readonly observe: (state: RateLimitState) => Effect.Effect<void>
}

interface State {
  readonly tokens: number
  readonly updatedAt: number
  /** The earliest start of the next request while Auth0's bucket is low (0 when not low). */
  readonly lowGate: number
}

const threshold = (settings: Settings, state: RateLimitState): number =>
  settings.slowDownBelow ?? Math.max(1, Math.floor(state.limit * 0.1))

/** Builds a limiter. */
export const make = (settings: Settings): Effect.Effect<Limiter> =>
  Effect.gen(function*() {
    const bucket = yield* Ref.make<State>({ tokens: settings.burst, updatedAt: -1, lowGate: 0 })
    const observed = yield* Ref.make(Option.none<RateLimitState>())
    const rate = settings.requestsPerSecond
    const acquire = Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const last = yield* Ref.get(observed)
      const wait = yield* Ref.modify(bucket, (s): readonly [number, State] => {
        let tokens = s.tokens
        let bucketWait = 0
        if (rate !== undefined) {
          const elapsed = s.updatedAt < 0 ? 0 : Math.max(0, now - s.updatedAt)
          // Tokens may go negative: each negative unit is a reservation of a future slot.
          tokens = Math.min(settings.burst, tokens + (elapsed * rate) / 1000) - 1
          bucketWait = tokens >= 0 ? 0 : (-tokens * 1000) / rate
        }
        let lowGate = 0
        let lowWait = 0
        if (Option.isSome(last) && (settings.slowDownBelow === undefined || settings.slowDownBelow >= 0)) {
          const state = last.value
          const resetAt = state.reset * 1000
          if (state.remaining <= threshold(settings, state) && resetAt > now) {
            let slot: number
            if (state.remaining <= 0) {
              // Nothing left: wait for the refill (the token bucket spaces whoever waited for it).
              slot = resetAt
              lowGate = resetAt
            } else {
              // Spread what is left evenly over the time until the reset.
              slot = Math.max(now, s.lowGate)
              lowGate = slot + Math.max(0, resetAt - slot) / state.remaining
            }
            lowWait = Math.min(slot - now, settings.maxSlowDownMs)
          }
        }
        return [Math.max(bucketWait, lowWait), { tokens, updatedAt: now, lowGate }]
      })
      if (wait > 0) yield* Effect.sleep(Duration.millis(Math.ceil(wait)))
    })
    return { acquire, observe: (state) => Ref.set(observed, Option.some(state)) }
  })
