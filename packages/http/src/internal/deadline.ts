/**
 * A per-attempt deadline with one fiber and one timer. `Effect.timeoutOption` races two forked fibers (the effect and
 * a sleep) and costs about twice as much CPU per call; an attempt pays this on every request, so it matters.
 * The timer is the live clock's own (`setTimeout`); under any other clock (a `TestClock`), the deadline is
 * `Effect.timeoutOption` on that clock.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"

/**
 * Runs `effect` in a child fiber: `Some` of its value when it ends within `millis`, `None` when the deadline passes
 * first (the child is then interrupted, and that interruption is awaited, so whatever it held is released). An
 * interruption of the caller interrupts the child too.
 */
export const within = <A, E, R>(effect: Effect.Effect<A, E, R>, millis: number): Effect.Effect<Option.Option<A>, E, R> =>
  Effect.clockWith((clock) => clock.sleep === liveSleep ? withTimer(effect, millis) : Effect.timeoutOption(effect, Duration.millis(millis)))

// The live clock's `sleep` (a prototype method, the same function on every live clock).
const liveSleep = Clock.make().sleep

const withTimer = <A, E, R>(effect: Effect.Effect<A, E, R>, millis: number): Effect.Effect<Option.Option<A>, E, R> =>
  Effect.suspend(() => {
    // The child hands its value over through `value` and ends with `void`, and the handover clears `value`: an ended
    // fiber stays reachable for a while after it is done (measured: the answers of forked attempts survived
    // young-generation collections, where nothing kept the fiber's own result), so it must not hold the answer.
    let value: A | undefined
    return Effect.flatMap(
      Effect.fork(Effect.map(effect, (a) => {
        value = a
      })),
      (fiber) =>
        Effect.async<Option.Option<A>, E>((resume) => {
          let settled = false
          const timer = setTimeout(() => {
            if (settled) return
            settled = true
            value = undefined
            resume(Effect.as(Fiber.interrupt(fiber), Option.none()))
          }, millis)
          fiber.addObserver((exit) => {
            if (settled) return
            settled = true
            clearTimeout(timer)
            const a = value as A
            value = undefined
            resume(Exit.isSuccess(exit) ? Effect.succeed(Option.some(a)) : Exit.failCause(exit.cause))
          })
          return Effect.suspend(() => {
            settled = true
            value = undefined
            clearTimeout(timer)
            return Fiber.interrupt(fiber)
          })
        })
    )
  })
