/**
 * Our client for the benchmarks: `ConnectionsService` from `@effect-auth0/http` over `@effect/platform-node`'s HTTP
 * client, pointed at a bench emulator, in a `ManagedRuntime` built once.
 */
import * as ManagedRuntime from "effect/ManagedRuntime"
import type { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import type { BenchEmulator } from "./emulator.js"

/** Our client, ready to run effects that need `ConnectionsService`. */
export interface Ours {
  /** How it is built (for the report). */
  readonly description: string
  readonly runtime: ManagedRuntime.ManagedRuntime<ConnectionsService, unknown>
  readonly close: () => Promise<void>
}

/** Client-side rate limiting, configured to the tenant's rate. */
export interface OursOptions {
  readonly rateLimit?: { readonly requestsPerSecond: number; readonly burst: number } | undefined
}

/** Builds our client for the emulator. */
export const makeOurs = async (emulator: BenchEmulator, options: OursOptions = {}): Promise<Ours> => {
  void emulator
  void options
  throw new Error("ConnectionsHttp has not landed yet")
}
