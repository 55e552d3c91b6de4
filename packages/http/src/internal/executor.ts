/**
 * The one executor: turns an endpoint declaration (`endpoint.ts`) plus an input into a call. It validates and
 * encodes the input (nothing is sent when that fails), builds the request, waits for the rate limiter, adds the
 * bearer token, sends with the retry rules of `transport.ts`, keeps the client's own credentials out of every
 * error, decodes a 2xx body and maps any other answer to the typed errors the endpoint declares.
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type * as Schema from "effect/Schema"
import * as Ref from "effect/Ref"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as ConnectionsError from "../ConnectionsError.js"
import * as RateLimit from "../RateLimit.js"
import type * as TokenProvider from "../TokenProvider.js"
import * as Decode from "./decode.js"
import * as Endpoint from "./endpoint.js"
import type * as RateLimiter from "./rateLimiter.js"
import * as Redact from "./redact.js"
import type * as Retry from "./retry.js"
import * as Transport from "./transport.js"
import * as Undecodable from "./undecodable.js"
import * as Validate from "./validate.js"

/** What a call needs besides its endpoint. */
export interface Settings {
  /** `https://{domain}/api/v2`: the URL errors name (requests carry only the path; `client` prefixes it). */
  readonly apiUrl: string
  /** Sends the requests; prefixes `apiUrl` to their paths. */
  readonly client: HttpClient.HttpClient
  readonly tokens: TokenProvider.TokenProvider
  readonly limiter: RateLimiter.Limiter
  readonly policy: Retry.Policy
  /** Headers sent with every request (telemetry). */
  readonly headers: Readonly<Record<string, string>>
  /** The configured credentials: never copied from a response into an error. */
  readonly secrets: ReadonlyArray<Redacted.Redacted<string> | undefined>
}

/** The answer of a successful call. */
export interface Reply<A> {
  readonly status: number
  readonly value: A
}

/** Runs endpoint calls; one per service, so its rate-limit state is the service's. */
export interface Executor {
  readonly execute: <P extends string, Q, B, A, T extends Endpoint.ErrorTag>(
    endpoint: Endpoint.Endpoint<P, Q, B, A, T>,
    input: Endpoint.Input<P, Q, B>
  ) => Effect.Effect<Reply<A>, Endpoint.ErrorOf<T>>
  /** The rate-limit state of the last response that carried `x-ratelimit-*` headers. */
  readonly rateLimit: Effect.Effect<Option.Option<RateLimit.RateLimitState>>
  readonly policy: Retry.Policy
}

/** The parts of a call's input, as the executor reads them. */
export interface Parts {
  readonly params?: Readonly<Record<string, string>> | undefined
  readonly query?: unknown
  readonly body?: unknown
}

const declared = (error: ConnectionsError.ConnectionsError, allowed: ReadonlyArray<string>): boolean =>
  (Endpoint.COMMON_TAGS as ReadonlyArray<string>).includes(error._tag) || allowed.includes(error._tag)

/** An answer the endpoint does not document (say a 409 on a GET): what Auth0 said, typed as unexpected. */
const undeclared = (error: ConnectionsError.ConnectionsError, status: number, method: string, url: string) => {
  // `fromResponse` never builds a TransportError (that one has no Auth0 envelope).
  const e = error as Exclude<ConnectionsError.ConnectionsError, ConnectionsError.TransportError>
  return new ConnectionsError.UnexpectedResponse({
    ...(e.statusCode === undefined ? {} : { statusCode: e.statusCode }),
    ...(e.errorCode === undefined ? {} : { errorCode: e.errorCode }),
    message: e.message,
    status,
    method,
    url,
    issues: "issues" in e ? e.issues : []
  })
}

const encodeParts = (endpoint: Endpoint.Any, input: Parts) =>
  Effect.gen(function*() {
    const query = endpoint.query === undefined ? [] : yield* Validate.fromEither(endpoint.query(input.query))
    const body = endpoint.body === undefined ? undefined : yield* Validate.fromEither(endpoint.body(input.body))
    return { query, body }
  })

