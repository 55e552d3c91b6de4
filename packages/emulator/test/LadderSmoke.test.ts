/**
 * Keeps the cost ladder (`bench/ladder.ts`, `npm run bench -- --only ladder`) working: every rung runs at a tiny
 * size against a real emulator child and must answer without a failed request. Like `BenchSmoke.test.ts`, the bench
 * module sits outside this package's `rootDir`, so it is loaded by URL and typed with the minimal shape below.
 */
import { describe, expect, it } from "vitest"

interface LadderResult {
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly targets: ReadonlyArray<{ readonly description: string; readonly detail: string }>
  readonly data: { readonly cells: Record<string, Record<string, ReadonlyArray<{ readonly failures: number; readonly rps: number }>>> }
}

describe("bench smoke: cost ladder", () => {
  it("every rung, from raw fetch to the full calls and the SDK's, answers every request", async () => {
    const { runLadder } = await import(/* @vite-ignore */ new URL("../../../bench/ladder.ts", import.meta.url).href) as {
      runLadder: (o: object) => Promise<LadderResult>
    }
    const r = await runLadder({ requests: 4, concurrency: [2], rounds: 1, seed: 5, slice: 4 })
    expect(r.rows.map((row) => row[0])).toEqual(expect.arrayContaining(["raw fetch, get", "+ timeout", "full get, limiter off", "SDK get", "full create, limiter off"]))
    for (const row of r.rows) {
      expect(row).toHaveLength(r.columns.length)
      for (const cell of row) expect(cell.trim()).not.toBe("")
    }
    const cells = Object.values(r.data.cells).flatMap((byLevel) => Object.values(byLevel).flat())
    expect(cells.length).toBe(r.rows.length)
    for (const cell of cells) {
      expect(cell.failures).toBe(0)
      expect(cell.rps).toBeGreaterThan(0)
    }
    for (const t of r.targets) expect(t.detail).not.toContain("failed")
  }, 120_000)
})
