/**
 * What one change costs with `--data-dir` at different state sizes: `node --conditions=source --import tsx
 * bench/persistence.ts [sizes…]` (default 1000 100000). Per size, an emulator over a fresh data directory starts
 * with that many connections (the startup seed), then 30 connections are created one after another, each timed
 * from request to answer (the answer comes once the change is on disk). Prints one line per size.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as Path from "node:path"
import * as Redacted from "effect/Redacted"
import { startEmulator } from "@effect-auth0/emulator/Emulator"
import { connections } from "./fixtures.js"
import { median, now, percentile } from "./harness.js"

const CREATES = 30

const measure = async (size: number) => {
  const dir = mkdtempSync(Path.join(tmpdir(), "emulator-persistence-bench-"))
  try {
    let t = now()
    const emulator = await startEmulator({ requestLogLevel: "None", dataDir: dir, seed: { connections: connections(size, 0) } })
    const startMs = now() - t
    try {
      const headers = { authorization: `Bearer ${Redacted.value(emulator.adminToken)}`, "content-type": "application/json" }
      const times: Array<number> = []
      for (let i = 0; i < CREATES; i++) {
        const body = JSON.stringify({ name: `persisted-${i}`, strategy: "auth0", options: { configuration: { K: `v${i}` } } })
        t = now()
        const res = await fetch(`${emulator.apiUrl}/connections`, { method: "POST", headers, body })
        await res.arrayBuffer()
        times.push(now() - t)
        if (res.status !== 201) throw new Error(`create answered ${res.status}`)
      }
      return { size, startMs: Math.round(startMs), createMedianMs: +median(times).toFixed(2), createP90Ms: +percentile(times, 90).toFixed(2) }
    } finally {
      await emulator.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const sizes = process.argv.slice(2).map(Number)
for (const size of sizes.length > 0 ? sizes : [1000, 100000]) console.log(JSON.stringify(await measure(size)))
