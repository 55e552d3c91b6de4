/**
 * Bulk creation: a few hundred connections through the client's rate limiter, with a progress line, then a clean-up
 * that deletes every one of them (also when the run fails or is interrupted with Ctrl-C).
 *
 *   npx tsx --conditions=source examples/bulk-create.ts [count] [concurrency]      (default: 300 8)
 *
 * The concurrency only bounds requests in flight; the pace is set by the client's rate limiter, so the tenant's
 * rate limit is respected without a single 429 reaching the program. The client retries any 429 it meets by itself;
 * the run prints how many it met (counted below the client, see `lib/statusCounts.ts`).
 */
import type { ConnectionId } from "@effect-auth0/domain/Identifiers"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Stream from "effect/Stream"
import { progress } from "./lib/format.js"
import { isMain, runExample } from "./lib/runtime.js"
import * as StatusCounts from "./lib/statusCounts.js"

/** What to create. */
export interface BulkOptions {
  /** How many connections. */
  readonly count: number
  /** Requests in flight at most. */
  readonly concurrency: number
  /** Name prefix; names are `<prefix>-0001`, `<prefix>-0002`, … */
  readonly prefix?: string | undefined
  /** Where the progress display goes (default: stdout, rewritten in place on a terminal). */
  readonly write?: ((text: string) => void) | undefined
}

/** Figures of one run. */
export interface BulkResult {
  readonly created: number
  readonly deleted: number
  readonly createSeconds: number
  readonly deleteSeconds: number
  /** 429 answers the client met (and retried) during the run; `undefined` when nothing counted them. */
  readonly tooManyRequests: number | undefined
}

/** Creates `count` database connections, then deletes them. */
export const bulkCreate = Effect.fn("examples.bulkCreate")(function*(options: BulkOptions) {
  const connections = yield* ConnectionsService
  const prefix = options.prefix ?? `bulk-${(yield* Clock.currentTimeMillis).toString(36)}`
  const write = options.write ?? ((text: string) => void process.stdout.write(text))
  const interactive = options.write === undefined && process.stdout.isTTY === true
  const names = Array.from({ length: options.count }, (_, i) => `${prefix}-${String(i + 1).padStart(4, "0")}`)

  // 429s already counted before this run (the counts belong to the HTTP client, which may outlive one run).
  const tooManyBefore = yield* Effect.serviceOption(StatusCounts.StatusCounts).pipe(
    Effect.flatMap(Option.match({ onNone: () => Effect.succeed(0), onSome: (counts) => counts.count(429) }))
  )

  // Every id we got back, so the clean-up can find them whatever happens next.
  const created = yield* Ref.make<ReadonlyArray<ConnectionId>>([])

  const cleanUp = (sweep: boolean) => Effect.gen(function*() {
    const recorded = yield* Ref.get(created)
    // After a failure or an interruption, a create may have reached Auth0 without its answer reaching us: sweep by
    // name prefix too (the prefix is unique to this run).
    const swept = sweep
      ? Chunk.toReadonlyArray(yield* connections.stream().pipe(
        Stream.filter((c) => c.name.startsWith(`${prefix}-`)),
        Stream.map((c) => c.id),
        Stream.runCollect
      ))
      : []
    const ids = [...new Set([...recorded, ...swept])]
    if (ids.length === 0) return 0
    const bar = progress({ total: ids.length, label: "deleting", write, interactive })
    yield* Effect.forEach(ids, (id) => connections.delete(id).pipe(Effect.tap(() => bar.advance())), {
      concurrency: options.concurrency,
      discard: true
    })
    bar.finish()
    return ids.length
  })

  const create = Effect.gen(function*() {
    const bar = progress({ total: names.length, label: "creating", write, interactive })
    yield* Effect.forEach(names, (name) =>
      connections.create({ name, strategy: "auth0", options: { brute_force_protection: true } }).pipe(
        Effect.tap((connection) => Ref.update(created, (ids) => [...ids, connection.id])),
        Effect.tap(() => bar.advance())
      ), { concurrency: options.concurrency, discard: true })
    bar.finish()
  })

  const [createTime] = yield* Effect.timed(create).pipe(
    // On failure or interruption, still delete what was created, then fail as before.
    Effect.onError(() => Effect.ignore(cleanUp(true)))
  )
  const state = yield* connections.rateLimit
  if (Option.isSome(state)) {
    yield* Console.log(`rate limit as last reported by Auth0: ${state.value.remaining}/${state.value.limit} left`)
  }
  const [deleteTime, deleted] = yield* Effect.timed(cleanUp(false))
  const counts = yield* Effect.serviceOption(StatusCounts.StatusCounts)
  const tooManyRequests = Option.isSome(counts) ? (yield* counts.value.count(429)) - tooManyBefore : undefined
  if (tooManyRequests !== undefined) {
    yield* Console.log(`429 Too Many Requests met: ${tooManyRequests}${tooManyRequests > 0 ? " (each retried by the client after the wait Auth0 asked for)" : ""}`)
  }
  return {
    created: (yield* Ref.get(created)).length,
    deleted,
    createSeconds: Duration.toMillis(createTime) / 1000,
    deleteSeconds: Duration.toMillis(deleteTime) / 1000,
    tooManyRequests
  } satisfies BulkResult
})

/**
 * The emulator run imitates a tenant limited to 50 requests per second (bucket of 20), and the client's limiter is
 * set just below it. Against a real tenant the client's limiter comes from AUTH0_RATE_LIMIT (default 10/s).
 */
export const emulatorSettings = {
  emulator: { rateLimit: { requestsPerSecond: 50, burst: 20 } },
  http: { rateLimit: { requestsPerSecond: 45, burst: 10 } }
} as const

if (isMain(import.meta.url)) {
  const count = Number(process.argv[2] ?? 300)
  const concurrency = Number(process.argv[3] ?? 8)
  runExample(
    bulkCreate({ count, concurrency }).pipe(
      Effect.tap((r) =>
        Console.log(
          `created ${r.created} in ${r.createSeconds.toFixed(1)} s (${(r.created / r.createSeconds).toFixed(1)}/s), deleted ${r.deleted} in ${
            r.deleteSeconds.toFixed(1)
          } s, ${r.tooManyRequests ?? "uncounted"} 429s met`
        )
      )
    ),
    emulatorSettings
  )
}
