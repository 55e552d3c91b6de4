/**
 * Running a command against the tenant its settings name: the config provider (env file, then environment), the
 * HTTP `ConnectionsService` and the client directory.
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Settings from "../Settings.js"

export const withTenant = <A, E, R>(
  values: Settings.Values,
  f: (tenant: string) => Effect.Effect<A, E, R>
) =>
  Effect.gen(function*() {
    const provider = yield* Settings.provider(values)
    const run = Effect.flatMap(Settings.tenant(values), f).pipe(
      Effect.provide(Settings.directory(values).pipe(Layer.provideMerge(Settings.connections(values))))
    )
    return yield* Effect.withConfigProvider(run, provider)
  })
