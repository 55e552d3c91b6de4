/**
 * The cost ladder: where the CPU of one `get` goes, rung by rung, from raw `fetch` to the full
 * `ConnectionsService.get` (and the full `create` and `list`), in one process and one run against the emulator's own
 * answers replayed from memory in a child process (`replay.ts`; or the emulator itself). Each rung adds one layer of
 * the client, built from the library's own modules (the executor's request building, `transport.ts`, the executor
 * itself, the service), so a rung measures the code the service runs.
 * Rungs take turns in slices of requests, order rotated, so load from other work falls on every rung alike; cells are
 * medians over rounds, and "above floor" is a rung's CPU per request minus raw `fetch`'s in the same round.
 */
import * as os from "node:os"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { ConnectionId, ConnectionName } from "@effect-auth0/domain/Identifiers"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as TokenProvider from "@effect-auth0/http/TokenProvider"
import * as UndiciHttpClient from "@effect-auth0/http/UndiciHttpClient"
import * as Undici from "undici"
import type * as Endpoint from "../packages/http/src/internal/endpoint.js"
import * as Endpoints from "../packages/http/src/internal/endpoints.js"
import * as Executor from "../packages/http/src/internal/executor.js"
import * as PlatformClient from "../packages/http/src/internal/platformClient.js"
import * as RateLimiter from "../packages/http/src/internal/rateLimiter.js"
import * as Retry from "../packages/http/src/internal/retry.js"
import * as Traced from "../packages/http/src/internal/traced.js"
import * as Transport from "../packages/http/src/internal/transport.js"
import { type Cell, combine, createBody, drive, driveEffect, type Sample } from "./client.js"
import { startBenchEmulator } from "./emulator.js"
import { connectionId, connections as fixtureConnections } from "./fixtures.js"
import { type BenchResult, fmt, median, settle } from "./harness.js"
import { startServer } from "./replay.js"
import { makeSdk } from "./sdk.js"

/** Sizes of the ladder. */
export interface LadderOptions {
  /** Requests per rung per concurrency level per round (default 400). */
  readonly requests?: number | undefined
  /** Concurrency levels (default 1 and 16). */
  readonly concurrency?: ReadonlyArray<number> | undefined
  /** Rounds (default 3). */
  readonly rounds?: number | undefined
  /** Requests per slice (default 100). */
  readonly slice?: number | undefined
  /** Connections seeded (default 200). */
  readonly seed?: number | undefined
  /** Page size of the list rungs (default 50, as the client benchmark). */
  readonly take?: number | undefined
  /**
   * What answers (default `replay`: the emulator's answers recorded once and served from memory, `replay.ts`, so
   * every rung's pace is its own; `emulator`: the emulator itself, which at concurrency 16 holds every rung to its pace).
   */
  readonly server?: "emulator" | "replay" | undefined
}

interface Rung {
  readonly name: string
  /** The client features on in this rung. */
  readonly features: string
  readonly run: (n: number, concurrency: number, tag: string) => Promise<Sample>
}

/** A rung that runs Effects on `runtime`. */
const effectRung = <R>(
  runtime: ManagedRuntime.ManagedRuntime<R, never>,
  call: (i: number, tag: string) => Effect.Effect<unknown, unknown, R>
) =>
async (n: number, concurrency: number, tag: string): Promise<Sample> => {
  await settle()
  return runtime.runPromise(driveEffect(n, concurrency, (i) => call(i, tag)))
}

/** The library's default policy, from `ConnectionsHttp.defaults`. */
const POLICY: Retry.Policy = {
  timeoutMs: Duration.toMillis(ConnectionsHttp.defaults.timeout),
  maxRetries: ConnectionsHttp.defaults.maxRetries,
  maxRetryWaitMs: Duration.toMillis(ConnectionsHttp.defaults.maxRetryWait),
  baseDelayMs: Duration.toMillis(ConnectionsHttp.defaults.retryBaseDelay),
  maxDelayMs: Duration.toMillis(ConnectionsHttp.defaults.retryMaxDelay)
}

