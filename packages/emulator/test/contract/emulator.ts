/**
 * Starting the in-process emulator for the contract, end-to-end and SDK tests.
 *
 * The engine is built here and handed to the emulator (`options.engine`) rather than letting the emulator build
 * it: `Engine.make({ seed: { clients } })` currently dies on a seed without `connections` (reported), and this
 * path avoids it while testing exactly the same server.
 */
import { Effect, Exit, Layer, Scope } from "effect"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import * as Engine from "@effect-auth0/testing/Engine"

/** Starts an emulator (real engine, free loopback port) in the current scope. */
export const make = (options: Emulator.EmulatorOptions = {}): Effect.Effect<Emulator.EmulatorService, Emulator.EmulatorError, Scope.Scope> =>
  Effect.flatMap(
    Engine.make({ tenantDomain: options.tenantDomain ?? Emulator.DEFAULT_TENANT_DOMAIN, ids: options.ids }),
    (engine) => Emulator.make({ ...options, engine })
  )

/** The emulator as a layer (one server for a whole `layer(...)` block). */
export const layer = (options: Emulator.EmulatorOptions = {}): Layer.Layer<Emulator.Emulator, Emulator.EmulatorError> =>
  Layer.scoped(Emulator.Emulator, make(options))

/** A running emulator for promise-based tests (the official SDK); `close()` stops it. */
export const start = async (options: Emulator.EmulatorOptions = {}): Promise<Emulator.EmulatorService & { readonly close: () => Promise<void> }> => {
  const scope = Effect.runSync(Scope.make())
  const service = await Effect.runPromise(Scope.extend(make(options), scope)).catch(async (error: unknown) => {
    await Effect.runPromise(Scope.close(scope, Exit.void))
    throw error
  })
  return { ...service, close: () => Effect.runPromise(Scope.close(scope, Exit.void)) }
}
