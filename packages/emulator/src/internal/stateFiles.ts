/**
 * The files of a data directory: reading the saved state (the snapshot with the journal replayed over it) and
 * writing a snapshot atomically. How and when they are written is `persistence.ts`'s.
 */
import type * as Engine from "@effect-auth0/engine/Engine"
import * as FileSystem from "@effect/platform/FileSystem"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Path from "node:path"
import { Replay } from "./changeRecord.js"
import * as Journal from "./journal.js"
import * as Seed from "./seed.js"
import { NO_STACK } from "./span.js"

/** The snapshot file inside the data directory. */
export const STATE_FILE = "state.json"

/** The journal of the changes since the snapshot, inside the data directory. */
export const JOURNAL_FILE = "state.journal"

/** Why the state could not be read or written. */
export interface StateFileProblem {
  readonly file: string
  readonly message: string
}

export const problem = (file: string, what: string): StateFileProblem => ({
  file,
  message: `${what}. Start with --reset to discard it, or move it aside; it is never replaced silently`
})

export const describe = (error: unknown): string => error instanceof Error ? error.message : String(error)

export const withFs = <A, E>(f: (fs: FileSystem.FileSystem) => Effect.Effect<A, E>): Effect.Effect<A, E> =>
  Effect.flatMap(FileSystem.FileSystem, f).pipe(Effect.provide(NodeFileSystem.layer))

/**
 * The saved state of `dir` (the snapshot with the journal replayed over it): `None` when there is none yet (or
 * `reset` asks to discard it); a problem naming the file when one cannot be read, is damaged, or is not a valid state.
 */
export const load = (dir: string, reset: boolean): Effect.Effect<Option.Option<Engine.Seed>, StateFileProblem> => {
  const file = Path.resolve(dir, STATE_FILE)
  const journalFile = Path.resolve(dir, JOURNAL_FILE)
  return withFs((fs) =>
    Effect.gen(function*() {
      yield* fs.makeDirectory(dir, { recursive: true }).pipe(
        Effect.mapError((e) => ({ file, message: `cannot create the data directory ${dir}: ${describe(e)}` }))
      )
      if (reset) {
        for (const f of [file, journalFile]) {
          yield* fs.remove(f, { force: true }).pipe(Effect.mapError((e) => ({ file: f, message: `cannot remove ${f}: ${describe(e)}` })))
        }
        return Option.none()
      }
      const snapshot = yield* readSnapshot(fs, file)
      const journal = yield* readJournal(fs, journalFile)
      if (Option.isNone(snapshot) && journal.length === 0) return Option.none()
      const replay = new Replay(Option.getOrElse(snapshot, (): Engine.Seed => ({})))
      for (const [i, record] of journal.entries()) {
        const wrong = replay.apply(record)
        if (wrong !== undefined) return yield* Effect.fail(problem(journalFile, `the journal ${journalFile} is corrupt (record ${i + 1}: ${wrong})`))
      }
      return yield* Either.match(Seed.decode(replay.seed()), {
        onLeft: (message) => Effect.fail(problem(file, `the state in ${file} and ${journalFile} is not a valid state: ${message}`)),
        onRight: (seed) => Effect.succeed(Option.some(seed))
      })
    })
  ).pipe(Effect.withSpan("Emulator.persistence.load", NO_STACK))
}

/** The snapshot, when there is one. */
const readSnapshot = (fs: FileSystem.FileSystem, file: string): Effect.Effect<Option.Option<Engine.Seed>, StateFileProblem> =>
  Effect.gen(function*() {
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

/** The journal's records (none without a journal); a torn last record is dropped. */
const readJournal = (fs: FileSystem.FileSystem, file: string): Effect.Effect<ReadonlyArray<unknown>, StateFileProblem> =>
  Effect.gen(function*() {
    if (!(yield* Effect.orElseSucceed(fs.exists(file), () => false))) return []
    const bytes = yield* fs.readFile(file).pipe(
      Effect.mapError((e) => problem(file, `cannot read the journal ${file}: ${describe(e)}`))
    )
    return yield* Either.match(Journal.scan(bytes), {
      onLeft: (damage) => Effect.fail(problem(file, `the journal ${file} is corrupt (${damage})`)),
      onRight: (scanned) => Effect.succeed(scanned.records)
    })
  })

/** Writes `text` to `file` atomically: temporary file, fsync, rename, fsync of the directory. */
export const writeAtomically = (fs: FileSystem.FileSystem, file: string, text: string) =>
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
