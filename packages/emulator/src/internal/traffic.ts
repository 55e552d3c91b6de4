/**
 * What happens to a request before it is handled: a scripted fault may answer, delay or drop it; a Management API
 * request takes a token from the rate-limit bucket (and gets the `x-ratelimit-*` headers either way); Management API
 * and token requests wait the configured latency.
 */
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import * as Effect from "effect/Effect"
import type * as Fault from "../Fault.js"
import type { Settings as EmulatorSettings } from "../Emulator.js"

/** The settings the traffic gate owns (the feature settings belong to the engine). */
type Settings = Omit<EmulatorSettings, "directoryProvisioning">
import type { FaultQueue } from "./faults.js"
import * as RateLimit from "./rateLimit.js"
import { errorReply, reason, type Reply, reply, withDefaultHeaders } from "./reply.js"
import { RequestNote } from "./requestLog.js"

/** Which kind of request a route serves: only the Management API is rate limited, only it and the token endpoint delayed. */
export type Kind = "api" | "token" | "other"

/** Rate limit and latency of one emulator, and the gate that applies them with its faults. */
export interface Traffic {
  readonly settings: Effect.Effect<Settings>
  /** Changes rate limiting (`null` turns it off; a new bucket starts full) and/or the added latency. */
  readonly update: (patch: Partial<Settings>) => Effect.Effect<void>
  /** Refills the bucket. */
  readonly refill: Effect.Effect<void>
  /** Runs a route's handler behind faults, rate limit and latency. */
  readonly gate: <R>(kind: Kind, handler: Effect.Effect<Reply, never, R>) => Effect.Effect<
    Reply,
    never,
    R | RequestNote | HttpServerRequest.HttpServerRequest
  >
}

/** What the traffic gate starts with. */
export interface TrafficOptions {
  readonly rateLimit: RateLimit.RateLimitSettings | undefined
  readonly latencyMs: number
  readonly faults: FaultQueue
  /** Epoch milliseconds on the emulator's (live) clock. */
  readonly now: Effect.Effect<number>
}

const rateLimitHeaders = (d: RateLimit.Decision): Record<string, string> => ({
  "x-ratelimit-limit": String(d.limit),
  "x-ratelimit-remaining": String(d.remaining),
  "x-ratelimit-reset": String(d.reset)
})

const tooManyRequests = (headers: Readonly<Record<string, string>>): Reply =>
  errorReply(429, "Global limit has been reached", "too_many_requests", headers)

/** The answer of a fault that has a status. */
const faultReply = (fault: Fault.Fault & { readonly status: number }): Reply => {
  const headers: Record<string, string> = fault.status === 429 ? { "retry-after": "1" } : {}
  for (const [k, v] of Object.entries(fault.headers ?? {})) headers[k.toLowerCase()] = v
  return fault.body !== undefined
    ? reply(fault.status, fault.body, headers)
    : fault.status === 429
    ? tooManyRequests(headers)
    : errorReply(fault.status, reason(fault.status), undefined, headers)
}

/** Destroys the connection without answering, and waits for the server to notice (it interrupts the handler). */
const drop = Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) =>
  Effect.zipRight(
    Effect.sync(() => {
      NodeHttpServerRequest.toIncomingMessage(request).socket.destroy()
      NodeHttpServerRequest.toServerResponse(request).destroy()
    }),
    Effect.never
  ))

/** Rate limit and latency as configured at start. */
export const make = (options: TrafficOptions): Traffic => {
  // Confined to one emulator; every access is a single synchronous step.
  let bucket = RateLimit.makeBucket(options.rateLimit)
  let latencyMs = Math.max(0, options.latencyMs)

  const gate = <R>(kind: Kind, handler: Effect.Effect<Reply, never, R>) =>
    Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const note = yield* RequestNote
      const fault = yield* options.faults.take(request.method, note.path)
      if (fault !== undefined) note.faultId = fault.id
      // A fault that answers (status or drop) replaces the request, so it takes no rate-limit token; a delay-only
      // fault is followed by normal handling, rate limit included.
      const answered = fault !== undefined && (fault.status !== undefined || fault.drop === true)
      let decision: RateLimit.Decision | undefined
      let headers: Record<string, string> = {}
      if (kind === "api") {
        const millis = yield* options.now
        decision = answered ? bucket.peek(millis) : bucket.take(millis)
        headers = rateLimitHeaders(decision)
        if (fault?.status === 429) {
          headers["x-ratelimit-remaining"] = "0"
          headers["x-ratelimit-reset"] = String(Math.ceil(millis / 1000) + 1)
        }
      }
      if (fault !== undefined) {
        if (fault.delayMs !== undefined && fault.delayMs > 0) yield* Effect.sleep(fault.delayMs)
        if (fault.drop === true) {
          note.outcome = "dropped"
          return yield* drop
        }
        if (fault.status !== undefined) return withDefaultHeaders(faultReply({ ...fault, status: fault.status }), headers)
      }
      // Even a zero sleep waits for a timer tick (~1 ms per request), so only sleep when latency is configured.
      if (kind !== "other" && latencyMs > 0) yield* Effect.sleep(latencyMs)
      if (decision !== undefined && !decision.allowed) {
        return withDefaultHeaders(tooManyRequests({ "retry-after": String(decision.retryAfter) }), headers)
      }
      return withDefaultHeaders(yield* handler, headers)
    })

  return {
    settings: Effect.sync((): Settings => ({
      rateLimit: bucket.settings === undefined ? null : { ...bucket.settings },
      latencyMs
    })),
    update: (patch) =>
      Effect.sync(() => {
        if (patch.rateLimit !== undefined) bucket = RateLimit.makeBucket(patch.rateLimit ?? undefined)
        if (patch.latencyMs !== undefined) latencyMs = Math.max(0, patch.latencyMs)
      }),
    refill: Effect.sync(() => bucket.refill()),
    gate
  }
}
