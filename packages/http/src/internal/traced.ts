/**
 * The client's spans. Two costs of `Effect.withSpan` / `Effect.fn` are avoided on every call:
 * - `Effect.fn` builds an `Error` on every call to record the caller's source location (about 30 µs of CPU per call,
 *   as much as the rest of the span); the span, its name and its attributes stay.
 * - A span ends with the exit of what it wraps, and Effect's default tracer keeps that exit in the ended span. The
 *   value of a call (a decoded page, an answer's text) then stays reachable from spans that outlive the call, and in
 *   the list benchmark twice as much of each page survived young-generation collections (their time doubled, about
 *   150 µs of CPU per `list`). So spans here end with the call's outcome, success or failure, but not its value.
 */
import * as Effect from "effect/Effect"
import type * as Tracer from "effect/Tracer"
import type { YieldWrap } from "effect/Utils"

type ErrorOf<Eff> = [Eff] extends [never] ? never : [Eff] extends [YieldWrap<Effect.Effect<infer _A, infer E, infer _R>>] ? E : never
type ContextOf<Eff> = [Eff] extends [never] ? never : [Eff] extends [YieldWrap<Effect.Effect<infer _A, infer _E, infer R>>] ? R : never

const NO_STACK = { captureStackTrace: false } as const

/**
 * `effect` inside the span `name` (no stack capture unless `options` asks for one): the span ends with `effect`'s
 * failure, or with a plain success that does not hold the value.
 */
export const withSpan = <A, E, R>(effect: Effect.Effect<A, E, R>, name: string, options: Tracer.SpanOptions = NO_STACK): Effect.Effect<A, E, R> =>
  Effect.suspend(() => {
    let value: A | undefined
    return Effect.withSpan(
      Effect.map(effect, (a) => {
        value = a
      }),
      name,
      options
    ).pipe(Effect.map(() => {
      const a = value as A
      value = undefined
      return a
    }))
  })

/** A function whose every call runs `body` as an `Effect.gen` inside the span `name` (see {@link withSpan}). */
export const traced = (name: string) =>
<Eff extends YieldWrap<Effect.Effect<unknown, unknown, unknown>>, A, Args extends Array<any>>(
  body: (...args: Args) => Generator<Eff, A, never>
) =>
(...args: Args): Effect.Effect<A, ErrorOf<Eff>, ContextOf<Eff>> =>
  withSpan(Effect.gen(() => body(...args)) as Effect.Effect<A, ErrorOf<Eff>, ContextOf<Eff>>, name)
