/**
 * Reliability suite 3 — injected faults.
 *
 * 300 mixed operations (create, update, updateOptions, delete, get, list, enabled clients: read, change, set)
 * run one after another through the HTTP `ConnectionsService` against an in-process emulator. Before about a
 * quarter of them (≈ 20 % of all HTTP requests) the emulator's fault script is told to answer that operation's
 * next request with a 429 (with `retry-after` and `x-ratelimit-*` headers), a 503, a delay past the client's
 * timeout, or a dropped connection — once (the retry must recover) or more times than the retry budget allows
 * (the operation must fail with the matching typed error and change nothing).
 *
 * A model of the tenant is updated from the operations' outcomes. Checked:
 * - every operation ends in success or a typed `ConnectionsError`, and in exactly the outcome the model predicts
 *   (success, `Conflict`, `ConnectionNotFound`, or the exhausted fault's `RateLimited`/`ServerError`/`TransportError`);
 * - reads agree with the model at the time (get, list, enabled clients);
 * - a write that timed out on every attempt is ambiguous (a server may process a request whose client gave up):
 *   the store must then show either the old or the new state, nothing else, and the model follows the store;
 * - afterwards the emulator's store equals the model: the same connections (no duplicates, none missing, none
 *   extra), with every successful write in place (no lost update);
 * - retries are bounded: no request is retried more than `maxRetries` times, and every retry answers a fault.
 *
 * Default: 300 operations (about 75 faults) in a few seconds; every run draws a new seed. Larger run: FAULT_OPS=5000 npx vitest run --project emulator
 * ReliabilityFaults; replay: FUZZ_SEED=<seed printed in the summary line>.
 */
import { Context, Effect, Exit, Layer, Option, Schema, Stream } from "effect"
import { describe, expect, it } from "@effect/vitest"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import type * as Fault from "@effect-auth0/emulator/Fault"
import type { Connection } from "@effect-auth0/domain/Connection"
import { CreateConnection } from "@effect-auth0/domain/ConnectionRequest"
import { UpdateEnabledClients } from "@effect-auth0/domain/EnabledClients"
import { ClientId, type ConnectionId } from "@effect-auth0/domain/Identifiers"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import { classify, httpLayer, recordingTracer } from "./reliability/observe.js"

const OPS = Number(process.env.FAULT_OPS ?? "300")
const RUN_SEED = process.env.FUZZ_SEED === undefined ? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0 : Number(process.env.FUZZ_SEED)
const FAULT_PROBABILITY = 0.25
const EXHAUST_SHARE = 0.12
// Short client settings so a fault costs milliseconds: the delay fault outlasts the timeout by OVERRUN_MS.
const TIMEOUT_MS = 150
/** How long a delay fault outlasts the client's timeout. */
const OVERRUN_MS = 100
const MAX_RETRIES = 3
const CLIENT = { timeout: `${TIMEOUT_MS} millis`, maxRetries: MAX_RETRIES, maxRetryWait: "3 seconds", retryBaseDelay: "5 millis" } as const
const MAX_SLOW_RATE_LIMITS = 2
const CLIENT_IDS = ["app-1", "app-2", "app-3", "app-4", "app-5", "app-6"] as const

// ---------------------------------------------------------------------------------------------------------------
// The model

interface ModelConnection {
  readonly id: ConnectionId
  readonly name: string
  readonly strategy: string
  displayName: string | undefined
  metadataV: string | undefined
  readonly optionKeys: Map<string, number>
  readonly clients: Set<string>
}

type FaultKind = "429" | "503" | "timeout" | "drop"

/** What the fault script does to one operation. */
interface Injection {
  readonly kind: FaultKind
  /** More answers than the retry budget: the operation must fail. */
  readonly exhaust: boolean
  /** Which of the operation's requests is hit. */
  readonly method: string
  readonly path: string
  readonly retryAfter: string
}

const ruleFor = (injection: Injection): Fault.FaultRule => {
  const times = injection.exhaust ? MAX_RETRIES + 1 : 1
  const base = { method: injection.method, path: injection.path, times }
  switch (injection.kind) {
    case "429":
      return {
        ...base,
        status: 429,
        headers: {
          "retry-after": injection.retryAfter,
          "x-ratelimit-limit": "50",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 1)
        }
      }
    case "503":
      return { ...base, status: 503 }
    case "timeout":
      return { ...base, delayMs: TIMEOUT_MS + OVERRUN_MS }
    case "drop":
      return { ...base, drop: true }
  }
}

