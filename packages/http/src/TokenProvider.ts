/**
 * Access tokens for the Management API: a static token, or the client-credentials grant with an in-memory cache.
 *
 * The client-credentials provider behaves like the official SDK's: `POST {tokenUrl}` form-encoded
 * (`grant_type=client_credentials`, `client_id`, `client_secret`, `audience`), the token is cached until 10 s
 * before it expires, and concurrent callers share one in-flight request. Unlike the SDK, a 401 from the API can
 * force a refresh ({@link TokenProvider.invalidate}). The secret and the tokens are `Redacted` everywhere; the
 * errors carry neither.
 *
 * @since 0.0.0
 */
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import { isRecord } from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as ConnectionsError from "./ConnectionsError.js"
import * as Redact from "./internal/redact.js"
import * as Retry from "./internal/retry.js"
import * as Traced from "./internal/traced.js"
import * as Transport from "./internal/transport.js"
import * as Undecodable from "./internal/undecodable.js"

/**
 * Supplies the bearer token of every Management API request.
 *
 * @since 0.0.0
 */
export interface TokenProvider {
  /** The current token, fetching one when there is none or it is about to expire. */
  readonly get: Effect.Effect<Redacted.Redacted<string>, ConnectionsError.CommonError>
  /**
   * Forgets `token` (when it is still the cached one) after the API refused it; `true` when the next `get` can
   * fetch a different token, `false` for providers that cannot refresh (a static token).
   */
  readonly invalidate: (token: Redacted.Redacted<string>) => Effect.Effect<boolean>
}

/**
 * A fixed token (e.g. `AUTH0_TOKEN`): never refreshed, so a 401 fails at once.
 *
 * @since 0.0.0
 */
export const fromToken = (token: Redacted.Redacted<string>): TokenProvider => ({
  get: Effect.succeed(token),
  invalidate: () => Effect.succeed(false)
})

/**
 * Settings of the client-credentials grant.
 *
 * @since 0.0.0
 */
export interface ClientCredentialsOptions {
  /** `https://{domain}/oauth/token`. */
  readonly tokenUrl: string
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  /** The Management API identifier, `https://{domain}/api/v2/`. */
  readonly audience: string
  /** Per-request timeout (default 10 seconds, like the SDK's authentication client). */
  readonly timeout?: Duration.DurationInput | undefined
  /** Retries after a 429, a 5xx or a transport error (default 2; the grant has no side effect to duplicate). */
  readonly maxRetries?: number | undefined
  /** Most total time slept between retries (default 30 seconds). */
  readonly maxRetryWait?: Duration.DurationInput | undefined
  /** Refresh this long before expiry (default 10 seconds, at most half the token's lifetime). */
  readonly leeway?: Duration.DurationInput | undefined
  /** Extra headers, e.g. `Auth0-Client` telemetry. */
  readonly headers?: Readonly<Record<string, string>> | undefined
}

const TokenResponse = Schema.Struct({
  access_token: Schema.Redacted(Schema.String),
  expires_in: Schema.Number,
  scope: Schema.optional(Schema.String),
  token_type: Schema.optional(Schema.String)
})

interface Cached {
  readonly token: Redacted.Redacted<string>
  readonly refreshAt: number
}

type State =
  | { readonly _tag: "Empty" }
  | { readonly _tag: "Valid"; readonly cached: Cached }
  | { readonly _tag: "Pending"; readonly deferred: Deferred.Deferred<Redacted.Redacted<string>, ConnectionsError.CommonError> }

/** The Authentication API's error body (`{error, error_description}`) in the Management API's envelope. */
const toEnvelope = (body: unknown): unknown =>
  isRecord(body) && typeof body.error_description === "string"
    ? { message: body.error_description, ...(typeof body.error === "string" ? { errorCode: body.error } : {}) }
    : body

/**
 * A refused token request as the API's errors: the grant refused is `Unauthorized`, saying which client was refused
 * and what to check (never the secret); a 404/409 is unexpected.
 */
const refused = (error: ConnectionsError.ConnectionsError, status: number, url: string, clientId: string): ConnectionsError.CommonError => {
  // `fromResponse` never builds a TransportError (that one has no Auth0 envelope).
  const envelope = error as Exclude<ConnectionsError.ConnectionsError, ConnectionsError.TransportError>
  const fields = {
    ...(envelope.statusCode === undefined ? {} : { statusCode: envelope.statusCode }),
    ...(envelope.errorCode === undefined ? {} : { errorCode: envelope.errorCode }),
    message: `POST ${url}: token request failed: ${error.message}`
  }
  switch (error._tag) {
    // The grant was refused (bad secret, unknown client, API not authorized for the client).
    case "Unauthorized":
    case "InsufficientScope": {
      const code = [String(status), envelope.errorCode].filter((part) => part !== undefined).join(" ")
      const hint = status === 403
        ? "check that the application is authorized for the Management API (AUTH0_AUDIENCE)"
        : "check AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET"
      return new ConnectionsError.Unauthorized({
        ...fields,
        message: `POST ${url} refused client ${JSON.stringify(clientId)} (${code}: ${error.message}): ${hint}`
      })
    }
    case "ConnectionNotFound":
    case "ResourceNotFound":
    case "Conflict":
    case "FeatureDisabled":
      return new ConnectionsError.UnexpectedResponse({ ...fields, status, method: "POST", url, issues: [] })
    default:
      return error
  }
}

