/**
 * Benchmark 1 — client overhead: our `ConnectionsService` (HTTP client over `@effect/platform-node`) vs the official
 * `auth0` v7 SDK, against the same emulator: get, create and one list page at concurrency 1 and 16. Requests/s,
 * p50/p99 latency and the client process's CPU time per request. Target: our throughput ≥ the SDK's in every row.
 */
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import { ConnectionsCheckpointPage } from "@effect-auth0/domain/ConnectionList"
import { ConnectionName, ConnectionId } from "@effect-auth0/domain/Identifiers"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import type { ManagementClient } from "auth0"
import { compileJsonDecoder } from "@effect-auth0/domain/FastDecode"
import { type BenchEmulator, type EmulatorMode, startBenchEmulator } from "./emulator.js"
import { connections as fixtureConnections, connectionId } from "./fixtures.js"
import { type BenchResult, fmt, fmtSummary, median, now, percentile, settle, summarize } from "./harness.js"
import { makeOurs, type Ours, type Transport } from "./ours.js"
import { startServer } from "./replay.js"
import { makeSdk } from "./sdk.js"

/** Sizes of the client benchmark. */
export interface ClientOptions {
  /** Requests per cell (operation × concurrency × client) per round (default 400). */
  readonly requests?: number | undefined
  /** Concurrency levels (default 1 and 16). */
  readonly concurrency?: ReadonlyArray<number> | undefined
  /** Rounds (default 5). */
  readonly rounds?: number | undefined
  /** Where the emulator runs (default `child`: the client's CPU is measured apart from the server's). */
  readonly emulator?: EmulatorMode | undefined
  /** Connections seeded (default 200, the realistic mix). */
  readonly seed?: number | undefined
  /** Page size of the list operation (default 50, the SDK's default `take`). */
  readonly take?: number | undefined
  /** Requests per slice: clients take turns slice by slice within a cell (default 100). */
  readonly slice?: number | undefined
  /** Our HTTP transports to measure (default `lean`, as the examples use, then `undici`); the first one is judged. */
  readonly transports?: ReadonlyArray<Transport> | undefined
  /**
   * What answers (default `emulator`). `replay`: the emulator's answers recorded once and served from memory
   * (`replay.ts`), so the clients, not the server, set the pace at concurrency 16.
   */
  readonly server?: "emulator" | "replay" | undefined
}

/** The operations measured. */
export const OPERATIONS = ["get", "create", "list"] as const
/** One of {@link OPERATIONS}. */
export type Operation = typeof OPERATIONS[number]

/** One cell: the requests of one operation at one concurrency by one client in one round. */
export interface Cell {
  readonly rps: number
  readonly p50: number
  readonly p99: number
  readonly cpuUsPerRequest: number
  readonly failures: number
}

/** Raw measurements of one slice of a cell. */
export interface Sample {
  readonly n: number
  readonly elapsedMs: number
  readonly latencies: ReadonlyArray<number>
  readonly cpuUs: number
  readonly failures: number
}

