/**
 * The request log: one entry per Management API, token or unknown-path request (never the control plane), kept
 * for `GET /__emulator/requests`, and one log line per request at the configured level. Entries never contain
 * headers, tokens, query strings or bodies.
 */
import * as Wire from "@effect-auth0/engine/Wire"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import type * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as LogLevel from "effect/LogLevel"
import type { RequestLogEntry } from "../Emulator.js"
import { errorReply, type Reply, toResponse } from "./reply.js"

const MAX_ENTRIES = 1000

/** What the handlers learn about a request for its log entry; one mutable note per request. */
export interface Note {
  readonly method: string
  /** The raw path, without the query string. */
  readonly path: string
  clientId?: string
  faultId?: number
  outcome: "answered" | "dropped" | "aborted"
}

/** The current request's note. */
export class RequestNote extends Context.Tag("@effect-auth0/emulator/RequestNote")<RequestNote, Note>() {}

/** What `GET /__emulator/requests` answers. */
export interface Summary {
  readonly total: number
  readonly byStatus: Readonly<Record<string, number>>
  readonly requests: ReadonlyArray<RequestLogEntry>
}

/** The log of one emulator. */
export interface RequestLog {
  readonly record: (entry: Omit<RequestLogEntry, "id">) => Effect.Effect<void>
  readonly entries: Effect.Effect<ReadonlyArray<RequestLogEntry>>
  readonly summary: Effect.Effect<Summary>
  readonly clear: Effect.Effect<void>
}

/** An empty log keeping the last 1000 entries (the totals count every request). */
export const make = (): RequestLog => {
  let entries: Array<RequestLogEntry> = []
  let nextId = 1
  let total = 0
  let byStatus: Record<string, number> = {}
  return {
    record: (entry) =>
      Effect.sync(() => {
        total++
        byStatus[String(entry.status)] = (byStatus[String(entry.status)] ?? 0) + 1
        entries.push({ id: nextId++, ...entry })
        if (entries.length > MAX_ENTRIES) entries.splice(0, entries.length - MAX_ENTRIES)
      }),
    entries: Effect.sync(() => [...entries]),
    summary: Effect.sync(() => ({ total, byStatus: { ...byStatus }, requests: [...entries] })),
    clear: Effect.sync(() => {
      entries = []
      total = 0
      byStatus = {}
    })
  }
}

/** Answers an unexpected failure with a 500 envelope (after logging it); interruption passes through. */
export const recover = <R>(handler: Effect.Effect<Reply, never, R>): Effect.Effect<Reply, never, R> =>
  Effect.catchAllCause(handler, (cause) =>
    Cause.isInterruptedOnly(cause) ? Effect.failCause(cause) : Effect.as(
      Effect.logError("emulator: unexpected failure while handling a request", Cause.pretty(cause)),
      errorReply(500, "Internal Server Error")
    ))

/** How the log middleware reads the time and where it writes its line. */
export interface MiddlewareOptions {
  readonly log: RequestLog
  readonly level: "Info" | "Debug" | "None"
  /** Epoch milliseconds on the emulator's (live) clock. */
  readonly now: Effect.Effect<number>
}

/**
 * Runs a handler with a fresh {@link RequestNote} and records the request when it ends: answered (with its status),
 * dropped by a fault, or aborted by the client (status 0).
 */
export const middleware = (options: MiddlewareOptions) =>
<R>(
  handler: Effect.Effect<Reply, never, R>
): Effect.Effect<HttpServerResponse.HttpServerResponse, never, Exclude<R, RequestNote> | HttpServerRequest.HttpServerRequest> =>
  Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const method = request.method
    const path = Wire.splitTarget(request.originalUrl).path
    const started = yield* options.now
    const note: Note = { method, path, outcome: "answered" }
    const finish = (status: number) =>
      Effect.gen(function*() {
        const durationMs = (yield* options.now) - started
        yield* options.log.record({
          at: new Date(started).toISOString(),
          method,
          path: path.slice(0, 2048),
          status,
          outcome: note.outcome,
          durationMs,
          ...(note.clientId === undefined ? {} : { clientId: note.clientId }),
          ...(note.faultId === undefined ? {} : { faultId: note.faultId })
        })
        if (options.level !== "None") {
          yield* Effect.logWithLevel(
            LogLevel.fromLiteral(options.level),
            `${method} ${path.slice(0, 512)} ${note.outcome === "answered" ? status : note.outcome} ${durationMs}ms`
          )
        }
      })
    const answer = yield* recover(handler).pipe(
      Effect.provideService(RequestNote, note),
      Effect.onExit((exit) => {
        if (Exit.isSuccess(exit)) return finish(exit.value.status)
        // Interrupted: the client went away (or a fault dropped the connection) before an answer was written.
        if (note.outcome === "answered") note.outcome = "aborted"
        return finish(0)
      })
    )
    return toResponse(answer)
  })
