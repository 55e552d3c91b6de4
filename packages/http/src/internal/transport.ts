/**
 * Sending one request and the retry loop around it. Nothing here lets an `HttpClientError` out: it carries the
 * request (with its bearer token or client secret), so every failure is reduced to a status, headers and body, or
 * to a short transport message without the request.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Random from "effect/Random"
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Deadline from "./deadline.js"
import * as Retry from "./retry.js"
import * as Traced from "./traced.js"

/** An answer, whatever its status. */
export interface Response {
  readonly _tag: "Response"
  readonly status: number
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>
  /** The body as received. */
  readonly text: string
  /** Parsed JSON, or the raw text when it is not JSON, or `undefined` when empty (parsed on first read). */
  readonly body: unknown
}

/** What one attempt produced. */
export type Outcome =
  | Response
  | {
    readonly _tag: "Failure"
    readonly reason: "Transport" | "Timeout"
    readonly message: string
    /**
     * `false` when the request cannot have reached the server (invalid URL, DNS failure, connection refused): such a
     * failure is not ambiguous, since nothing can have been applied.
     */
    readonly sent: boolean
    /** `true` when sending again cannot help (an invalid URL or a body that cannot be encoded). */
    readonly permanent: boolean
  }

/** A 2xx answer. */
export const isSuccess = (outcome: Outcome): boolean =>
  outcome._tag === "Response" && outcome.status >= 200 && outcome.status < 300

