import { describe, expect, it } from "@effect/vitest"
import { inspect } from "node:util"
import { Cause, Effect, Fiber, Logger, LogLevel, Redacted, TestClock } from "effect"
import { ConnectionName } from "@effect-auth0/domain/Identifiers"
import type { ConnectionsError } from "@effect-auth0/http/ConnectionsError"
import { auth0Connection, auth0Error, CLIENT_SECRET, ID, json, makeService, type Seen, settle, STATIC_TOKEN } from "./helpers.js"

const ACCESS_TOKEN = "eyJ-ACCESS-TOKEN-from-grant-7Hq2Lw"
const SECRETS = [STATIC_TOKEN, CLIENT_SECRET, ACCESS_TOKEN]

/** Every way an error ends up printed: String, JSON, inspect, its stack, Cause.pretty and a failing vitest assertion. */
const renderings = (error: unknown): ReadonlyArray<string> => {
  let assertion = ""
  try {
    expect(error).toEqual({ nothing: true })
  } catch (e) {
    const failure = e as { readonly message: string; readonly actual?: unknown; readonly expected?: unknown; readonly stack?: string }
    assertion = `${failure.message}\n${String(failure.actual)}\n${String(failure.expected)}\n${failure.stack ?? ""}`
  }
  return [
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 20, showHidden: true }),
    (error as Error).stack ?? "",
    Cause.pretty(Cause.fail(error)),
    assertion
  ]
}

const leaks = (texts: ReadonlyArray<string>) => texts.filter((t) => SECRETS.some((s) => t.includes(s)))

