/**
 * One size of the scale benchmark, in its own process: `node --expose-gc --conditions=source --import tsx
 * bench/scale-child.ts <size> <rounds> <requests> <take> <warmup>`. Prints one JSON line (a `ChildReport`).
 */
import * as Redacted from "effect/Redacted"
import { startEmulator } from "@effect-auth0/emulator/Emulator"
import { connections } from "./fixtures.js"
import { gc, median, now, percentile } from "./harness.js"

const [size, rounds, requests, take, warmup] = process.argv.slice(2).map(Number) as [number, number, number, number, number]

const SEED_CHUNK = 1000

const settleMemory = async () => {
  for (let i = 0; i < 3; i++) {
    gc()
    await new Promise((r) => setTimeout(r, 20))
  }
}

const main = async () => {
  await settleMemory()
  const emulator = await startEmulator({ requestLogLevel: "None", tenantDomain: "bench-tenant.us.auth0.com" })
  try {
    const headers = { authorization: `Bearer ${Redacted.value(emulator.adminToken)}` }
    // Warm the server path before the baseline so code loading does not count as data.
    await (await fetch(`${emulator.apiUrl}/connections?take=1`, { headers })).arrayBuffer()
    await settleMemory()
    const rssBaseline = process.memoryUsage().rss

    // Seeded in chunks: the engine refuses a body of more than 100 000 JSON values, as it would a request.
    let seedJsonBytes = 0
    let seedMs = 0
    for (let offset = 0; offset < size; offset += SEED_CHUNK) {
      const chunk = connections(Math.min(SEED_CHUNK, size - offset), offset)
      seedJsonBytes += Buffer.byteLength(JSON.stringify(chunk))
      const t = now()
      await emulator.seed({ connections: chunk })
      seedMs += now() - t
    }

    const page = async (from: string | undefined) => {
      const url = `${emulator.apiUrl}/connections?take=${take}${from === undefined ? "" : `&from=${encodeURIComponent(from)}`}`
      const res = await fetch(url, { headers })
      const body = await res.json() as { connections: Array<unknown>; next?: string }
      if (res.status !== 200) throw new Error(`page answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`)
      return body
    }

    // Walk the whole list once: finds the cursors of the middle and last pages, and checks the count.
    const cursors: Array<string | undefined> = [undefined]
    let seen = 0
    const walkStart = now()
    for (;;) {
      const body = await page(cursors[cursors.length - 1])
      seen += body.connections.length
      if (body.next === undefined || body.connections.length === 0) break
      cursors.push(body.next)
    }
    const walkMs = now() - walkStart
    if (seen < size) throw new Error(`walked ${seen} connections, seeded ${size}`)

    await settleMemory()
    const mem = process.memoryUsage()

    const positions = [
      { name: "start", index: 0 },
      { name: "middle", index: Math.floor((cursors.length - 1) / 2) },
      { name: "end", index: cursors.length - 1 }
    ]
    const medians = positions.map(() => [] as Array<number>)
    const all = positions.map(() => [] as Array<number>)
    // The same warm-up at every size (the walk above is 10 pages at 1k but 1000 at 100k), so JIT state is comparable.
    for (let i = 0; i < warmup; i++) for (const p of positions) await page(cursors[p.index])
    for (let r = 0; r < rounds; r++) {
      const samples = positions.map(() => [] as Array<number>)
      // Interleave positions so load changes on the machine hit all three alike.
      for (let k = 0; k < requests; k++) {
        for (let j = 0; j < positions.length; j++) {
          const t = now()
          await page(cursors[positions[j]!.index])
          samples[j]!.push(now() - t)
        }
      }
      samples.forEach((s, j) => {
        medians[j]!.push(median(s))
        all[j]!.push(...s)
      })
    }
    console.log(JSON.stringify({
      size,
      seedMs,
      seedJsonBytes,
      rssBaseline,
      rss: mem.rss,
      heapUsed: mem.heapUsed,
      positions: positions.map((p, j) => ({ name: p.name, offset: p.index * take, medians: medians[j], p99: percentile(all[j]!, 99) })),
      walkMs,
      pages: cursors.length
    }))
  } finally {
    await emulator.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
