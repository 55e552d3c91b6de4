/**
 * A workload to profile: our `ConnectionsService.get` or `list` (limiter off, as the client benchmark configures it) at a
 * given concurrency against the emulator in a child process, so a `--cpu-prof` profile holds the client's work alone.
 *
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --conditions=source --import tsx bench/profile.ts [requests] [concurrency] [get|list]
 *   node bench/profile-top.mjs /tmp/prof/<file>.cpuprofile        # the top self-time entries
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { ConnectionId } from "@effect-auth0/domain/Identifiers"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import { driveEffect } from "./client.js"
import { startBenchEmulator } from "./emulator.js"
import { connectionId, connections as fixtureConnections } from "./fixtures.js"
import { makeOurs } from "./ours.js"

const requests = Number(process.argv[2] ?? 20_000)
const concurrency = Number(process.argv[3] ?? 16)
const op = process.argv[4] === "list" ? "list" : "get"
const emulator = await startBenchEmulator({ mode: "child", seed: { connections: fixtureConnections(200) } })
const ours = await makeOurs(emulator)
try {
  const ids = Array.from({ length: 200 }, (_, i) => Schema.decodeSync(ConnectionId)(connectionId(i)))
  const sample = await ours.runtime.runPromise(
    Effect.flatMap(ConnectionsService, (svc) => driveEffect(requests, concurrency, (i) => op === "list" ? svc.list({ take: 50 }) : svc.get(ids[i % ids.length]!)))
  )
  console.log(`${sample.n} ${op}s at concurrency ${concurrency}: ${(sample.n / (sample.elapsedMs / 1000)).toFixed(0)} req/s, ` +
    `${(sample.cpuUs / sample.n).toFixed(0)} µs CPU per request, ${sample.failures} failures`)
} finally {
  await ours.close()
  await emulator.close()
}
