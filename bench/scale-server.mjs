/**
 * The emulator measured by the scale benchmark, alone in its process (the client that seeds and pages it runs in
 * another, so its buffers do not count). Plain JavaScript, so the same file runs two ways:
 *   node --expose-gc bench/scale-server.mjs                                      → the compiled emulator (dist/),
 *     as users run the published bin;
 *   node --expose-gc --conditions=source --import tsx bench/scale-server.mjs     → the TypeScript sources under tsx.
 * Over IPC: sends its URLs and an admin token once started (never printed); answers "memory" with its memory after
 * a forced GC; stops when its stdin closes.
 */
import * as v8 from "node:v8"
import { startEmulator } from "@effect-auth0/emulator/Emulator"

const settle = async () => {
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.()
    await new Promise((r) => setTimeout(r, 20))
  }
}

const memory = () => {
  const m = process.memoryUsage()
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, { used: s.space_used_size, size: s.space_size }]))
  return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, spaces }
}

const emulator = await startEmulator({ requestLogLevel: "None", tenantDomain: "bench-tenant.us.auth0.com" })
const { value } = await import("effect/Redacted")
process.on("message", (m) => {
  if (m === "memory") settle().then(() => process.send({ memory: memory() }))
})
process.send({ baseUrl: emulator.baseUrl, apiUrl: emulator.apiUrl, token: value(emulator.adminToken) })
process.stdin.resume()
process.stdin.once("end", () => {
  emulator.close().then(() => process.exit(0), () => process.exit(1))
})