/**
 * The client-credentials provider. Needs an `HttpClient`; the cache lives as long as the provider.
 *
 * @since 0.0.0
 */
export const clientCredentials = (options: ClientCredentialsOptions): Effect.Effect<TokenProvider, never, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const client = yield* HttpClient.HttpClient
    const state = yield* Ref.make<State>({ _tag: "Empty" })
    const policy: Retry.Policy = {
      timeoutMs: Duration.toMillis(options.timeout ?? Duration.seconds(10)),
      maxRetries: options.maxRetries ?? 2,
      maxRetryWaitMs: Duration.toMillis(options.maxRetryWait ?? Duration.seconds(30)),
      baseDelayMs: 500,
      maxDelayMs: 10_000
    }
    const secrets = Redact.variants([options.clientSecret])
    const leewayMs = Duration.toMillis(options.leeway ?? Duration.seconds(10))
    const url = options.tokenUrl.split("?")[0]!
    const request = HttpClientRequest.post(options.tokenUrl).pipe(
      HttpClientRequest.setHeaders(options.headers ?? {}),
      HttpClientRequest.acceptJson,
      HttpClientRequest.bodyUrlParams({
        grant_type: "client_credentials",
        client_id: options.clientId,
        client_secret: Redacted.value(options.clientSecret),
        audience: options.audience
      })
    )

    const fetchToken: Effect.Effect<Cached, ConnectionsError.CommonError> = Effect.gen(function*() {
      const final = yield* Transport.run({
        method: "POST",
        idempotent: true,
        attempt: Transport.sendOnce(client, request, policy.timeoutMs),
        useResetHeader: true
      }, policy)
      // A proxy that reflects the form body would hand the client secret back: it never reaches an error.
      const outcome = Redact.outcome(final.outcome, secrets)
      if (outcome._tag === "Failure") {
        return yield* new ConnectionsError.TransportError({
          reason: outcome.reason,
          method: "POST",
          url,
          message: `POST ${url}: token request failed: ${outcome.message}`,
          attempts: final.attempts,
          sent: outcome.sent || final.ambiguous
        })
      }
      if (outcome.status < 200 || outcome.status >= 300) {
        const error = ConnectionsError.fromResponse({
          status: outcome.status,
          body: toEnvelope(outcome.body),
          headers: outcome.headers,
          method: "POST",
          url,
          attempts: final.attempts
        }, yield* Clock.currentTimeMillis)
        return yield* Effect.fail(refused(error, outcome.status, url, options.clientId))
      }
      const decoded = Schema.decodeUnknownEither(TokenResponse)(outcome.body)
      if (Either.isLeft(decoded)) {
        const answer = { method: "POST", url, status: outcome.status, headers: outcome.headers, body: outcome.body }
        return yield* typeof outcome.body === "string"
          ? Undecodable.notJson({ ...answer, body: outcome.body }, secrets)
          : new ConnectionsError.UnexpectedResponse({
            message: `POST ${url}: the token response does not match {access_token, expires_in}`,
            status: outcome.status,
            method: "POST",
            url,
            issues: Undecodable.mismatch(answer, decoded.left, secrets).issues
          })
      }
      const now = yield* Clock.currentTimeMillis
      const lifetime = Math.max(0, decoded.right.expires_in * 1000)
      return { token: decoded.right.access_token, refreshAt: now + lifetime - Math.min(leewayMs, lifetime / 2) }
    }).pipe((fetch) => Traced.withSpan(fetch, "TokenProvider.clientCredentials", { attributes: { "auth0.client_id": options.clientId } }))

    const get: TokenProvider["get"] = Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const deferred = yield* Deferred.make<Redacted.Redacted<string>, ConnectionsError.CommonError>()
      const action = yield* Ref.modify(state, (s): readonly [
        | { readonly _tag: "Cached"; readonly token: Redacted.Redacted<string> }
        | { readonly _tag: "Await" | "Fetch"; readonly deferred: Deferred.Deferred<Redacted.Redacted<string>, ConnectionsError.CommonError> },
        State
      ] => {
        if (s._tag === "Valid" && now < s.cached.refreshAt) return [{ _tag: "Cached", token: s.cached.token }, s]
        if (s._tag === "Pending") return [{ _tag: "Await", deferred: s.deferred }, s]
        return [{ _tag: "Fetch", deferred }, { _tag: "Pending", deferred }]
      })
      if (action._tag === "Cached") return action.token
      if (action._tag === "Fetch") {
        // The fetch runs detached, so interrupting the caller that started it cannot strand the others waiting on
        // the same fetch; it is bounded by the timeout and retry budget.
        yield* Effect.forkDaemon(
          Effect.flatMap(Effect.exit(fetchToken), (exit) =>
            Ref.set(state, Exit.isSuccess(exit) ? { _tag: "Valid", cached: exit.value } : { _tag: "Empty" }).pipe(
              Effect.zipRight(Deferred.done(action.deferred, Exit.map(exit, (c) => c.token)))
            ))
        )
      }
      return yield* Deferred.await(action.deferred)
    })

    const invalidate: TokenProvider["invalidate"] = (token) =>
      Ref.update(state, (s): State => (s._tag === "Valid" && s.cached.token === token ? { _tag: "Empty" } : s)).pipe(Effect.as(true))

    return { get, invalidate }
  })
