/**
 * Where the examples run: against a real tenant when `AUTH0_DOMAIN` or `AUTH0_BASE_URL` is set (credentials and
 * knobs from the other `AUTH0_*` variables, see `ConnectionsHttp.layerConfig`), otherwise against an emulator
 * started in-process on a free port. Either way the program sees one `ConnectionsService` over real HTTP.
 */
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import type { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as UndiciHttpClient from "@effect-auth0/http/UndiciHttpClient"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import * as EmulatorClient from "@effect-auth0/emulator/EmulatorClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as Engine from "@effect-auth0/engine/Engine"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Console from "effect/Console"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { pathToFileURL } from "node:url"
import * as StatusCounts from "./statusCounts.js"

/** Per-example settings. */
export interface ExampleOptions {
  /** Connections (Auth0 wire format) preloaded into the emulator; ignored against a real tenant. */
  readonly seed?: Engine.Seed | undefined
  /** Emulator settings (e.g. a rate limit); ignored against a real tenant. */
  readonly emulator?: Emulator.EmulatorOptions | undefined
  /**
   * HTTP client settings for the emulator run (e.g. the client-side rate limit). Against a real tenant every setting
   * comes from the `AUTH0_*` variables (e.g. `AUTH0_RATE_LIMIT`), so the example never overrides your choice.
   */
  readonly http?: ConnectionsHttp.Options | undefined
  /** Print where the example runs (default true). */
  readonly announce?: boolean | undefined
}

/**
 * An emulator in this process, and the HTTP client pointed at it with the emulator's client credentials (so the
 * token request, the bearer header and the rate-limit headers are all real). Provides the `Emulator` too, for tests.
 */
export const emulatorLayer = (
  options: ExampleOptions = {}
): Layer.Layer<ConnectionsService | Emulator.Emulator | StatusCounts.StatusCounts, Emulator.EmulatorError> =>
  Layer.unwrapEffect(Effect.map(Effect.context<StatusCounts.StatusCounts | HttpClient.HttpClient>(), (counted) =>
    EmulatorClient.layer({
      emulator: { requestLogLevel: "None", ...options.emulator, ...(options.seed === undefined ? {} : { seed: options.seed }) },
      client: options.http,
      httpClient: Layer.succeedContext(counted)
    }).pipe(
      Layer.tap((context) =>
        options.announce === false ? Effect.void : Console.log(
          `No AUTH0_DOMAIN or AUTH0_BASE_URL set: running against the emulator started in-process at ${Context.get(context, Emulator.Emulator).baseUrl}`
        )
      )
    ))).pipe(Layer.provideMerge(countedClient))

/** The library's undici HTTP client with the status of every answer counted (`StatusCounts`). */
const countedClient = StatusCounts.layer.pipe(Layer.provide(UndiciHttpClient.layer))

/** A real tenant, configured from `AUTH0_*` environment variables. */
export const tenantLayer = (): Layer.Layer<ConnectionsService | StatusCounts.StatusCounts, ConfigError.ConfigError> =>
  ConnectionsHttp.layerConfig().pipe(Layer.provideMerge(countedClient))

/** The tenant when `AUTH0_DOMAIN` / `AUTH0_BASE_URL` is set, the in-process emulator otherwise. */
export const connectionsLayer = (
  options: ExampleOptions = {}
): Layer.Layer<ConnectionsService | StatusCounts.StatusCounts, ConfigError.ConfigError | Emulator.EmulatorError> =>
  Layer.unwrapEffect(Effect.gen(function*() {
    const domain = yield* Config.option(Config.nonEmptyString("AUTH0_DOMAIN"))
    const baseUrl = yield* Config.option(Config.nonEmptyString("AUTH0_BASE_URL"))
    const target = Option.orElse(domain, () => baseUrl)
    if (Option.isSome(target) && options.announce !== false) {
      yield* Console.log(`Running against ${target.value} (from ${Option.isSome(domain) ? "AUTH0_DOMAIN" : "AUTH0_BASE_URL"})`)
    }
    const layer: Layer.Layer<ConnectionsService | StatusCounts.StatusCounts, ConfigError.ConfigError | Emulator.EmulatorError> = Option.isNone(target)
      ? emulatorLayer(options)
      : tenantLayer()
    return layer
  }))

/** True when the module with this `import.meta.url` is the script node was started with. */
export const isMain = (url: string): boolean => process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href

const describe = (error: unknown): string => {
  if (typeof error === "object" && error !== null && "_tag" in error) {
    const e = error as { readonly _tag: string; readonly message?: unknown; readonly statusCode?: unknown; readonly errorCode?: unknown }
    const detail = [e.statusCode, e.errorCode].filter((x) => x !== undefined).join(" ")
    return `${e._tag}${detail === "" ? "" : ` (${detail})`}: ${String(e.message ?? "")}`
  }
  return String(error)
}

/**
 * Runs an example program as a script: provides the connections layer, prints a typed failure as one line (never
 * a token: the errors carry none) and sets the exit code to 1 on failure.
 */
export const runExample = <A, E>(
  program: Effect.Effect<A, E, ConnectionsService | StatusCounts.StatusCounts>,
  options: ExampleOptions = {}
): void =>
  program.pipe(
    Effect.asVoid,
    Effect.provide(connectionsLayer(options)),
    Effect.catchAll((error) =>
      Console.error(`failed: ${describe(error)}`).pipe(Effect.zipRight(Effect.sync(() => void (process.exitCode = 1))))
    ),
    NodeRuntime.runMain
  )
