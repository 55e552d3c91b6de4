/**
 * Reliability suite 4 — secrets never leak.
 *
 * Distinctive credentials — the application's client secret, a wrong client secret, a static (invalid) token, the
 * emulator's admin token, an expired token, every access token the token endpoint hands out, and a connection's
 * own option secret — must never appear in:
 * - any error an operation fails with: `String(error)`, `error.message`, `error.stack`, `JSON.stringify(error)`,
 *   `util.inspect` (hidden properties included), every link of its `cause` chain, and `Cause.pretty` of the exit;
 * - any log line at any level (a custom Logger at `LogLevel.All`, annotations and causes included), from the
 *   client and from the in-process emulator;
 * - any span attribute or span event (a custom Tracer), from the client and from the emulator;
 * - the emulator's request log.
 * Scenarios: client credentials that work, a refused client secret (401 from `/oauth/token`), token endpoint
 * failures (503, 429, dropped connections, an unusable 200), a static token the API refuses (401), an expired
 * token (401), and normal work with a valid token while the API answers 429 / 503 / drops / times out / sends an
 * unusable body. Each scenario checks it produced the failure it is about.
 *
 * A second test has the servers echo the credentials back in their error bodies (a proxy that reflects the request,
 * a 401 that quotes the token): the client must not repeat them.
 */
import * as Util from "node:util"
import { Cause, Context, Effect, Exit, Inspectable, Layer, Option, Redacted, Schema } from "effect"
import { describe, expect, it } from "@effect/vitest"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import type * as Fault from "@effect-auth0/emulator/Fault"
import { CreateConnection } from "@effect-auth0/domain/ConnectionRequest"
import type { ConnectionId } from "@effect-auth0/domain/Identifiers"
import { ConnectionsService, type Service } from "@effect-auth0/http/ConnectionsService"
import { classify, type ClientOptions, httpLayer, recordingLogger, recordingTracer } from "./reliability/observe.js"

const CLIENT_ID = "reliability-secrets-client"
const CLIENT_SECRET = "CLIENTSECRET-7Hq2ZxW9pL4vK8mR3tY6nB1c-DO-NOT-LEAK"
const WRONG_SECRET = "WRONGSECRET-Jd83KsQ0pXz7Lm2Nc5Rv9Tb4-DO-NOT-LEAK"
const STATIC_TOKEN = "STATICTOKEN-Pq7Wm2Xc9Lz4Kv8Rn3Ty6Bh1-DO-NOT-LEAK"
const OPTION_SECRET = "OPTIONSECRET-Gf5Hs8Jd2Ka7Lq4Zw9Xe3Cr6-DO-NOT-LEAK"
// Any compact JWT: the emulator's tokens all look like this, and none may be printed anywhere.
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/

const decodeCreate = Schema.decodeUnknownSync(CreateConnection)

/** Everything one run let out, as text, with where it came from. */
interface Exposure {
  readonly where: string
  readonly text: string
}