const parseBody = (text: string): unknown => {
  if (text.length === 0) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * An answer whose body is parsed on first read: a 2xx is decoded straight from its text (parsed once, by the
 * decoder), so only answers that are inspected as JSON pay for a parse here. A class, not an object literal with a
 * getter: a getter closure per object gives every answer its own hidden class, which V8 keeps outside the young
 * generation, and through it each answer's text survived young-generation collections until the next full one.
 */
class LazyResponse implements Response {
  readonly _tag = "Response"
  // Truly private: a copy made by spreading (the redacted answer) must not carry the unredacted parsed body.
  #parsed = false
  #body: unknown = undefined
  constructor(
    readonly status: number,
    readonly headers: Readonly<Record<string, string | undefined>>,
    readonly text: string
  ) {}
  get body(): unknown {
    if (!this.#parsed) {
      this.#body = parseBody(this.text)
      this.#parsed = true
    }
    return this.#body
  }
}

/** An answer whose body is parsed on first read. */
export const responseOf = (status: number, headers: Readonly<Record<string, string | undefined>>, text: string): Response =>
  new LazyResponse(status, headers, text)

// Error codes of failures that happen before a byte of the request leaves: name resolution and connecting.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "ENETUNREACH", "EHOSTUNREACH", "ERR_INVALID_URL"])

const codeOf = (cause: unknown): string | undefined => {
  // undici wraps the socket error: TypeError("fetch failed") with the coded error as its cause.
  for (let current = cause, depth = 0; current instanceof Error && depth < 3; current = current.cause, depth++) {
    const code = (current as { readonly code?: unknown }).code
    if (typeof code === "string") return code
  }
  return undefined
}

const messageOf = (cause: unknown): string | undefined => {
  if (typeof cause === "string") return cause
  if (!(cause instanceof Error)) return undefined
  // "fetch failed" says nothing: the wrapped socket error says what happened.
  return cause.cause instanceof Error && cause.message === "fetch failed" ? cause.cause.message : cause.message
}

// A transport failure reduced to what may reach an error: the cause's message and code only, never the request.
const failureOf = (error: HttpClientError.HttpClientError): Outcome => {
  const code = codeOf(error.cause)
  const message = messageOf(error.cause)
  const permanent = error._tag === "RequestError" && (error.reason === "InvalidUrl" || error.reason === "Encode")
  const parts: Array<string> = [error._tag === "ResponseError" ? `response ${error.reason}` : `request ${error.reason}`]
  if (message !== undefined) parts.push(message)
  if (code !== undefined && !(message ?? "").includes(code)) parts.push(code)
  return {
    _tag: "Failure",
    reason: "Transport",
    message: parts.join(": ").slice(0, 300),
    sent: !(permanent || (error._tag === "RequestError" && code !== undefined && NOT_SENT_CODES.has(code))),
    permanent
  }
}

/**
 * Sends one request and reads its whole body within `timeoutMs`. A request that overruns it is aborted: by the client
 * itself when it enforces deadlines (`UndiciHttpClient`), otherwise by interrupting the attempt, which aborts the
 * underlying HTTP request (the platform clients tie each request to an `AbortController`).
 *
 * Each attempt is a client span `http.client {METHOD}` with the method, `url` (default: the request's URL) and the
 * status code: what the platform client's own span records (the service turns that one off), without the headers.
 */
export const sendOnce = (
  client: HttpClient.HttpClient,
  request: HttpClientRequest.HttpClientRequest,
  timeoutMs: number,
  url: string = request.url
): Effect.Effect<Outcome> =>
  Effect.clockWith((clock) => {
    const attempt = Deadline.forAttempt(
      Effect.flatMap(client.execute(request), (response) =>
        Effect.map(response.text, (text): Outcome => responseOf(response.status, response.headers, text))),
      timeoutMs,
      client,
      clock
    )
    return attempt.effect.pipe(
      Effect.map(
        Option.getOrElse((): Outcome => ({ _tag: "Failure", reason: "Timeout", message: `no response within ${timeoutMs} ms`, sent: true, permanent: false }))
      ),
      Effect.catchAll((error) => Effect.succeed(failureOf(error))),
      (outcome) =>
        Traced.withSpan(outcome, `http.client ${request.method}`, {
          kind: "client",
          captureStackTrace: false,
          attributes: { "http.request.method": request.method, "url.full": url }
        }, { attributesOf: statusAttribute, provide: attempt.provide })
    )
  })

const statusAttribute = (outcome: Outcome) => outcome._tag === "Response" ? { "http.response.status_code": outcome.status } : undefined

/** One logical call, as the retry loop sees it. */
export interface Exchange<E> {
  readonly method: string
  /** Safe to send again after a 5xx, a timeout or a transport error (the request may have been processed). */
  readonly idempotent: boolean
  /** One attempt: waits for the rate limiter, gets a token, sends. Fails only before sending (e.g. no token). */
  readonly attempt: Effect.Effect<Outcome, E>
  /** After a 401: drop the token just used; `true` when a fresh one can be fetched (then one retry follows). */
  readonly refresh?: Effect.Effect<boolean> | undefined
  /** Whether `x-ratelimit-reset` on a 429 tells when to retry (true for the Management API). */
  readonly useResetHeader: boolean
}

/** The last outcome of a call, after every retry the policy allowed. */
export interface Final {
  readonly outcome: Outcome
  /** Requests sent, the first included. */
  readonly attempts: number
  /** True when an earlier attempt ended ambiguously (5xx, timeout, transport): the request may have been applied. */
  readonly ambiguous: boolean
}

/** The request may have been applied: a 5xx, a 408, a timeout or a transport failure after sending. */
export const isAmbiguous = (outcome: Outcome): boolean =>
  outcome._tag === "Failure" ? outcome.sent : outcome.status >= 500 || outcome.status === 408

/** Worth sending again when the request is safe to repeat: an ambiguous outcome, or a failure before sending. */
const isTransient = (outcome: Outcome): boolean => outcome._tag === "Failure" ? !outcome.permanent : isAmbiguous(outcome)

const spanEvent = (name: string, attributes: Record<string, unknown>) =>
  Effect.flatMap(Effect.option(Effect.currentSpan), (span) =>
    Option.isNone(span)
      ? Effect.void
      : Effect.map(Clock.currentTimeNanos, (now) => span.value.event(name, now, attributes)))

/**
 * Runs an exchange: 401 → one forced token refresh and retry; 429 → wait (`Retry-After`, else
 * `X-RateLimit-Reset`, else backoff) and retry; 5xx/408/timeout/transport → backoff and retry only when the
 * exchange is idempotent. Bounded by `maxRetries` retries and `maxRetryWaitMs` of total sleep: a wait that would
 * overrun the budget is not started, the last outcome is returned instead.
 */
export const run = <E>(exchange: Exchange<E>, policy: Retry.Policy): Effect.Effect<Final, E> =>
  // The common case, a 2xx on the first attempt, without the loop's generator.
  Effect.flatMap(exchange.attempt, (outcome) => isSuccess(outcome) ? Effect.succeed({ outcome, attempts: 1, ambiguous: false }) : retry(exchange, policy, outcome))

/** The retry loop of {@link run}, from a first attempt that was not a 2xx. */
const retry = <E>(exchange: Exchange<E>, policy: Retry.Policy, first: Outcome): Effect.Effect<Final, E> =>
  Effect.gen(function*() {
    let attempts = 0
    let retries = 0
    let waited = 0
    let refreshed = false
    let ambiguous = false
    let next: Outcome | undefined = first
    while (true) {
      const outcome: Outcome = next ?? (yield* exchange.attempt)
      next = undefined
      attempts++
      if (isSuccess(outcome)) return { outcome, attempts, ambiguous }
      if (outcome._tag === "Response" && outcome.status === 401 && !refreshed && exchange.refresh !== undefined) {
        refreshed = true
        if (yield* exchange.refresh) {
          yield* spanEvent("auth0.token.refresh", { "http.request.resend_count": attempts })
          continue
        }
        return { outcome, attempts, ambiguous }
      }
      const rateLimited = outcome._tag === "Response" && outcome.status === 429
      const retryable = rateLimited || (exchange.idempotent && isTransient(outcome))
      if (!retryable || retries >= policy.maxRetries) return { outcome, attempts, ambiguous }
      const now = yield* Clock.currentTimeMillis
      const random = yield* Random.next
      const delay = outcome._tag === "Response"
        ? Retry.delayFor(outcome.headers, now, retries, policy, random, exchange.useResetHeader && rateLimited)
        : Retry.backoff(retries, policy, random)
      if (waited + delay.millis > policy.maxRetryWaitMs) return { outcome, attempts, ambiguous }
      const reason = outcome._tag === "Response" ? `status ${outcome.status}` : outcome.reason
      yield* spanEvent("auth0.retry", {
        "http.request.resend_count": retries + 1,
        "auth0.retry.reason": reason,
        "auth0.retry.delay_ms": delay.millis,
        "auth0.retry.delay_source": delay.source
      })
      yield* Effect.logDebug("auth0: retrying request").pipe(
        Effect.annotateLogs({ method: exchange.method, reason, delayMs: delay.millis, retry: retries + 1 })
      )
      ambiguous = ambiguous || isAmbiguous(outcome)
      retries++
      waited += delay.millis
      if (delay.millis > 0) yield* Effect.sleep(Duration.millis(delay.millis))
    }
  })
