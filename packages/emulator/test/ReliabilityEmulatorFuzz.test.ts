/**
 * Reliability suite 2 — fuzzed emulator.
 *
 * Sends random and malformed HTTP requests to an in-process emulator over loopback (127.0.0.1): random methods
 * (including unknown and lower-case ones), paths (real routes with real, unknown and malformed ids, sub-resources,
 * unknown routes, bad percent-encoding, 5 000-character segments), query strings (edge values, repeated keys, bad
 * encoding), headers (valid / missing / garbage / expired / scope-less tokens, wrong schemes, odd content types,
 * `expect`, huge values), and bodies (hostile JSON, broken JSON, form data, binary, near-miss create and patch
 * bodies, 1 000–20 000 levels of nesting, bodies over the 1 MiB limit). A second batch writes raw bytes that Node's
 * HTTP parser must refuse (bad request lines, bad header bytes, bad chunking, conflicting lengths, pipelining).
 *
 * For every request: no 5xx and an answer (no dropped connection); every error in Auth0's envelope
 * (`{statusCode, error, message, errorCode?}`, statusCode = HTTP status, JSON), or the OAuth error shape on
 * `/oauth/token`; and when the request was rejected (≥ 400), the engine's snapshot is the same after as before.
 * Afterwards the server still answers its health check and its request log holds no 5xx.
 *
 * Default: 1 200 HTTP requests + 200 raw ones, a few seconds; every run draws a new seed.
 * Larger run:  EMULATOR_FUZZ_RUNS=20000 npx vitest run --project emulator ReliabilityEmulatorFuzz
 * Replay:      FUZZ_SEED=<seed printed in the summary line or by a failure>
 */
import { isDeepStrictEqual } from "node:util"
import { Effect, FastCheck as fc, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import {
  deepJsonText,
  enc,
  envelopeProblem,
  nastyJson,
  nastyString,
  parseRaw,
  send,
  sendRaw,
  type WireRequest
} from "./reliability/wire.js"

const RUNS = Number(process.env.EMULATOR_FUZZ_RUNS ?? "1200")
const RAW_RUNS = Math.max(200, Math.round(RUNS / 12))
const RUN_SEED = process.env.FUZZ_SEED === undefined ? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0 : Number(process.env.FUZZ_SEED)
const timeout = Math.max(90_000, RUNS * 40)
// The server's limit; a few requests go over it.
const MAX_BODY = 1024 * 1024

const SEEDED = ["con_Seed000000000001", "con_Seed000000000002", "con_Seed000000000003", "con_Seed000000000004"] as const
const seed = {
  clients: [{ client_id: "app-one", client_secret: "app-one-secret" }, { client_id: "app-two" }],
  connections: [
    { id: SEEDED[0], name: "seed-db", strategy: "auth0", enabled_clients: ["app-one"], options: { brute_force_protection: true } },
    { id: SEEDED[1], name: "seed-saml", strategy: "samlp", options: { signInEndpoint: "https://idp.example/sso" } },
    { id: SEEDED[2], name: "seed-oidc", strategy: "oidc", options: { client_id: "x", issuer: "https://idp.example" } },
    { id: SEEDED[3], name: "seed-ad", strategy: "ad", metadata: { a: "1" } }
  ]
}

let emulator: Emulator.RunningEmulator
const tokens: Record<string, string> = {}
const stats = { requests: 0, raw: 0, rawAnswered: 0, rawTimedOut: 0, rejected: 0, accepted: 0, byStatus: {} as Record<number, number>, snapshotsCompared: 0 }

beforeAll(async () => {
  emulator = await Emulator.startEmulator({ seed, requestLogLevel: "None" })
  tokens.admin = Redacted.value(emulator.adminToken)
  tokens.none = Redacted.value(await emulator.mintToken([]))
  tokens.readOnly = Redacted.value(await emulator.mintToken(["read:connections"]))
  tokens.expired = Redacted.value(await emulator.mintToken(undefined, { expiresInSeconds: -60 }))
})

afterAll(async () => {
  console.log(
    `[ReliabilityEmulatorFuzz] seed=${RUN_SEED} requests=${stats.requests} rejected=${stats.rejected} accepted=${stats.accepted} ` +
      `snapshotsCompared=${stats.snapshotsCompared} raw=${stats.raw} (answered ${stats.rawAnswered}, waited-out ${stats.rawTimedOut}) ` +
      `byStatus=${JSON.stringify(stats.byStatus)}`
  )
  await emulator?.close()
})

const snapshot = () => Effect.runPromise(emulator.service.engine.snapshot)

// ---------------------------------------------------------------------------------------------------------------
// Request generator
// ---------------------------------------------------------------------------------------------------------------

const idSegment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEEDED) },
  { weight: 2, arbitrary: fc.constantFrom("con_DoesNotExist0001", "con_", "con_a", "CON_Seed000000000001", "tok_abc", "con_" + "a".repeat(70), "") },
  { weight: 2, arbitrary: nastyString.map(enc) },
  { weight: 1, arbitrary: fc.constantFrom("%ZZ", "%", "%00", "%C0%AF", "%E0%A4%A", "con_abc%2Fdef", "..", ".", "con_Seed000000000001%00", "x".repeat(5000)) }
)

