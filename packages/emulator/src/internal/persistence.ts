/**
 * State that survives a restart (`--data-dir`): a snapshot of the whole engine state (`state.json`, an export with
 * secrets, so it is also a valid `--seed` file) plus a journal of the changes since (`state.journal`), both read
 * back at start.
 *
 * A change appends one record to the journal — the touched connections as they are now, or the ids of the deleted
 * ones (`changeRecord.ts`) — and fsyncs it before the change is acknowledged, so a write costs what the change
 * touched, not the size of the state. Appends coalesce: a change waits for a write that started after it, and one
 * write covers every change made before it began. Once the journal outgrows the snapshot (or on a reset, an
 * import, a failed write, at start and at a clean stop) the whole state is written as a new snapshot — temporary
 * file, fsync, rename, fsync of the directory, so a crash leaves the previous or the new complete file — and the
 * journal is emptied. A crash in the middle of an append leaves a torn last record, dropped at start; damage
 * anywhere else (a bad record followed by good ones, an unreadable snapshot) stops the start (`journal.ts`).
 */
import type * as Engine from "@effect-auth0/engine/Engine"
import * as FileSystem from "@effect/platform/FileSystem"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { isRecord } from "effect/Predicate"
import type * as Scope from "effect/Scope"
import * as Path from "node:path"
import type { ChangeRecord } from "./changeRecord.js"
import * as Journal from "./journal.js"
import { NO_STACK } from "./span.js"
import { describe, JOURNAL_FILE, load, problem, STATE_FILE, type StateFileProblem, writeAtomically } from "./stateFiles.js"

/** What a change touched: some connections (by id or name, and whether the clients changed), or everything. */
export type Change =
  | { readonly _tag: "Connections"; readonly ids: ReadonlyArray<string>; readonly names: ReadonlyArray<string>; readonly clients: boolean }
  | { readonly _tag: "Everything" }

const EVERYTHING: Change = { _tag: "Everything" }

/** Saves the engine's state; each effect resolves once a write that began after the call has finished. */
export interface Saver {
  /** Saves a change (one journal record). */
  readonly record: (change: Change) => Effect.Effect<void>
  /** Saves the whole state (a new snapshot; the journal is emptied). */
  readonly save: Effect.Effect<void>
}

/** The journal grows to the snapshot's size (at least this) before the whole state is written again. */
const MIN_JOURNAL_BYTES = 4 * 1024 * 1024

/**
 * A saver of `engine` into `dir`, writing a fresh snapshot now (so the files exist and the journal starts empty)
 * and again when the scope closes. A failed write is logged, and the next change writes the whole state.
 */
export const saver = (dir: string, engine: Engine.Service): Effect.Effect<Saver, never, Scope.Scope> =>
  Effect.gen(function*() {
    const file = Path.resolve(dir, STATE_FILE)
    const journalFile = Path.resolve(dir, JOURNAL_FILE)
    const fs = yield* Effect.provide(FileSystem.FileSystem, NodeFileSystem.layer)
    const lock = yield* Effect.makeSemaphore(1)
    const journal = yield* fs.open(journalFile, { flag: "a" }).pipe(Effect.orDie)
    let changes = 0
    let saved = 0
    let everything = true
    let ids = new Set<string>()
    let names = new Set<string>()
    let clients = false
    let snapshotBytes = 0
    let journalBytes = 0

    const snapshot = Effect.gen(function*() {
      const text = JSON.stringify(yield* engine.exportSeed({ includeSecrets: true }))
      yield* writeAtomically(fs, file, text)
      // Only once the snapshot is durable: a crash in between replays the journal over it, which changes nothing.
      yield* journal.truncate(0)
      yield* journal.sync
      snapshotBytes = text.length
      journalBytes = 0
    })

    const append = (touched: { ids: ReadonlyArray<string>; names: ReadonlyArray<string>; clients: boolean }) =>
      Effect.gen(function*() {
        const put = yield* engine.exportSeed({ includeSecrets: true, only: { ids: touched.ids, names: touched.names } })
        const present = new Set((put.connections ?? []).map((c) => String(c.id)))
        const record: ChangeRecord = {
          put: touched.clients ? put : { ...put, clients: undefined },
          delete: touched.ids.filter((id) => !present.has(id))
        }
        const bytes = Journal.frame(record)
        yield* journal.writeAll(bytes)
        yield* journal.sync
        journalBytes += bytes.length
      })

    const writeNow = Effect.suspend(() => {
      const covered = changes
      const touched = { ids: [...ids], names: [...names], clients }
      const whole = everything
      ids = new Set()
      names = new Set()
      clients = false
      everything = false
      return Effect.gen(function*() {
        if (whole) yield* snapshot
        else {
          yield* append(touched)
          if (journalBytes > Math.max(MIN_JOURNAL_BYTES, snapshotBytes)) yield* snapshot
        }
        saved = covered
      }).pipe(
        Effect.catchAll((error) =>
          Effect.zipRight(
            Effect.sync(() => (everything = true)),
            Effect.logError(`emulator: cannot write the state to ${dir}: ${describe(error)}`)
          )
        )
      )
    }).pipe(Effect.withSpan("Emulator.persistence.save", NO_STACK))

    const record = (change: Change) =>
      Effect.suspend(() => {
        if (change._tag === "Everything") everything = true
        else {
          for (const id of change.ids) ids.add(id)
          for (const name of change.names) names.add(name)
          clients ||= change.clients
        }
        const mine = ++changes
        return lock.withPermits(1)(Effect.suspend(() => saved >= mine ? Effect.void : writeNow))
      })
    const save = record(EVERYTHING)
    yield* save
    // A clean stop leaves one complete snapshot and an empty journal.
    yield* Effect.addFinalizer(() => lock.withPermits(1)(Effect.suspend(() => journalBytes > 0 ? Effect.ignore(snapshot) : Effect.void)))
    return { record, save }
  })