/** The typed error an exhausted fault must end in. */
const exhaustedTag: Record<FaultKind, string> = { "429": "RateLimited", "503": "ServerError", timeout: "TransportError", drop: "TransportError" }

const decodeCreate = Schema.decodeUnknownSync(CreateConnection)
const decodeChanges = Schema.decodeUnknownSync(UpdateEnabledClients)
const clientId = Schema.decodeUnknownSync(ClientId)

describe("ReliabilityFaults: operations through the HTTP service while the emulator injects faults", () => {
  it.live(`${OPS} operations, ~20 % of requests faulted: state equals the model, nothing duplicated or lost, retries bounded`, () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make({ requestLogLevel: "None", seed: { clients: CLIENT_IDS.map((client_id) => ({ client_id })) } })
      const tracer = recordingTracer()
      const service = Context.get(yield* Layer.build(httpLayer(emulator, CLIENT)), ConnectionsService)
      const rng = seeded(RUN_SEED)

      const live = new Map<string, ModelConnection>()
      const gone: Array<ModelConnection> = []
      const problems: Array<string> = []
      const stats = {
        ops: 0, byOp: {} as Record<string, number>, outcomes: {} as Record<string, number>,
        injected: 0, injectedByKind: {} as Record<string, number>, exhausted: 0, adoptedExisting: 0, ambiguousWrites: 0, lateApplied: 0, faultedRequests: 0, retries: 0, maxResendCount: 0,
        createResends: 0, reads: 0
      }
      let counter = 0
      let slowRateLimits = 0
      const pick = <A>(items: ReadonlyArray<A>): A => items[Math.floor(rng() * items.length)]!
      const chance = (p: number) => rng() < p

      // One operation: what it does, which requests it sends (for targeting a fault), and what the model expects.
      type Expect = { readonly tag: "success" } | { readonly tag: string }
      interface Op {
        readonly name: string
        readonly requests: ReadonlyArray<readonly [string, string]>
        readonly run: Effect.Effect<unknown, unknown>
        readonly expect: Expect
        /** Applies a success to the model and checks what it returned; returns a problem or undefined. */
        readonly onSuccess: (value: unknown) => string | undefined
        /**
         * After a timed-out write that ended in an error, the write may or may not have been applied (a server can
         * process a request whose client gave up). Checks the store shows either the old or the new state, and
         * brings the model in line with it. Returns a problem or undefined.
         */
        readonly ambiguous?: (stored: StoredView) => string | undefined
      }
      /** The store as the ambiguous-outcome checks read it. */
      interface StoredView {
        readonly byName: (name: string) => Record<string, unknown> | undefined
        readonly clientsOf: (id: string) => ReadonlyArray<string>
      }

      const byId = (id: string) => `/api/v2/connections/${id}`
      /** The store's enabled clients must be the model's old set or `next(old)`; the model takes the store's. */
      const syncClients = (target: ModelConnection, stored: StoredView, next: (set: Set<string>) => Set<string>): string | undefined => {
        const actual = [...stored.clientsOf(target.id)].sort().join(",")
        const old = [...target.clients].sort().join(",")
        const changed = [...next(new Set(target.clients))].sort().join(",")
        if (actual !== old && actual !== changed) return `after an ambiguous change the clients are ${actual}, neither ${old} nor ${changed}`
        target.clients.clear()
        for (const c of actual.split(",").filter((x) => x.length > 0)) target.clients.add(c)
        return undefined
      }
      const anyConnection = (): ModelConnection | undefined =>
        live.size === 0 ? undefined : gone.length > 0 && chance(0.12) ? pick(gone) : pick([...live.values()])

      const nextOp = (): Op => {
        const roll = rng()
        const target = anyConnection()
        if (target === undefined || roll < 0.22) {
          const existing = live.size > 0 && chance(0.1) ? pick([...live.values()]) : undefined
          const name = existing?.name ?? `fault-${++counter}`
          const strategy = existing?.strategy ?? pick(["auth0", "github", "samlp", "oauth2"])
          return {
            name: "create",
            requests: [["POST", "/api/v2/connections"]],
            run: service.create(decodeCreate({ name, strategy })),
            expect: existing === undefined ? { tag: "success" } : { tag: "Conflict" },
            onSuccess: (value) => {
              const c = value as Connection
              if (c.name !== name) return `create returned ${c.name}, expected ${name}`
              live.set(name, { id: c.id, name, strategy, displayName: c.display_name, metadataV: undefined, optionKeys: new Map(), clients: new Set() })
              return undefined
            },
            ambiguous: (stored) => {
              const c = stored.byName(name)
              if (existing !== undefined) return c?.id === existing.id ? undefined : `the existing ${name} changed id`
              if (c !== undefined) {
                live.set(name, { id: c.id as ConnectionId, name, strategy, displayName: c.display_name as string | undefined, metadataV: undefined, optionKeys: new Map(), clients: new Set() })
              }
              return undefined
            }
          }
        }
        const alive = live.has(target.name)
        const notFound: Expect = { tag: "ConnectionNotFound" }
        // A deleted connection keeps its last model state (for the record) but the store has nothing of it: an
        // ambiguous write aimed at it cannot have been applied, so the store must still show no connection of that
        // name and no enabled clients for that id (comparing with its stale model state would be wrong).
        const whenAlive = (check: (stored: StoredView) => string | undefined) => (stored: StoredView): string | undefined => {
          if (alive) return check(stored)
          if (stored.byName(target.name) !== undefined) return `the deleted ${target.name} is in the store again`
          const clients = stored.clientsOf(target.id)
          return clients.length > 0 ? `the deleted ${target.name} has enabled clients ${clients.join(",")}` : undefined
        }
        if (roll < 0.34) {
          const useMetadata = chance(0.5)
          const value = `v${++counter}`
          return {
            name: "update",
            requests: [["PATCH", byId(target.id)]],
            run: service.update(target.id, useMetadata ? { metadata: { v: value } } : ({ display_name: value } as never)),
            expect: alive ? { tag: "success" } : notFound,
            onSuccess: (value2) => {
              const c = value2 as Connection
              if (useMetadata) target.metadataV = value
              else target.displayName = value
              if (useMetadata ? c.metadata?.v !== value : c.display_name !== value) return `update did not return its change (${value})`
              return undefined
            },
            ambiguous: whenAlive((stored) => {
              const c = stored.byName(target.name)
              const actual = useMetadata ? (c?.metadata as Record<string, unknown> | undefined)?.v : c?.display_name
              const old = useMetadata ? target.metadataV : target.displayName
              if (actual !== old && actual !== value) return `after an ambiguous update the store holds ${String(actual)}, neither ${old} nor ${value}`
              if (useMetadata) target.metadataV = actual as string | undefined
              else target.displayName = actual as string | undefined
              return undefined
            })
          }
        }
        if (roll < 0.46) {
          const key = `o_${++counter}`
          const n = counter
          return {
            name: "updateOptions",
            requests: [["GET", byId(target.id)], ["PATCH", byId(target.id)]],
            run: service.updateOptions(target.id, (options) => ({ ...options, [key]: n })),
            expect: alive ? { tag: "success" } : notFound,
            onSuccess: (value) => {
              target.optionKeys.set(key, n)
              const options = (value as Connection).options as Record<string, unknown> | undefined
              const missing = [...target.optionKeys].filter(([k, v]) => options?.[k] !== v).map(([k]) => k)
              return missing.length > 0 ? `updateOptions returned options without ${missing.join(",")}` : undefined
            },
            ambiguous: whenAlive((stored) => {
              const options = (stored.byName(target.name)?.options ?? {}) as Record<string, unknown>
              const missing = [...target.optionKeys].filter(([k, v]) => options[k] !== v).map(([k]) => k)
              if (missing.length > 0) return `after an ambiguous updateOptions the store lost ${missing.join(",")}`
              if (options[key] === n) target.optionKeys.set(key, n)
              else if (options[key] !== undefined) return `after an ambiguous updateOptions ${key} = ${String(options[key])}`
              return undefined
            })
          }
        }
        if (roll < 0.56) {
          return {
            name: "delete",
            requests: [["DELETE", byId(target.id)]],
            run: service.delete(target.id),
            expect: { tag: "success" },
            onSuccess: (value) => {
              const wasAlive = live.delete(target.name)
              if (wasAlive) gone.push(target)
              const deleted = Option.isSome(value as Option.Option<unknown>)
              // A retried DELETE may see 204 for its own earlier success; a first DELETE of a live one is 202.
              return !wasAlive && deleted ? "a second delete reported deleting again" : undefined
            },
            ambiguous: whenAlive((stored) => {
              if (stored.byName(target.name) === undefined && live.delete(target.name)) gone.push(target)
              return undefined
            })
          }
        }
        if (roll < 0.64) {
          return {
            name: "get",
            requests: [["GET", byId(target.id)]],
            run: service.get(target.id),
            expect: alive ? { tag: "success" } : notFound,
            onSuccess: (value) => {
              stats.reads++
              const c = value as Connection
              if (c.display_name !== target.displayName) return `get: display_name ${c.display_name} ≠ model ${target.displayName}`
              if (c.metadata?.v !== target.metadataV) return `get: metadata.v ${c.metadata?.v} ≠ model ${target.metadataV}`
              return undefined
            }
          }
        }
        if (roll < 0.72) {
          return {
            name: "list",
            requests: [["GET", "/api/v2/connections"]],
            run: Stream.runCollect(service.stream()).pipe(Effect.map((chunk) => [...chunk])),
            expect: { tag: "success" },
            onSuccess: (value) => {
              stats.reads++
              const names = (value as ReadonlyArray<Connection>).map((c) => c.name).sort()
              const expected = [...live.keys()].sort()
              return JSON.stringify(names) === JSON.stringify(expected) ? undefined : `list: ${names.length} names ≠ model ${expected.length}`
            }
          }
        }
        if (roll < 0.86) {
          const client = pick(CLIENT_IDS)
          const status = chance(0.65)
          return {
            name: "updateEnabledClients",
            requests: [["PATCH", `${byId(target.id)}/clients`]],
            run: service.updateEnabledClients(target.id, decodeChanges([{ client_id: client, status }])),
            expect: alive ? { tag: "success" } : notFound,
            onSuccess: () => {
              if (status) target.clients.add(client)
              else target.clients.delete(client)
              return undefined
            },
            ambiguous: whenAlive((stored) => syncClients(target, stored, (set) => (status ? set.add(client) : set.delete(client), set)))
          }
        }
        if (roll < 0.93) {
          const wanted = CLIENT_IDS.filter(() => chance(0.5))
          // When the wanted set is already the current one, setEnabledClients sends no PATCH at all, so a fault
          // aimed at the PATCH is never reached.
          const unchanged = wanted.length === target.clients.size && wanted.every((c) => target.clients.has(c))
          return {
            name: "setEnabledClients",
            requests: unchanged
              ? [["GET", `${byId(target.id)}/clients`]]
              : [["GET", `${byId(target.id)}/clients`], ["PATCH", `${byId(target.id)}/clients`]],
            run: service.setEnabledClients(target.id, wanted.map((c) => clientId(c))),
            expect: alive ? { tag: "success" } : notFound,
            onSuccess: () => {
              target.clients.clear()
              for (const c of wanted) target.clients.add(c)
              return undefined
            },
            ambiguous: whenAlive((stored) => syncClients(target, stored, () => new Set(wanted)))
          }
        }
        return {
          name: "getEnabledClients",
          requests: [["GET", `${byId(target.id)}/clients`]],
          run: service.getEnabledClients(target.id, { take: 100 }),
          expect: alive ? { tag: "success" } : notFound,
          onSuccess: (value) => {
            stats.reads++
            const got = (value as { readonly clients: ReadonlyArray<{ readonly client_id: string }> }).clients.map((c) => c.client_id).sort()
            const expected = [...target.clients].sort()
            return JSON.stringify(got) === JSON.stringify(expected) ? undefined : `enabled clients ${got} ≠ model ${expected}`
          }
        }
      }

      for (let i = 0; i < OPS; i++) {
        const op = nextOp()
        stats.ops++
        stats.byOp[op.name] = (stats.byOp[op.name] ?? 0) + 1
        let injection: Injection | undefined
        if (chance(FAULT_PROBABILITY)) {
          const [method, path] = pick(op.requests)
          const kind = pick<FaultKind>(["429", "429", "503", "timeout", "drop"])
          // An exhausted timeout costs (retries + 1) × the timeout; keep those rare so the run stays short.
          const exhaust = chance(kind === "timeout" ? EXHAUST_SHARE / 2 : EXHAUST_SHARE)
          // Most 429s say `retry-after: 0`; a few say 1 second (the real minimum), which the client must wait out.
          const waitASecond = kind === "429" && !exhaust && slowRateLimits < MAX_SLOW_RATE_LIMITS && chance(0.1)
          if (waitASecond) slowRateLimits++
          injection = { kind, exhaust, method, path, retryAfter: waitASecond ? "1" : "0" }
          yield* emulator.addFaults([ruleFor(injection)])
          stats.injected++
          stats.injectedByKind[kind] = (stats.injectedByKind[kind] ?? 0) + 1
          if (exhaust) stats.exhausted++
        }
        const firstSpan = tracer.spans.length
        const exit = yield* Effect.exit(op.run.pipe(Effect.provide(tracer.layer)))
        const outcome = classify(exit)
        // A delayed request whose client gave up may still be processed when its delay ends (OVERRUN_MS after the
        // client's timeout). Let it land before the next operation, so the model sees one order of events.
        if (injection?.kind === "timeout") yield* Effect.sleep(`${OVERRUN_MS + 80} millis`)
        // Faults this operation did not consume (e.g. it failed before reaching the faulted request) are dropped,
        // so each fault belongs to exactly one operation.
        const left = (yield* emulator.faults).reduce((n, f) => n + f.remaining, 0)
        yield* emulator.clearFaults
        if (injection !== undefined) stats.faultedRequests += (injection.exhaust ? MAX_RETRIES + 1 : 1) - left
        for (const span of tracer.spans.slice(firstSpan)) {
          for (const event of span.events) {
            if (event.name !== "auth0.retry") continue
            stats.retries++
            stats.maxResendCount = Math.max(stats.maxResendCount, Number(event.attributes["http.request.resend_count"]))
          }
          const resends = span.attributes.get("auth0.create.resends")
          if (typeof resends === "number") stats.createResends += resends
        }
        const label = `${outcome.kind === "success" ? "success" : outcome.tag ?? "untyped"}`
        stats.outcomes[label] = (stats.outcomes[label] ?? 0) + 1
        const where = `op #${i} ${op.name}${injection === undefined ? "" : ` [fault ${injection.kind}${injection.exhaust ? " ×" + (MAX_RETRIES + 1) : ""} on ${injection.method} ${injection.path}]`}`
        if (outcome.kind === "untyped") {
          problems.push(`${where}: not a typed error: ${outcome.detail}`)
          continue
        }
        // An exhausted fault decides the outcome when it hits the first request, or a later one the operation reaches
        // (it reaches them all when it was going to succeed); otherwise the operation fails first.
        const firstRequest = op.requests[0]!
        const reached = injection !== undefined &&
          (op.expect.tag === "success" || (injection.method === firstRequest[0] && injection.path === firstRequest[1]))
        const expected = injection?.exhaust === true && reached ? exhaustedTag[injection.kind] : op.expect.tag
        if (
          op.name === "create" && op.expect.tag === "Conflict" && label === "success" && injection !== undefined && injection.kind !== "429" &&
          Exit.isSuccess(exit) && live.get((exit.value as Connection).name)?.id === (exit.value as Connection).id
        ) {
          // Known deviation, asserted strictly (and marked for the lead) in the next test: after an ambiguous failure
          // `create` adopts the existing connection of that name instead of reporting Conflict. The store is not
          // harmed (it returns the existing connection, same id, no duplicate), so the run continues; counted here.
          stats.adoptedExisting++
          continue
        }
        if (injection?.kind === "timeout" && label === expected && label === "TransportError" && op.ambiguous !== undefined) {
          // The client could not know whether its write was applied; the store must show the old or the new state.
          stats.ambiguousWrites++
          const current = yield* emulator.engine.snapshot
          const problem = op.ambiguous({
            byName: (name) => current.connections.find((c) => c.name === name),
            clientsOf: (id) => current.enabledClients[id] ?? []
          })
          if (problem !== undefined) problems.push(`${where}: ${problem}`)
          continue
        }
        if (injection?.kind === "timeout" && op.name === "create" && expected === "TransportError" && label === "success") {
          // The server processed one of the timed-out POSTs after all, and `create` found it by name: correct.
          stats.lateApplied++
        } else if (label !== expected) {
          problems.push(`${where}: ended in ${label}, expected ${expected}`)
          continue
        }
        if (Exit.isSuccess(exit)) {
          const problem = op.onSuccess(exit.value)
          if (problem !== undefined) problems.push(`${where}: ${problem}`)
        }
      }

      // The store must be exactly what the successful operations imply.
      const snapshot = yield* emulator.engine.snapshot
      const stored = snapshot.connections
      const names = stored.map((c) => String(c.name))
      const duplicates = names.filter((n, i) => names.indexOf(n) !== i)
      const missing = [...live.keys()].filter((n) => !names.includes(n))
      const extra = names.filter((n) => !live.has(n))
      const lost: Array<string> = []
      for (const c of stored) {
        const m = live.get(String(c.name))
        if (m === undefined) continue
        if (c.id !== m.id) lost.push(`${m.name}: id ${String(c.id)} ≠ ${m.id}`)
        if ((c.display_name ?? undefined) !== m.displayName) lost.push(`${m.name}: display_name ${String(c.display_name)} ≠ ${m.displayName}`)
        if (((c.metadata as Record<string, unknown> | undefined)?.v ?? undefined) !== m.metadataV) lost.push(`${m.name}: metadata.v ≠ ${m.metadataV}`)
        const options = (c.options ?? {}) as Record<string, unknown>
        for (const [k, v] of m.optionKeys) if (options[k] !== v) lost.push(`${m.name}: options.${k} ≠ ${v}`)
        const clients = [...(snapshot.enabledClients[m.id] ?? [])].sort()
        if (JSON.stringify(clients) !== JSON.stringify([...m.clients].sort())) lost.push(`${m.name}: enabled clients ${clients} ≠ ${[...m.clients]}`)
      }
      const httpRequests = tracer.spans.filter((span) => span.name.startsWith("http.client")).length
      console.log(
        `[ReliabilityFaults] seed=${RUN_SEED} ops=${stats.ops} byOp=${JSON.stringify(stats.byOp)} outcomes=${JSON.stringify(stats.outcomes)} ` +
          `faultsInjected=${stats.injected} byKind=${JSON.stringify(stats.injectedByKind)} exhausted=${stats.exhausted} faultedRequests=${stats.faultedRequests} ` +
          `httpRequests=${httpRequests} retries=${stats.retries} maxResendCount=${stats.maxResendCount} createResends=${stats.createResends} adoptedExisting=${stats.adoptedExisting} ambiguousWrites=${stats.ambiguousWrites} lateApplied=${stats.lateApplied} ` +
          `connections=${stored.length} duplicates=${duplicates.length} missing=${missing.length} extra=${extra.length} lost=${lost.length}`
      )
      expect({ problems: problems.slice(0, 20), duplicates, missing, extra, lost }).toEqual({ problems: [], duplicates: [], missing: [], extra: [], lost: [] })
      // Retries are bounded as configured, and only faults cause them.
      expect(stats.maxResendCount).toBeLessThanOrEqual(MAX_RETRIES)
      expect(stats.retries).toBeLessThanOrEqual(stats.faultedRequests)
      expect(stats.createResends).toBeLessThanOrEqual(stats.faultedRequests)
      // The fault script really hit about a fifth of the requests.
      const ratio = stats.faultedRequests / Math.max(1, httpRequests)
      expect(httpRequests).toBeGreaterThan(stats.ops)
      expect(ratio).toBeGreaterThan(0.12)
      expect(ratio).toBeLessThan(0.35)
    }).pipe(Effect.scoped), Math.max(120_000, OPS * 400))
})

