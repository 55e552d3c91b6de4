/**
 * End to end: sync over the HTTP client against the in-process emulator (real loopback HTTP), for what only shows
 * on the wire: requests sent, faults, retries, and what a tenant looks like after export/plan/apply.
 */
import { expect, layer } from "@effect/vitest"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { Effect, Exit, HashMap, Layer, List, Logger, LogLevel, Ref } from "effect"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import type { FaultRule } from "@effect-auth0/emulator/Fault"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import type { ClientId, ConnectionId } from "@effect-auth0/domain/Identifiers"
import * as Apply from "@effect-auth0/sync/Apply"
import * as ClientDirectory from "@effect-auth0/sync/ClientDirectory"
import * as Export from "@effect-auth0/sync/Export"
import * as Plan from "@effect-auth0/sync/Plan"
import * as PlanDocument from "@effect-auth0/sync/PlanDocument"
import { CLIENTS, desired, httpFor, MOBILE, WEB, withEnv } from "./helpers.js"

const GOOGLE_SECRET = "g00gle-secret-value-7f3a"
const OIDC_SECRET = "oidc-secret-value-91bc"
const ENV = { ACME_GOOGLE_CLIENT_SECRET: GOOGLE_SECRET, ACME_OIDC_CLIENT_SECRET: OIDC_SECRET }

/** Runs `effect` with sync's requirements wired to the emulator over HTTP. */
const onEmulator = <A, E, R>(effect: Effect.Effect<A, E, R>, overrides: Parameters<typeof httpFor>[1] = {}) =>
  Effect.flatMap(Emulator.Emulator, (emulator) =>
    Effect.provide(
      effect,
      Layer.mergeAll(
        httpFor(emulator, overrides),
        ClientDirectory.layerFromList(CLIENTS),
        NodeFileSystem.layer
      )
    ))

const fresh = Effect.flatMap(Emulator.Emulator, (emulator) =>
  Effect.all([emulator.reset, emulator.updateSettings({ rateLimit: null, latencyMs: 0 }), emulator.clearFaults], { discard: true }))

/** A tenant with three connections, two of them with secrets and enabled clients. */
const seedTenant = Effect.gen(function*() {
  yield* fresh
  const emulator = yield* Emulator.Emulator
  yield* emulator.seed({
    connections: [
      { name: "acme-google", strategy: "google-oauth2", options: { client_id: "1234.apps.googleusercontent.com", client_secret: GOOGLE_SECRET } },
      {
        name: "acme-oidc",
        strategy: "oidc",
        options: { client_id: "oidc-client", client_secret: OIDC_SECRET, discovery_url: "https://idp.example.com/.well-known/openid-configuration", type: "back_channel", issuer: "https://idp.example.com" }
      },
      { name: "acme-db", strategy: "auth0", options: { passwordPolicy: "good" } }
    ]
  })
  yield* onEmulator(Effect.gen(function*() {
    const service = yield* ConnectionsService
    for (const name of ["acme-google", "acme-oidc"]) {
      const connection = yield* Effect.flatten(service.findByName(name))
      yield* service.updateEnabledClients(connection.id, [{ client_id: WEB, status: true }, { client_id: MOBILE, status: true }])
    }
  }))
})

const TENANT = "e2e.sync.auth0.test"
const planText = (text: string, prune = false) => onEmulator(Plan.make(desired(text), { tenant: TENANT, prune }))
const applyText = (text: string, options: Partial<Parameters<typeof Apply.run>[1]> = {}, overrides: Parameters<typeof httpFor>[1] = {}) =>
  onEmulator(Apply.run(desired(text), { tenant: TENANT, ...options }), overrides)

/** `METHOD path status` of the Management API requests logged since the last reset (ids as `{id}`). */
const apiLog = Effect.flatMap(Emulator.Emulator, (e) => e.requests).pipe(
  Effect.map((log) => log.filter((r) => r.path.startsWith("/api/v2/")).map((r) => `${r.method} ${r.path.replace(/con_[A-Za-z0-9]+/, "{id}")} ${r.status}`))
)
const writes = Effect.map(apiLog, (log) => log.filter((l) => !l.startsWith("GET ")))
const storedNames = Effect.flatMap(Emulator.Emulator, (e) => Effect.map(e.engine.snapshot, (s) => s.connections.map((c) => String(c["name"])).sort()))

