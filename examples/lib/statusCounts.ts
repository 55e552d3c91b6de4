/**
 * How many answers of each HTTP status the examples' client received, counted below the connections client: the
 * client retries 429s by itself (after the wait Auth0 asks for), so a program never sees them, yet a batch wants
 * to report how often it met the tenant's rate limit.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"

/** Reads the counts of the HTTP client this layer was built with. */
export class StatusCounts extends Context.Tag("examples/StatusCounts")<StatusCounts, {
  /** Answers received with this status so far. */
  readonly count: (status: number) => Effect.Effect<number>
}>() {}

/** Wraps the `HttpClient` below it so every answer's status is counted; provides the wrapped client and the counts. */
export const layer: Layer.Layer<HttpClient.HttpClient | StatusCounts, never, HttpClient.HttpClient> = Layer.unwrapEffect(
  Effect.gen(function*() {
    const counts = yield* Ref.make(new Map<number, number>())
    const client = yield* HttpClient.HttpClient
    const counted = HttpClient.tap(client, (response) =>
      Ref.update(counts, (m) => new Map(m).set(response.status, (m.get(response.status) ?? 0) + 1)))
    return Layer.merge(
      Layer.succeed(HttpClient.HttpClient, counted),
      Layer.succeed(StatusCounts, { count: (status) => Effect.map(Ref.get(counts), (m) => m.get(status) ?? 0) })
    )
  })
)
