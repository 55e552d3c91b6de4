/**
 * The client's spans: what `Effect.withSpan` records (name, kind, parent, attributes, links, timing, the failure),
 * built in about a third of its runtime steps. Measured per call, these were worth avoiding:
 * - `Effect.fn` builds an `Error` on every call to record the caller's source location (about 30 µs of CPU per call,
 *   as much as the rest of the span). These spans capture no stack.
 * - `Effect.withSpan` is about 30 runtime steps: the span's `onExit`, then `Effect.withParentSpan`, an
 *   `acquireUseRelease` of its own. Here the span is made, entered and left in one uninterruptible region (about 12
 *   steps), and services that belong with the span (an attempt's deadline) enter the context in the same step.
 * - A span ends with the exit of what it wraps, and Effect's default tracer keeps that exit in the ended span. The
 *   value of a call (a decoded page, an answer's text) then stays reachable from spans that outlive the call, and in
 *   the list benchmark twice as much of each page survived young-generation collections (their time doubled, about
 *   150 µs of CPU per `list`). So spans here end with the call's outcome, success or failure, but not its value.
 * - `Effect.annotateCurrentSpan` is about 7 steps; attributes known from the arguments go in at creation and those
 *   known from the value (`attributesOf`) when the span ends.
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import * as Tracer from "effect/Tracer"
import type { YieldWrap } from "effect/Utils"

type ErrorOf<Eff> = [Eff] extends [never] ? never : [Eff] extends [YieldWrap<Effect.Effect<infer _A, infer E, infer _R>>] ? E : never
type ContextOf<Eff> = [Eff] extends [never] ? never : [Eff] extends [YieldWrap<Effect.Effect<infer _A, infer _E, infer R>>] ? R : never

/** What a span adds to `Effect.withSpan`'s options. */
export interface Extras<A> {
  /** Attributes read from the value when the span ends successfully (`undefined`: none). */
  readonly attributesOf?: ((value: A) => Readonly<Record<string, unknown>> | undefined) | undefined
  /** Services provided to the effect together with the span (in the same context update). */
  readonly provide?: Context.Context<never> | undefined
}

const NO_STACK: Tracer.SpanOptions = { captureStackTrace: false }
const NO_EXTRAS: Extras<unknown> = {}
const bigint0 = BigInt(0)

/** Ends `span` with `exit` on the clock and timing setting of the fiber that ends it. */
const end = (span: Tracer.Span, exit: Exit.Exit<unknown, unknown>) =>
  Effect.withFiberRuntime<void>((fiber) => {
    if (span.status._tag !== "Ended") {
      const timed = fiber.getFiberRef(FiberRef.currentTracerTimingEnabled)
      span.end(timed ? Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeNanos() : bigint0, exit)
    }
    return Effect.void
  })

/**
 * `effect` inside the span `name` (`options` as `Effect.withSpan`'s; no stack is captured), a child of the current
 * span: the span is the current span while `effect` runs, with `extras.provide`'s services, and ends with `effect`'s
 * failure or interruption, or with a plain success that does not hold the value.
 */
export const withSpan = <A, E, R>(
  effect: Effect.Effect<A, E, R>,
  name: string,
  options: Tracer.SpanOptions = NO_STACK,
  extras: Extras<A> = NO_EXTRAS
): Effect.Effect<A, E, R> =>
  Effect.uninterruptibleMask((restore) =>
    Effect.flatMap(Effect.makeSpan(name, options.captureStackTrace === false ? options : { ...options, captureStackTrace: false }), (span) =>
      Effect.flatMap(
        FiberRef.getAndUpdate(FiberRef.currentContext, (context) => {
          const inner = Context.add(context, Tracer.ParentSpan, span)
          return extras.provide === undefined ? inner : Context.merge(inner, extras.provide)
        }),
        (outer) =>
          Effect.matchCauseEffect(restore(effect), {
            onFailure: (cause) =>
              Effect.zipRight(FiberRef.set(FiberRef.currentContext, outer), Effect.zipRight(end(span, Exit.failCause(cause)), Effect.failCause(cause))),
            onSuccess: (value) => {
              const attributes = extras.attributesOf?.(value)
              if (attributes !== undefined) for (const key in attributes) span.attribute(key, attributes[key])
              return Effect.zipRight(FiberRef.set(FiberRef.currentContext, outer), Effect.as(end(span, Exit.void), value))
            }
          })
      ))
  )

/** The attributes of a {@link traced} function's span: from its arguments, at the start, and from its value, at the end. */
export interface TracedAttributes<Args extends ReadonlyArray<unknown>, A> {
  readonly attributes?: ((...args: Args) => Readonly<Record<string, unknown>>) | undefined
  readonly attributesOf?: ((value: A) => Readonly<Record<string, unknown>> | undefined) | undefined
}

/**
 * A function whose every call runs `body` as an `Effect.gen` inside the span `name` (see {@link withSpan}), with the
 * attributes `annotations` reads from the arguments and the value.
 */
export const traced = (name: string) =>
<Eff extends YieldWrap<Effect.Effect<unknown, unknown, unknown>>, A, Args extends Array<any>>(
  body: (...args: Args) => Generator<Eff, A, never>,
  annotations: TracedAttributes<NoInfer<Args>, NoInfer<A>> = {}
) =>
(...args: Args): Effect.Effect<A, ErrorOf<Eff>, ContextOf<Eff>> =>
  withSpan(
    Effect.gen(() => body(...args)) as Effect.Effect<A, ErrorOf<Eff>, ContextOf<Eff>>,
    name,
    annotations.attributes === undefined ? NO_STACK : { captureStackTrace: false, attributes: annotations.attributes(...args) },
    annotations.attributesOf === undefined ? NO_EXTRAS : { attributesOf: annotations.attributesOf }
  )
