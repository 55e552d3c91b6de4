import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Exit, Fiber, Option, TestClock } from "effect"
import * as Deadline from "../src/internal/deadline.js"

describe("the per-attempt deadline", () => {
  it.live("on the live clock: Some when the work ends in time, None (work interrupted) when the deadline passes first", () =>
    Effect.gen(function*() {
      expect(yield* Deadline.within(Effect.succeed(1), 1_000)).toEqual(Option.some(1))
      const interrupted = yield* Deferred.make<void>()
      const slow = Effect.never.pipe(Effect.onInterrupt(() => Deferred.succeed(interrupted, undefined)))
      expect(yield* Deadline.within(slow, 20)).toEqual(Option.none())
      // The work was interrupted (and that interruption awaited) before `within` returned.
      expect(yield* Deferred.isDone(interrupted)).toBe(true)
    }))

  it.live("on the live clock: a failure of the work is the deadline's failure", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(Deadline.within(Effect.fail("boom"), 1_000))
      expect(exit).toEqual(Exit.fail("boom"))
    }))

  it.live("on the live clock: interrupting the caller interrupts the work", () =>
    Effect.gen(function*() {
      const started = yield* Deferred.make<void>()
      const interrupted = yield* Deferred.make<void>()
      const work = Deferred.succeed(started, undefined).pipe(
        Effect.zipRight(Effect.never),
        Effect.onInterrupt(() => Deferred.succeed(interrupted, undefined))
      )
      const caller = yield* Effect.fork(Deadline.within(work, 60_000))
      yield* Deferred.await(started)
      yield* Fiber.interrupt(caller)
      expect(yield* Deferred.isDone(interrupted)).toBe(true)
    }))

  it.effect("under a TestClock, the deadline follows that clock", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Deadline.within(Effect.never, 5_000))
      yield* TestClock.adjust(4_999)
      expect(fiber.unsafePoll()).toBeNull()
      yield* TestClock.adjust(1)
      expect(yield* Fiber.join(fiber)).toEqual(Option.none())
    }))
})
