/**
 * Test helpers: run an example on the in-process emulator (over real HTTP) and capture what it prints.
 */
import * as Emulator from "@effect-auth0/emulator/Emulator"
import { Console, Effect } from "effect"
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { emulatorLayer, type ExampleOptions } from "../lib/runtime.js"

/** The repository root. */
export const root = fileURLToPath(new URL("../../", import.meta.url))

/** The example's connections layer on a fresh emulator, without the "running against" line. */
export const onEmulator = (options: ExampleOptions = {}) => emulatorLayer({ ...options, announce: false })

/** Runs an effect with `Console.log/error/warn` captured into lines. */
export const captureConsole = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const lines: Array<string> = []
    const capture = (...args: ReadonlyArray<unknown>) => Effect.sync(() => void lines.push(args.map(String).join(" ")))
    const current = yield* Console.consoleWith(Effect.succeed)
    const result = yield* Effect.exit(effect.pipe(Console.withConsole({ ...current, log: capture, error: capture, warn: capture })))
    return { result, lines, output: lines.join("\n") }
  })

/** The emulator's store: the connections it holds now. */
export const storedConnections = Effect.flatMap(Emulator.Emulator, (emulator) => emulator.engine.snapshot).pipe(
  Effect.map((snapshot) => snapshot.connections)
)

/** The emulator's request log as `METHOD path status` lines. */
export const requestLog = Effect.flatMap(Emulator.Emulator, (emulator) => emulator.requests).pipe(
  Effect.map((requests) => requests.map((r) => ({ method: r.method, path: r.path, status: r.status })))
)

/** Runs a command from the repository root with the given environment; resolves with its exit code and output. */
export const run = (command: string, args: ReadonlyArray<string>, env: NodeJS.ProcessEnv) =>
  new Promise<{ readonly code: number; readonly stdout: string; readonly stderr: string }>((resolve) => {
    execFile(command, [...args], { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr })
    })
  })

/** The environment without any AUTH0_* variable, so a script falls back to the in-process emulator. */
export const envWithoutAuth0 = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("AUTH0_")))
