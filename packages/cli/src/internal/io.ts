/**
 * The run's exit code and output helpers shared by the commands.
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Console from "effect/Console"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import * as SourceFile from "@effect-auth0/sync/SourceFile"
import { ListStrategy } from "@effect-auth0/domain/Strategy"

/** The exit code a command sets (0 unless it says otherwise). */
export class ExitCode extends Context.Tag("@effect-auth0/cli/ExitCode")<ExitCode, Ref.Ref<number>>() {}

export const setExit = (code: number): Effect.Effect<void, never, ExitCode> => Effect.flatMap(ExitCode, (ref) => Ref.set(ref, code))

/** A failure the CLI itself reports (bad flag combination, refused confirmation, unreadable file). */
export class CliError extends Schema.TaggedError<CliError>("@effect-auth0/cli/CliError")("CliError", { message: Schema.String }) {}

/** Whether to color output: a terminal, and no `NO_COLOR`. */
export const colorful = (): boolean => process.stdout.isTTY === true && (process.env["NO_COLOR"] ?? "") === ""

export const warnings = (problems: ReadonlyArray<SourceFile.Problem>) =>
  Effect.forEach(problems, (p) => Console.error(SourceFile.formatProblem(p)), { discard: true })

export const readText = (path: string, what: string) =>
  Effect.flatMap(FileSystem.FileSystem, (fs) => fs.readFileString(path)).pipe(
    Effect.mapError((e) => new CliError({ message: `cannot read the ${what} ${path}: ${e.message}` }))
  )

export const writeText = (path: string, text: string, what: string) =>
  Effect.flatMap(FileSystem.FileSystem, (fs) => fs.writeFileString(path, text)).pipe(
    Effect.mapError((e) => new CliError({ message: `cannot write the ${what} ${path}: ${e.message}` }))
  )

const strategies = Schema.decodeUnknownEither(Schema.Array(ListStrategy))

/** `--strategy` values as strategies (none given: no filter). */
export const decodeStrategies = (values: ReadonlyArray<string>): Effect.Effect<ReadonlyArray<ListStrategy> | undefined, CliError> =>
  values.length === 0
    ? Effect.succeed(undefined)
    : Effect.mapError(strategies(values), () => new CliError({ message: `--strategy: not a known strategy: ${values.join(", ")}` }))
