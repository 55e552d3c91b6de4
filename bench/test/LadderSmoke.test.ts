/**
 * Keeps the cost ladder (`bench/ladder.ts`, `npm run bench -- --only ladder`) working: every rung runs at a tiny
 * size against a real emulator child and must answer without a failed request.
 */
import { describe, expect, it } from "vitest"
import { runLadder } from "../ladder.js"

describe("bench smoke: cost ladder", () => {
  it("every rung, from raw fetch to the full calls and the SDK's, answers every request", async () => {
    const r = await runLadder({ requests: 4, concurrency: [2], rounds: 1, seed: 5, slice: 4 })
    expect(r.rows.map((row) => row[0])).toEqual(expect.arrayContaining(["raw fetch, get", "+ timeout", "full get, limiter off", "SDK get", "full create, limiter off"]))
    for (const row of r.rows) {
      expect(row).toHaveLength(r.columns.length)
      for (const cell of row) expect(cell.trim()).not.toBe("")
    }
    // The ladder's raw data: per rung, per concurrency level, one result per round.
    const data = r.data as { readonly cells: Record<string, Record<string, ReadonlyArray<{ readonly failures: number; readonly rps: number }>>> }
    const cells = Object.values(data.cells).flatMap((byLevel) => Object.values(byLevel).flat())
    expect(cells.length).toBe(r.rows.length)
    for (const cell of cells) {
      expect(cell.failures).toBe(0)
      expect(cell.rps).toBeGreaterThan(0)
    }
    for (const t of r.targets) expect(t.detail).not.toContain("failed")
  }, 120_000)
})
