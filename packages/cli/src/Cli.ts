/**
 * The `effect-auth0` command line: `export`, `plan`, `apply` (config as code) and `connections …` (for people),
 * with `--help` on every command and shell completion (`--completions bash|zsh|fish|sh`) from `@effect/cli`.
 *
 * @since 0.0.0
 */
import * as CliApp from "@effect/cli/CliApp"
import * as Command from "@effect/cli/Command"
import * as ValidationError from "@effect/cli/ValidationError"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Predicate from "effect/Predicate"
import * as Ref from "effect/Ref"
import { connections } from "./internal/connectionsCommands.js"
import { ExitCode } from "./internal/io.js"
import { commands, PlanExit } from "./internal/syncCommands.js"

/**
 * Exit codes: 0 success (for `plan`: no changes), 1 error, 2 (`plan` only) changes present.
 *
 * @since 0.0.0
 */
export const Exit = PlanExit

/**
 * The root command.
 *
 * @since 0.0.0
 */
export const command = Command.make("effect-auth0").pipe(
  Command.withDescription("Auth0 connections as code: export, plan and apply desired state; manage connections"),
  Command.withSubcommands([...commands, connections])
)

const describe = (error: unknown): string => {
  const message = Predicate.hasProperty(error, "message") && typeof error.message === "string" && error.message.length > 0
    ? error.message
    : String(error)
  const tag = Predicate.hasProperty(error, "_tag") ? String(error._tag) : "Error"
  const hint = tag === "ClientsUnresolved"
    ? "\n(client names resolve through --clients FILE or AUTH0_CLIENTS_FILE: a YAML/JSON list of {client_id, name})"
    : ""
  return `error (${tag}): ${message}${hint}`
}

/**
 * Runs the CLI on its arguments (without the `node` and script entries) and returns the exit code. Every error is
 * printed to stderr as one message.
 *
 * @since 0.0.0
 */
export const run = (args: ReadonlyArray<string>): Effect.Effect<number, never, CliApp.CliApp.Environment> =>
  Effect.gen(function*() {
    const code = yield* Ref.make(0)
    const cli = Command.run(command, { name: "effect-auth0", version: "0.0.0" })
    const result = yield* Effect.either(Effect.provideService(cli(["node", "effect-auth0", ...args]), ExitCode, code))
    if (result._tag === "Right") return yield* Ref.get(code)
    const error = result.left
    // @effect/cli already printed its own usage errors (and help is not an error).
    if (ValidationError.isValidationError(error)) return ValidationError.isHelpRequested(error) ? 0 : 1
    yield* Console.error(describe(error))
    return 1
  }).pipe(Effect.catchAllDefect((defect) => Effect.as(Console.error(`internal error: ${String(defect)}`), 1)))