/** The headers of every request: JSON accepted, plus `headers` (telemetry). Built once per executor. */
export const requestHeaders = (headers: Readonly<Record<string, string>>): Readonly<Record<string, string>> => ({
  accept: "application/json",
  ...headers
})

/**
 * The request of one call, relative to the API URL: the input validated and encoded (failing with
 * `InvalidRequest{source: "local"}` before anything is sent), `headers` (from {@link requestHeaders}) set in one
 * step (each header step copies the request's headers), no token yet.
 */
export const buildRequest = (
  endpoint: Endpoint.Any,
  input: Parts,
  headers: Readonly<Record<string, string>>
): Effect.Effect<HttpClientRequest.HttpClientRequest, ConnectionsError.InvalidRequest> =>
  Effect.map(encodeParts(endpoint, input), ({ body, query }) => {
    const request = HttpClientRequest.make(endpoint.method)(Endpoint.renderPath(endpoint.path, input.params), {
      headers,
      ...(query.length === 0 ? {} : { urlParams: query })
    })
    return body === undefined ? request : HttpClientRequest.bodyUnsafeJson(request, body)
  })

/** What a call has sent so far: requests, and whether one of them may have been applied. */
interface Sent {
  requests: number
  ambiguous: boolean
}

/**
 * The token request failed before this request could be sent (no answer, or a 5xx from the token endpoint): its
 * error, with its tag kept, as this request's, marked as not sent unless an earlier attempt may have been applied.
 */
const tokenFailed = (
  method: string,
  url: string,
  error: ConnectionsError.TransportError | ConnectionsError.ServerError,
  sent: Sent
): ConnectionsError.TransportError | ConnectionsError.ServerError => {
  const message = `${method} ${url}: not sent: ${error.message}`
  if (error._tag === "TransportError") {
    return new ConnectionsError.TransportError({ reason: error.reason, method, url, message, attempts: sent.requests, sent: sent.ambiguous })
  }
  return new ConnectionsError.ServerError({
    ...(error.statusCode === undefined ? {} : { statusCode: error.statusCode }),
    ...(error.errorCode === undefined ? {} : { errorCode: error.errorCode }),
    message,
    attempts: sent.requests,
    sent: sent.ambiguous
  })
}

/** A 2xx body decoded from its text; text that is not JSON (or is empty) goes to the decoder as `body` has it. */
const decode = (schema: Schema.Schema<unknown, unknown, never>, outcome: Transport.Response) => {
  if (outcome.text.length > 0) {
    try {
      return Decode.jsonDecoderFor(schema)(outcome.text)
    } catch {
      // Not JSON: decoded below as the raw text, which fails as an undecodable answer.
    }
  }
  return Decode.decoderFor(schema)(outcome.body)
}

