/**
 * Our client for the benchmarks: `ConnectionsHttp` (`ConnectionsService` over `HttpClient`) on `UndiciHttpClient` (or
 * `@effect/platform-node`'s `NodeHttpClient`), pointed at a bench emulator, in a `ManagedRuntime` built once.
 */
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as EmulatorClient from "@effect-auth0/emulator/EmulatorClient"
import type { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as UndiciHttpClient from "@effect-auth0/http/UndiciHttpClient"
import type { BenchEmulator } from "./emulator.js"

/** Our client, ready to run effects that need `ConnectionsService`. */
export interface Ours {
  /** How it is built (for the report). */
  readonly description: string
  readonly runtime: ManagedRuntime.ManagedRuntime<ConnectionsService, never>
  readonly close: () => Promise<void>
}

/**
 * Which `HttpClient`: the library's `UndiciHttpClient` (`lean`, what the examples use), or `@effect/platform-node`'s:
 * undici (`layerUndici`), `node:http` with the platform's default agent (`layer`: a new connection per request), or
 * `node:http` with a keep-alive agent.
 */
export type Transport = "lean" | "undici" | "node" | "node-keepalive"

/** How to build our client. */
export interface OursOptions {
  /**
   * Client-side rate limiting, configured to the tenant's rate. Absent: off, as the official SDK has none, so the
   * overhead comparison measures the clients and not a limiter.
   */
  readonly rateLimit?: { readonly requestsPerSecond: number; readonly burst: number; readonly slowDownBelow?: number | undefined } | undefined
  readonly transport?: Transport | undefined
}

/** Builds our client for the emulator, with a static token (as the SDK gets) and otherwise the library's defaults. */
export const makeOurs = async (emulator: BenchEmulator, options: OursOptions = {}): Promise<Ours> => {
  const transport = options.transport ?? "lean"
  const http = transport === "lean"
    ? UndiciHttpClient.layer
    : transport === "undici"
    ? NodeHttpClient.layerUndici
    : transport === "node"
    ? NodeHttpClient.layer
    : NodeHttpClient.layerWithoutAgent.pipe(Layer.provide(NodeHttpClient.makeAgentLayer({ keepAlive: true })))
  const layer = EmulatorClient.layerFor(emulator, {
    token: emulator.token,
    rateLimit: options.rateLimit === undefined ? false : options.rateLimit
  }, http)
  const runtime = ManagedRuntime.make(layer)
  await runtime.runtime() // build the layer now, not inside the first measured call
  return {
    description: `ConnectionsHttp.layer (EmulatorClient.layerFor) on ${transport}, static token, ` +
      (options.rateLimit === undefined
        ? "client-side rate limiter off"
        : `rate limiter ${options.rateLimit.requestsPerSecond}/s burst ${options.rateLimit.burst}` +
          (options.rateLimit.slowDownBelow === undefined ? "" : ` slowDownBelow ${options.rateLimit.slowDownBelow}`)) +
      ", default retries",
    runtime,
    close: () => runtime.dispose()
  }
}