describe("ReliabilityFaults: create after an ambiguous failure", () => {
  // LEAD DECISION NEEDED (reported): when the POST of a `create` fails ambiguously (503, dropped connection,
  // timeout) and the name turns out to exist with the same strategy, `create` returns that connection as if it had
  // created it — even when it existed before the call. Without the fault the same call fails with Conflict, so the
  // outcome a caller sees depends on a transient fault. Marked `fails` until the semantics are decided (the main
  // suite above counts these as `adoptedExisting` and checks the store is not harmed).
  it.live.fails("creating a name that already existed reports Conflict even when the first POST failed ambiguously", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make({ requestLogLevel: "None", seed: { connections: [{ name: "taken", strategy: "auth0" }] } })
      const service = Context.get(yield* Layer.build(httpLayer(emulator, CLIENT)), ConnectionsService)
      for (const rule of [{ status: 503 }, { drop: true }, { delayMs: TIMEOUT_MS + OVERRUN_MS }] as const) {
        yield* emulator.addFaults([{ method: "POST", path: "/api/v2/connections", ...rule }])
        const exit = yield* Effect.exit(service.create(decodeCreate({ name: "taken", strategy: "auth0" })))
        expect(classify(exit).tag).toBe("Conflict")
      }
    }).pipe(Effect.scoped), 30_000)
})

/** A small seeded PRNG (mulberry32), so a failing run can be replayed with FUZZ_SEED. */
const seeded = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
