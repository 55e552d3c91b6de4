/**
 * Starting the in-process emulator for the contract, end-to-end and SDK tests: a real server on a free loopback
 * port over the real engine.
 */
import { Effect, Exit, Layer, Scope } from "effect"
import * as Emulator from "@effect-auth0/emulator/Emulator"

/** Starts an emulator in the current scope. */
export const make = (options: Emulator.EmulatorOptions = {}): Effect.Effect<Emulator.Service, Emulator.EmulatorError, Scope.Scope> =>
  Emulator.make(options)

/** The emulator as a layer (one server for a whole `layer(...)` block). */
export const layer = (options: Emulator.EmulatorOptions = {}): Layer.Layer<Emulator.Emulator, Emulator.EmulatorError> =>
  Layer.scoped(Emulator.Emulator, make(options))

/**
 * A running emulator for promise-based tests (the official SDK): the Effect service itself plus `close()`.
 * (`Emulator.startEmulator` exists too; the service form lets the tests read the engine's snapshot directly.)
 */
export const start = async (options: Emulator.EmulatorOptions = {}): Promise<Emulator.Service & { readonly close: () => Promise<void> }> => {
  const scope = Effect.runSync(Scope.make())
  const service = await Effect.runPromise(Scope.extend(make(options), scope)).catch(async (error: unknown) => {
    await Effect.runPromise(Scope.close(scope, Exit.void))
    throw error
  })
  return { ...service, close: () => Effect.runPromise(Scope.close(scope, Exit.void)) }
}