describe("secrets never leak", () => {
  it("the check itself finds a secret wherever it is printed", () => {
    expect(leaks(renderings(Object.assign(new Error(`token ${STATIC_TOKEN}`), { request: { token: STATIC_TOKEN } }))).length).toBe(6)
    expect(leaks(renderings({ nested: { value: CLIENT_SECRET } })).length).toBeGreaterThanOrEqual(3)
  })

  it.effect("no error of any kind, nor the logs, contain the bearer token, the access token or the client secret", () =>
    Effect.gen(function*() {
      const logs: Array<string> = []
      const capture = Logger.zip(Logger.logfmtLogger, Logger.jsonLogger).pipe(Logger.map(([a, b]) => logs.push(a, b)))
      const errors: Array<ConnectionsError> = []
      const collect = <A>(effect: Effect.Effect<A, ConnectionsError>) =>
        effect.pipe(
          Effect.flip,
          Effect.tap((e) => Effect.sync(() => errors.push(e))),
          Effect.tap((e) => Effect.logError("call failed", e)),
          Effect.tap((e) => Effect.logError(Cause.fail(e)))
        )

      // A tenant answering by scenario; the static-token service and the client-credentials service share it.
      const respond = (req: Seen) => {
        if (req.path === "/oauth/token") {
          return req.text.includes("client_id=refused")
            ? json(401, { error: "access_denied", error_description: "Unauthorized" })
            : json(200, { access_token: ACCESS_TOKEN, expires_in: 86400, token_type: "Bearer" })
        }
        const bodyName = typeof req.body === "object" && req.body !== null ? (req.body as { readonly name?: string }).name : undefined
        const scenario = req.url.searchParams.get("name") ?? bodyName ?? req.path
        if (scenario.endsWith("/scim-configuration")) return json(404, auth0Error(404, "Not Found", "Not Found"))
        if (scenario.endsWith("/keys")) return json(404, auth0Error(404, "Not Found", "The connection does not exist", "inexistent_connection"))
        switch (scenario) {
          case "400": return json(400, auth0Error(400, "Bad Request", "Payload validation error: 'x' on property name (n).", "invalid_body"))
          case "401": return json(401, auth0Error(401, "Unauthorized", "Invalid token", undefined, { attributes: { error: "Invalid token" } }))
          case "403": return json(403, auth0Error(403, "Forbidden", "Insufficient scope, expected any of: read:connections", "insufficient_scope"))
          case "404": return json(404, auth0Error(404, "Not Found", "Not Found"))
          case "409": return json(409, auth0Error(409, "Conflict", "A connection with the same name already exists", "connection_conflict"))
          case "429": return json(429, auth0Error(429, "Too Many Requests", "Global limit has been reached", "too_many_requests"), { "retry-after": "1" })
          case "500": return json(500, auth0Error(500, "Internal Server Error", "boom"))
          case "transport": return "transport-error" as const
          case "timeout": return Effect.never
          case "bad": return json(200, { connections: [{ id: 1 }] })
          default: return json(200, { connections: [auth0Connection()] })
        }
      }

      const statik = makeService(respond, { maxRetries: 1, timeout: "1 second" })
      const grant = makeService(respond, { token: undefined, clientId: "client-abc", clientSecret: Redacted.make(CLIENT_SECRET), maxRetries: 1, timeout: "1 second" })
      const refused = makeService(respond, { token: undefined, clientId: "refused", clientSecret: Redacted.make(CLIENT_SECRET) })

      const program = Effect.gen(function*() {
        for (const { service } of [statik, grant]) {
          const svc = yield* service
          yield* collect(svc.create({ name: "not valid!" as ConnectionName, strategy: "auth0", options: { client_secret: Redacted.make(CLIENT_SECRET) } as never }))
          for (const scenario of ["400", "401", "403", "404", "409", "429", "500", "transport", "timeout", "bad"]) {
            yield* collect(svc.list({ name: scenario }))
          }
          yield* collect(svc.getKeys(ID))
          yield* collect(svc.getScimConfiguration(ID))
          yield* collect(svc.create({ name: ConnectionName.make("409"), strategy: "auth0" }))
        }
        const svc = yield* refused.service
        yield* collect(svc.get(ID))
      }).pipe(Logger.withMinimumLogLevel(LogLevel.All), Effect.provide(Logger.replace(Logger.defaultLogger, capture)))

      const fiber = yield* Effect.fork(program)
      for (let i = 0; i < 200 && fiber.unsafePoll() === null; i++) {
        yield* settle
        yield* TestClock.adjust(500)
      }
      yield* Fiber.join(fiber)

      // The secrets were really used on the wire, so not finding them below means something.
      expect(statik.seen.some((s) => s.headers["authorization"] === `Bearer ${STATIC_TOKEN}`)).toBe(true)
      expect(grant.seen.some((s) => s.headers["authorization"] === `Bearer ${ACCESS_TOKEN}`)).toBe(true)
      expect(grant.seen.some((s) => s.text.includes(CLIENT_SECRET))).toBe(true)

      expect(new Set(errors.map((e) => e._tag))).toEqual(new Set([
        "InvalidRequest",
        "Unauthorized",
        "InsufficientScope",
        "ConnectionNotFound",
        "ResourceNotFound",
        "Conflict",
        "RateLimited",
        "ServerError",
        "TransportError",
        "UnexpectedResponse"
      ]))
      expect(errors.filter((e) => e._tag === "TransportError").map((e) => e._tag === "TransportError" && e.reason).sort()).toEqual([
        "Timeout",
        "Timeout",
        "Transport",
        "Transport"
      ])
      expect(errors).toHaveLength(2 * 14 + 1)
      expect(errors.flatMap((e) => leaks(renderings(e)))).toEqual([])
      expect(logs.some((l) => l.includes("retrying"))).toBe(true)
      expect(logs.length).toBeGreaterThan(errors.length)
      expect(leaks(logs)).toEqual([])
    }))

  it.effect("credentials a server echoes back in an error body are replaced with <redacted>", () =>
    Effect.gen(function*() {
      // A proxy reflecting the token request's form body (text and JSON), then an API quoting the bearer token.
      const form = `grant_type=client_credentials&client_id=client-abc&client_secret=${encodeURIComponent(CLIENT_SECRET)}`
      const answers = [
        new Response(`Bad request: ${form}`, { status: 400, headers: { "content-type": "text/plain" } }),
        json(401, { error: "access_denied", error_description: `Unauthorized: ${form} (${CLIENT_SECRET})` })
      ]
      const cc = makeService((req, i) =>
        req.path === "/oauth/token" ? answers[Math.min(i, 1)]! : json(200, auth0Connection()), {
        token: undefined,
        clientId: "client-abc",
        clientSecret: Redacted.make(CLIENT_SECRET)
      })
      const ccSvc = yield* cc.service
      const fromToken = [yield* Effect.flip(ccSvc.get(ID)), yield* Effect.flip(ccSvc.get(ID))]
      const st = makeService((_, i) =>
        i === 0
          ? json(401, auth0Error(401, "Unauthorized", `Invalid token: Bearer ${STATIC_TOKEN}`))
          : new Response(`Authorization: Bearer ${STATIC_TOKEN}`, { status: 400, headers: { "content-type": "text/plain" } }))
      const stSvc = yield* st.service
      const fromApi = [yield* Effect.flip(stSvc.get(ID)), yield* Effect.flip(stSvc.get(ID))]
      const errors = [...fromToken, ...fromApi]
      expect(errors.map((e) => e._tag)).toEqual(["InvalidRequest", "Unauthorized", "Unauthorized", "InvalidRequest"])
      for (const error of errors) {
        expect(leaks(renderings(error))).toEqual([])
        // What the server said is kept, with the credential replaced.
        expect(error.message).toContain("<redacted>")
      }
    }))
})

describe("a redacted answer", () => {
  it("keeps nothing of the answer it was made from: not its text, not a body parsed before the redaction", async () => {
    const Redact = await import("../src/internal/redact.js")
    const Transport = await import("../src/internal/transport.js")
    const answer = Transport.responseOf(401, { "content-type": "application/json" }, JSON.stringify({ message: `bad token ${STATIC_TOKEN}` }))
    expect(answer._tag === "Response" && (answer.body as { message: string }).message).toContain(STATIC_TOKEN) // parsed now
    const redacted = Redact.outcome(answer, [STATIC_TOKEN])
    expect(leaks([JSON.stringify(redacted), inspect(redacted, { depth: 20, showHidden: true })])).toEqual([])
    expect(redacted._tag === "Response" && JSON.stringify(redacted.body)).toContain("bad token")
  })
})