const MUTATING = new Set(["POST", "PATCH", "PUT", "DELETE"])

/** The connection a successful write request touched: the one in its path, or the one it created. */
const touchedBy = (request: Engine.EngineRequest, response: Engine.EngineResponse): Change => {
  const [, root, id] = request.path.split("/")
  if (root === "connections" && id !== undefined && id !== "") return { _tag: "Connections", ids: [decodeURIComponent(id)], names: [], clients: false }
  const created = isRecord(response.body) ? response.body.id : undefined
  if (root === "connections" && typeof created === "string") return { _tag: "Connections", ids: [created], names: [], clients: false }
  return EVERYTHING
}

/** The connections a seed touched: the ones it adds (by name) and the ones its sub-resources name. */
const touchedBySeed = (seed: Engine.Seed): Change => {
  const ids = [
    ...Object.keys(seed.keys ?? {}),
    ...Object.keys(seed.scim ?? {}),
    ...Object.keys(seed.scimTokens ?? {}),
    ...(seed.directoryProvisionings ?? []).flatMap((d) => typeof d.connection_id === "string" ? [d.connection_id] : [])
  ]
  const names = [
    ...(seed.connections ?? []).flatMap((c) => typeof c.name === "string" ? [c.name] : []),
    ...(seed.directoryProvisionings ?? []).flatMap((d) => typeof d.connection_name === "string" ? [d.connection_name] : [])
  ]
  return { _tag: "Connections", ids, names, clients: (seed.clients ?? []).length > 0 }
}

/** `engine` with every change saved: a successful write request, a seed, a reset or a replace. */
export const persisted = (engine: Engine.Service, saver: Saver): Engine.Service => ({
  ...engine,
  handle: (request) =>
    Effect.tap(engine.handle(request), (response) =>
      MUTATING.has(request.method) && response.status < 400 ? saver.record(touchedBy(request, response)) : Effect.void),
  seed: (seed) => Effect.zipLeft(engine.seed(seed), saver.record(touchedBySeed(seed))),
  reset: Effect.zipLeft(engine.reset, saver.save),
  replace: (seed) => Effect.zipLeft(engine.replace(seed), saver.save)
})

/** The engine to serve and how to save it. */
export interface Stored {
  readonly engine: Engine.Service
  /** Saves the whole state. */
  readonly save: Effect.Effect<void>
}

/**
 * With a data directory: the saved state (if any) replaces the engine's startup state, every change is saved from
 * then on, and the whole state is saved once now and once when the scope closes. Without one: the engine as it is.
 */
export const open = (
  dir: string | undefined,
  reset: boolean,
  engine: Engine.Service
): Effect.Effect<Stored, StateFileProblem, Scope.Scope> => {
  if (dir === undefined) return Effect.succeed({ engine, save: Effect.void })
  const file = Path.resolve(dir, STATE_FILE)
  return Effect.gen(function*() {
    const restored = yield* load(dir, reset)
    if (Option.isSome(restored)) {
      yield* engine.replace(restored.value).pipe(
        Effect.mapError((e) => problem(file, `the state file ${file} is not a valid state: ${e.message}`))
      )
    }
    const s = yield* saver(dir, engine)
    return { engine: persisted(engine, s), save: s.save }
  })
}