layer(Emulator.layer({ tenantDomain: "e2e.sync.auth0.test", seed: { clients: CLIENTS.map(({ client_id, name }) => ({ client_id, name })) } }), {
  excludeTestServices: true
})("sync ↔ emulator", (it) => {
  it.effect("export → plan shows nothing; reads are list pages, never one GET per connection", () =>
    Effect.gen(function*() {
      yield* seedTenant
      const exported = yield* onEmulator(Export.run())
      expect(exported.connections).toBe(3)
      expect(exported.text).not.toContain(GOOGLE_SECRET)
      expect(exported.text).not.toContain(OIDC_SECRET)
      expect(exported.secrets.map((s) => `${s.connection} ${s.path} ${s.variable}`)).toEqual([
        "acme-google options.client_secret ACME_GOOGLE_CLIENT_SECRET",
        "acme-oidc options.client_secret ACME_OIDC_CLIENT_SECRET"
      ])
      expect(exported.text).toContain("- Acme Web")
      const text = exported.text
      const before = (yield* apiLog).length
      const plan = yield* planText(text).pipe(withEnv(ENV))
      expect(plan.document.actions).toEqual([])
      expect(plan.document.summary.unchanged).toBe(3)
      expect(plan.document.secrets.map((s) => s.status)).toEqual(["unchanged", "unchanged"])
      const reads = (yield* apiLog).slice(before)
      expect(reads).toEqual(["GET /api/v2/connections 200"])
    }))

  it.effect("an edit in YAML → exactly that edit; apply → nothing left; server defaults never drift", () =>
    Effect.gen(function*() {
      yield* seedTenant
      const text = (yield* onEmulator(Export.run())).text
      const edited = text.replace("passwordPolicy: good", "passwordPolicy: excellent")
      expect(edited).not.toBe(text)
      const plan = yield* planText(edited).pipe(withEnv(ENV))
      expect(plan.document.actions).toEqual([
        { _tag: "update", connection: "acme-db", target: expect.anything(), changes: [{ path: "options.passwordPolicy", before: "good", after: "excellent" }] }
      ])
      const before = (yield* apiLog).length
      yield* onEmulator(Apply.execute(plan))
      expect((yield* apiLog).slice(before)).toEqual(["PATCH /api/v2/connections/{id} 200"])
      // A minimal file (only what matters to the user) plans clean too: the server's values are defaults, not drift.
      const minimal = "connections:\n  - { name: acme-db, strategy: auth0, options: { passwordPolicy: excellent } }\n"
      const again = yield* planText(minimal)
      expect(again.document.actions).toEqual([])
      expect(again.document.serverDefaults[0]!.paths).toEqual(expect.arrayContaining(["realms", "options.brute_force_protection"]))
      expect((yield* planText(edited).pipe(withEnv(ENV))).document.actions).toEqual([])
    }))

  it.effect("secrets appear in no plan, output, error or log", () =>
    Effect.gen(function*() {
      yield* fresh
      const logs = yield* Ref.make(List.empty<string>())
      const logger = Logger.make(({ message, annotations }) =>
        Effect.runSync(Ref.update(logs, List.prepend(`${JSON.stringify(message)} ${JSON.stringify([...HashMap.toEntries(annotations)])}`))))
      const text = `connections:
  - name: acme-google
    strategy: google-oauth2
    enabled_clients: [Acme Web]
    options: { client_id: x.apps.googleusercontent.com, client_secret: { env: ACME_GOOGLE_CLIENT_SECRET } }
`
      const run = Effect.gen(function*() {
        const plan = yield* planText(text)
        const result = yield* onEmulator(Apply.execute(plan, { onProgress: (p) => Effect.logInfo(`progress ${p.done}/${p.total} ${p.step}`) }))
        const exported = yield* onEmulator(Export.run())
        const failure = yield* Effect.flip(applyText(text.replace("Acme Web", "Nobody")))
        return [PlanDocument.toJson(plan.document), JSON.stringify(plan), JSON.stringify(result), exported.text, failure.message, String(failure)]
      }).pipe(withEnv(ENV), Effect.provide(Logger.replace(Logger.defaultLogger, logger)), Logger.withMinimumLogLevel(LogLevel.All))
      const outputs = yield* run
      const logged = List.toArray(yield* Ref.get(logs))
      expect(logged.some((l) => l.includes("progress 2/2"))).toBe(true)
      for (const output of [...outputs, ...logged]) expect(output).not.toContain(GOOGLE_SECRET)
      // The secret did reach the tenant.
      const stored = yield* Effect.flatMap(Emulator.Emulator, (e) => e.engine.snapshot)
      expect((stored.connections[0]!["options"] as Record<string, unknown>)["client_secret"]).toBe(GOOGLE_SECRET)
    }))

  it.effect("an apply under 503s, dropped connections and 429s converges; a failed one converges on re-run; 0 duplicates", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator.Emulator
      const text = Array.from({ length: 10 }, (_, i) => `- { name: faulty-${i}, strategy: auth0, enabled_clients: [Acme Web] }`).join("\n")
      const rules: ReadonlyArray<FaultRule> = [
        { method: "POST", path: "/api/v2/connections", status: 503, times: 2 },
        { method: "POST", path: "/api/v2/connections", drop: true, times: 2 },
        { method: "PATCH", path: "/api/v2/connections/*/clients", status: 429, headers: { "retry-after": "0" }, times: 2 },
        { method: "GET", path: "/api/v2/connections", drop: true, times: 1 }
      ]
      yield* emulator.addFaults(rules)
      yield* applyText(text)
      // Every fault was hit (the client retried through them).
      expect((yield* emulator.faults).filter((f) => f.remaining > 0)).toEqual([])
      expect(yield* storedNames).toEqual(Array.from({ length: 10 }, (_, i) => `faulty-${i}`).sort())
      expect((yield* planText(text)).document.actions).toEqual([])
      // Faults beyond the client's retries: the apply fails part way; running it again converges.
      yield* fresh
      yield* emulator.addFaults([{ method: "POST", path: "/api/v2/connections", status: 503, times: 12 }])
      const failed = yield* Effect.exit(applyText(text, { concurrency: 1 }))
      expect(Exit.isFailure(failed)).toBe(true)
      yield* emulator.clearFaults
      const remaining = yield* planText(text)
      expect(remaining.document.summary.create).toBe(10 - (yield* storedNames).length)
      yield* applyText(text)
      const names = yield* storedNames
      expect(names).toHaveLength(10)
      expect(new Set(names).size).toBe(10)
      const snapshot = yield* emulator.engine.snapshot
      for (const c of snapshot.connections) expect(snapshot.enabledClients[String(c["id"])]).toEqual([WEB])
    }))

  it.effect("an interrupted apply: a new plan shows exactly what remains; applying again converges with no duplicates", () =>
    Effect.gen(function*() {
      yield* fresh
      const text = Array.from({ length: 8 }, (_, i) => `- { name: cut-${i}, strategy: auth0 }`).join("\n")
      let done = 0
      const exit = yield* Effect.exit(applyText(text, { concurrency: 2, onProgress: () => (++done === 3 ? Effect.interrupt : Effect.void) }))
      expect(Exit.isInterrupted(exit)).toBe(true)
      const storedList = yield* storedNames
      const stored = storedList.length
      expect(stored).toBeGreaterThanOrEqual(3)
      expect(stored).toBeLessThan(8)
      const remaining = yield* planText(text)
      expect(remaining.document.actions.map((a) => a.connection).sort()).toEqual(
        Array.from({ length: 8 }, (_, i) => `cut-${i}`).filter((n) => !storedList.includes(n)).sort()
      )
      expect(remaining.document.summary.create).toBe(8 - stored)
      yield* onEmulator(Apply.execute(remaining))
      const names = yield* storedNames
      expect(names).toHaveLength(8)
      expect(new Set(names).size).toBe(8)
    }))

  it.effect("drift between plan and apply is refused before any write", () =>
    Effect.gen(function*() {
      yield* seedTenant
      const text = "- { name: acme-db, strategy: auth0, display_name: Acme }\n"
      const saved = PlanDocument.fromJson(PlanDocument.toJson((yield* planText(text)).document))
      if (saved._tag === "Left") throw saved.left
      yield* onEmulator(Effect.gen(function*() {
        const service = yield* ConnectionsService
        const db = yield* Effect.flatten(service.findByName("acme-db"))
        yield* service.updateEnabledClients(db.id as ConnectionId, [{ client_id: MOBILE as ClientId, status: true }])
      }))
      const before = (yield* writes).length
      const error = yield* Effect.flip(applyText(text, { saved: saved.right }))
      expect(error._tag).toBe("DriftDetected")
      expect((yield* writes).length).toBe(before)
    }))

  it.effect("unknown client names fail before any write", () =>
    Effect.gen(function*() {
      yield* fresh
      const error = yield* Effect.flip(applyText("- { name: lonely, strategy: auth0, enabled_clients: [Acme Wbe] }\n"))
      expect(error._tag).toBe("ClientsUnresolved")
      expect(yield* writes).toEqual([])
      expect(yield* storedNames).toEqual([])
    }))

  it.effect("an unreachable tenant fails with a transport error and writes nothing", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        onEmulator(Plan.make(desired("- { name: a, strategy: auth0 }\n"), { tenant: TENANT }), {
          baseUrl: "http://127.0.0.1:9",
          token: undefined,
          maxRetries: 0,
          timeout: "2 seconds"
        })
      )
      expect(["TransportError", "Unauthorized"]).toContain(error._tag)
    }))

  it.effect("SCIM configuration: created after the connection, updated field by field, removed with scim: false; read only when declared", () =>
    Effect.gen(function*() {
      yield* fresh
      const base = `- name: acme-okta
  strategy: okta
  options: { client_id: okta-client, client_secret: { env: ACME_OIDC_CLIENT_SECRET }, domain: acme.okta.com }
`
      const withScim = `${base}  scim: { user_id_attribute: userName }\n`
      const plan = yield* planText(withScim).pipe(withEnv(ENV))
      expect(plan.document.actions.map((a) => a._tag === "scim" ? `scim ${a.change}` : a._tag)).toEqual(["create", "scim create"])
      const before = (yield* apiLog).length
      yield* onEmulator(Apply.execute(plan))
      expect((yield* apiLog).slice(before)).toEqual(["POST /api/v2/connections 201", "POST /api/v2/connections/{id}/scim-configuration 201"])
      expect((yield* planText(withScim).pipe(withEnv(ENV))).document.actions).toEqual([])
      // Not declared: not read, not managed.
      const reads = (yield* apiLog).length
      expect((yield* planText(base).pipe(withEnv(ENV))).document.actions).toEqual([])
      expect((yield* apiLog).slice(reads)).toEqual(["GET /api/v2/connections 200"])
      const changed = withScim.replace("userName", "externalId")
      const update = yield* planText(changed).pipe(withEnv(ENV))
      expect(update.document.actions).toEqual([
        { _tag: "scim", connection: "acme-okta", target: expect.anything(), change: "update", changes: [{ path: "user_id_attribute", before: "userName", after: "externalId" }] }
      ])
      yield* onEmulator(Apply.execute(update))
      expect((yield* planText(changed).pipe(withEnv(ENV))).document.actions).toEqual([])
      const removed = `${base}  scim: false\n`
      const remove = yield* planText(removed).pipe(withEnv(ENV))
      expect(remove.document.actions.map((a) => a._tag === "scim" && a.change)).toEqual(["delete"])
      yield* onEmulator(Apply.execute(remove))
      expect((yield* planText(removed).pipe(withEnv(ENV))).document.actions).toEqual([])
    }))
})
