// Scratch: CPU per call of the client's own layers over a canned in-process HttpClient (no network).
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { ConnectionId } from "@effect-auth0/domain/Identifiers"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as FastDecode from "@effect-auth0/domain/FastDecode"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as TokenProvider from "@effect-auth0/http/TokenProvider"
import type * as Endpoint from "../../packages/http/src/internal/endpoint.js"
import * as Endpoints from "../../packages/http/src/internal/endpoints.js"
import * as Executor from "../../packages/http/src/internal/executor.js"
import * as PlatformClient from "../../packages/http/src/internal/platformClient.js"
import * as RateLimiter from "../../packages/http/src/internal/rateLimiter.js"
import * as Transport from "../../packages/http/src/internal/transport.js"
import { connections as fixtureConnections } from "../fixtures.js"

const conn = fixtureConnections(1)[0]!
const id = Schema.decodeSync(ConnectionId)(String(conn.id))
const body = JSON.stringify(conn)
const pageBody = JSON.stringify({ connections: fixtureConnections(50), next: "abc" })
const headers = { "content-type": "application/json", "x-ratelimit-limit": "50", "x-ratelimit-remaining": "49", "x-ratelimit-reset": "1764547200" }
const canned = HttpClient.makeWith((eff) => Effect.flatMap(eff, (request) =>
  Effect.async<HttpClientResponse.HttpClientResponse>((resume) => {
    setImmediate(() => resume(Effect.succeed({ request, status: 200, headers, text: Effect.succeed(request.urlParams.length > 0 ? pageBody : body) } as unknown as HttpClientResponse.HttpClientResponse)))
  })), Effect.succeed)
const rt = ManagedRuntime.make(ConnectionsHttp.layer({ baseUrl: "http://127.0.0.1:1", token: Redacted.make("t"), rateLimit: false }).pipe(
  Layer.provide(Layer.succeed(HttpClient.HttpClient, canned))))
const svc = await rt.runPromise(ConnectionsService)
const api = PlatformClient.forApi(PlatformClient.configure(canned, false), "http://127.0.0.1:1/api/v2")
const token = Redacted.make("t")
const limiterOff = Effect.runSync(RateLimiter.make({ requestsPerSecond: undefined, burst: 1, slowDownBelow: -1, maxSlowDownMs: 0 }))
const policy = { timeoutMs: 30000, maxRetries: 4, maxRetryWaitMs: 60000, baseDelayMs: 250, maxDelayMs: 10000 }
const exec = Effect.runSync(Executor.make({ apiUrl: "http://127.0.0.1:1/api/v2", client: api, tokens: TokenProvider.fromToken(token), limiter: limiterOff, policy, headers: {}, secrets: [token] }))
const getUndecoded = { ...Endpoints.get, response: undefined }
const request = Effect.map(Executor.buildRequest(Endpoints.get as unknown as Endpoint.Any, { params: { id } }, Executor.requestHeaders({})), HttpClientRequest.bearerToken(token))
const decodePage = FastDecode.compileDecoder(ConnectionList.ConnectionsCheckpointPage)
const jsonDecodePage = FastDecode.compileJsonDecoder(ConnectionList.ConnectionsCheckpointPage)
const N = Number(process.argv[2] ?? 10000)
const loop = (f: () => Effect.Effect<unknown, unknown>) => Effect.gen(function*() { for (let i = 0; i < N; i++) yield* f() })
const only = process.argv[3]
const allVariants: Record<string, () => Effect.Effect<unknown, unknown>> = {
  "bare execute+text": () => Effect.flatMap(canned.get("http://x/y"), (res) => res.text),
  "api client execute+text": () => Effect.flatMap(request, (req) => Effect.flatMap(api.execute(req), (res) => res.text)),
  "sendOnce": () => Effect.flatMap(request, (req) => Transport.sendOnce(api, req, 30000)),
  "executor, no decode": () => exec.execute(getUndecoded, { params: { id } }),
  "executor + decode": () => exec.execute(Endpoints.get, { params: { id } }),
  "service.get": () => svc.get(id),
  "service.list": () => svc.list({ take: 50 }),
  "parse page": () => Effect.sync(() => JSON.parse(pageBody)),
  "parse+decode page": () => Effect.sync(() => decodePage(JSON.parse(pageBody))),
  "jsonDecode page": () => Effect.sync(() => jsonDecodePage(pageBody))
}
const variants = only === undefined ? allVariants : Object.fromEntries(Object.entries(allVariants).filter(([k]) => k.startsWith(only)))
const best: Record<string, number> = {}
for (let r = 0; r < 5; r++) {
  for (const [name, f] of Object.entries(variants)) {
    await Effect.runPromise(loop(f) as Effect.Effect<void>)
    const c0 = process.cpuUsage()
    await Effect.runPromise(loop(f) as Effect.Effect<void>)
    const c = process.cpuUsage(c0)
    const us = (c.user + c.system) / N
    best[name] = Math.min(best[name] ?? Infinity, us)
  }
}
for (const [name, us] of Object.entries(best)) console.log(`${name.padEnd(28)} ${us.toFixed(1)} µs CPU/call (best of 5)`)
await rt.dispose()
