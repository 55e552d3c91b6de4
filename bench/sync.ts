/**
 * Config-as-code benchmarks (`@effect-auth0/sync`) against an in-process emulator rate limited like a tenant:
 *
 * 1. plan of N connections (default 1,000, all unchanged, enabled clients declared): requests sent and wall time,
 *    beside the one-GET-per-connection approach (a `findByName` per declared connection). Target: ≤ 15 requests.
 * 2. apply of M creates (default 500): wall time ÷ the rate-limit floor (requests ÷ rate), failures, 429s and
 *    duplicates. Target: ≤ 1.05× the floor, 0 failures, 0 duplicates.
 *
 *   npx tsx --conditions=source bench/sync.ts                       # 1,000 / 500 at 50 req/s, burst 10 (about 45 s)
 *   npx tsx --conditions=source bench/sync.ts --plan 200 --apply 100 --no-write
 *
 * Results go to bench/sync-results.md (with the machine's description).
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import type { ClientId } from "@effect-auth0/domain/Identifiers"
import * as Apply from "@effect-auth0/sync/Apply"
import * as ClientDirectory from "@effect-auth0/sync/ClientDirectory"
import * as DesiredState from "@effect-auth0/sync/DesiredState"
import * as Plan from "@effect-auth0/sync/Plan"
import { Clock, Effect, Either, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import { parseArgs } from "node:util"

const { values } = parseArgs({
  options: {
    plan: { type: "string", default: "1000" },
    apply: { type: "string", default: "500" },
    rate: { type: "string", default: "50" },
    burst: { type: "string", default: "10" },
    concurrency: { type: "string", default: "10" },
    out: { type: "string", default: "bench/sync-results.md" },
    "no-write": { type: "boolean", default: false }
  }
})
const PLAN_N = Number(values.plan)
const APPLY_N = Number(values.apply)
const RATE = Number(values.rate)
const BURST = Number(values.burst)
const CONCURRENCY = Number(values.concurrency)

const CLIENTS: ReadonlyArray<ClientDirectory.Client> = [
  { client_id: "benchWeb000000000000000000001" as ClientId, name: "Bench Web" },
  { client_id: "benchMobile0000000000000000002" as ClientId, name: "Bench Mobile" }
]

const desiredOf = (prefix: string, n: number, clients: boolean) => {
  const lines = Array.from({ length: n }, (_, i) =>
    `  - { name: ${prefix}-${String(i).padStart(4, "0")}, strategy: auth0${clients ? ", enabled_clients: [Bench Web]" : ""} }`)
  return Either.getOrThrow(DesiredState.fromText(`${prefix}.yaml`, `connections:\n${lines.join("\n")}\n`))
}

const seconds = (ms: number) => (ms / 1000).toFixed(2)

const program = Effect.gen(function*() {
  const emulator = yield* Emulator.Emulator
  const sync = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Effect.provide(effect, Layer.mergeAll(
      ConnectionsHttp.layer({
        domain: emulator.tenantDomain,
        baseUrl: emulator.baseUrl,
        clientId: emulator.clientId,
        clientSecret: emulator.clientSecret,
        rateLimit: { requestsPerSecond: RATE, burst: BURST }
      }).pipe(Layer.provide(NodeHttpClient.layerUndici)),
      ClientDirectory.layerFromList(CLIENTS),
      NodeFileSystem.layer
    ))
  const apiRequests = Effect.map(emulator.requests, (log) => log.filter((r) => r.path.startsWith("/api/v2/")))
  const limited = emulator.updateSettings({ rateLimit: { requestsPerSecond: RATE, burst: BURST }, latencyMs: 0 })

  // 1. plan of PLAN_N unchanged connections
  yield* emulator.reset
  yield* emulator.seed({
    connections: Array.from({ length: PLAN_N }, (_, i) => ({ name: `plan-${String(i).padStart(4, "0")}`, strategy: "auth0", enabled_clients: [CLIENTS[0]!.client_id] }))
  })
  const planState = desiredOf("plan", PLAN_N, true)
  yield* limited
  const planStart = yield* Clock.currentTimeMillis
  const plan = (yield* sync(Plan.make(planState, { tenant: emulator.tenantDomain }))) as Plan.Plan
  const planMs = (yield* Clock.currentTimeMillis) - planStart
  const planRequests = (yield* apiRequests).length
  if (plan.document.actions.length !== 0) throw new Error(`expected an empty plan, got ${plan.document.actions.length} actions`)

  // the one-GET-per-connection approach, same tenant and rate
  yield* emulator.reset
  yield* emulator.seed({ connections: Array.from({ length: PLAN_N }, (_, i) => ({ name: `plan-${String(i).padStart(4, "0")}`, strategy: "auth0" })) })
  yield* limited
  const naiveStart = yield* Clock.currentTimeMillis
  yield* sync(Effect.flatMap(ConnectionsService, (service) =>
    Effect.forEach(planState.connections, (c) => service.findByName(c.name), { concurrency: CONCURRENCY, discard: true })))
  const naiveMs = (yield* Clock.currentTimeMillis) - naiveStart
  const naiveRequests = (yield* apiRequests).length

  // 2. apply of APPLY_N creates (each with its enabled client)
  yield* emulator.reset
  yield* limited
  const applyState = desiredOf("apply", APPLY_N, false)
  const applyStart = yield* Clock.currentTimeMillis
  const outcome = yield* Effect.either(sync(Apply.run(applyState, { tenant: emulator.tenantDomain, concurrency: CONCURRENCY })))
  const applyMs = (yield* Clock.currentTimeMillis) - applyStart
  const applyLog = yield* apiRequests
  const snapshot = yield* emulator.engine.snapshot
  const names = snapshot.connections.map((c) => String(c["name"]))
  const failures = Either.isLeft(outcome) ? 1 : 0
  // The floor counts the requests the work needs (429s are the limiter's cost, so they count against it).
  const needed = applyLog.filter((r) => r.status !== 429).length
  const floorMs = (needed / RATE) * 1000
  return {
    plan: { n: PLAN_N, requests: planRequests, ms: planMs, naiveRequests, naiveMs },
    apply: {
      n: APPLY_N,
      ms: applyMs,
      requests: applyLog.length,
      needed,
      floorMs,
      ratio: applyMs / floorMs,
      status429: applyLog.filter((r) => r.status === 429).length,
      failures,
      created: names.length,
      duplicates: names.length - new Set(names).size
    }
  }
})

const result = await Effect.runPromise(Effect.scoped(Effect.flatMap(Emulator.make({ ids: "sequential" }), (e) =>
  Effect.provideService(program, Emulator.Emulator, e))))

const machine = `${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString()}`
const p = result.plan
const a = result.apply
const report = `# Config-as-code benchmarks (bench/sync.ts)

Machine: ${machine}. Emulator in process, limited to ${RATE} requests/s (burst ${BURST}); our client's limiter set to
the same; ${CONCURRENCY} requests in flight. Requests are counted from the emulator's log (\`/api/v2\` only; the
token request is not counted).

## Plan of ${p.n.toLocaleString("en")} unchanged connections (enabled clients declared)

| approach | requests | wall s |
|---|---|---|
| \`Plan.make\` (list pages; enabled clients from the list items) | ${p.requests} | ${seconds(p.ms)} |
| one GET per connection (\`findByName\` each) | ${p.naiveRequests} | ${seconds(p.naiveMs)} |

Target ≤ 15 requests: **${p.requests <= 15 ? "met" : "NOT met"}** (${p.requests}).

## Apply of ${a.n} creates

| wall s | requests (answered 429) | floor s (requests needed ÷ rate) | ÷ floor | failures | created | duplicates |
|---|---|---|---|---|---|---|
| ${seconds(a.ms)} | ${a.requests} (${a.status429}) | ${seconds(a.floorMs)} (${a.needed} ÷ ${RATE}) | ${a.ratio.toFixed(3)} | ${a.failures} | ${a.created} | ${a.duplicates} |

The wall time includes planning (one list request) and the token request; the first ${BURST} requests ride the
bucket, which is why a run can come in just under the floor.

Target ≤ 1.05× the floor with 0 failures and 0 duplicates: **${a.ratio <= 1.05 && a.failures === 0 && a.duplicates === 0 ? "met" : "NOT met"}**.
`
console.log(report)
if (!values["no-write"]) fs.writeFileSync(values.out, report)
