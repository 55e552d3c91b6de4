/**
 * `npm run bench`: runs the benchmarks, prints each table and writes them with the machine description to
 * `bench/results.md`.
 *
 *   npm run bench                                  # everything at default sizes (a few minutes)
 *   npm run bench -- --only decoding,client        # a subset (decoding, client, client-replay, bulk, scale, ladder)
 *   npm run bench -- --rounds 3 --quick            # fewer rounds, smaller sizes
 *   npm run bench -- --bulk-ops 200 --rate 50 --burst 10 --scale-sizes 1000,10000,100000
 *   npm run bench -- --out /tmp/results.md         # write elsewhere (--no-write to only print)
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { parseArgs } from "node:util"
import { type BenchResult, machine, renderMarkdown, renderText } from "./harness.js"
import type { Transport } from "./ours.js"

const ALL = ["decoding", "client", "client-replay", "bulk", "scale", "ladder"] as const
type BenchId = typeof ALL[number]

const HELP = `usage: npm run bench -- [options]
  --only <ids>           comma-separated subset of: ${ALL.join(", ")}
  --rounds <n>           rounds for decoding/client/scale (default 7 decoding, 5 client, 3 scale)
  --quick                small sizes, for a fast look (not for publishing)
  --page-size <n>        decoding: connections per page (default 100)
  --client-requests <n>  client, client-replay: requests per cell per round (default 400)
  --concurrency <list>   client, client-replay, ladder: concurrency levels (default 1,16)
  --emulator <mode>      client: where the emulator runs, child (default) or in-process
  --transport <list>     client, client-replay: our HTTP transports, lean,undici (default), node, node-keepalive;
                         the first is judged
                         (client-replay: the client benchmark against the emulator's answers recorded and replayed
                         from memory, so the clients and not the server set the pace)
  --ladder-requests <n>  ladder: requests per rung per concurrency per round (default 400)
  --ladder-server <s>    ladder: replay (default: the emulator's answers recorded and served from memory) or emulator
  --bulk-ops <n>         bulk: creates, then as many deletes (default 500)
  --bulk-rounds <n>      bulk: rounds (default 1; each takes ≥ 2 × ops / rate seconds per client)
  --rate <n>             bulk: emulator rate limit, requests/s (default 50)
  --burst <n>            bulk: emulator bucket size (default 10)
  --scale-sizes <list>   scale: connection counts (default 1000,10000,100000)
  --scale-modes <list>   scale: how the emulator runs, dist (compiled; needs npx tsc -b) and/or source (tsx);
                         default dist,source; the first is judged against the memory target
  --out <file>           report path (default bench/results.md)
  --no-write             print only
  --help`

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    rounds: { type: "string" },
    quick: { type: "boolean", default: false },
    "page-size": { type: "string" },
    "client-requests": { type: "string" },
    concurrency: { type: "string" },
    emulator: { type: "string" },
    transport: { type: "string" },
    "ladder-requests": { type: "string" },
    "ladder-server": { type: "string" },
    "bulk-ops": { type: "string" },
    "bulk-rounds": { type: "string" },
    rate: { type: "string" },
    burst: { type: "string" },
    "scale-sizes": { type: "string" },
    "scale-modes": { type: "string" },
    out: { type: "string" },
    "no-write": { type: "boolean", default: false },
    help: { type: "boolean", default: false }
  },
  allowPositionals: false
})

if (values.help) {
  console.log(HELP)
  process.exit(0)
}

const int = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer (got ${v})`)
  return n
}
const ints = (name: string, v: string | undefined): Array<number> | undefined =>
  v === undefined ? undefined : v.split(",").map((s) => int(name, s.trim())!)

const emulatorMode = (v: string | undefined): "child" | "in-process" | undefined => {
  if (v === undefined || v === "child" || v === "in-process") return v
  throw new Error(`--emulator must be child or in-process (got ${v})`)
}

const serverOf = (name: string, v: string | undefined): "emulator" | "replay" | undefined => {
  if (v === undefined || v === "emulator" || v === "replay") return v
  throw new Error(`--${name} must be emulator or replay (got ${v})`)
}

const transportList = (v: string | undefined): Array<Transport> | undefined =>
  v?.split(",").map((t) => {
    const x = t.trim()
    if (x === "lean" || x === "undici" || x === "node" || x === "node-keepalive") return x
    throw new Error(`--transport: unknown transport "${t}" (lean, undici, node, node-keepalive)`)
  })

const only: ReadonlyArray<BenchId> = values.only === undefined
  ? ALL
  : values.only.split(",").map((s) => {
    const id = s.trim() as BenchId
    if (!ALL.includes(id)) throw new Error(`--only: unknown benchmark "${s}" (known: ${ALL.join(", ")})`)
    return id
  })

const quick = values.quick
const rounds = int("rounds", values.rounds)

const client = async (server: "emulator" | "replay") => {
  const { runClient } = await import("./client.js")
  return runClient({
    requests: int("client-requests", values["client-requests"]) ?? (quick ? 100 : 400),
    concurrency: ints("concurrency", values.concurrency) ?? [1, 16],
    rounds: rounds ?? (quick ? 2 : 5),
    emulator: emulatorMode(values.emulator),
    transports: transportList(values.transport),
    server
  })
}

const runners: Record<BenchId, () => Promise<BenchResult>> = {
  decoding: async () => {
    const { runDecoding } = await import("./decoding.js")
    return runDecoding({
      pageSize: int("page-size", values["page-size"]),
      rounds: rounds ?? (quick ? 3 : 7),
      minTimeMs: quick ? 100 : 300
    })
  },
  client: () => client("emulator"),
  "client-replay": () => client("replay"),
  ladder: async () => {
    const { runLadder } = await import("./ladder.js")
    return runLadder({
      requests: int("ladder-requests", values["ladder-requests"]) ?? (quick ? 100 : 400),
      concurrency: ints("concurrency", values.concurrency) ?? [1, 16],
      rounds: rounds ?? (quick ? 2 : 3),
      server: serverOf("ladder-server", values["ladder-server"])
    })
  },
  bulk: async () => {
    const { runBulk } = await import("./bulk.js")
    return runBulk({
      ops: int("bulk-ops", values["bulk-ops"]) ?? (quick ? 50 : 500),
      rate: int("rate", values.rate) ?? 50,
      burst: int("burst", values.burst) ?? 10,
      rounds: int("bulk-rounds", values["bulk-rounds"]) ?? 1
    })
  },
  scale: async () => {
    const { runScale } = await import("./scale.js")
    return runScale({
      sizes: ints("scale-sizes", values["scale-sizes"]) ?? (quick ? [1000, 10000] : [1000, 10000, 100000]),
      rounds: rounds ?? (quick ? 2 : 3),
      modes: scaleModes(values["scale-modes"])
    })
  }
}

/** `--scale-modes dist,source`: each must be dist or source. */
const scaleModes = (raw: string | undefined): Array<"dist" | "source"> | undefined => {
  if (raw === undefined) return undefined
  const modes = raw.split(",").map((m) => m.trim())
  for (const m of modes) if (m !== "dist" && m !== "source") throw new Error(`--scale-modes: ${m} is neither dist nor source`)
  return modes as Array<"dist" | "source">
}

const main = async () => {
  const m = machine()
  console.log(`# effect-auth0 benchmarks — ${m.cpu} × ${m.cores}, Node ${m.node}, ${m.date}, load ${m.loadAverage.toFixed(2)}\n`)
  const results: Array<BenchResult> = []
  for (const id of only) {
    const started = Date.now()
    console.log(`running ${id}…`)
    const result = await runners[id]()
    results.push(result)
    console.log(`\n${renderText(result)}\n(${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
  }
  if (!values["no-write"]) {
    const out = values.out ?? path.join(path.dirname(new URL(import.meta.url).pathname), "results.md")
    const argv = process.argv.slice(2).join(" ")
    fs.writeFileSync(out, renderMarkdown(m, `npm run bench${argv ? ` -- ${argv}` : ""}`, results, os.loadavg()[0]))
    console.log(`wrote ${out}`)
  }
  const missed = results.flatMap((r) => r.targets.filter((t) => !t.met))
  if (missed.length > 0) console.log(`${missed.length} target(s) missed (see the report).`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