/** Builds an executor (with its own rate-limit state). */
export const make = (settings: Settings): Effect.Effect<Executor> =>
  Effect.map(Ref.make(Option.none<RateLimit.RateLimitState>()), (observed) => {
    const { client, limiter, policy, tokens } = settings
    const headers = requestHeaders(settings.headers)

    /**
     * One attempt: limiter, token, send; records the rate-limit headers of the answer. `use` keeps the token sent,
     * for the refresh after a 401 and for the redaction of a failed answer; `sent` counts what reached the wire.
     */
    const attempt = (
      request: HttpClientRequest.HttpClientRequest,
      url: string,
      use: (token: Redacted.Redacted<string>) => void,
      sent: Sent
    ) =>
      limiter.acquire.pipe(
        Effect.zipRight(Effect.catchIf(
          tokens.get,
          (error): error is ConnectionsError.TransportError | ConnectionsError.ServerError =>
            error._tag === "TransportError" || error._tag === "ServerError",
          (error) => Effect.fail(tokenFailed(request.method, url, error, sent))
        )),
        Effect.flatMap((token) => {
          use(token)
          return Transport.sendOnce(client, HttpClientRequest.bearerToken(request, token), policy.timeoutMs, url)
        }),
        Effect.tap((outcome) => {
          sent.requests++
          sent.ambiguous = sent.ambiguous || Transport.isAmbiguous(outcome)
          return outcome._tag === "Response" ? observe(outcome) : Effect.void
        })
      )

    const observe = (outcome: Transport.Response) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => {
        const state = RateLimit.fromHeaders(outcome.headers, now)
        if (state === undefined) return Effect.void
        const recorded = Ref.set(observed, Option.some(state))
        return outcome.status === 429 ? recorded : Effect.zipRight(recorded, limiter.observe(state))
      })

    /** Sends with retries; the final outcome with the client's credentials scrubbed from anything Auth0 sent back. */
    const send = (method: string, idempotent: boolean, request: HttpClientRequest.HttpClientRequest, url: string) =>
      Effect.suspend(() => {
        // Per call, written by its own attempts only (one at a time), so plain variables are enough.
        let used: Redacted.Redacted<string> | undefined
        const sent: Sent = { requests: 0, ambiguous: false }
        // Built only when something may reach an error: a failed answer, or a 2xx body that does not decode.
        const secrets = () => Redact.variants([...settings.secrets, used])
        return Transport.run({
          method,
          idempotent,
          useResetHeader: true,
          attempt: attempt(request, url, (token) => {
            used = token
          }, sent),
          refresh: Effect.suspend(() => (used === undefined ? Effect.succeed(false) : tokens.invalidate(used)))
        }, policy).pipe(
          Effect.map((final) => ({
            outcome: Transport.isSuccess(final.outcome) ? final.outcome : Redact.outcome(final.outcome, secrets()),
            attempts: final.attempts,
            ambiguous: final.ambiguous,
            secrets
          }))
        )
      })

    const run = (endpoint: Endpoint.Any, input: Parts): Effect.Effect<Reply<unknown>, ConnectionsError.ConnectionsError> =>
      Effect.gen(function*() {
        const request = yield* buildRequest(endpoint, input, headers)
        const method = endpoint.method
        const url = `${settings.apiUrl}${request.url}`
        const { ambiguous, attempts, outcome, secrets } = yield* send(method, endpoint.idempotent, request, url)
        yield* Effect.annotateCurrentSpan(
          outcome._tag === "Failure"
            ? { "http.request.resend_count": attempts - 1 }
            : { "http.request.resend_count": attempts - 1, "http.response.status_code": outcome.status }
        )
        if (outcome._tag === "Failure") {
          return yield* new ConnectionsError.TransportError({
            reason: outcome.reason,
            method,
            url,
            message: `${method} ${url}: ${outcome.message}`,
            attempts,
            // An earlier attempt that may have been applied makes the call ambiguous whatever the last one did.
            sent: outcome.sent || ambiguous
          })
        }
        if (outcome.status === 404 && ambiguous && endpoint.notFoundAfterAmbiguousIsSuccess) return { status: outcome.status, value: undefined }
        if (outcome.status < 200 || outcome.status >= 300) {
          const error = ConnectionsError.fromResponse({
            status: outcome.status,
            body: outcome.body,
            headers: outcome.headers,
            method,
            url,
            connectionId: input.params?.["id"],
            attempts
          }, yield* Clock.currentTimeMillis)
          return yield* Effect.fail(declared(error, endpoint.errors) ? error : undeclared(error, outcome.status, method, url))
        }
        if (endpoint.response === undefined || (endpoint.noContent && (outcome.status === 204 || outcome.text.length === 0))) {
          return { status: outcome.status, value: undefined }
        }
        const decoded = decode(endpoint.response, outcome)
        if (Either.isLeft(decoded)) {
          return yield* Undecodable.make({ method, url, status: outcome.status, headers: outcome.headers, body: outcome.body }, decoded.left, secrets())
        }
        return { status: outcome.status, value: decoded.right }
      })

    const execute: Executor["execute"] = <P extends string, Q, B, A, T extends Endpoint.ErrorTag>(
      endpoint: Endpoint.Endpoint<P, Q, B, A, T>,
      input: Endpoint.Input<P, Q, B>
    ) =>
      // The error channel is exactly the endpoint's: `run` maps every undeclared answer to `UnexpectedResponse`.
      run(endpoint as unknown as Endpoint.Any, input as Parts) as Effect.Effect<Reply<A>, Endpoint.ErrorOf<T>>
    return {
      execute,
      rateLimit: Ref.get(observed),
      policy
    }
  })
