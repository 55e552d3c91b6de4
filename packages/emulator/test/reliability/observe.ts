/**
 * Observation helpers for the reliability suites: a tracer that records every span (attributes, events, exit), a
 * logger that records every log line at every level (message, annotations, cause), and the HTTP
 * `ConnectionsService` wired to a running emulator.
 */
import { Cause, Exit, HashMap, Inspectable, Layer, Logger, LogLevel, Option, Tracer } from "effect"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as Emulator from "@effect-auth0/emulator/Emulator"
import type * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import * as EmulatorClient from "@effect-auth0/emulator/EmulatorClient"

/** One recorded span. */
export interface RecordedSpan {
  readonly name: string
  readonly spanId: string
  readonly parentId: string | undefined
  readonly attributes: Map<string, unknown>
  readonly events: Array<{ readonly name: string; readonly attributes: Record<string, unknown> }>
  exit: Exit.Exit<unknown, unknown> | undefined
}

/** A tracer that keeps every span it creates, and the layer that installs it. */
export const recordingTracer = () => {
  const spans: Array<RecordedSpan> = []
  let next = 0
  const tracer = Tracer.make({
    span: (name, parent, context, links, startTime, kind, options) => {
      const spanId = `span${++next}`
      const recorded: RecordedSpan = {
        name,
        spanId,
        parentId: Option.match(parent, { onNone: () => undefined, onSome: (p) => p.spanId }),
        attributes: new Map(Object.entries(options?.attributes ?? {})),
        events: [],
        exit: undefined
      }
      spans.push(recorded)
      let status: Tracer.SpanStatus = { _tag: "Started", startTime }
      const span: Tracer.Span = {
        _tag: "Span",
        name,
        spanId,
        traceId: "trace1",
        parent,
        context,
        get status() {
          return status
        },
        attributes: recorded.attributes,
        links: [...links],
        sampled: true,
        kind,
        end: (endTime, exit) => {
          status = { _tag: "Ended", startTime, endTime, exit }
          recorded.exit = exit
        },
        attribute: (key, value) => {
          recorded.attributes.set(key, value)
        },
        event: (eventName, _time, attributes) => {
          recorded.events.push({ name: eventName, attributes: attributes ?? {} })
        },
        addLinks: () => {}
      }
      return span
    },
    context: (f) => f()
  })
  return { spans, layer: Layer.setTracer(tracer) }
}

/** One recorded log line, every part already turned into text. */
export interface RecordedLog {
  readonly level: string
  readonly text: string
}

const show = (u: unknown): string => {
  if (typeof u === "string") return u
  try {
    return Inspectable.toStringUnknown(u)
  } catch {
    return String(u)
  }
}

/** A logger that keeps every line at every level (message, annotations, spans and the pretty cause). */
export const recordingLogger = () => {
  const lines: Array<RecordedLog> = []
  const logger = Logger.make(({ annotations, cause, logLevel, message, spans }) => {
    const parts = [
      ...(Array.isArray(message) ? message.map(show) : [show(message)]),
      ...[...HashMap.toEntries(annotations)].map(([k, v]) => `${k}=${show(v)}`),
      ...[...spans].map((s) => `span=${s.label}`),
      Cause.isEmpty(cause) ? "" : Cause.pretty(cause, { renderErrorCause: true })
    ]
    lines.push({ level: logLevel.label, text: parts.join(" ") })
  })
  const layer = Layer.mergeAll(Logger.replace(Logger.defaultLogger, logger), Logger.minimumLogLevel(LogLevel.All))
  return { lines, layer }
}

/** Options for the HTTP service under test; the emulator supplies the base URL and, unless given, the token. */
export type ClientOptions = Partial<ConnectionsHttp.Options>

/** The HTTP `ConnectionsService` against a running emulator (rate limiter off unless asked for). */
export const httpLayer = (emulator: Emulator.Service, options: ClientOptions = {}) =>
  EmulatorClient.layerFor(emulator, {
    ...(options.clientId === undefined && options.tokenProvider === undefined ? EmulatorClient.staticToken(emulator.adminToken) : {}),
    rateLimit: false,
    ...options
  }, NodeHttpClient.layer)

/** The tags a `ConnectionsError` may have: anything else is not a typed error of the service. */
export const TYPED_ERRORS: ReadonlySet<string> = new Set([
  "InvalidRequest", "Unauthorized", "InsufficientScope", "ConnectionNotFound", "ResourceNotFound", "Conflict",
  "RateLimited", "ServerError", "TransportError", "UnexpectedResponse"
])

/** How an operation ended: success, a typed failure (its tag), or something else (defect, interruption). */
export const classify = (exit: Exit.Exit<unknown, unknown>): { readonly kind: "success" | "typed" | "untyped"; readonly tag?: string; readonly detail?: string } => {
  if (Exit.isSuccess(exit)) return { kind: "success" }
  if (Cause.isDie(exit.cause) || Cause.isInterrupted(exit.cause)) return { kind: "untyped", detail: Cause.pretty(exit.cause).slice(0, 500) }
  const failure = Cause.failureOption(exit.cause)
  const error = Option.getOrUndefined(failure) as { readonly _tag?: unknown } | undefined
  if (typeof error === "object" && error !== null && typeof error._tag === "string" && TYPED_ERRORS.has(error._tag)) {
    return { kind: "typed", tag: error._tag }
  }
  return { kind: "untyped", detail: Cause.pretty(exit.cause).slice(0, 500) }
}
