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
import * as ConnectionsError from "../ConnectionsError.js"
import type { CreateInput, Service } from "../ConnectionsService.js"
import * as Endpoints from "./endpoints.js"
import type { Executor } from "./executor.js"
import * as KeyedLock from "./keyedLock.js"
import * as Retry from "./retry.js"
import * as Validate from "./validate.js"
import { traced } from "./traced.js"

const conflict = (message: string) => new ConnectionsError.Conflict({ statusCode: 409, errorCode: "connection_conflict", message })

type CreateError = ConnectionsError.CommonError | ConnectionsError.Conflict

/** A failure nothing of which can have reached Auth0: there is nothing to reconcile. */
const unsent = (error: CreateError): boolean => (error._tag === "TransportError" || error._tag === "ServerError") && !error.sent

/** What a reconciling `create` has sent: POSTs (each attempt counted) and lookups of the name. */
interface Sent {
  readonly posts: number
  readonly lookups: number
}

/**
 * The error a reconciling `create` ends with: `attempts` counts every POST this call sent, and the message says how
 * many lookups of the name it made besides (and why the last one failed, when it did).
 */
const finalError = (error: CreateError, sent: Sent, lookupFailure?: CreateError): CreateError => {
  const note = ` (create sent ${sent.posts} POSTs and made ${sent.lookups} lookups by name${
    lookupFailure === undefined ? "" : `; the last lookup failed: ${lookupFailure.message}`
  })`
  const envelope = {
    ...("statusCode" in error && error.statusCode !== undefined ? { statusCode: error.statusCode } : {}),
    ...("errorCode" in error && error.errorCode !== undefined ? { errorCode: error.errorCode } : {}),
    message: `${error.message}${note}`
  }
  switch (error._tag) {
    case "ServerError":
      return new ConnectionsError.ServerError({ ...envelope, attempts: sent.posts })
    case "RateLimited":
      return new ConnectionsError.RateLimited({ ...error, ...envelope, attempts: sent.posts })
    case "TransportError":
      return new ConnectionsError.TransportError({ ...error, message: envelope.message, attempts: sent.posts })
    case "Conflict":
      return new ConnectionsError.Conflict(envelope)
    default:
      return error
  }
}

const attemptsOf = (error: CreateError): number => ("attempts" in error ? error.attempts : 1)

/** The `create` method, with its own per-name locks. */
export const make = (executor: Executor, findByName: Service["findByName"]): Service["create"] => {
  const createLocks = KeyedLock.make(() => new Set<string>(), 1_000_000)
  const post = (input: CreateInput) =>
    Effect.map(executor.execute(Endpoints.create, { body: input }), (reply) => reply.value)

  /**
   * After an ambiguous failure of the POST: returns the connection when this call may have created it, re-sends
   * the POST when the name is free. Runs alone for its name; `claimed` holds the ids other calls were handed.
   */
  const reconcile = (input: CreateInput, firstError: CreateError, claimed: Set<string>) =>
    Effect.gen(function*() {
      let error = firstError
      let resends = 0
      let sent: Sent = { posts: attemptsOf(firstError), lookups: 0 }
      while (true) {
        sent = { ...sent, lookups: sent.lookups + 1 }
        yield* Effect.annotateCurrentSpan({ "auth0.create.posts": sent.posts, "auth0.create.lookups": sent.lookups })
        const lookup = yield* Effect.either(findByName(input.name))
        // The POST's error is the one to report: a failed lookup only means it is unknown whether it was applied.
        if (Either.isLeft(lookup)) return yield* Effect.fail(finalError(error, sent, lookup.left))
        const existing = lookup.right
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
        if (error._tag === "Conflict" || resends >= executor.policy.maxRetries) return yield* Effect.fail(finalError(error, sent))
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
        sent = { ...sent, posts: sent.posts + attemptsOf(error) }
        // A 409 on a re-send may be our own earlier attempt that was applied after all: look again.
        if (error._tag !== "ServerError" && error._tag !== "TransportError" && error._tag !== "Conflict") {
          return yield* Effect.fail(finalError(error, sent))
        }
      }
    })

  return traced("ConnectionsService.create")(function*(input: CreateInput) {
    // Validated before the name keys a lock: input from untyped code may have no name at all.
    yield* Validate.fromEither(Endpoints.encodeCreate(input))
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
        // Not ambiguous (Auth0 answered), or never sent (refused, unresolvable, invalid URL, no token): fail as is.
        if ((error._tag !== "ServerError" && error._tag !== "TransportError") || unsent(error)) return yield* Effect.fail(error)
        return yield* entry.semaphore.withPermits(createLocks.permits)(reconcile(input, error, entry.state))
      }))
  })
}
