/**
 * The service methods' spans: `traced(name)(function*(...args) { ... })` is `Effect.fn(name)(...)` without the stack
 * capture. `Effect.fn` builds an `Error` on every call to record the caller's source location in the span, which
 * cost about 30 µs of CPU per call, as much as the rest of the span; the span, its name and its attributes stay.
 */
import * as Effect from "effect/Effect"
import type { YieldWrap } from "effect/Utils"

type ErrorOf<Eff> = [Eff] extends [never] ? never : [Eff] extends [YieldWrap<Effect.Effect<infer _A, infer E, infer _R>>] ? E : never
type ContextOf<Eff> = [Eff] extends [never] ? never : [Eff] extends [YieldWrap<Effect.Effect<infer _A, infer _E, infer R>>] ? R : never

const NO_STACK = { captureStackTrace: false } as const

/** A function whose every call runs `body` as an `Effect.gen` inside the span `name`. */
export const traced = (name: string) =>
<Eff extends YieldWrap<Effect.Effect<unknown, unknown, unknown>>, A, Args extends Array<any>>(
  body: (...args: Args) => Generator<Eff, A, never>
) =>
(...args: Args): Effect.Effect<A, ErrorOf<Eff>, ContextOf<Eff>> =>
  Effect.withSpan(Effect.gen(() => body(...args)) as Effect.Effect<A, ErrorOf<Eff>, ContextOf<Eff>>, name, NO_STACK)
