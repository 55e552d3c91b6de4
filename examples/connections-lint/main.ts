/**
 * `connections-lint`: checks JSON/YAML files of connection definitions before they reach Auth0.
 *
 *   npx tsx --conditions=source examples/connections-lint/main.ts examples/connections-lint/samples/broken.yaml
 *
 * Prints every problem as `file:line:col  error  entry [i] "name"  field.path: message` and exits with 1 when there
 * is any error, 2 when a file cannot be read or no file was given, 0 otherwise. `--help` / `-h` prints the usage
 * to stdout and exits 0.
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { pathToFileURL } from "node:url"
import { errorsOf, formatProblem, type LintReport, lintSource, summarize } from "./lint.js"

/** Exit codes of the CLI. */
export const ExitCode = { ok: 0, problems: 1, usage: 2 } as const

const usage = "usage: connections-lint <file.yaml|file.json>..."

/** Reads and lints one file; a file that cannot be read becomes an error report rather than a failure. */
export const lintFile = Effect.fn("connections-lint.lintFile")(function*(path: string) {
  const fs = yield* FileSystem.FileSystem
  return yield* fs.readFileString(path).pipe(
    Effect.map((text) => lintSource(path, text)),
    Effect.catchAll((error): Effect.Effect<LintReport & { readonly unreadable: true }> =>
      Effect.succeed({
        file: path,
        entries: 0,
        unreadable: true,
        problems: [{ severity: "error", file: path, path: "(root)", message: `cannot read file: ${error.message}` }]
      })
    )
  )
})

/** Runs the CLI on its arguments, printing the findings, and returns the exit code. */
export const main = Effect.fn("connections-lint.main")(function*(args: ReadonlyArray<string>) {
  // Asked-for help is output, and a success; missing files are a usage error, reported on stderr.
  if (args.includes("--help") || args.includes("-h")) {
    yield* Console.log(usage)
    return ExitCode.ok
  }
  const files = args.filter((a) => !a.startsWith("-"))
  if (files.length === 0) {
    yield* Console.error(usage)
    return ExitCode.usage
  }
  const reports = yield* Effect.forEach(files, lintFile)
  for (const report of reports) {
    for (const problem of report.problems) yield* Console.log(formatProblem(problem))
  }
  yield* Console.log(summarize(reports))
  if (reports.some((r) => "unreadable" in r)) return ExitCode.usage
  return reports.some((r) => errorsOf(r).length > 0) ? ExitCode.problems : ExitCode.ok
})

// Run only when executed directly (tests import `main` instead).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).pipe(
    Effect.tap((code) => Effect.sync(() => (process.exitCode = code))),
    Effect.provide(NodeContext.layer),
    NodeRuntime.runMain
  )
}
