/**
 * State that survives a restart (`--data-dir`): the whole engine state, as an export with secrets (so a state file
 * is also a valid `--seed` file), written after every change and read back at start.
 *
 * Every write is atomic: the state goes to a temporary file in the same directory, is fsynced, and is renamed over
 * the state file (then the directory is fsynced), so a crash at any moment leaves either the previous or the new
 * complete file, never a torn one. Writes coalesce: a change waits for a write that started after it, and one
 * write covers every change made before it began, so a burst of requests costs a few writes, not one each, and an
 * acknowledged change is on disk.
 */
import type * as Engine from "@effect-auth0/engine/Engine"
import * as FileSystem from "@effect/platform/FileSystem"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Path from "node:path"
import * as Seed from "./seed.js"
import { NO_STACK } from "./span.js"

/** The state file inside the data directory. */
export const STATE_FILE = "state.json"

/** Why the state could not be read or written. */
export interface StateFileProblem {
  readonly file: string
  readonly message: string
}

const problem = (file: string, what: string): StateFileProblem => ({
  file,
  message: `${what}. Start with --reset to discard it, or move it aside; it is never replaced silently`
})

const describe = (error: unknown): string => error instanceof Error ? error.message : String(error)

const withFs = <A, E>(f: (fs: FileSystem.FileSystem) => Effect.Effect<A, E>): Effect.Effect<A, E> =>
  Effect.flatMap(FileSystem.FileSystem, f).pipe(Effect.provide(NodeFileSystem.layer))

/**
 * The saved state of `dir`: `None` when there is none yet (or `reset` asks to discard it); a problem naming the
 * file when it cannot be read, is not JSON, or is not a valid seed.
 */
export const load = (dir: string, reset: boolean): Effect.Effect<Option.Option<Engine.Seed>, StateFileProblem> => {
  const file = Path.resolve(dir, STATE_FILE)
  return withFs((fs) =>
    Effect.gen(function*() {
      yield* fs.makeDirectory(dir, { recursive: true }).pipe(
        Effect.mapError((e) => ({ file, message: `cannot create the data directory ${dir}: ${describe(e)}` }))
      )
      if (reset) {
        yield* fs.remove(file, { force: true }).pipe(Effect.mapError((e) => ({ file, message: `cannot remove ${file}: ${describe(e)}` })))
        return Option.none()
      }
      if (!(yield* Effect.orElseSucceed(fs.exists(file), () => false))) return Option.none()
      const text = yield* fs.readFileString(file).pipe(
        Effect.mapError((e) => problem(file, `cannot read the state file ${file}: ${describe(e)}`))
      )
      const json = yield* Effect.try({
        try: (): unknown => JSON.parse(text),
        catch: (e) => problem(file, `the state file ${file} is corrupt (not valid JSON: ${describe(e)})`)
      })
      return yield* Either.match(Seed.decode(json), {
        onLeft: (message) => Effect.fail(problem(file, `the state file ${file} is not a valid state: ${message}`)),
        onRight: (seed) => Effect.succeed(Option.some(seed))
      })
    })
  ).pipe(Effect.withSpan("Emulator.persistence.load", NO_STACK))
}

/** Writes `text` to `file` atomically: temporary file, fsync, rename, fsync of the directory. */
const writeAtomically = (fs: FileSystem.FileSystem, file: string, text: string) =>
  Effect.gen(function*() {
    const temporary = `${file}.${process.pid}.tmp`
    yield* Effect.scoped(Effect.gen(function*() {
      const handle = yield* fs.open(temporary, { flag: "w" })
      yield* handle.writeAll(new TextEncoder().encode(text))
      yield* handle.sync
    }))
    yield* fs.rename(temporary, file)
    // The rename itself is durable only once the directory entry is on disk.
    yield* Effect.scoped(Effect.flatMap(fs.open(Path.dirname(file), { flag: "r" }), (dirHandle) => dirHandle.sync)).pipe(
      Effect.ignore
    )
  })

/** Saves the engine's state; `save` resolves once a write that began after the call has finished. */
export interface Saver {
  readonly save: Effect.Effect<void>
}

/** A saver of `engine` into `dir`. A failed write is logged and retried by the next change. */
export const saver = (dir: string, engine: Engine.Service): Effect.Effect<Saver> =>
  Effect.gen(function*() {
    const file = Path.resolve(dir, STATE_FILE)
    const lock = yield* Effect.makeSemaphore(1)
    let changes = 0
    let saved = 0
    const writeNow = withFs((fs) =>
      Effect.gen(function*() {
        const covered = changes
        const seed = yield* engine.exportSeed({ includeSecrets: true })
        yield* writeAtomically(fs, file, JSON.stringify(seed))
        saved = covered
      })
    ).pipe(
      Effect.catchAll((error) => Effect.logError(`emulator: cannot write the state file ${file}: ${describe(error)}`)),
      Effect.withSpan("Emulator.persistence.save", NO_STACK)
    )
    const save = Effect.suspend(() => {
      const mine = ++changes
      return lock.withPermits(1)(Effect.suspend(() => saved >= mine ? Effect.void : writeNow))
    })
    return { save }
  })

const MUTATING = new Set(["POST", "PATCH", "PUT", "DELETE"])

/** `engine` with every change saved: a successful write request, a seed, a reset or a replace. */
export const persisted = (engine: Engine.Service, saver: Saver): Engine.Service => ({
  ...engine,
  handle: (request) =>
    Effect.tap(engine.handle(request), (response) =>
      MUTATING.has(request.method) && response.status < 400 ? saver.save : Effect.void),
  seed: (seed) => Effect.zipLeft(engine.seed(seed), saver.save),
  reset: Effect.zipLeft(engine.reset, saver.save),
  replace: (seed) => Effect.zipLeft(engine.replace(seed), saver.save)
})

/** The engine to serve and how to save it. */
export interface Stored {
  readonly engine: Engine.Service
  readonly save: Effect.Effect<void>
}

/**
 * With a data directory: the saved state (if any) replaces the engine's startup state, every change is saved from
 * then on, and the state is saved once now so the file exists. Without one: the engine as it is.
 */
export const open = (
  dir: string | undefined,
  reset: boolean,
  engine: Engine.Service
): Effect.Effect<Stored, StateFileProblem> => {
  if (dir === undefined) return Effect.succeed({ engine, save: Effect.void })
  const file = Path.resolve(dir, STATE_FILE)
  return Effect.gen(function*() {
    const restored = yield* load(dir, reset)
    if (Option.isSome(restored)) {
      yield* engine.replace(restored.value).pipe(
        Effect.mapError((e) => problem(file, `the state file ${file} is not a valid state: ${e.message}`))
      )
    }
    const { save } = yield* saver(dir, engine)
    yield* save
    return { engine: persisted(engine, { save }), save }
  })
}
