/**
 * One size of the scale benchmark: `node --conditions=source --import tsx bench/scale-child.ts <size> <rounds>
 * <requests> <take> <warmup> <dist|source>`. This process is the client: it starts the emulator in a process of its
 * own (`scale-server.mjs`, from dist/ or from the sources under tsx), seeds it over `POST /__emulator/seed`, pages
 * it over HTTP and asks it for its memory, so the emulator's RSS holds nothing of the client's. Prints one JSON line
 * (a `ChildReport`).
 */
import { spawn } from "node:child_process"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { connections } from "./fixtures.js"
import { median, now, percentile } from "./harness.js"

const [size, rounds, requests, take, warmup] = process.argv.slice(2, 7).map(Number) as [number, number, number, number, number]
const mode = process.argv[7] === "dist" ? "dist" : "source"
const here = path.dirname(fileURLToPath(import.meta.url))

interface ServerMemory {
  readonly rss: number
  readonly heapTotal: number
  readonly heapUsed: number
  readonly external: number
  readonly arrayBuffers: number
  readonly spaces: Record<string, { readonly used: number; readonly size: number }>
}

/** Starts the measured emulator; `memory()` asks it for its memory after a forced GC. */
const startServer = async () => {
  const flags = mode === "dist" ? ["--expose-gc"] : ["--expose-gc", "--conditions=source", "--import", "tsx"]
  const child = spawn(process.execPath, [...flags, path.join(here, "scale-server.mjs")], {
    cwd: path.resolve(here, ".."),
    stdio: ["pipe", "ignore", "pipe", "ipc"]
  })
  let stderr = ""
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()))
  const ready = await new Promise<{ baseUrl: string; apiUrl: string; token: string }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { baseUrl: string; apiUrl: string; token: string }))
    child.once("exit", (code) => reject(new Error(`scale server exited with ${code}: ${stderr.slice(-2000)}`)))
  })
  const memory = () =>
    new Promise<ServerMemory>((resolve) => {
      child.once("message", (m) => resolve((m as { memory: ServerMemory }).memory))
      child.send("memory")
    })
  const close = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve())
      child.stdin!.end()
    })
  return { ...ready, memory, close }
}

/**
 * A request that is retried once when the connection was reset: a keep-alive socket that sat idle (through a long
 * seed) can be closed by the server just as the client reuses it.
 */
const fetchRetrying = async (url: string, init: RequestInit): Promise<Response> => {
  try {
    return await fetch(url, init)
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
    return await fetch(url, init)
  }
}

/** Connections per seed request: the control plane takes bodies up to 1 MiB (500 connections are ~0.6 MB). */
const SEED_CHUNK = 500

const main = async () => {
  const server = await startServer()
  try {
    const headers = { authorization: `Bearer ${server.token}` }
    // Warm the server path before the baseline so code loading does not count as data.
    await (await fetch(`${server.apiUrl}/connections?take=1`, { headers })).arrayBuffer()
    const baseline = await server.memory()

    // Seeded in chunks over the control plane, as a user would: the engine refuses a body of more than 100 000 JSON
    // values, as it would a request.
    let seedJsonBytes = 0
    let seedMs = 0
    for (let offset = 0; offset < size; offset += SEED_CHUNK) {
      const body = JSON.stringify({ connections: connections(Math.min(SEED_CHUNK, size - offset), offset) })
      seedJsonBytes += Buffer.byteLength(body)
      const t = now()
      const res = await fetchRetrying(`${server.baseUrl}/__emulator/seed`, { method: "POST", body, headers: { "content-type": "application/json" } })
      seedMs += now() - t
      if (res.status >= 300) throw new Error(`seed answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
      await res.arrayBuffer()
    }
    const afterSeed = await server.memory()

    const page = async (from: string | undefined) => {
      const url = `${server.apiUrl}/connections?take=${take}${from === undefined ? "" : `&from=${encodeURIComponent(from)}`}`
      const res = await fetchRetrying(url, { headers })
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

    const afterWalk = await server.memory()

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
      mode,
      rssBaseline: baseline.rss,
      rss: afterWalk.rss,
      heapUsed: afterWalk.heapUsed,
      positions: positions.map((p, j) => ({ name: p.name, offset: p.index * take, medians: medians[j], p99: percentile(all[j]!, 99) })),
      walkMs,
      pages: cursors.length,
      memory: { baseline, afterSeed, afterWalk }
    }))
  } finally {
    await server.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
