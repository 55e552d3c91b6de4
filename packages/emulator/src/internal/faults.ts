/**
 * The queue of scripted faults: rules in the order they were added, each answering `times` matching requests.
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Fault from "../Fault.js"

/** The emulator's fault queue. */
export interface FaultQueue {
  /** Validates and queues rules after the ones already queued; invalid rules queue nothing (`Left`: why). */
  readonly add: (rules: ReadonlyArray<Fault.FaultRule>) => Effect.Effect<Either.Either<ReadonlyArray<Fault.Fault>, string>>
  readonly list: Effect.Effect<ReadonlyArray<Fault.Fault>>
  readonly clear: Effect.Effect<void>
  /** Removes one rule; `false` when no queued rule has this id. */
  readonly remove: (id: number) => Effect.Effect<boolean>
  /** The first rule matching the request, with one use taken from it. */
  readonly take: (method: string, path: string) => Effect.Effect<Fault.Fault | undefined>
}

interface Queued {
  readonly fault: Fault.Fault
  readonly matches: (method: string, path: string) => boolean
}

/** An empty queue. */
export const make = (): FaultQueue => {
  // Confined to one emulator; every access is a single synchronous step.
  let queued: ReadonlyArray<Queued> = []
  let nextId = 1
  return {
    add: (input) =>
      Effect.sync(() =>
        // Programmatic rules get the same validation as posted ones (a bad regex must not become a defect later).
        Either.map(Fault.parseRules(input), (rules) => {
          const added = rules.map((rule): Queued => ({
            fault: { ...rule, id: nextId++, remaining: rule.times ?? 1 },
            matches: Fault.matcher(rule)
          }))
          queued = [...queued, ...added]
          return added.map((q) => q.fault)
        })
      ),
    list: Effect.sync(() => queued.map((q) => q.fault)),
    clear: Effect.sync(() => {
      queued = []
    }),
    remove: (id) =>
      Effect.sync(() => {
        const before = queued.length
        queued = queued.filter((q) => q.fault.id !== id)
        return queued.length < before
      }),
    take: (method, path) =>
      Effect.sync(() => {
        const index = queued.findIndex((q) => q.matches(method, path))
        if (index < 0) return undefined
        const { fault, matches } = queued[index]!
        const next = { ...fault, remaining: fault.remaining - 1 }
        queued = next.remaining > 0
          ? queued.map((q, i) => (i === index ? { fault: next, matches } : q))
          : queued.filter((_, i) => i !== index)
        return fault
      })
  }
}