/** Combines a cell's slices. */
export const combine = (samples: ReadonlyArray<Sample>): Cell => {
  const n = samples.reduce((k, s) => k + s.n, 0)
  const latencies = samples.flatMap((s) => s.latencies)
  return {
    rps: n / (samples.reduce((k, s) => k + s.elapsedMs, 0) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuUsPerRequest: samples.reduce((k, s) => k + s.cpuUs, 0) / n,
    failures: samples.reduce((k, s) => k + s.failures, 0)
  }
}

type Runner = (op: Operation, n: number, concurrency: number, tag: string) => Promise<Sample>

/** Runs `n` calls of `call` with `concurrency` workers, timing each. */
export const drive = async (n: number, concurrency: number, call: (i: number) => Promise<unknown>): Promise<Sample> => {
  await settle()
  const latencies: Array<number> = []
  let next = 0
  let failures = 0
  const cpu0 = process.cpuUsage()
  const t0 = now()
  const worker = async () => {
    while (next < n) {
      const i = next++
      const t = now()
      try {
        await call(i)
      } catch {
        failures++
      }
      latencies.push(now() - t)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const elapsedMs = now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { n, elapsedMs, latencies, cpuUs: cpu.user + cpu.system, failures }
}

/** The body of the connection every client creates. */
export const createBody = (name: string) => ({ name, strategy: "auth0" as const, options: { brute_force_protection: true } })

/** The Effect way to drive `n` calls with `concurrency` worker fibers, timing each (same bookkeeping as {@link drive}). */
export const driveEffect = <E, R = never>(n: number, concurrency: number, call: (i: number) => Effect.Effect<unknown, E, R>): Effect.Effect<Sample, never, R> =>
  Effect.suspend(() => {
    const latencies: Array<number> = []
    let next = 0
    let failures = 0
    const cpu0 = process.cpuUsage()
    const t0 = now()
    const worker = Effect.whileLoop({
      while: () => next < n,
      body: () => {
        const i = next++
        const t = now()
        return call(i).pipe(
          Effect.matchEffect({
            onFailure: () => Effect.sync(() => void failures++),
            onSuccess: () => Effect.void
          }),
          Effect.tap(() => Effect.sync(() => void latencies.push(now() - t)))
        )
      },
      step: () => {}
    })
    return Effect.all(Array.from({ length: concurrency }, () => worker), { concurrency: "unbounded", discard: true }).pipe(
      Effect.map((): Sample => {
        const elapsedMs = now() - t0
        const cpu = process.cpuUsage(cpu0)
        return { n, elapsedMs, latencies, cpuUs: cpu.user + cpu.system, failures }
      })
    )
  })

const oursRunner = (ours: Ours, ids: ReadonlyArray<ConnectionId>, take: number): Runner => async (op, n, concurrency, tag) => {
  // Inputs are built before the clock starts, for both clients alike.
  const names = op === "create" ? Array.from({ length: n }, (_, i) => ConnectionName.make(`zz-${tag}-${i}`)) : []
  await settle()
  return ours.runtime.runPromise(Effect.flatMap(ConnectionsService, (svc) =>
    driveEffect(n, concurrency, (i): Effect.Effect<unknown, unknown> => {
      switch (op) {
        case "get":
          return svc.get(ids[i % ids.length]!)
        case "create":
          return svc.create({ name: names[i]!, strategy: "auth0", options: { brute_force_protection: true } })
        case "list":
          return svc.list({ take })
      }
    })
  ))
}

const sdkRunner = (sdk: ManagementClient, ids: ReadonlyArray<string>, take: number): Runner => (op, n, concurrency, tag) => {
  const names = op === "create" ? Array.from({ length: n }, (_, i) => `zz-${tag}-${i}`) : []
  return drive(n, concurrency, (i) => {
    switch (op) {
      case "get":
        return sdk.connections.get(ids[i % ids.length]!)
      case "create":
        return sdk.connections.create(createBody(names[i]!))
      case "list":
        return sdk.connections.list({ take })
    }
  })
}

/**
 * No client library at all: global `fetch` with the bearer token and `JSON.parse` of the body. The floor both
 * clients add their own costs to.
 */
const rawRunner = (emulator: BenchEmulator, ids: ReadonlyArray<string>, take: number): Runner => {
  const auth = `Bearer ${Redacted.value(emulator.token)}`
  const json = async (res: Response) => {
    const body: unknown = JSON.parse(await res.text())
    if (res.status >= 400) throw new Error(`raw request answered ${res.status}`)
    return body
  }
  return (op, n, concurrency, tag) => {
    const names = op === "create" ? Array.from({ length: n }, (_, i) => `zz-${tag}-${i}`) : []
    return drive(n, concurrency, async (i) => {
      switch (op) {
        case "get":
          return json(await fetch(`${emulator.apiUrl}/connections/${ids[i % ids.length]!}`, { headers: { authorization: auth } }))
        case "create":
          return json(await fetch(`${emulator.apiUrl}/connections`, {
            method: "POST",
            headers: { authorization: auth, "content-type": "application/json" },
            body: JSON.stringify(createBody(names[i]!))
          }))
        case "list":
          return json(await fetch(`${emulator.apiUrl}/connections?take=${take}`, { headers: { authorization: auth } }))
      }
    })
  }
}

const decodePage = Schema.decodeUnknownEither(ConnectionsCheckpointPage)
const decodePageFast = compileJsonDecoder(ConnectionsCheckpointPage)

/** µs per call of JSON.parse, JSON.parse + our decode, and the prototype, on one response body. */
const timeDecode = (text: string) => {
  const time = (f: () => unknown) => {
    for (let i = 0; i < 100; i++) f()
    const t = now()
    let n = 0
    while (now() - t < 300) {
      f()
      n++
    }
    return ((now() - t) / n) * 1000
  }
  return {
    parse: time(() => JSON.parse(text)),
    decode: time(() => decodePage(JSON.parse(text))),
    fast: time(() => decodePageFast(text))
  }
}

const TRANSPORT_LABEL: Record<Transport, string> = {
  lean: "UndiciHttpClient.layer (@effect-auth0/http)",
  undici: "NodeHttpClient.layerUndici",
  node: "NodeHttpClient.layer (node:http, its default agent: no keep-alive)",
  "node-keepalive": "NodeHttpClient.layerWithoutAgent + makeAgentLayer({keepAlive: true})"
}

/** Runs the client benchmark. */
export const runClient = async (options: ClientOptions = {}): Promise<BenchResult> => {
  const requests = options.requests ?? 400
  const levels = options.concurrency ?? [1, 16]
  const rounds = options.rounds ?? 5
  const seedSize = options.seed ?? 200
  const take = options.take ?? 50
  const transports = options.transports ?? ["lean", "undici"]
  const slice = options.slice ?? 100
  const replay = options.server === "replay"
  const seeded = await startBenchEmulator({ mode: options.emulator ?? "child", seed: { connections: fixtureConnections(seedSize) } })
  const rawIds = Array.from({ length: seedSize }, (_, i) => connectionId(i))
  const emulator = await startServer(replay ? "replay" : "emulator", seeded, { ids: rawIds, take, createBody: createBody("zz-replay-recorded") })
  const ours = await Promise.all(transports.map((transport) => makeOurs(emulator, { transport })))
  try {
    const ids = rawIds.map((id) => Schema.decodeSync(ConnectionId)(id))
    const clients: ReadonlyArray<{ name: string; run: Runner }> = [
      ...ours.map((o, i) => ({ name: `ours/${transports[i]}`, run: oursRunner(o, ids, take) })),
      { name: "sdk", run: sdkRunner(makeSdk(emulator), rawIds, take) },
      { name: "raw", run: rawRunner(emulator, rawIds, take) }
    ]
    // What decoding the list response costs by itself (the page the list cell fetches, as the emulator sends it).
    const pageText = await (await fetch(`${emulator.apiUrl}/connections?take=${take}`, {
      headers: { authorization: `Bearer ${Redacted.value(emulator.token)}` }
    })).text()
    const decodeUs = timeDecode(pageText)
    // Warm-up: JIT, keep-alive sockets, token caches.
    for (const c of clients) {
      for (const op of OPERATIONS) await c.run(op, Math.min(100, requests), Math.max(...levels), `warm-${c.name.replace("/", "-")}-${op}`)
    }
    type Key = `${Operation}/${number}`
    const cells = new Map<Key, Map<string, Array<Cell>>>()
    for (const op of OPERATIONS) for (const c of levels) cells.set(`${op}/${c}`, new Map(clients.map((x) => [x.name, []])))
    // Each cell is cut into slices of `slice` requests, the clients taking turns slice by slice (order rotated), so
    // load from other work on the machine falls on every client alike.
    const slices = Math.max(1, Math.round(requests / slice))
    const per = Math.max(1, Math.floor(requests / slices))
    for (let r = 0; r < rounds; r++) {
      for (const op of OPERATIONS) {
        for (const c of levels) {
          const samples = new Map(clients.map((x) => [x.name, [] as Array<Sample>]))
          for (let k = 0; k < slices; k++) {
            const order = clients.map((_, j) => clients[(j + k + r) % clients.length]!)
            for (const client of order) {
              samples.get(client.name)!.push(await client.run(op, per, c, `${client.name.replace("/", "-")}-${r}-${op}-${c}-${k}`))
            }
          }
          for (const [name, xs] of samples) cells.get(`${op}/${c}`)!.get(name)!.push(combine(xs))
        }
      }
    }
    const rows: Array<Array<string>> = []
    const ratios: Array<{ key: string; ratio: number; transport: Transport }> = []
    let failures = 0
    for (const [key, byClient] of cells) {
      const [op, c] = key.split("/")
      const s = byClient.get("sdk")!
      const raw = byClient.get("raw")!
      failures += s.reduce((k, cell) => k + cell.failures, 0) + raw.reduce((k, cell) => k + cell.failures, 0)
      transports.forEach((transport) => {
        const o = byClient.get(`ours/${transport}`)!
        const ratio = summarize(o.map((cell, i) => cell.rps / s[i]!.rps))
        ratios.push({ key: `${op} @${c}${transports.length > 1 ? ` (${transport})` : ""}`, ratio: ratio.median, transport })
        failures += o.reduce((k, cell) => k + cell.failures, 0)
        rows.push([
          op!,
          c!,
          ...(transports.length > 1 ? [transport] : []),
          fmtSummary(summarize(o.map((x) => x.rps)), 0),
          fmtSummary(summarize(s.map((x) => x.rps)), 0),
          fmtSummary(ratio, 2),
          `${fmt(median(o.map((x) => x.p50)))} / ${fmt(median(o.map((x) => x.p99)))}`,
          `${fmt(median(s.map((x) => x.p50)))} / ${fmt(median(s.map((x) => x.p99)))}`,
          fmtSummary(summarize(raw.map((x) => x.rps)), 0),
          [o, s, raw].map((xs) => fmt(median(xs.map((x) => x.cpuUsPerRequest)), 0)).join(" / ")
        ])
      })
    }
    // The target is judged on the first transport (the recommended one); others are shown for comparison.
    const judged = ratios.filter((x) => x.transport === transports[0])
    const missed = judged.filter((x) => x.ratio < 1)
    const cpu = (op: Operation, who: string) =>
      median([...cells].filter(([k]) => k.startsWith(`${op}/`)).flatMap(([, m]) => m.get(who)!.map((x) => x.cpuUsPerRequest)))
    const first = `ours/${transports[0]}`
    const notes = [
      `Client CPU per request (median over concurrency levels and rounds), ours vs SDK: ` +
      OPERATIONS.map((op) => `${op} ${fmt(cpu(op, first), 0)} vs ${fmt(cpu(op, "sdk"), 0)} µs (raw fetch ${fmt(cpu(op, "raw"), 0)})`).join(", ") + `. ` +
      `Throughput follows CPU: the client that spends less per call serves more (the cost ladder, section 5, shows where ` +
      `ours goes). On \`list\` our client also validates the whole page (every connection, its options and its secrets ` +
      `wrapped in \`Redacted\`) where the SDK only parses it: measured in this run on the page the emulator returns, ` +
      `JSON.parse takes ${fmt(decodeUs.parse, 0)} µs, JSON.parse + Effect's decoder ${fmt(decodeUs.decode, 0)} µs, and the ` +
      `client's compiled parse-and-validate (@effect-auth0/domain/FastDecode, compileJsonDecoder) ${fmt(decodeUs.fast, 0)} µs.`,
      ...(replay
        ? [
          `The replay server answers from memory in a few tens of µs per request, so at concurrency 16 each client's own ` +
          `CPU per call sets its throughput (compare raw fetch, the floor, with section 1, where every client is held ` +
          `to the emulator's pace).`
        ]
        : [
          `At concurrency 16 all three share 2 cores with the emulator process, which answers on one of them: when raw ` +
          `fetch reaches no more requests/s than the clients, the emulator sets the pace of every client and the ratio ` +
          `measures the server, not the clients (section 1b measures them against recorded answers instead).`,
          `The emulator answers every API request after \`Effect.sleep(latencyMs)\`, which with the default \`latencyMs: 0\` ` +
          `still waits for a timer (~1.2 ms measured): both clients pay it, so concurrency-1 latencies are ~1 ms higher than ` +
          `the server's work and the ratios there are closer to 1 than the clients' own costs.`
        ])
    ]
    const where = emulator.mode === "replay"
      ? "the emulator's own answers (a get of each connection, one list page, one create; status, headers and body), " +
        "recorded once and served from memory by a plain node:http server in a child process"
      : `the same emulator (${emulator.mode === "child" ? "in a child process" : "in this process"}, 127.0.0.1, ` +
        `${seedSize} realistic connections seeded)`
    return {
      id: replay ? "client-replay" : "client",
      title: replay ? "1b. Client overhead vs the official SDK, against recorded answers" : "1. Client overhead vs the official SDK",
      method:
        `Our ConnectionsService (ConnectionsHttp.layer with a static token, client-side rate limiter off since the SDK has none, ` +
        `default retries; HTTP client: ${transports.map((t) => `${t} = ${TRANSPORT_LABEL[t]}`).join("; ")}) and the official auth0 v7 SDK ` +
        `(ManagementClient, static token, custom fetch to the server, default retries) against ${where}; ` +
        `as the floor, raw \`fetch\` + \`JSON.parse\` with no client library. ` +
        `Operations: get by id, create (database connection), one list page (take=${take}). ${requests} requests per cell per round, ` +
        `${rounds} rounds; within each cell the clients take turns in slices of ${slice} requests, order rotated. Ratio = ours ÷ SDK requests/s, per round, median (min–max). ` +
        `Latencies in ms (median over rounds of p50 / p99). CPU = this process's user+system µs per request ` +
        `(${emulator.mode === "in-process" ? "client and emulator" : "client only"}).`,
      columns: [
        "operation",
        "concurrency",
        ...(transports.length > 1 ? ["our transport"] : []),
        "ours req/s",
        "SDK req/s",
        "ours ÷ SDK",
        "ours p50 / p99 ms",
        "SDK p50 / p99 ms",
        "raw fetch req/s",
        "CPU µs/req ours / SDK / raw"
      ],
      rows,
      targets: [
        {
          description: `our throughput ≥ the SDK's (ratio ≥ 1.0) in every row${transports.length > 1 ? ` (ours on ${transports[0]})` : ""}`,
          met: missed.length === 0 && failures === 0,
          detail: (missed.length === 0
            ? `lowest ratio ${fmt(Math.min(...judged.map((x) => x.ratio)))} (${judged.map((x) => `${x.key} ${fmt(x.ratio)}`).join(", ")})`
            : `below 1.0: ${missed.map((x) => `${x.key} ${fmt(x.ratio)}`).join(", ")}`) +
            (failures > 0 ? `; ${failures} failed requests` : "")
        }
      ],
      notes,
      data: { cells: Object.fromEntries([...cells].map(([k, v]) => [k, Object.fromEntries(v)])) }
    }
  } finally {
    for (const o of ours) await o.close()
    await emulator.close()
  }
}
