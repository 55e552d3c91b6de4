/**
 * Test helpers: the emulator's CLI as a child process (started the way `npm run emulator` runs it).
 */
import { spawn } from "node:child_process"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"

/** The repository root. */
export const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "../../..")

/** Runs a command from the repository root and resolves with its stdout once the emulator's banner is complete. */
export const startBanner = (command: string, args: ReadonlyArray<string>) =>
  Effect.acquireRelease(
    Effect.async<{ readonly child: ReturnType<typeof spawn>; readonly banner: string }, Error>((resume) => {
      const child = spawn(command, [...args], {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"]
      })
      let out = ""
      let err = ""
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8")
        if (out.includes("Press Ctrl+C to stop.")) resume(Effect.succeed({ child, banner: out }))
      })
      child.stderr.on("data", (chunk: Buffer) => {
        err += chunk.toString("utf8")
      })
      child.on("exit", (code) => resume(Effect.fail(new Error(`emulator exited with ${code}: ${err}${out}`))))
    }),
    ({ child }) => Effect.sync(() => child.exitCode === null && child.kill("SIGKILL"))
  )

/** The CLI in one node process, as `npm run emulator` runs it. */
export const startCli = (args: ReadonlyArray<string>) =>
  startBanner(process.execPath, ["--import", "tsx", "--conditions=source", "packages/emulator/src/bin.ts", ...args])

/** The exit code once the process has ended (`null` when a signal ended it). */
export const exitOf = (child: ReturnType<typeof spawn>) =>
  Effect.async<number | null>((resume) => {
    if (child.exitCode !== null || child.signalCode !== null) return resume(Effect.succeed(child.exitCode))
    child.on("exit", (code) => resume(Effect.succeed(code)))
  })

