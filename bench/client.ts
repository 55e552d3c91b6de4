/**
 * Benchmark 1 — client overhead: our `ConnectionsService` (HTTP client over `@effect/platform-node`) vs the official
 * `auth0` v7 SDK, against the same emulator: get, create and one list page at concurrency 1 and 16. Requests/s,
 * p50/p99 latency and the client process's CPU time per request. Target: our throughput ≥ the SDK's in every row.
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { ConnectionName, ConnectionId } from "@effect-auth0/domain/Identifiers"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import type { ManagementClient } from "auth0"
import { type EmulatorMode, startBenchEmulator } from "./emulator.js"
import { connections as fixtureConnections, connectionId } from "./fixtures.js"
import { type BenchResult, fmt, fmtSummary, median, now, percentile, settle, summarize } from "./harness.js"
import { makeOurs, type Ours } from "./ours.js"
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
}

/** The operations measured. */
export const OPERATIONS = ["get", "create", "list"] as const
type Operation = typeof OPERATIONS[number]

/** One cell: `n` requests of one operation at one concurrency by one client. */
export interface Cell {
  readonly rps: number
  readonly p50: number
  readonly p99: number
  readonly cpuUsPerRequest: number
  readonly failures: number
}

type Runner = (op: Operation, n: number, concurrency: number, tag: string) => Promise<Cell>

/** Runs `n` calls of `call` with `concurrency` workers, timing each. */
const drive = async (n: number, concurrency: number, call: (i: number) => Promise<unknown>): Promise<Cell> => {
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
  const elapsed = now() - t0
  const cpu = process.cpuUsage(cpu0)
  return {
    rps: n / (elapsed / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuUsPerRequest: (cpu.user + cpu.system) / n,
    failures
  }
}

const createBody = (name: string) => ({ name, strategy: "auth0" as const, options: { brute_force_protection: true } })

/** The Effect way to drive `n` calls with `concurrency` worker fibers, timing each (same bookkeeping as {@link drive}). */
const driveEffect = <E>(n: number, concurrency: number, call: (i: number) => Effect.Effect<unknown, E>): Effect.Effect<Cell> =>
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
      Effect.map((): Cell => {
        const elapsed = now() - t0
        const cpu = process.cpuUsage(cpu0)
        return {
          rps: n / (elapsed / 1000),
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          cpuUsPerRequest: (cpu.user + cpu.system) / n,
          failures
        }
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

/** Runs the client benchmark. */
export const runClient = async (options: ClientOptions = {}): Promise<BenchResult> => {
  const requests = options.requests ?? 400
  const levels = options.concurrency ?? [1, 16]
  const rounds = options.rounds ?? 5
  const seedSize = options.seed ?? 200
  const take = options.take ?? 50
  const emulator = await startBenchEmulator({ mode: options.emulator ?? "child", seed: { connections: fixtureConnections(seedSize) } })
  const ours = await makeOurs(emulator)
  try {
    const rawIds = Array.from({ length: seedSize }, (_, i) => connectionId(i))
    const ids = rawIds.map((id) => Schema.decodeSync(ConnectionId)(id))
    const clients: ReadonlyArray<{ name: "ours" | "sdk"; run: Runner }> = [
      { name: "ours", run: oursRunner(ours, ids, take) },
      { name: "sdk", run: sdkRunner(makeSdk(emulator), rawIds, take) }
    ]
    // Warm-up: JIT, keep-alive sockets, token caches.
    for (const c of clients) {
      for (const op of OPERATIONS) await c.run(op, Math.min(100, requests), Math.max(...levels), `warm-${c.name}-${op}`)
    }
    type Key = `${Operation}/${number}`
    const cells = new Map<Key, { ours: Array<Cell>; sdk: Array<Cell> }>()
    for (const op of OPERATIONS) for (const c of levels) cells.set(`${op}/${c}`, { ours: [], sdk: [] })
    for (let r = 0; r < rounds; r++) {
      for (const op of OPERATIONS) {
        for (const c of levels) {
          // Alternate which client goes first, so neither always runs on a fresher (or more loaded) machine.
          const order = r % 2 === 0 ? clients : [...clients].reverse()
          for (const client of order) {
            const cell = await client.run(op, requests, c, `${client.name}-${r}-${op}-${c}`)
            cells.get(`${op}/${c}`)![client.name].push(cell)
          }
        }
      }
    }
    const rows: Array<Array<string>> = []
    const ratios: Array<{ key: string; ratio: number }> = []
    let failures = 0
    for (const [key, { ours: o, sdk: s }] of cells) {
      const [op, c] = key.split("/")
      const perRound = o.map((cell, i) => cell.rps / s[i]!.rps)
      const ratio = summarize(perRound)
      ratios.push({ key: `${op} @${c}`, ratio: ratio.median })
      failures += [...o, ...s].reduce((k, cell) => k + cell.failures, 0)
      rows.push([
        op!,
        c!,
        fmtSummary(summarize(o.map((x) => x.rps)), 0),
        fmtSummary(summarize(s.map((x) => x.rps)), 0),
        fmtSummary(ratio, 2),
        `${fmt(median(o.map((x) => x.p50)))} / ${fmt(median(o.map((x) => x.p99)))}`,
        `${fmt(median(s.map((x) => x.p50)))} / ${fmt(median(s.map((x) => x.p99)))}`,
        `${fmt(median(o.map((x) => x.cpuUsPerRequest)), 0)} / ${fmt(median(s.map((x) => x.cpuUsPerRequest)), 0)}`
      ])
    }
    const missed = ratios.filter((x) => x.ratio < 1)
    return {
      id: "client",
      title: "1. Client overhead vs the official SDK",
      method:
        `Our ConnectionsService (${ours.description}) and the official auth0 v7 SDK (ManagementClient, static token, custom fetch ` +
        `to the emulator, default retries) against the same emulator (${emulator.mode === "child" ? "in a child process" : "in this process"}, ` +
        `127.0.0.1, ${seedSize} realistic connections seeded). Operations: get by id, create (database connection), ` +
        `one list page (take=${take}). ${requests} requests per cell per round, ${rounds} rounds, clients alternated first/second ` +
        `per round. Ratio = ours ÷ SDK requests/s, per round, median (min–max). Latencies in ms (median over rounds of p50 / p99). ` +
        `CPU = this process's user+system µs per request (${emulator.mode === "child" ? "client only" : "client and emulator"}).`,
      columns: ["operation", "concurrency", "ours req/s", "SDK req/s", "ours ÷ SDK", "ours p50 / p99 ms", "SDK p50 / p99 ms", "CPU µs/req ours / SDK"],
      rows,
      targets: [
        {
          description: "our throughput ≥ the SDK's (ratio ≥ 1.0) in every row",
          met: missed.length === 0 && failures === 0,
          detail: missed.length === 0
            ? `lowest ratio ${fmt(Math.min(...ratios.map((x) => x.ratio)))} (${ratios.map((x) => `${x.key} ${fmt(x.ratio)}`).join(", ")})` +
              (failures > 0 ? `; ${failures} failed requests` : "")
            : `below 1.0: ${missed.map((x) => `${x.key} ${fmt(x.ratio)}`).join(", ")}`
        }
      ],
      data: { cells: Object.fromEntries(cells) }
    }
  } finally {
    await ours.close()
    await emulator.close()
  }
}
