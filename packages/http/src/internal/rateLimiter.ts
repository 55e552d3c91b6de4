/**
 * The client-side rate limiter: a token bucket shared by every call built from one layer, plus an adaptive gate
 * that spreads the requests left in Auth0's bucket (`x-ratelimit-remaining`) until its reset when they run low.
 *
 * Reservations are taken atomically (`Ref.modify`) and the caller sleeps afterwards, so concurrent callers queue
 * fairly without a lock, and everything runs on the `Clock` (it works under `TestClock`). While the gate holds calls
 * back they get start times one token apart, never one shared start (which would overflow the bucket at once).
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
  /**
   * The token bucket as a schedule (GCRA): the "theoretical arrival time" after the last reservation. A request may
   * start at `tat - (burst - 1) × interval`; each start moves it one interval past the later of itself and the start.
   */
  readonly tat: number
  /** The earliest start of the next request while Auth0's bucket is low (0 when not low). */
  readonly lowGate: number
}

const threshold = (settings: Settings, state: RateLimitState): number =>
  settings.slowDownBelow ?? Math.max(1, Math.floor(state.limit * 0.1))

/** Builds a limiter. */
export const make = (settings: Settings): Effect.Effect<Limiter> =>
  Effect.gen(function*() {
    const bucket = yield* Ref.make<State>({ tat: Number.NEGATIVE_INFINITY, lowGate: 0 })
    const observed = yield* Ref.make(Option.none<RateLimitState>())
    const rate = settings.requestsPerSecond
    /** Milliseconds between two tokens of our own bucket. */
    const interval = rate === undefined ? undefined : 1000 / rate
    const gateEnabled = settings.slowDownBelow === undefined || settings.slowDownBelow >= 0
    // Off entirely: nothing to wait for and nothing to remember.
    if (interval === undefined && !gateEnabled) return { acquire: Effect.void, observe: () => Effect.void }
    /** The wait before a request asked for at `now` may start, and the state after reserving it. */
    const reserve = (now: number, last: Option.Option<RateLimitState>, s: State): readonly [number, State] => {
      const bucketStart = interval === undefined ? now : Math.max(now, s.tat - (settings.burst - 1) * interval)
      let gateStart = now
      let lowGate = 0
      if (Option.isSome(last) && gateEnabled) {
        const state = last.value
        const resetAt = state.reset * 1000
        const missing = Math.max(1, state.limit - state.remaining)
        // Auth0's report matches our own bucket (no bigger a burst, and a refill by the reset no slower than our
        // rate, give or take the reset's whole-second rounding): the bucket already paces us, and waiting for a
        // rounded-up reset would only lose time. Otherwise someone else spends the budget or our rate is too high.
        const matchesOurBucket = interval !== undefined && settings.burst <= state.limit &&
          resetAt - state.observedAt <= missing * interval + 1000
        if (state.remaining <= threshold(settings, state) && resetAt > now && !matchesOurBucket) {
          // One token apart: our own rate, else the refill rate the report implies (the bucket full at the reset).
          const step = interval ?? Math.max(0, resetAt - state.observedAt) / missing
          let slot: number
          if (state.remaining <= 0) {
            // Nothing left: from the reset on, one call per token, never all at once at the reset.
            slot = Math.max(resetAt, s.lowGate)
            lowGate = slot + step
          } else {
            // Spread what is left evenly over the time until the reset (at least one token apart).
            slot = Math.max(now, s.lowGate)
            lowGate = slot + Math.max(step, Math.max(0, resetAt - slot) / state.remaining)
          }
          gateStart = now + Math.min(slot - now, settings.maxSlowDownMs)
        }
      }
      const start = Math.max(bucketStart, gateStart)
      // The bucket counts this request at its real start, so a long gate does not leave a burst behind it.
      const tat = interval === undefined ? s.tat : Math.max(s.tat, start) + interval
      return [start - now, { tat, lowGate }]
    }
    const acquire = Effect.flatMap(Clock.currentTimeMillis, (now) =>
      Effect.flatMap(Ref.get(observed), (last) =>
        Effect.flatMap(Ref.modify(bucket, (s) => reserve(now, last, s)), (wait) =>
          wait > 0 ? Effect.sleep(Duration.millis(Math.ceil(wait))) : Effect.void)))
    return { acquire, observe: (state) => Ref.set(observed, Option.some(state)) }
  })
