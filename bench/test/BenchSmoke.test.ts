/**
 * Keeps `npm run bench` working: every benchmark in bench/ runs here at tiny sizes and must return well-formed rows.
 */
import { ConnectionsCheckpointPage } from "@effect-auth0/domain/ConnectionList"
import { Connection } from "@effect-auth0/domain/Connection"
import { compileDecoder, compileJsonDecoder } from "@effect-auth0/domain/FastDecode"
import { Arbitrary, Either, FastCheck, Redacted, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { runBulk } from "../bulk.js"
import { runClient } from "../client.js"
import { runDecoding } from "../decoding.js"
import { checkpointPage } from "../fixtures.js"
import * as h from "../harness.js"
import { runScale } from "../scale.js"

/** The value of a `Right` (throws on a `Left`, so a wrong result fails the test). */
const right = <A, E>(e: Either.Either<A, E>): A => Either.getOrThrowWith(e, (left) => new Error(`expected Right, got Left: ${String(left)}`))

/** The error of a `Left` (throws on a `Right`). */
const left = <A, E>(e: Either.Either<A, E>): E => Either.getOrThrowWith(Either.flip(e), () => new Error("expected Left, got Right"))

/** Rows are as wide as the header and every cell is filled. */
const expectWellFormed = (r: h.BenchResult, rows: number) => {
  expect(r.rows).toHaveLength(rows)
  for (const row of r.rows) {
    expect(row).toHaveLength(r.columns.length)
    for (const cell of row) expect(cell.trim()).not.toBe("")
  }
  expect(r.targets.length).toBeGreaterThan(0)
  for (const t of r.targets) expect(t.detail).not.toBe("")
}

describe("bench smoke", () => {
  it("harness: quantiles, percentiles and the markdown report with the machine description", async () => {
    expect(h.median([5, 1, 3])).toBe(3)
    expect(h.median([4, 1, 3, 2])).toBe(2.5)
    const latencies = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(h.percentile(latencies, 50)).toBe(50)
    expect(h.percentile(latencies, 99)).toBe(99)
    const m = h.machine()
    expect(m.cores).toBeGreaterThan(0)
    const md = h.renderMarkdown(m, "npm run bench", [{
      id: "x",
      title: "X",
      method: "m",
      columns: ["a", "b"],
      rows: [["1", "2|3"]],
      targets: [{ description: "t", met: false, detail: "because" }]
    }])
    expect(md).toContain(m.cpu)
    expect(md).toContain(m.node)
    expect(md).toContain("| 1 | 2\\|3 |")
    expect(md).toContain("**MISSED**")
  })

  it("decoding: every variant measured, ratios against JSON.parse", async () => {
    const r = runDecoding({ pageSize: 10, rounds: 1, minTimeMs: 5 })
    expectWellFormed(r, 7)
    expect(r.rows[0]![3]).toBe("1.00")
    for (const row of r.rows) expect(Number.parseFloat(row[3]!)).toBeGreaterThan(0)
  })

  it("decoding: the compiled decoder agrees with Effect's decode, errors included", async () => {
    const reference = Schema.decodeUnknownEither(ConnectionsCheckpointPage)
    const fast = compileDecoder(ConnectionsCheckpointPage)
    const fromJson = compileJsonDecoder(ConnectionsCheckpointPage)
    const plain = (x: unknown): unknown =>
      Redacted.isRedacted(x) ? { redacted: Redacted.value(x) }
      : Array.isArray(x) ? x.map(plain)
      : x !== null && typeof x === "object" ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]))
      : x
    const page = checkpointPage(34)
    const expected = reference(page)
    expect(Either.isRight(expected)).toBe(true)
    expect(plain(right(fast(page)))).toEqual(plain(Either.getOrThrow(expected)))
    expect(plain(right(fromJson(JSON.stringify(page))))).toEqual(plain(Either.getOrThrow(expected)))
    // A secret really is redacted, not copied through as a string.
    const sms = (right(fast(page)) as unknown as { connections: Array<{ strategy: string; options: { twilio_token: unknown } }> })
      .connections.find((c) => c.strategy === "sms")!
    expect(Redacted.isRedacted(sms.options.twilio_token)).toBe(true)
    // A `__proto__` key (kept by JSON.parse as an own key) is dropped as Effect drops it, never turned into a prototype.
    const hostile = JSON.stringify(page).replace('"options":{', '"options":{"__proto__":{"client_secret":"leak"},')
    const safe = fromJson(hostile)
    expect(plain(right(safe))).toEqual(plain(Either.getOrThrow(reference(JSON.parse(hostile)))))
    const firstOptions = (right(safe) as unknown as { connections: Array<{ options: object }> }).connections[0]!.options
    expect(Object.getPrototypeOf(firstOptions)).toBe(Object.prototype)
    expect(Object.prototype.hasOwnProperty.call(firstOptions, "__proto__")).toBe(false)
    // Invalid input: the same error message as Effect's own decoder.
    const broken = { ...page, connections: page.connections.map((c, i) => (i === 5 ? { ...c, id: "nope" } : c)) }
    const expectedError = reference(broken)
    expect(Either.isLeft(expectedError)).toBe(true)
    const got = fast(broken)
    expect(got._tag).toBe("Left")
    expect(left(got).message).toBe(Either.flip(expectedError).pipe(Either.getOrThrow).message)
    expect(left(fromJson(JSON.stringify(broken))).message).toBe(left(got).message)
  })

  it("decoding: the compiled decoder agrees with Effect's decode on generated connections and pages", async () => {
    const plain = (x: unknown): unknown =>
      Redacted.isRedacted(x) ? { redacted: Redacted.value(x) }
      : Array.isArray(x) ? x.map(plain)
      : x !== null && typeof x === "object" ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]))
      : x
    // Every 7th JSON value flipped to the wrong type, so error paths are compared too.
    const corrupt = (u: unknown): unknown => {
      let i = 0
      return JSON.parse(JSON.stringify(u), (_k, v: unknown) =>
        i++ % 7 !== 3 ? v : typeof v === "string" ? 1 : typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : v)
    }
    let failures = 0
    for (const schema of [Connection, ConnectionsCheckpointPage] as ReadonlyArray<typeof Connection>) {
      const encode = Schema.encodeSync(schema)
      const reference = Schema.decodeUnknownEither(schema)
      const fast = compileDecoder(schema)
      for (const value of FastCheck.sample(Arbitrary.make(schema), { numRuns: 40, seed: 42 })) {
        const wire: unknown = JSON.parse(JSON.stringify(encode(value)))
        for (const input of [wire, corrupt(wire)]) {
          const expected = reference(input)
          const got = fast(input)
          if (Either.isLeft(expected)) {
            failures++
            expect(got._tag).toBe("Left")
            expect(left(got).message).toBe(expected.left.message)
          } else {
            expect(got._tag).toBe("Right")
            expect(plain(right(got))).toEqual(plain(expected.right))
          }
        }
      }
    }
    // The corrupted inputs must really exercise the error path.
    expect(failures).toBeGreaterThan(10)
  })

  it("client: ours and the SDK, every operation at every concurrency, no failed request", async () => {
    const r = await runClient({ requests: 4, concurrency: [1, 2], rounds: 1, seed: 5 })
    // 3 operations × 2 concurrency levels × 2 transports of ours (UndiciHttpClient, then NodeHttpClient.layerUndici).
    expectWellFormed(r, 12)
    expect(r.targets[0]!.detail).not.toContain("failed")
  })

  it("client-replay: the same clients against the emulator's recorded answers, no failed request", async () => {
    const r = await runClient({ requests: 4, concurrency: [1, 2], rounds: 1, seed: 5, transports: ["lean"], server: "replay" })
    expect(r.id).toBe("client-replay")
    expectWellFormed(r, 6)
    expect(r.targets[0]!.detail).not.toContain("failed")
  })

  it("bulk: creates then deletes through both clients, all accounted for", async () => {
    const r = await runBulk({ ops: 4, rate: 1000, burst: 100, concurrency: 2 })
    expectWellFormed(r, 3)
    const data = r.data as Record<"ours" | "ours-no-slowdown" | "sdk", ReadonlyArray<{ failedCreates: number; failedDeletes: number; leftovers: number; requests: number }>>
    for (const run of [...data.ours, ...data["ours-no-slowdown"], ...data.sdk]) {
      expect(run.failedCreates + run.failedDeletes).toBe(0)
      expect(run.leftovers).toBe(0)
      expect(run.requests).toBeGreaterThanOrEqual(8)
    }
  })

  it("scale: one fresh process per size, memory and page latency reported", async () => {
    const r = await runScale({ sizes: [20, 60], rounds: 1, requests: 2, take: 10, warmup: 2, modes: ["source"] })
    expectWellFormed(r, 2)
    expect(r.rows.map((row) => row[0])).toEqual(["20 (tsx)", "60 (tsx)"])
    expect(Number.parseFloat(r.rows[0]![1]!)).toBeGreaterThan(0)
  })
})