const subPath = fc.constantFrom(
  "", "", "", "/clients", "/clients", "/keys", "/keys/rotate", "/status", "/users", "/scim-configuration",
  "/scim-configuration/tokens", "/scim-configuration/tokens/tok_abc", "/scim-configuration/tokens/%ZZ",
  "/scim-configuration/default-mapping", "/directory-provisioning", "/unknown", "/", "//", "/clients/extra"
)

const pathArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant("/api/v2/connections") },
  { weight: 8, arbitrary: fc.tuple(idSegment, subPath).map(([id, sub]) => `/api/v2/connections/${id}${sub}`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "/api/v2/connections-scim-configurations", "/api/v2/connections-directory-provisionings", "/api/v2", "/api/v2/",
      "/", "/oauth/token", "/oauth/token", "/api/v3/connections", "//api/v2/connections", "/api/v2//connections",
      "/api/v2/connections/../connections", "/API/V2/CONNECTIONS", "/api/v2/users", "/api/v2/connections%2F", "/%ZZ",
      "/api/v2/%ZZ", "/__emulator/../api/v2/connections", "/favicon.ico", "*"
    )
  },
  { weight: 1, arbitrary: nastyString.map((s) => `/${enc(s)}`) }
)

const queryValue = fc.oneof(
  fc.constantFrom("0", "1", "-1", "50", "100", "101", "1000", "1001", "1.5", "1e99", "abc", "", "true", "false", "TRUE", "null", "[]", "{}"),
  nastyString.map(enc),
  fc.constantFrom("%ZZ", "%", "%E0%A4%A", "%00", "a%2Cb", "id,name,strategy", "auth0", "auth0-adldap", "not-a-strategy", "x".repeat(2000))
)
const queryKey = fc.constantFrom(
  "per_page", "page", "include_totals", "take", "from", "strategy", "name", "fields", "include_fields", "email", "foo",
  "", "__proto__", "%ZZ", "strategy[]", "take", "from"
)
const queryArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 6, arbitrary: fc.array(fc.tuple(queryKey, queryValue), { minLength: 1, maxLength: 5 }).map((pairs) => "?" + pairs.map(([k, v]) => `${k}=${v}`).join("&")) },
  { weight: 1, arbitrary: fc.constantFrom("?", "?&&&", "?=", "?a", "?%", "?take=1&take=2&take=x", "?" + "q=1&".repeat(500), "?x=" + "y".repeat(10000)) }
)

const methodArb = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom("GET", "POST", "PATCH", "DELETE", "PUT") },
  { weight: 2, arbitrary: fc.constantFrom("HEAD", "OPTIONS", "TRACE", "get", "FOO", "PROPFIND", "SEARCH", "QUERY", "M-SEARCH", "LINK") }
)

