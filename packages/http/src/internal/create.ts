/**
 * `create` without duplicates. `POST /connections` is never resent blindly: after an ambiguous failure (5xx,
 * timeout, dropped connection) the POST may have been applied, so the name is looked up, and the POST is sent
 * again only when the name is free (a 409 on such a re-send triggers the same lookup).
 *
 * Creates of one name (Auth0 compares names case-insensitively) share a lock entry: first POSTs run side by side
 * (one permit each), so Auth0 picks the winner and the others get its real 409; a call whose POST failed
 * ambiguously reconciles holding every permit, once every POST of the name in flight has settled, and never adopts
 * a connection another call of this service was handed (the entry's state holds those ids).
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Random from "effect/Random"
import type * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as ConnectionsError from "../ConnectionsError.js"
import type { Service } from "../ConnectionsService.js"
import * as Endpoints from "./endpoints.js"
import type { Executor } from "./executor.js"
import * as KeyedLock from "./keyedLock.js"
import * as Retry from "./retry.js"

const conflict = (message: string) => new ConnectionsError.Conflict({ statusCode: 409, errorCode: "connection_conflict", message })

/** The `create` method, with its own per-name locks. */
export const make = (executor: Executor, findByName: Service["findByName"]): Service["create"] => {
  const createLocks = KeyedLock.make(() => new Set<string>(), 1_000_000)
  const post = (input: ConnectionRequest.CreateConnection) =>
    Effect.map(executor.execute(Endpoints.create, { body: input }), (reply) => reply.value)

  /**
   * After an ambiguous failure of the POST: returns the connection when this call may have created it, re-sends
   * the POST when the name is free. Runs alone for its name; `claimed` holds the ids other calls were handed.
   */
  const reconcile = (input: ConnectionRequest.CreateConnection, firstError: ConnectionsError.CommonError | ConnectionsError.Conflict, claimed: Set<string>) =>
    Effect.gen(function*() {
      let error = firstError
      let resends = 0
      while (true) {
        const existing = yield* findByName(input.name)
        yield* Effect.annotateCurrentSpan("auth0.create.reconciled", Option.isSome(existing))
        if (Option.isSome(existing)) {
          // Another call of this service created it and returned it: not ours. Auth0's answer to a second create.
          if (claimed.has(existing.value.id)) return yield* conflict(`A connection named ${input.name} already exists`)
          if (existing.value.strategy !== input.strategy) {
            return yield* conflict(`A connection named ${input.name} exists with strategy ${existing.value.strategy}, not ${input.strategy}`)
          }
          yield* Effect.annotateCurrentSpan({ "connection.id": existing.value.id, "auth0.create.resends": resends })
          // At most one ambiguous caller can have created it: the next one to look gets Conflict.
          claimed.add(existing.value.id)
          return existing.value
        }
        if (error._tag === "Conflict" || resends >= executor.policy.maxRetries) return yield* Effect.fail(error)
        // The name is free: the POST was not applied. Back off (Auth0 was failing) and send it again.
        const delay = Retry.backoff(resends, executor.policy, yield* Random.next)
        resends++
        yield* Effect.logDebug("auth0: create failed ambiguously and the name is free; sending again").pipe(
          Effect.annotateLogs({ name: input.name, resend: resends, delayMs: delay.millis })
        )
        yield* Effect.sleep(Duration.millis(delay.millis))
        const attempt = yield* Effect.either(post(input))
        if (Either.isRight(attempt)) {
          yield* Effect.annotateCurrentSpan({ "connection.id": attempt.right.id, "auth0.create.resends": resends })
          claimed.add(attempt.right.id)
          return attempt.right
        }
        error = attempt.left
        // A 409 on a re-send may be our own earlier attempt that was applied after all: look again.
        if (error._tag !== "ServerError" && error._tag !== "TransportError" && error._tag !== "Conflict") return yield* Effect.fail(error)
      }
    })

  return Effect.fn("ConnectionsService.create")(function*(input: ConnectionRequest.CreateConnection) {
    yield* Effect.annotateCurrentSpan({ "connection.name": input.name, "connection.strategy": input.strategy })
    return yield* createLocks.withEntry(input.name.toLowerCase(), (entry) =>
      Effect.gen(function*() {
        const first = yield* entry.semaphore.withPermits(1)(Effect.tap(Effect.either(post(input)), (attempt) => {
          if (Either.isRight(attempt)) entry.state.add(attempt.right.id)
        }))
        if (Either.isRight(first)) {
          yield* Effect.annotateCurrentSpan({ "connection.id": first.right.id, "auth0.create.resends": 0 })
          return first.right
        }
        const error = first.left
        if (error._tag !== "ServerError" && error._tag !== "TransportError") return yield* Effect.fail(error)
        return yield* entry.semaphore.withPermits(createLocks.permits)(reconcile(input, error, entry.state))
      }))
  })
}
