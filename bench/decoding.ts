/**
 * Benchmark 2 — decoding: `JSON.parse` alone vs `JSON.parse` + the full decode of a checkpoint list page
 * (`ConnectionList.ConnectionsCheckpointPage`) of realistic connections. Target: ≤ 2× `JSON.parse` alone.
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { ConnectionsCheckpointPage } from "@effect-auth0/domain/ConnectionList"
import { checkpointPage, strategiesIn } from "./fixtures.js"
import { type BenchResult, fmt, fmtSummary, gc, now, summarize, type Summary } from "./harness.js"

/** Sizes of the decoding benchmark. */
export interface DecodingOptions {
  /** Connections in the page (default 100). */
  readonly pageSize?: number | undefined
  /** Rounds; each round times every variant once, interleaved (default 7). */
  readonly rounds?: number | undefined
  /** Minimum time per variant per round, ms (default 300). */
  readonly minTimeMs?: number | undefined
}

/** One way of turning the response text into data. */
interface Variant {
  readonly name: string
  readonly run: (text: string) => unknown
}

// Compiled once, at module load: building a decoder walks the whole schema AST, which must never happen per call.
const decodeEffect = Schema.decodeUnknown(ConnectionsCheckpointPage)
const decodeEither = Schema.decodeUnknownEither(ConnectionsCheckpointPage)
const decodeSync = ParseResult.decodeUnknownSync(ConnectionsCheckpointPage)

const mustDecode = (text: string) => {
  const r = decodeEither(JSON.parse(text))
  if (Either.isLeft(r)) throw new Error(`fixture does not decode: ${ParseResult.TreeFormatter.formatErrorSync(r.left)}`)
  return r.right
}

/** The variants, baseline first. */
export const variants: ReadonlyArray<Variant> = [
  { name: "JSON.parse alone", run: (text) => JSON.parse(text) },
  {
    name: "JSON.parse + Schema.decodeUnknown (Effect, runSync)",
    run: (text) => Effect.runSync(decodeEffect(JSON.parse(text)))
  },
  { name: "JSON.parse + Schema.decodeUnknownEither", run: (text) => decodeEither(JSON.parse(text)) },
  { name: "JSON.parse + ParseResult.decodeUnknownSync", run: (text) => decodeSync(JSON.parse(text)) }
]

/** Times `run` for at least `minTimeMs`, returning ms per call. */
const timeIt = (run: (text: string) => unknown, text: string, minTimeMs: number): number => {
  let iterations = 0
  let sink = 0
  const start = now()
  let elapsed = 0
  // Batches of 5 keep the clock reads negligible against a ~1 ms operation.
  while (elapsed < minTimeMs) {
    for (let k = 0; k < 5; k++) sink += run(text) === undefined ? 1 : 0
    iterations += 5
    elapsed = now() - start
  }
  if (sink < 0) console.log(sink) // keeps the result observable so the work cannot be optimised away
  return elapsed / iterations
}

/** Runs the decoding benchmark. */
export const runDecoding = (options: DecodingOptions = {}): BenchResult => {
  const pageSize = options.pageSize ?? 100
  const rounds = options.rounds ?? 7
  const minTimeMs = options.minTimeMs ?? 300
  const text = JSON.stringify(checkpointPage(pageSize))
  const decoded = mustDecode(text)
  if (decoded.connections.length !== pageSize) throw new Error("fixture decoded to the wrong number of connections")

  // Warm-up: let V8 optimise every variant before anything is measured.
  for (const v of variants) timeIt(v.run, text, Math.min(minTimeMs, 200))

  const perRound: Array<Array<number>> = variants.map(() => [])
  for (let r = 0; r < rounds; r++) {
    gc()
    // Rotate the order each round so no variant always runs first (or right after a GC).
    for (let k = 0; k < variants.length; k++) {
      const idx = (k + r) % variants.length
      perRound[idx]!.push(timeIt(variants[idx]!.run, text, minTimeMs))
    }
  }
  const base = perRound[0]!
  const ratios = perRound.map((xs) => xs.map((x, r) => x / base[r]!))
  const times: Array<Summary> = perRound.map(summarize)
  const ratioSummaries: Array<Summary> = ratios.map(summarize)
  const bytes = Buffer.byteLength(text)
  const rows = variants.map((v, i) => [
    v.name,
    fmtSummary(times[i]!, 3),
    fmt((bytes / 2 ** 20) / (times[i]!.median / 1000), 1),
    fmtSummary(ratioSummaries[i]!, 2)
  ])
  const full = ratioSummaries[1]!
  const best = Math.min(...ratioSummaries.slice(1).map((s) => s.median))
  return {
    id: "decoding",
    title: "2. Decoding a list page",
    method:
      `A checkpoint page of ${pageSize} connections (${(bytes / 1024).toFixed(0)} KiB of JSON; strategies ${strategiesIn(pageSize).join(", ")}; ` +
      `full options as in the recorded examples) decoded with \`ConnectionList.ConnectionsCheckpointPage\`, compiled once. ` +
      `${rounds} rounds, each variant timed for ≥ ${minTimeMs} ms per round, order rotated per round.`,
    columns: ["variant", "ms / page", "MiB/s", "× JSON.parse"],
    rows,
    targets: [
      {
        description: "JSON.parse + full decode ≤ 2× JSON.parse alone",
        met: full.median <= 2,
        detail: `${fmt(full.median)}× with Schema.decodeUnknown (best variant ${fmt(best)}×)`
      }
    ],
    data: { pageSize, bytes, rounds, times, ratios: ratioSummaries, variants: variants.map((v) => v.name) }
  }
}
