#!/usr/bin/env node
/**
 * `npm run emulator -- --port 4010`: starts the emulator, prints its URLs, credentials and PID, stops on
 * SIGINT/SIGTERM. The npm script runs this file in one node process (`node --import tsx`, no `tsx` launcher
 * process in between), and `NodeRuntime.runMain` turns either signal into interruption of the program, which
 * closes the server and every connection before the process exits.
 *
 * @since 0.0.0
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Logger from "effect/Logger"
import * as Cli from "./Cli.js"
import * as Emulator from "./Emulator.js"

const program = Effect.gen(function*() {
  const command = Cli.parse(process.argv.slice(2), process.env)
  if (command._tag === "Help") return yield* Console.log(Cli.usage)
  if (command._tag === "Invalid") {
    yield* Console.error(`${command.message}\nRun with --help for usage.`)
    process.exitCode = 2
    return
  }
  const seed = command.seedFile === undefined ? undefined : yield* Cli.loadSeed(command.seedFile)
  const emulator = yield* Emulator.make({ ...command.options, seed })
  yield* Console.log(Cli.banner(emulator, process.pid))
  return yield* Effect.never
}).pipe(
  Effect.scoped,
  Effect.catchTag("EmulatorError", (error) =>
    Effect.sync(() => {
      process.exitCode = 1
    }).pipe(Effect.zipRight(Console.error(`emulator: ${error.message}`)))),
  Effect.provide(Logger.pretty)
)

NodeRuntime.runMain(program)