const authArb = fc.oneof(
  { weight: 12, arbitrary: fc.constant(() => `Bearer ${tokens.admin}`) },
  { weight: 1, arbitrary: fc.constant(() => undefined) },
  { weight: 1, arbitrary: fc.constant(() => `Bearer ${tokens.none}`) },
  { weight: 1, arbitrary: fc.constant(() => `Bearer ${tokens.readOnly}`) },
  { weight: 1, arbitrary: fc.constant(() => `Bearer ${tokens.expired}`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      () => "Bearer", () => "Bearer ", () => "bearer " + tokens.admin, () => "Basic YWJjOmRlZg==", () => `Bearer  ${tokens.admin}`,
      () => `Bearer ${tokens.admin}x`, () => `Bearer ${tokens.admin!.split(".").slice(0, 2).join(".")}.`, () => "Bearer a.b.c",
      () => "Bearer eyJhbGciOiJub25lIn0.eyJzY29wZSI6InJlYWQ6Y29ubmVjdGlvbnMifQ.", () => `Bearer ${"x".repeat(8000)}`,
      () => "Token abc", () => `Bearer ${tokens.admin},Bearer ${tokens.admin}`
    )
  }
)

const contentTypeArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "application/json; charset=utf-8", "APPLICATION/JSON", "application/json; charset=latin1", "text/plain",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/vnd.api+json",
      "", "*/*", "application/json, text/plain", "json", "application/json;;;", "application/merge-patch+json"
    )
  }
)

/** A valid create body (unique name) to mutate; names come from the fuzzer so collisions happen too. */
const createBody = fc.record({
  name: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/), fc.constantFrom("seed-db", "SEED-DB", "fuzz-1")),
  strategy: fc.constantFrom("auth0", "samlp", "oidc", "google-oauth2", "sms", "twitter", "not-a-strategy")
}).map((b) => ({ ...b, ...(b.strategy === "oidc" ? { options: { client_id: "c", issuer: "https://i.example", discovery_url: "https://i.example/.well-known/openid-configuration" } } : {}) }))

const nearMissBody = fc.tuple(createBody, fc.constantFrom("name", "strategy", "options", "realms", "metadata", "display_name", "enabled_clients", "is_domain_connection", "id", "__proto__", "constructor"), nastyJson)
  .map(([body, key, value]) => {
    const out: Record<string, unknown> = { ...body }
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
    return out
  })

const bodyArb: fc.Arbitrary<{ readonly kind: string; readonly bytes: Buffer | undefined }> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "none", bytes: undefined }) },
  { weight: 4, arbitrary: nastyJson.map((v) => ({ kind: "json", bytes: Buffer.from(JSON.stringify(v) ?? "null") })) },
  { weight: 3, arbitrary: nearMissBody.map((v) => ({ kind: "near-miss", bytes: Buffer.from(JSON.stringify(v)) })) },
  { weight: 2, arbitrary: createBody.map((v) => ({ kind: "create", bytes: Buffer.from(JSON.stringify(v)) })) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      { display_name: "x" }, { options: { a: 1 } }, { options: null }, { name: "renamed" }, {}, [{ client_id: "app-two", status: true }],
      [{ client_id: "app-one", status: false }], [], Array.from({ length: 51 }, (_, i) => ({ client_id: `c${i}`, status: true })),
      { metadata: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "v"])) }, { user_id_attribute: "x", mapping: [] },
      { scopes: [] }, { signing_alg: "none" }, JSON.parse("{\"__proto__\":{\"polluted\":true},\"display_name\":\"x\"}")
    ).map((v) => ({ kind: "patch-like", bytes: Buffer.from(JSON.stringify(v)) }))
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "{", "{\"name\":", "[1,2", "{\"a\":1}}", "nul", "'x'", "{\"a\":1,\"a\":2}", "\u0000", "\uFEFF{}", "{\"name\":\"a\\ud800\"}",
      "1e999999", "-", "{\"name\":{\"toString\":1},\"strategy\":\"auth0\"}", "{\"name\":\"a\",\"strategy\":{\"valueOf\":1}}",
      "grant_type=client_credentials&client_id=x&client_secret=y", "a=%ZZ&b", "--x\r\nContent-Disposition: form-data\r\n\r\n--x--"
    ).map((s) => ({ kind: "broken", bytes: Buffer.from(s) }))
  },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 256 }).map((a) => ({ kind: "binary", bytes: Buffer.from(a) })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 33, max: 20_000 }), fc.constantFrom<"array" | "object">("array", "object"), fc.boolean()).map(([depth, kind, wrap]) => ({
      kind: `deep-${depth}`,
      bytes: Buffer.from(wrap ? `{"name":"deep","strategy":"auth0","options":{"x":${deepJsonText(depth, kind)}}}` : deepJsonText(depth, kind))
    }))
  },
  { weight: 1, arbitrary: fc.constantFrom(MAX_BODY + 1, MAX_BODY + 1000, 2 * MAX_BODY).map((n) => ({ kind: "oversized", bytes: Buffer.alloc(n, 0x20) })) }
)

const extraHeadersArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Record<string, string>>({}) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<Record<string, string>>(
      { accept: "text/html" }, { accept: "application/xml" }, { "x-forwarded-for": "1.2.3.4" }, { expect: "100-continue" },
      { "content-encoding": "gzip" }, { "accept-encoding": "br" }, { connection: "close" }, { "x-huge": "h".repeat(12_000) },
      { traceparent: "00-not-a-trace" }, { "auth0-client": "!!!" }, { host: "evil.example" }, { "x-ratelimit-limit": "1" }
    )
  }
)

/** Real routes with real ids, so rejections happen deep in the engine (conflicts, rules, limits), not just at routing. */
const nearValidArb = fc.oneof(
  fc.record({ method: fc.constant("POST"), path: fc.constant("/api/v2/connections"), body: fc.oneof(createBody, nearMissBody) }),
  fc.record({
    method: fc.constant("PATCH"),
    path: fc.constantFrom(...SEEDED).map((id) => `/api/v2/connections/${id}`),
    body: fc.oneof(
      nastyJson.map((v) => ({ options: v })),
      fc.constantFrom<unknown>({ display_name: "ok" }, { name: "x" }, { strategy: "auth0" }, {}, { realms: [""] }, { metadata: { k: "v".repeat(256) } }, { options: { attributes: {}, requires_username: true } }),
      fc.tuple(fc.constantFrom("display_name", "realms", "metadata", "enabled_clients", "is_domain_connection", "show_as_button", "authentication", "connected_accounts"), nastyJson)
        .map(([k, v]) => ({ [k]: v }))
    )
  }),
  fc.record({
    method: fc.constant("PATCH"),
    path: fc.constantFrom(...SEEDED).map((id) => `/api/v2/connections/${id}/clients`),
    body: fc.oneof(
      fc.array(fc.record({ client_id: fc.oneof(fc.constantFrom("app-one", "app-two"), nastyString), status: fc.oneof(fc.boolean(), nastyJson) }), { maxLength: 60 }),
      nastyJson
    )
  }),
  fc.record({
    method: fc.constantFrom("GET", "DELETE", "POST"),
    path: fc.tuple(fc.constantFrom(...SEEDED), fc.constantFrom("", "/clients", "/keys", "/keys/rotate", "/scim-configuration", "/scim-configuration/tokens", "/status", "/users?email=a@b.c", "/users?email=x"))
      .map(([id, sub]) => `/api/v2/connections/${id}${sub}`),
    body: fc.oneof(fc.constant(undefined), nastyJson)
  }),
  fc.record({ method: fc.constant("GET"), path: queryArb.map((q) => `/api/v2/connections${q}`), body: fc.constant(undefined) })
).map(({ body, method, path }) => ({
  method,
  path,
  headers: { authorization: `Bearer ${tokens.admin}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
  body: body === undefined ? undefined : Buffer.from(JSON.stringify(body) ?? "null"),
  bodyKind: "near-valid"
}))

const randomArb: fc.Arbitrary<WireRequest & { readonly bodyKind: string }> = fc
  .record({ method: methodArb, path: pathArb, query: queryArb, auth: authArb, contentType: contentTypeArb, body: bodyArb, extra: extraHeadersArb })
  .map(({ auth, body, contentType, extra, method, path, query }) => {
    const authorization = auth()
    const headers: Record<string, string> = {
      ...(authorization === undefined ? {} : { authorization }),
      ...(contentType === undefined || body.bytes === undefined ? {} : { "content-type": contentType }),
      ...extra
    }
    return { method, path: path === "*" ? "*" : path + query, headers, body: body.bytes, bodyKind: body.kind }
  })

const requestArb = fc.oneof({ weight: 7, arbitrary: randomArb }, { weight: 3, arbitrary: nearValidArb })

// ---------------------------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------------------------

const describeRequest = (r: WireRequest & { readonly bodyKind?: string }) =>
  `${r.method} ${r.path.slice(0, 200)} headers=${JSON.stringify(Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, v.slice(0, 60)])))} body=${r.bodyKind ?? "?"}:${r.body?.subarray(0, 160).toString("utf8") ?? ""}`

const record = (status: number) => {
  stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1
}

describe("ReliabilityEmulatorFuzz: random and malformed HTTP against the emulator", () => {
  it(`${RUNS} random requests: no 5xx, every error in Auth0's envelope, rejected requests change nothing`, async () => {
    let sinceReset = 0
    await fc.assert(
      fc.asyncProperty(requestArb, async (request) => {
        // Accepted requests (creates, deletes) drift the store; restoring the seed keeps ids and names meaningful.
        if (++sinceReset % 300 === 0) await emulator.reset()
        const before = await snapshot()
        const answer = await send(emulator.port, request)
        stats.requests++
        if (answer._tag === "NoAnswer") {
          // The Node client refuses some inputs before sending anything; those never reached the server.
          if (answer.error.startsWith("client refused")) return
          throw new Error(`no answer (${answer.error}) for ${describeRequest(request)}`)
        }
        record(answer.status)
        if (answer.status >= 500) throw new Error(`HTTP ${answer.status} ${answer.text.slice(0, 200)} for ${describeRequest(request)}`)
        if (answer.status >= 400) {
          stats.rejected++
          if (request.method !== "HEAD") {
            const problem = envelopeProblem(answer.status, answer.headers["content-type"], answer.text, request.path.startsWith("/oauth/token"))
            if (problem !== undefined) throw new Error(`not an Auth0 envelope (${problem}) for ${describeRequest(request)}`)
          }
          const after = await snapshot()
          stats.snapshotsCompared++
          if (!isDeepStrictEqual(after, before)) {
            throw new Error(`rejected request (${answer.status}) changed the store: ${describeRequest(request)}`)
          }
        } else {
          stats.accepted++
        }
      }),
      { numRuns: RUNS, seed: RUN_SEED, endOnFailure: true }
    )
  }, timeout)

  it(`${RAW_RUNS} raw malformed HTTP messages: refused with a 4xx envelope (or waited out), never a 5xx, store unchanged`, async () => {
    const valid = `Bearer ${tokens.admin}`
    // Every hand-written case once, then random bytes and random request lines; all problems are collected so one
    // run reports every distinct one.
    const fixed: ReadonlyArray<string> = [
      "GARBAGE\r\n\r\n",
      "GET\r\n\r\n",
      "GET /api/v2/connections\r\n\r\n",
      "GET /api/v2/connections HTTP/9.9\r\nHost: x\r\n\r\n",
      "GET /api/v2/connections HTTP/1.1\r\n\r\n",
      "GET /api/v2/connections HTTP/1.1\nHost: x\n\n",
      "GET /api/v2/conn ections HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /api/v2/connections\u0000 HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /api/v2/connections HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n",
      "GET /api/v2/connections HTTP/1.1\r\nHost: x\r\nX: a\u0000b\r\n\r\n",
      "GET /api/v2/connections HTTP/1.1\r\nHost: x\r\n: empty-name\r\n\r\n",
      "GET /api/v2/connections HTTP/1.1\r\nHost: x\r\n X: folded\r\n\r\n",
      `POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n{}{}{}`,
      `POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n{}`,
      `POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}`,
      `POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n{}`,
      `POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n`,
      `POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n`,
      `POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n`,
      `POST /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":"partial"`,
      `GET /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\n\r\nGARBAGE /pipelined\r\n\r\n`,
      `GET /api/v2/connections HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\n` + "X-Pad: " + "p".repeat(70_000) + "\r\n\r\n",
      "GET /" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
      "\r\n\r\n\r\n",
      "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
      "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003",
      "GET /api/v2/connections HTTP/1.0\r\n\r\n",
      "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
      "CONNECT x:443 HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET http://evil.example/api/v2/connections HTTP/1.1\r\nHost: x\r\n\r\n"
    ]
    const randomArb = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 300 }).map((a) => Buffer.from(a).toString("latin1")),
      fc.tuple(fc.constantFrom("GET", "POST", "PATCH", "DELETE", "FOO"), fc.string({ unit: "binary-ascii", maxLength: 40 }), fc.string({ unit: "binary-ascii", maxLength: 40 }))
        .map(([m, p, h]) => `${m} /api/v2/connections/${p} HTTP/1.1\r\nHost: x\r\nAuthorization: ${valid}\r\nX-Fuzz: ${h}\r\n\r\n`)
    )
    const inputs = [...fixed, ...fc.sample(randomArb, { numRuns: RAW_RUNS - fixed.length, seed: RUN_SEED })]
    const before = await snapshot()
    const problems = new Set<string>()
    for (const text of inputs) {
      stats.raw++
      const { text: answer, timedOut } = await sendRaw(emulator.port, Buffer.from(text, "latin1"), 400)
      const response = parseRaw(answer)
      if (response === undefined) {
        // No answer: the server waited for the rest of a request (an incomplete body or header) or closed quietly.
        if (timedOut) stats.rawTimedOut++
        continue
      }
      stats.rawAnswered++
      record(response.status)
      if (response.status >= 500) problems.add(`HTTP ${response.status} for raw ${JSON.stringify(text.slice(0, 120))}`)
      else if (response.status >= 400) {
        const problem = envelopeProblem(response.status, response.headers["content-type"], response.body, false)
        if (problem !== undefined) problems.add(`not an Auth0 envelope (${problem}) for raw ${JSON.stringify(text.slice(0, 120))}: ${JSON.stringify(answer.slice(0, 160))}`)
      }
    }
    expect([...problems]).toEqual([])
    // Nothing here is a valid write (the only complete requests are reads), so nothing may have changed.
    expect(await snapshot()).toEqual(before)
  }, timeout)

  it("the server still answers, and its own log shows no 5xx", async () => {
    const health = await send(emulator.port, { method: "GET", path: "/__emulator/health", headers: {} })
    expect(health._tag === "Answer" && health.status).toBe(200)
    const list = await send(emulator.port, { method: "GET", path: "/api/v2/connections?take=5", headers: { authorization: `Bearer ${tokens.admin}` } })
    expect(list._tag === "Answer" && list.status).toBe(200)
    const log = await emulator.requests()
    expect(log.filter((entry) => entry.status >= 500)).toEqual([])
    expect(Object.keys(stats.byStatus).filter((s) => Number(s) >= 500)).toEqual([])
    // The run really sent (nearly) all the requests it planned.
    expect(stats.requests + stats.raw).toBeGreaterThanOrEqual(Math.floor((RUNS + RAW_RUNS) * 0.75))
  })
})