/** Runs the ladder. */
export const runLadder = async (options: LadderOptions = {}): Promise<BenchResult> => {
  const requests = options.requests ?? 400
  const levels = options.concurrency ?? [1, 16]
  const rounds = options.rounds ?? 3
  const slice = options.slice ?? 100
  const seedSize = options.seed ?? 200
  const take = options.take ?? 50
  const server = options.server ?? "replay"
  const seeded = await startBenchEmulator({ mode: "child", seed: { connections: fixtureConnections(seedSize) } })
  const rawIds = Array.from({ length: seedSize }, (_, i) => connectionId(i))
  const emulator = await startServer(server, seeded, { ids: rawIds, take, createBody: createBody("zz-ladder-recorded") })
  const token = emulator.token
  const auth = `Bearer ${Redacted.value(token)}`
  const ids = rawIds.map((id) => Schema.decodeSync(ConnectionId)(id))
  const id = (i: number) => ids[i % ids.length]!
  const agent = new Undici.Agent()
  const undici = ManagedRuntime.make(NodeHttpClient.layerUndici)
  const lean = ManagedRuntime.make(UndiciHttpClient.layer)
  const fetchClient = ManagedRuntime.make(FetchHttpClient.layer)
  const policy = POLICY
  const limiterOff = await Effect.runPromise(RateLimiter.make({ requestsPerSecond: undefined, burst: 1, slowDownBelow: -1, maxSlowDownMs: 0 }))
  // A bucket far above what the emulator can serve: the limiter runs its full bookkeeping but never waits.
  const limiterOn = await Effect.runPromise(RateLimiter.make({ requestsPerSecond: 1_000_000, burst: 1_000_000, slowDownBelow: undefined, maxSlowDownMs: 60_000 }))
  const service = (rateLimit: ConnectionsHttp.Options["rateLimit"]) =>
    ManagedRuntime.make(ConnectionsHttp.layer({ baseUrl: emulator.baseUrl, token, rateLimit }).pipe(Layer.provide(UndiciHttpClient.layer)))
  const serviceOff = service(false)
  const serviceOn = service({ requestsPerSecond: 1_000_000, burst: 1_000_000 })
  // The same service on @effect/platform-node's undici client, for comparison.
  const servicePlatform = ManagedRuntime.make(ConnectionsHttp.layer({ baseUrl: emulator.baseUrl, token, rateLimit: false }).pipe(Layer.provide(NodeHttpClient.layerUndici)))
  const sdk = makeSdk(emulator)
  const runtimes = [undici, lean, fetchClient, serviceOff, serviceOn, servicePlatform] as const
  try {
    for (const r of runtimes) await r.runtime()
    const bare = (disableSpan: boolean) =>
      Effect.flatMap(HttpClient.HttpClient, (base) => {
        const client = disableSpan ? HttpClient.withTracerDisabledWhen(base, () => true) : base
        return Effect.succeed((i: number) =>
          client.execute(HttpClientRequest.get(`${emulator.apiUrl}/connections/${id(i)}`).pipe(HttpClientRequest.bearerToken(auth.slice(7)))).pipe(
            Effect.flatMap((res) => res.text),
            Effect.map((text) => JSON.parse(text) as unknown)
          )
        )
      })
    const bareUndici = await undici.runPromise(bare(false))
    const bareUndiciNoSpan = await undici.runPromise(bare(true))
    const bareFetch = await fetchClient.runPromise(bare(false))
    const bareLean = await lean.runPromise(bare(true))
    // The library's client (as ConnectionsHttp configures it, over UndiciHttpClient) and the request its executor builds.
    const api = await lean.runPromise(Effect.map(HttpClient.HttpClient, (base) => PlatformClient.forApi(PlatformClient.configure(base, false), emulator.apiUrl)))
    const request = (i: number) =>
      Effect.map(Executor.buildRequest(Endpoints.get as unknown as Endpoint.Any, { params: { id: id(i) } }, Executor.requestHeaders({})), HttpClientRequest.bearerToken(token))
    const built = (i: number) =>
      Effect.flatMap(request(i), (req) => api.execute(req)).pipe(
        Effect.flatMap((res) => res.text),
        Effect.map((text) => JSON.parse(text) as unknown)
      )
    const timed = (i: number) => Effect.flatMap(request(i), (req) => Transport.sendOnce(api, req, policy.timeoutMs))
    // The method span as the service makes it (`internal/traced.ts`), with the connection id as its attribute.
    const spanned = <A, E, R>(i: number, effect: Effect.Effect<A, E, R>) =>
      Traced.withSpan(effect, "ConnectionsService.get", { captureStackTrace: false, attributes: { "connection.id": id(i) } })
    const retried = (i: number) =>
      Effect.flatMap(request(i), (req) =>
        Transport.run({ method: "GET", idempotent: true, useResetHeader: true, attempt: Transport.sendOnce(api, req, policy.timeoutMs) }, policy))
    const executor = (limiter: RateLimiter.Limiter) =>
      Effect.runSync(Executor.make({ apiUrl: emulator.apiUrl, client: api, tokens: TokenProvider.fromToken(token), limiter, policy, headers: {}, secrets: [token] }))
    const execOff = executor(limiterOff)
    const execOn = executor(limiterOn)
    // The get endpoint without its response schema: everything the executor does except decoding.
    const getUndecoded = { ...Endpoints.get, response: undefined }
    const names = (tag: string) => (i: number) => ConnectionName.make(`zz-ladder-${tag}-${i}`)
    const rungs: ReadonlyArray<Rung> = [
      {
        name: "raw fetch, get",
        features: "global fetch + JSON.parse",
        run: (n, c) => drive(n, c, async (i) => JSON.parse(await (await fetch(`${emulator.apiUrl}/connections/${rawIds[i % rawIds.length]}`, { headers: { authorization: auth } })).text()))
      },
      {
        name: "raw undici, get",
        features: "undici.request (own Agent) + JSON.parse",
        run: (n, c) =>
          drive(n, c, async (i) => {
            const res = await agent.request({ origin: emulator.baseUrl, path: `/api/v2/connections/${rawIds[i % rawIds.length]}`, method: "GET", headers: { authorization: auth } })
            return JSON.parse(await res.body.text())
          })
      },
      { name: "platform bare (undici)", features: "HttpClient.execute + text + JSON.parse; platform span on", run: effectRung(undici, bareUndici) },
      { name: "platform bare (undici), no platform span", features: "as above, withTracerDisabledWhen", run: effectRung(undici, bareUndiciNoSpan) },
      { name: "lean bare (UndiciHttpClient), no platform span", features: "HttpClient.execute + text + JSON.parse over the library's UndiciHttpClient", run: effectRung(lean, bareLean) },
      { name: "platform bare (fetch)", features: "FetchHttpClient; platform span on", run: effectRung(fetchClient, bareFetch) },
      { name: "+ request building", features: "executor's buildRequest + bearer, the library's client (prefix, no propagation)", run: effectRung(lean, built) },
      { name: "+ timeout", features: "Transport.sendOnce (30 s deadline per attempt, the attempt's client span, body read, errors reduced)", run: effectRung(lean, timed) },
      { name: "+ span", features: "span ConnectionsService.get + connection.id", run: effectRung(lean, (i) => spanned(i, timed(i))) },
      { name: "+ retry loop", features: "Transport.run (policy: 4 retries)", run: effectRung(lean, (i) => spanned(i, retried(i))) },
      {
        name: "+ executor, limiter off, no decoding",
        features: "limiter off, token provider (static), rate-limit headers, redaction, status mapping",
        run: effectRung(lean, (i) => spanned(i, execOff.execute(getUndecoded, { params: { id: id(i) } })))
      },
      { name: "+ limiter on", features: "token bucket 1M/s (never waits) + Auth0 slow-down gate", run: effectRung(lean, (i) => spanned(i, execOn.execute(getUndecoded, { params: { id: id(i) } }))) },
      { name: "+ decoding", features: "Connection decoded (limiter on)", run: effectRung(lean, (i) => spanned(i, execOn.execute(Endpoints.get, { params: { id: id(i) } }))) },
      { name: "full get, limiter off", features: "ConnectionsService.get: everything above, limiter off", run: effectRung(serviceOff, (i) => Effect.flatMap(ConnectionsService, (s) => s.get(id(i)))) },
      { name: "full get, limiter on", features: "ConnectionsService.get: everything, limiter 1M/s", run: effectRung(serviceOn, (i) => Effect.flatMap(ConnectionsService, (s) => s.get(id(i)))) },
      {
        name: "full get on NodeHttpClient.layerUndici",
        features: "as full get, limiter off, over @effect/platform-node's undici client",
        run: effectRung(servicePlatform, (i) => Effect.flatMap(ConnectionsService, (s) => s.get(id(i))))
      },
      { name: "SDK get", features: "auth0 v7 ManagementClient, defaults", run: (n, c) => drive(n, c, (i) => sdk.connections.get(rawIds[i % rawIds.length]!)) },
      {
        name: "full create, limiter off",
        features: "ConnectionsService.create (name lock, validation, encode, decode)",
        run: effectRung(serviceOff, (i, tag) => Effect.flatMap(ConnectionsService, (s) => s.create({ name: names(tag)(i), strategy: "auth0", options: { brute_force_protection: true } })))
      },
      { name: "SDK create", features: "auth0 v7", run: (n, c, tag) => drive(n, c, (i) => sdk.connections.create(createBody(`zz-ladder-${tag}-${i}`))) },
      {
        name: "raw fetch, create",
        features: "global fetch + JSON.parse",
        run: (n, c, tag) =>
          drive(n, c, async (i) =>
            JSON.parse(
              await (await fetch(`${emulator.apiUrl}/connections`, {
                method: "POST",
                headers: { authorization: auth, "content-type": "application/json" },
                body: JSON.stringify(createBody(`zz-ladder-${tag}-${i}`))
              })).text()
            ))
      },
      { name: `full list (take=${take}), limiter off`, features: "ConnectionsService.list, page decoded", run: effectRung(serviceOff, () => Effect.flatMap(ConnectionsService, (s) => s.list({ take }))) },
      { name: `SDK list (take=${take})`, features: "auth0 v7", run: (n, c) => drive(n, c, () => sdk.connections.list({ take })) },
      {
        name: `raw fetch, list (take=${take})`,
        features: "global fetch + JSON.parse",
        run: (n, c) => drive(n, c, async () => JSON.parse(await (await fetch(`${emulator.apiUrl}/connections?take=${take}`, { headers: { authorization: auth } })).text()))
      }
    ]
    const floorOf = (name: string) => name.includes("create") ? "raw fetch, create" : name.includes("list") ? `raw fetch, list (take=${take})` : "raw fetch, get"
    // Warm-up: JIT, keep-alive sockets.
    for (const rung of rungs) await rung.run(Math.min(100, requests), Math.max(...levels), `warm-${rungs.indexOf(rung)}`)
    const cells = new Map<string, Map<number, Array<Cell>>>(rungs.map((r) => [r.name, new Map(levels.map((c) => [c, []]))]))
    const slices = Math.max(1, Math.round(requests / slice))
    const per = Math.max(1, Math.floor(requests / slices))
    for (let round = 0; round < rounds; round++) {
      for (const c of levels) {
        const samples = new Map(rungs.map((r) => [r.name, [] as Array<Sample>]))
        for (let k = 0; k < slices; k++) {
          for (let j = 0; j < rungs.length; j++) {
            const rung = rungs[(j + k + round) % rungs.length]!
            samples.get(rung.name)!.push(await rung.run(per, c, `${round}-${c}-${k}-${rungs.indexOf(rung)}`))
          }
        }
        for (const [name, xs] of samples) cells.get(name)!.get(c)!.push(combine(xs))
      }
    }
    const cell = (name: string, c: number) => cells.get(name)!.get(c)!
    const perRound = (name: string, c: number, f: (x: Cell, floor: Cell) => number) => median(cell(name, c).map((x, i) => f(x, cell(floorOf(name), c)[i]!)))
    const rows = rungs.map((rung) => [
      rung.name,
      rung.features,
      ...levels.flatMap((c) => [
        fmt(median(cell(rung.name, c).map((x) => x.rps)), 0),
        fmt(median(cell(rung.name, c).map((x) => x.cpuUsPerRequest)), 0),
        fmt(perRound(rung.name, c, (x, floor) => x.cpuUsPerRequest - floor.cpuUsPerRequest), 0)
      ])
    ])
    const ratio = (a: string, b: string, c: number) => median(cell(a, c).map((x, i) => x.rps / cell(b, c)[i]!.rps))
    const above = (a: string, c: number) => perRound(a, c, (x, floor) => x.cpuUsPerRequest - floor.cpuUsPerRequest)
    const pairs = [["full get, limiter off", "SDK get"], ["full create, limiter off", "SDK create"], [`full list (take=${take}), limiter off`, `SDK list (take=${take})`]] as const
    const failures = [...cells.values()].flatMap((m) => [...m.values()].flat()).reduce((k, x) => k + x.failures, 0)
    const targets = levels.flatMap((c) =>
      pairs.map(([ours, theirs]) => {
        const r = ratio(ours, theirs, c)
        return {
          description: `${ours.split(",")[0]} @${c}: throughput ≥ SDK and CPU above the raw floor ≤ SDK's`,
          met: r >= 1 && above(ours, c) <= above(theirs, c) && failures === 0,
          detail: `ratio ${fmt(r)}, CPU above floor ${fmt(above(ours, c), 0)} vs ${fmt(above(theirs, c), 0)} µs` + (failures > 0 ? `; ${failures} failed requests` : "")
        }
      })
    )
    const floorRatio = (c: number) => median(cell("full get, limiter off", c).map((x, i) => x.rps / cell("raw fetch, get", c)[i]!.rps))
    return {
      id: "ladder",
      title: "5. Cost ladder of one call",
      method: `Rungs from raw fetch to the full ConnectionsService calls, each adding one layer of the client, in one process against ` +
        (server === "replay"
          ? `the emulator's own answers (${seedSize} connections seeded; a get of each, one list page, one create), recorded once and ` +
            `served from memory by a plain node:http server in a child process, so each rung sets its own pace. `
          : `the emulator in a child process (127.0.0.1, ${seedSize} connections seeded). `) +
        `${requests} requests per rung per concurrency per round, ` +
        `${rounds} rounds, rungs taking turns in slices of ${slice} (order rotated). Cells: median over rounds of requests/s and of this ` +
        `process's CPU µs per request; "above floor" = CPU minus the raw fetch rung's of the same operation, per round, median. ` +
        `Load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(" / ")} (1/5/15 min, 2 cores).`,
      columns: ["rung", "features on", ...levels.flatMap((c) => [`req/s @${c}`, `CPU µs @${c}`, `above floor @${c}`])],
      rows,
      targets: [
        ...targets,
        ...(levels.includes(1)
          ? [{ description: "full get @1 ≥ 0.9× raw fetch throughput", met: floorRatio(1) >= 0.9, detail: `${fmt(floorRatio(1))}×` }]
          : [])
      ],
      data: { cells: Object.fromEntries([...cells].map(([k, v]) => [k, Object.fromEntries(v)])) }
    }
  } finally {
    for (const r of runtimes) await r.dispose()
    await agent.close()
    await emulator.close()
  }
}
