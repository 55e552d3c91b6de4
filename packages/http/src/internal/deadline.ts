/**
 * The per-attempt deadline. Two ways to enforce it, both on the live clock's own timers (`setTimeout`); under any
 * other clock (a `TestClock`) the deadline is `Effect.timeoutOption` on that clock, so tests keep virtual time.
 * - An HTTP client that enforces deadlines itself (`UndiciHttpClient`, and the clients this package derives from it,
 *   see {@link inherit}) reads the deadline from the {@link TransportDeadline} in context and fails a request that
 *   overruns it with a {@link DeadlineExceeded} cause: no fiber is forked per attempt, and the deadline enters the
 *   context with the attempt's span, in one step.
 * - Any other client: the attempt runs in one child fiber raced against one timer. `Effect.timeoutOption` races two
 *   forked fibers (the effect and a sleep) and costs about twice as much CPU per call.
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import type * as HttpClient from "@effect/platform/HttpClient"

/** The cause of a request a deadline-enforcing client gave up on: no complete answer within `millis`. */
export class DeadlineExceeded extends Error {
  constructor(readonly millis: number) {
    super(`no response within ${millis} ms`)
    this.name = "DeadlineExceeded"
  }
}

/** The deadline, in milliseconds from the start of the request, that a deadline-enforcing client applies. */
export class TransportDeadline extends Context.Tag("@effect-auth0/http/TransportDeadline")<TransportDeadline, number>() {}

const none = () => undefined

/** The deadline in `context`, if any. */
export const transportDeadline = (context: Context.Context<never>): number | undefined =>
  Context.getOrElse(context as Context.Context<TransportDeadline>, TransportDeadline, none)

// Clients known to read `TransportDeadline` (a WeakSet: client objects are never marked by mutation).
const enforcing = new WeakSet<HttpClient.HttpClient>()

/** Marks `client` as one that enforces the `TransportDeadline` in context on every request. */
export const enforcedBy = <C extends HttpClient.HttpClient>(client: C): C => {
  enforcing.add(client)
  return client
}

/**
 * `derived` (a client that hands every request to `base`, in the same fiber) enforces deadlines when `base` does.
 */
export const inherit = (base: HttpClient.HttpClient, derived: HttpClient.HttpClient): HttpClient.HttpClient =>
  enforcing.has(base) ? enforcedBy(derived) : derived

/** Whether `client` enforces the `TransportDeadline` itself. */
export const isEnforcedBy = (client: HttpClient.HttpClient): boolean => enforcing.has(client)

const isExceeded = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { readonly cause?: unknown }).cause instanceof DeadlineExceeded

/**
 * `Some` of `effect`'s value when it ends within `millis`, `None` when the deadline passes first (and `effect` is
 * then stopped: its fiber interrupted and awaited, so whatever it held is released).
 */
export const within = <A, E, R>(effect: Effect.Effect<A, E, R>, millis: number): Effect.Effect<Option.Option<A>, E, R> =>
  Effect.clockWith((clock) => onClock(effect, millis, clock))

// The live clock's `sleep` (a prototype method, the same function on every live clock).
const liveSleep = Clock.make().sleep

const onClock = <A, E, R>(effect: Effect.Effect<A, E, R>, millis: number, clock: Clock.Clock) =>
  clock.sleep === liveSleep ? withTimer(effect, millis) : Effect.timeoutOption(effect, Duration.millis(millis))

/** How one attempt keeps its deadline: the attempt to run, and the services to run it with. */
export interface Attempt<A, E, R> {
  readonly effect: Effect.Effect<Option.Option<A>, E, R>
  /** The {@link TransportDeadline}, when the client enforces it. */
  readonly provide: Context.Context<never> | undefined
}

/**
 * `request` (one request on `client`) with the deadline `millis` on `clock`: as {@link within}, or, when `client`
 * enforces deadlines and the clock is the live one, with the deadline to provide and the client's
 * {@link DeadlineExceeded} failure turned into `None`.
 */
export const forAttempt = <A, E, R>(
  request: Effect.Effect<A, E, R>,
  millis: number,
  client: HttpClient.HttpClient,
  clock: Clock.Clock
): Attempt<A, E, R> =>
  clock.sleep === liveSleep && isEnforcedBy(client)
    ? {
      effect: Effect.catchIf(Effect.asSome(request), isExceeded, () => Effect.succeedNone),
      provide: Context.make(TransportDeadline, millis)
    }
    : { effect: onClock(request, millis, clock), provide: undefined }

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
