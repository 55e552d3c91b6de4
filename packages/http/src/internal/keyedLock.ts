/**
 * A lock per key (a connection id, a connection name) inside one service: calls holding the same key wait for each
 * other, calls with different keys do not. An entry lives only while some call holds or awaits its key, so memory
 * follows the concurrency, not the number of keys ever used. Each entry carries a small state of its own (created
 * with the entry, dropped with it) for callers that need to know what the other holders did.
 */
import * as Effect from "effect/Effect"

/** One key's lock while it is in use. */
export interface Entry<S> {
  /** `permits` permits: take 1 to share the key, all of them to hold it alone. */
  readonly semaphore: Effect.Semaphore
  readonly state: S
}

interface Slot<S> extends Entry<S> {
  /** Calls holding or waiting for the key. */
  users: number
}

/** Locks per key. */
export interface KeyedLock<S> {
  /** Runs `f` with the key's entry; the entry stays alive (state included) until `f` ends. */
  readonly withEntry: <A, E, R>(key: string, f: (entry: Entry<S>) => Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  /** Runs `f` holding the key alone, once every earlier holder has finished. */
  readonly withLock: <A, E, R>(key: string, f: (state: S) => Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  /** The number of permits of each entry's semaphore. */
  readonly permits: number
}

/** A keyed lock whose entries start with `initial()` and have `permits` permits (default 1: a plain mutex). */
export const make = <S>(initial: () => S, permits = 1): KeyedLock<S> => {
  const slots = new Map<string, Slot<S>>()
  const enter = (key: string) =>
    Effect.sync(() => {
      let slot = slots.get(key)
      if (slot === undefined) {
        slot = { semaphore: Effect.unsafeMakeSemaphore(permits), state: initial(), users: 0 }
        slots.set(key, slot)
      }
      slot.users++
      return slot
    })
  const leave = (key: string, slot: Slot<S>) =>
    Effect.sync(() => {
      slot.users--
      if (slot.users === 0 && slots.get(key) === slot) slots.delete(key)
    })
  // acquireUseRelease: the count goes down even when the call is interrupted while waiting.
  const withEntry: KeyedLock<S>["withEntry"] = (key, f) => Effect.acquireUseRelease(enter(key), f, (slot) => leave(key, slot))
  return {
    withEntry,
    withLock: (key, f) => withEntry(key, (entry) => entry.semaphore.withPermits(permits)(f(entry.state))),
    permits
  }
}