/** Every textual form of a failed exit: the error and its cause chain, however a person or a tool would print it. */
const renderFailure = (label: string, exit: Exit.Exit<unknown, unknown>): Array<Exposure> => {
  if (Exit.isSuccess(exit)) return []
  const out: Array<Exposure> = [{ where: `${label}: Cause.pretty`, text: Cause.pretty(exit.cause, { renderErrorCause: true }) }]
  const seen = new Set<unknown>()
  let current: unknown = Option.getOrUndefined(Cause.failureOption(exit.cause)) ?? Cause.squash(exit.cause)
  for (let depth = 0; current !== undefined && current !== null && !seen.has(current) && depth < 10; depth++) {
    seen.add(current)
    const forms: Record<string, () => string> = {
      String: () => String(current),
      message: () => String((current as { message?: unknown }).message),
      stack: () => String((current as { stack?: unknown }).stack),
      JSON: () => JSON.stringify(current) ?? "",
      inspect: () => Util.inspect(current, { depth: 20, showHidden: true, getters: true }),
      Inspectable: () => Inspectable.toStringUnknown(current)
    }
    for (const [form, render] of Object.entries(forms)) {
      try {
        out.push({ where: `${label}: ${form}${depth > 0 ? ` of cause #${depth}` : ""}`, text: render() })
      } catch (e) {
        out.push({ where: `${label}: ${form} threw`, text: String(e) })
      }
    }
    current = (current as { cause?: unknown }).cause
  }
  return out
}

const showValue = (value: unknown): string => {
  try {
    return typeof value === "string" ? value : Inspectable.toStringUnknown(value)
  } catch {
    return String(value)
  }
}

/** Finds every secret (and any JWT) in the exposures. */
const leaks = (exposures: ReadonlyArray<Exposure>, secrets: ReadonlyArray<readonly [string, string]>): Array<string> => {
  const found: Array<string> = []
  for (const { text, where } of exposures) {
    for (const [name, secret] of secrets) {
      if (text.includes(secret)) found.push(`${name} in ${where}: …${text.slice(Math.max(0, text.indexOf(secret) - 80), text.indexOf(secret) + 20)}…`)
    }
    const jwt = JWT.exec(text)
    if (jwt !== null) found.push(`a JWT in ${where}: …${text.slice(Math.max(0, jwt.index - 80), jwt.index + 30)}…`)
  }
  return found
}

interface Scenario {
  readonly name: string
  /** Client settings (credentials) for this scenario. */
  readonly client: (emulator: Emulator.Service, tokens: Tokens) => ClientOptions
  /** Fault rules queued before the scenario runs. */
  readonly faults?: ReadonlyArray<Fault.FaultRule>
  /** What the scenario does. */
  readonly run: (service: Service) => Effect.Effect<unknown, unknown>
  /** The error tag the scenario is about (`undefined`: it must succeed). */
  readonly expectTag: string | undefined
}

interface Tokens {
  readonly admin: Redacted.Redacted<string>
  readonly expired: Redacted.Redacted<string>
}

const someWork = (service: Service) =>
  Effect.gen(function*() {
    const created = yield* service.create(decodeCreate({
      name: `secrets-${Math.random().toString(36).slice(2, 10)}`,
      strategy: "oauth2",
      options: { client_id: "cid", client_secret: OPTION_SECRET, authorizationURL: "https://idp.example/authorize", tokenURL: "https://idp.example/token" }
    }))
    yield* service.get(created.id)
    yield* service.updateOptions(created.id, (options) => ({ ...options, scope: ["openid"] }))
    yield* service.list({ take: 10 })
    yield* service.delete(created.id)
    return created.id
  })

const scenarios: ReadonlyArray<Scenario> = [
  { name: "client credentials that work", client: () => ({ clientId: CLIENT_ID, clientSecret: Redacted.make(CLIENT_SECRET) }), run: someWork, expectTag: undefined },
  {
    name: "a refused client secret (401 from /oauth/token)",
    client: () => ({ clientId: CLIENT_ID, clientSecret: Redacted.make(WRONG_SECRET) }),
    run: (s) => s.list(),
    expectTag: "Unauthorized"
  },
  {
    name: "a client id the token endpoint does not know",
    client: () => ({ clientId: "unknown-client", clientSecret: Redacted.make(CLIENT_SECRET) }),
    run: (s) => s.list(),
    expectTag: "Unauthorized"
  },
  {
    name: "the token endpoint keeps answering 503",
    client: () => ({ clientId: CLIENT_ID, clientSecret: Redacted.make(CLIENT_SECRET) }),
    faults: [{ method: "POST", path: "/oauth/token", status: 503, times: 3 }],
    run: (s) => s.list(),
    expectTag: "ServerError"
  },
  {
    name: "the token endpoint drops the connection, then rate-limits, then works",
    client: () => ({ clientId: CLIENT_ID, clientSecret: Redacted.make(CLIENT_SECRET) }),
    faults: [{ method: "POST", path: "/oauth/token", drop: true }, { method: "POST", path: "/oauth/token", status: 429, headers: { "retry-after": "0" } }],
    run: someWork,
    expectTag: undefined
  },
  {
    name: "the token endpoint drops every connection",
    client: () => ({ clientId: CLIENT_ID, clientSecret: Redacted.make(CLIENT_SECRET) }),
    faults: [{ method: "POST", path: "/oauth/token", drop: true, times: 3 }],
    run: (s) => s.list(),
    expectTag: "TransportError"
  },
  {
    name: "the token endpoint answers 200 with an unusable body",
    client: () => ({ clientId: CLIENT_ID, clientSecret: Redacted.make(CLIENT_SECRET) }),
    faults: [{ method: "POST", path: "/oauth/token", status: 200, body: { token: "nope" } }],
    run: (s) => s.list(),
    expectTag: "UnexpectedResponse"
  },
  { name: "a static token the API refuses (401)", client: () => ({ token: Redacted.make(STATIC_TOKEN) }), run: someWork, expectTag: "Unauthorized" },
  { name: "an expired token (401)", client: (_, t) => ({ token: t.expired }), run: (s) => s.list(), expectTag: "Unauthorized" },
  {
    name: "a valid token while the API answers 429, 503, drops, times out and sends an unusable body",
    client: (_, t) => ({ token: t.admin }),
    faults: [
      { method: "POST", path: "/api/v2/connections", status: 429, headers: { "retry-after": "0", "x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" }, times: 4 },
      { method: "GET", path: "/api/v2/connections/*", status: 503, times: 4 }
    ],
    run: (s) =>
      Effect.gen(function*() {
        const failures = []
        failures.push(yield* Effect.exit(someWork(s)))
        failures.push(yield* Effect.exit(s.get("con_DoesNotExist0000" as ConnectionId)))
        return failures
      }),
    expectTag: undefined
  },
  {
    name: "a valid token while the API drops, times out and sends an unusable body",
    client: (_, t) => ({ token: t.admin }),
    faults: [
      { method: "GET", path: "/api/v2/connections", drop: true, times: 4 },
      { method: "DELETE", path: "/api/v2/connections/*", delayMs: 400, times: 4 },
      { method: "PATCH", path: "/api/v2/connections/*", status: 200, body: { id: 42 } }
    ],
    run: (s) =>
      Effect.gen(function*() {
        const exits = [
          yield* Effect.exit(s.list()),
          yield* Effect.exit(s.delete("con_DoesNotExist0000" as ConnectionId)),
          yield* Effect.exit(s.update("con_DoesNotExist0000" as ConnectionId, { display_name: "x" } as never))
        ]
        // Each must be a typed failure; returned so their renderings are searched too.
        return yield* Effect.fail(exits)
      }),
    expectTag: "unchecked"
  }
]

describe("ReliabilitySecrets: credentials never appear in errors, logs, spans or the emulator log", () => {
  it.live("every scenario: no secret or token anywhere", () =>
    Effect.gen(function*() {
      const logger = recordingLogger()
      const tracer = recordingTracer()
      const observed = Layer.merge(logger.layer, tracer.layer)
      const exposures: Array<Exposure> = []
      const outcomes: Array<string> = []
      const secrets: Array<readonly [string, string]> = [
        ["client secret", CLIENT_SECRET],
        ["wrong client secret", WRONG_SECRET],
        ["static token", STATIC_TOKEN],
        ["connection option secret", OPTION_SECRET]
      ]
      for (const scenario of scenarios) {
        yield* Effect.scoped(Effect.gen(function*() {
          // The emulator runs under the same logger and tracer, so its own logs and spans are searched too.
          const emulator = yield* Emulator.make({
            clientId: CLIENT_ID,
            clientSecret: Redacted.make(CLIENT_SECRET),
            requestLogLevel: "Debug"
          })
          const tokens: Tokens = { admin: emulator.adminToken, expired: yield* emulator.mintToken(undefined, { expiresInSeconds: -60 }) }
          secrets.push(["admin token", Redacted.value(tokens.admin)], ["expired token", Redacted.value(tokens.expired)])
          if (scenario.faults !== undefined) yield* emulator.addFaults(scenario.faults)
          const service = Context.get(
            yield* Layer.build(httpLayer(emulator, { timeout: "200 millis", maxRetries: 3, retryBaseDelay: "5 millis", ...scenario.client(emulator, tokens) })),
            ConnectionsService
          )
          const exit = yield* Effect.exit(scenario.run(service))
          exposures.push(...renderFailure(scenario.name, exit))
          // Nested exits (scenarios that run several calls) are rendered one by one as well.
          const nested = Exit.isSuccess(exit) ? exit.value : Option.getOrUndefined(Cause.failureOption(exit.cause))
          if (Array.isArray(nested)) {
            nested.filter(Exit.isExit).forEach((e, i) => {
              exposures.push(...renderFailure(`${scenario.name} #${i}`, e))
              if (Exit.isFailure(e)) outcomes.push(`${scenario.name} #${i}: ${classify(e).tag ?? classify(e).kind}`)
            })
          }
          const outcome = classify(exit)
          if (scenario.expectTag !== "unchecked") outcomes.push(`${scenario.name}: ${outcome.kind === "success" ? "success" : outcome.tag ?? outcome.detail}`)
          if (scenario.expectTag !== "unchecked") {
            expect(`${scenario.name}: ${outcome.kind === "success" ? "success" : outcome.tag}`).toBe(`${scenario.name}: ${scenario.expectTag ?? "success"}`)
          }
          const log = yield* emulator.requests
          exposures.push({ where: `${scenario.name}: emulator request log`, text: JSON.stringify(log) })
        }).pipe(Effect.provide(observed)))
      }
      for (const line of logger.lines) exposures.push({ where: `log line (${line.level})`, text: line.text })
      for (const span of tracer.spans) {
        const attributes = [...span.attributes].map(([k, v]) => `${k}=${showValue(v)}`).join(" ")
        const events = span.events.map((e) => `${e.name} ${showValue(e.attributes)}`).join(" ")
        const exit = span.exit !== undefined && Exit.isFailure(span.exit) ? Cause.pretty(span.exit.cause) : ""
        exposures.push({ where: `span ${span.name}`, text: `${attributes} ${events} ${exit}` })
      }
      // The capture works: the scenarios produced logs (retries, the emulator's request lines), spans and errors.
      expect(logger.lines.length).toBeGreaterThan(20)
      expect(logger.lines.some((l) => l.level === "DEBUG")).toBe(true)
      expect(tracer.spans.some((s) => s.name.startsWith("http.client"))).toBe(true)
      expect(tracer.spans.some((s) => s.events.some((e) => e.name === "auth0.retry"))).toBe(true)
      expect(exposures.length).toBeGreaterThan(100)
      console.log(
        `[ReliabilitySecrets] scenarios=${scenarios.length} outcomes=${JSON.stringify(outcomes)} errorRenderings=${exposures.filter((e) => e.where.includes(": ")).length} ` +
          `logLines=${logger.lines.length} spans=${tracer.spans.length} secretsSearched=${new Set(secrets.map(([, v]) => v)).size}+any JWT`
      )
      expect(leaks(exposures, secrets)).toEqual([])
    }), 120_000)

  // A server or proxy that reflects the request (the form body with the client secret, or the Authorization header)
  // must not make the credentials appear in `message`, `String(error)`, `JSON.stringify(error)` or `Cause.pretty`:
  // the client replaces its own secrets (the client secret and any token it sent) with "<redacted>" in text taken
  // from error responses.
  it.live("servers that echo credentials back in error bodies: the client does not repeat them", () =>
    Effect.gen(function*() {
      const logger = recordingLogger()
      const tracer = recordingTracer()
      const exposures: Array<Exposure> = []
      yield* Effect.scoped(Effect.gen(function*() {
        const emulator = yield* Emulator.make({ clientId: CLIENT_ID, clientSecret: Redacted.make(CLIENT_SECRET), requestLogLevel: "None" })
        const echoed = `grant_type=client_credentials&client_id=${CLIENT_ID}&client_secret=${CLIENT_SECRET}`
        yield* emulator.addFaults([
          // A proxy that reflects the form body in a text error page, then an Auth0-style JSON error quoting it.
          { method: "POST", path: "/oauth/token", status: 400, body: `Bad request: ${echoed}`, headers: { "content-type": "text/plain" } },
          { method: "POST", path: "/oauth/token", status: 401, body: { error: "access_denied", error_description: `Unauthorized: ${echoed}` } },
          // A 401 and a 400 that quote the bearer token.
          { method: "GET", path: "/api/v2/connections", status: 401, body: { statusCode: 401, error: "Unauthorized", message: `Invalid token: Bearer ${STATIC_TOKEN}` } },
          { method: "GET", path: "/api/v2/connections", status: 400, body: `Authorization: Bearer ${STATIC_TOKEN}`, headers: { "content-type": "text/plain" } }
        ])
        const cc = Context.get(yield* Layer.build(httpLayer(emulator, { clientId: CLIENT_ID, clientSecret: Redacted.make(CLIENT_SECRET), timeout: "1 second" })), ConnectionsService)
        exposures.push(...renderFailure("token 400 echo", yield* Effect.exit(cc.list())))
        exposures.push(...renderFailure("token 401 echo", yield* Effect.exit(cc.list())))
        const st = Context.get(yield* Layer.build(httpLayer(emulator, { token: Redacted.make(STATIC_TOKEN), timeout: "1 second" })), ConnectionsService)
        exposures.push(...renderFailure("api 401 echo", yield* Effect.exit(st.list())))
        exposures.push(...renderFailure("api 400 echo", yield* Effect.exit(st.list())))
      }).pipe(Effect.provide(Layer.merge(logger.layer, tracer.layer))))
      for (const line of logger.lines) exposures.push({ where: `log line (${line.level})`, text: line.text })
      for (const span of tracer.spans) {
        exposures.push({ where: `span ${span.name}`, text: [...span.attributes].map(([k, v]) => `${k}=${showValue(v)}`).join(" ") + span.events.map((e) => showValue(e.attributes)).join(" ") })
      }
      expect(leaks(exposures, [["client secret", CLIENT_SECRET], ["static token", STATIC_TOKEN]])).toEqual([])
    }), 60_000)
})
