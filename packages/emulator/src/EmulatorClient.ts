/**
 * One way to start an emulator and point a client at it: a layer providing both the running {@link
 * Emulator.Emulator} and a `ConnectionsService` (the HTTP client of `@effect-auth0/http/ConnectionsHttp`) that
 * talks to it over real loopback HTTP, configured as a user configures it for a tenant: the tenant domain, and
 * the emulator's default client credentials through `POST /oauth/token`.
 *
 * @example
 * ```ts
 * import * as EmulatorClient from "@effect-auth0/emulator/EmulatorClient"
 *
 * program.pipe(Effect.provide(EmulatorClient.layer({ emulator: { rateLimit: { requestsPerSecond: 5 } } })))
 * ```
 *
 * @since 0.0.0
 */
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import type { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as UndiciHttpClient from "@effect-auth0/http/UndiciHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Redacted from "effect/Redacted"
import * as Emulator from "./Emulator.js"

/**
 * How to start the emulator and configure the client. Every field is optional.
 *
 * @since 0.0.0
 */
export interface Options {
  /** The emulator's options (port 0 by default: a free port). */
  readonly emulator?: Emulator.EmulatorOptions | undefined
  /** Client settings on top of {@link clientOptions} (e.g. `rateLimit: false`, `maxRetries`, a static `token`). */
  readonly client?: ConnectionsHttp.Options | undefined
  /** The client's transport (default `UndiciHttpClient.layer`). */
  readonly httpClient?: Layer.Layer<HttpClient.HttpClient> | undefined
}

/**
 * Where a running emulator is, and (when known) its default client's credentials: an {@link Emulator.Service},
 * or the same facts about an emulator in another process.
 *
 * @since 0.0.0
 */
export interface Target {
  readonly tenantDomain: string
  readonly baseUrl: string
  readonly clientId?: string | undefined
  readonly clientSecret?: Redacted.Redacted<string> | undefined
}

/**
 * The client settings for a running emulator: its tenant domain and base URL, and its default client's
 * credentials; `overrides` win.
 *
 * @since 0.0.0
 */
export const clientOptions = (emulator: Target, overrides: ConnectionsHttp.Options = {}): ConnectionsHttp.Options => ({
  domain: emulator.tenantDomain,
  baseUrl: emulator.baseUrl,
  clientId: emulator.clientId,
  clientSecret: emulator.clientSecret,
  ...overrides
})

/**
 * Overrides that make the client send a fixed bearer token (e.g. the emulator's `adminToken`, or one minted with
 * chosen scopes) instead of fetching one with client credentials.
 *
 * @since 0.0.0
 */
export const staticToken = (token: Redacted.Redacted<string>): ConnectionsHttp.Options => ({
  token,
  clientId: undefined,
  clientSecret: undefined
})

/**
 * A `ConnectionsService` pointed at an emulator that is already running.
 *
 * @since 0.0.0
 */
export const layerFor = (
  emulator: Target,
  overrides: ConnectionsHttp.Options = {},
  httpClient: Layer.Layer<HttpClient.HttpClient> = UndiciHttpClient.layer
): Layer.Layer<ConnectionsService> => ConnectionsHttp.layer(clientOptions(emulator, overrides)).pipe(Layer.provide(httpClient))

/**
 * A `ConnectionsService` pointed at the {@link Emulator.Emulator} in context.
 *
 * @since 0.0.0
 */
export const layerClient = (
  overrides: ConnectionsHttp.Options = {},
  httpClient?: Layer.Layer<HttpClient.HttpClient>
): Layer.Layer<ConnectionsService, never, Emulator.Emulator> =>
  Layer.unwrapEffect(Effect.map(Emulator.Emulator, (emulator) => layerFor(emulator, overrides, httpClient)))

/**
 * Starts an emulator for the lifetime of the layer and provides it together with a `ConnectionsService` pointed
 * at it.
 *
 * @since 0.0.0
 */
export const layer = (options: Options = {}): Layer.Layer<ConnectionsService | Emulator.Emulator, Emulator.EmulatorError> =>
  layerClient(options.client, options.httpClient).pipe(Layer.provideMerge(Emulator.layer(options.emulator)))
