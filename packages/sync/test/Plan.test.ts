/**
 * Planning and applying against the fake tenant (the engine behind `ConnectionsService`).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import * as Engine from "@effect-auth0/engine/Engine"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import type { ConnectionId } from "@effect-auth0/domain/Identifiers"
import * as Apply from "@effect-auth0/sync/Apply"
import * as Export from "@effect-auth0/sync/Export"
import * as Plan from "@effect-auth0/sync/Plan"
import * as PlanDocument from "@effect-auth0/sync/PlanDocument"
import * as Sync from "@effect-auth0/sync/Sync"
import { desired, fake, MOBILE, WEB, withEnv } from "./helpers.js"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const TENANT = "fake.auth0.test"
const SECRET = "s3cr3t-value-never-shown"

const GOOGLE = `connections:
  - name: acme-google
    strategy: google-oauth2
    enabled_clients: [Acme Web, Acme Mobile]
    options:
      client_id: 1234.apps.googleusercontent.com
      client_secret: { env: GOOGLE_SECRET }
      profile: true
`

const snapshot = Effect.flatMap(Engine.Engine, (engine) => engine.snapshot)
const planOf = (text: string, prune = false) => Plan.make(desired(text), { tenant: TENANT, prune })
const applyOf = (text: string, options: Partial<Parameters<typeof Apply.run>[1]> = {}) =>
  Apply.run(desired(text), { tenant: TENANT, ...options })

describe("plan and apply (fake tenant)", () => {
  it.effect("an empty tenant: create, then enabled clients by name; the plan holds no secret; apply → nothing left", () =>
    Effect.gen(function*() {
      const plan = yield* planOf(GOOGLE)
      expect(plan.document.actions.map((a) => `${a._tag} ${a.connection}`)).toEqual(["create acme-google", "enabled-clients acme-google"])
      const clients = plan.document.actions[1]!
      expect(clients._tag === "enabled-clients" && clients.add).toEqual([{ client_id: WEB, name: "Acme Web" }, { client_id: MOBILE, name: "Acme Mobile" }])
      expect(plan.document.secrets).toEqual([
        { connection: "acme-google", path: "options.client_secret", reference: "env:GOOGLE_SECRET", status: "set", hash: expect.stringMatching(/^sha256:[0-9a-f]{16}$/) }
      ])
      const json = PlanDocument.toJson(plan.document)
      expect(json).not.toContain(SECRET)
      expect(JSON.stringify(plan)).not.toContain(SECRET)

      const result = yield* Apply.execute(plan)
      expect(result.writes).toBe(2)
      const service = yield* ConnectionsService
      const live = yield* service.findByName("acme-google")
      expect(live._tag).toBe("Some")
      const again = yield* planOf(GOOGLE)
      expect(again.document.actions).toEqual([])
      expect(again.document.secrets[0]!.status).toBe("unchanged")
      expect(again.document.summary.unchanged).toBe(1)
      // What the server filled in is listed apart, never as a change.
      expect(again.document.serverDefaults[0]!.paths.length).toBeGreaterThan(0)
    }).pipe(withEnv({ GOOGLE_SECRET: SECRET }), Effect.provide(fake())))

  it.effect("an edit shows exactly that field; options are merged into the live object (undeclared keys and secrets kept)", () =>
    Effect.gen(function*() {
      const service = yield* ConnectionsService
      yield* applyOf(GOOGLE)
      const before = (yield* service.findByName("acme-google")).pipe((o) => (o._tag === "Some" ? o.value : undefined))!
      // Someone adds an option outside the file: it is a server-side value, not drift.
      yield* service.updateOptions(before.id, (o) => ({ ...o, upstream_params: { prompt: { value: "select_account" } } }))
      const edited = GOOGLE.replace("profile: true", "profile: false")
      const plan = yield* planOf(edited)
      expect(plan.document.actions).toEqual([
        { _tag: "update", connection: "acme-google", target: expect.anything(), changes: [{ path: "options.profile", before: true, after: false }] }
      ])
      expect(plan.document.serverDefaults[0]!.paths).toContain("options.upstream_params")
      yield* Apply.execute(plan)
      const after = yield* service.get(before.id)
      const options = after.options as Record<string, unknown>
      expect(options["profile"]).toBe(false)
      // The server derives scope from the flags: not declared, so never drift.
      expect(options["scope"]).toEqual(["email"])
      expect(options["upstream_params"]).toEqual({ prompt: { value: "select_account" } })
      expect((yield* planOf(edited)).document.actions).toEqual([])
    }).pipe(withEnv({ GOOGLE_SECRET: SECRET }), Effect.provide(fake())))

  it.effect("a changed secret is 'set' with its new hash; enabled clients removed by status false", () =>
    Effect.gen(function*() {
      yield* applyOf(GOOGLE)
      const text = GOOGLE.replace("[Acme Web, Acme Mobile]", "[Acme Web]")
      const plan = yield* planOf(text).pipe(withEnv({ GOOGLE_SECRET: "rotated" }))
      expect(plan.document.actions.map((a) => a._tag)).toEqual(["update", "enabled-clients"])
      const update = plan.document.actions[0]!
      expect(update._tag === "update" && update.changes).toEqual([
        { path: "options.client_secret", before: { $secret: "(live value)" }, after: { $secret: plan.document.secrets[0]!.hash } }
      ])
      expect(plan.document.secrets[0]!.status).toBe("set")
      const clients = plan.document.actions[1]!
      expect(clients._tag === "enabled-clients" && [clients.add, clients.remove]).toEqual([[], [{ client_id: MOBILE, name: "Acme Mobile" }]])
      yield* Apply.execute(plan)
      const state = yield* snapshot
      const id = state.connections[0]!["id"] as string
      expect(state.enabledClients[id]).toEqual([WEB])
      expect((yield* planOf(text).pipe(withEnv({ GOOGLE_SECRET: "rotated" }))).document.actions).toEqual([])
    }).pipe(withEnv({ GOOGLE_SECRET: SECRET }), Effect.provide(fake())))

  it.effect("unknown or ambiguous client names fail the plan before any write", () =>
    Effect.gen(function*() {
      const before = yield* snapshot
      const error = yield* Effect.flip(applyOf(GOOGLE.replace("[Acme Web, Acme Mobile]", "[Acme Webb, Twin]")))
      expect(error._tag).toBe("ClientsUnresolved")
      expect(error.message).toContain(`no client named "Acme Webb" (did you mean "Acme Web"?)`)
      expect(error.message).toContain(`several clients are named "Twin"`)
      expect(yield* snapshot).toEqual(before)
    }).pipe(withEnv({ GOOGLE_SECRET: SECRET }), Effect.provide(fake())))

  it.effect("a missing secret variable fails before any write, naming the variable and never a value", () =>
    Effect.gen(function*() {
      const before = yield* snapshot
      const error = yield* Effect.flip(applyOf(GOOGLE))
      expect(error._tag).toBe("SecretUnavailable")
      expect(error.message).toBe(
        `secret options.client_secret of connection "acme-google" (env:GOOGLE_SECRET): the environment variable is not set; set GOOGLE_SECRET in the environment (or in the file given with --env-file)`
      )
      expect(yield* snapshot).toEqual(before)
      // Every missing reference is named at once.
      const two = GOOGLE + "  - { name: other-google, strategy: google-oauth2, options: { client_id: x, client_secret: { env: OTHER_SECRET } } }\n"
      const both = yield* Effect.flip(applyOf(two))
      expect(both.message.split("\n")).toEqual([
        "2 secrets cannot be resolved (nothing was written):",
        expect.stringContaining("(env:GOOGLE_SECRET)"),
        expect.stringContaining("(env:OTHER_SECRET)")
      ])
    }).pipe(withEnv({}), Effect.provide(fake())))

  it.effect("a strategy change is a replacement, refused unless allowed, then converges", () =>
    Effect.gen(function*() {
      yield* applyOf("- { name: idp, strategy: auth0 }\n")
      const text = "- { name: idp, strategy: oidc, options: { client_id: c, discovery_url: 'https://idp.example.com/.well-known/openid-configuration', type: back_channel, client_secret: s } }\n"
      const plan = yield* planOf(text)
      expect(plan.document.actions.map((a) => a._tag === "replace" && `${a.from} → ${a.to}`)).toEqual(["auth0 → oidc"])
      const refused = yield* Effect.flip(Apply.execute(plan))
      expect(refused._tag === "PlanRejected" && refused.reason).toBe("Replace")
      expect((yield* snapshot).connections.map((c) => c["strategy"])).toEqual(["auth0"])
      yield* Apply.execute(plan, { allowReplace: true })
      expect((yield* snapshot).connections.map((c) => c["strategy"])).toEqual(["oidc"])
      expect((yield* planOf(text)).document.actions).toEqual([])
    }).pipe(Effect.provide(fake())))

  it.effect("prune deletes only undeclared connections of the managed set, and needs one", () =>
    Effect.gen(function*() {
      const rejected = yield* Effect.flip(planOf("- { name: acme-a, strategy: auth0 }\n", true))
      expect(rejected._tag === "PlanRejected" && rejected.reason).toBe("Prune")
      const text = "managed: { prefixes: [acme-] }\nconnections:\n  - { name: acme-a, strategy: auth0 }\n"
      const noPrune = yield* planOf(text)
      expect(noPrune.document.actions).toEqual([])
      const plan = yield* planOf(text, true)
      expect(plan.document.actions.map((a) => `${a._tag} ${a.connection}`)).toEqual(["delete acme-old"])
      yield* Apply.execute(plan)
      expect((yield* snapshot).connections.map((c) => c["name"]).sort()).toEqual(["acme-a", "other"])
    }).pipe(Effect.provide(fake({ connections: [{ name: "acme-a", strategy: "auth0" }, { name: "acme-old", strategy: "auth0" }, { name: "other", strategy: "auth0" }] }))))

  it.effect("a saved plan is refused for another tenant, another desired state, drift, or a changed secret; nothing written", () =>
    Effect.gen(function*() {
      yield* applyOf(GOOGLE)
      const edited = GOOGLE.replace("profile: true", "profile: false")
      const saved = (yield* planOf(edited)).document
      const roundTrip = PlanDocument.fromJson(PlanDocument.toJson(saved))
      expect(roundTrip._tag).toBe("Right")
      const tenant = yield* Effect.flip(Apply.run(desired(edited), { tenant: "other.auth0.test", saved }))
      expect(tenant._tag === "PlanRejected" && tenant.reason).toBe("Tenant")
      const version = yield* Effect.flip(applyOf(GOOGLE, { saved }))
      expect(version._tag === "PlanRejected" && version.reason).toBe("DesiredState")
      const secret = yield* Effect.flip(applyOf(edited, { saved }).pipe(withEnv({ GOOGLE_SECRET: "another" })))
      expect(secret._tag === "PlanRejected" && secret.reason).toBe("Mismatch")
      // Someone else changes the connection between plan and apply.
      const service = yield* ConnectionsService
      const id = (yield* snapshot).connections[0]!["id"] as ConnectionId
      yield* service.update(id, { display_name: "changed by someone" as never })
      const before = yield* snapshot
      const drift = yield* Effect.flip(applyOf(edited, { saved }))
      expect(drift._tag).toBe("DriftDetected")
      expect(drift.message).toContain(`"acme-google": its settings or enabled clients changed`)
      expect(yield* snapshot).toEqual(before)
      // Planning again and applying converges.
      const fresh = yield* planOf(edited)
      yield* applyOf(edited, { saved: fresh.document })
      expect((yield* planOf(edited)).document.actions).toEqual([])
    }).pipe(withEnv({ GOOGLE_SECRET: SECRET }), Effect.provide(fake())))

  it.effect("a plan file that does not decode or has another format is refused", () =>
    Effect.sync(() => {
      const notJson = PlanDocument.fromJson("{")
      const otherFormat = PlanDocument.fromJson(JSON.stringify({ format: "effect-auth0/plan@0" }))
      const broken = PlanDocument.fromJson(JSON.stringify({ format: PlanDocument.FORMAT, tenant: 1 }))
      for (const result of [notJson, otherFormat, broken]) {
        expect(result._tag).toBe("Left")
        if (result._tag === "Left") expect(result.left.reason).toBe("Decode")
      }
      expect(otherFormat._tag === "Left" && otherFormat.left.message).toContain("not a plan of format effect-auth0/plan@1")
    }))

  it.effect("an interrupted apply converges when run again, with no duplicates", () =>
    Effect.gen(function*() {
      const text = Array.from({ length: 12 }, (_, i) => `- { name: bulk-${i}, strategy: auth0 }`).join("\n")
      let seen = 0
      const exit = yield* Effect.exit(applyOf(text, {
        concurrency: 2,
        onProgress: () => (++seen === 5 ? Effect.interrupt : Effect.void)
      }))
      expect(Exit.isInterrupted(exit)).toBe(true)
      const partial = (yield* snapshot).connections.length
      expect(partial).toBeGreaterThanOrEqual(5)
      expect(partial).toBeLessThan(12)
      const remaining = yield* planOf(text)
      expect(remaining.document.summary.create).toBe(12 - partial)
      yield* Apply.execute(remaining)
      const names = (yield* snapshot).connections.map((c) => c["name"])
      expect(names).toHaveLength(12)
      expect(new Set(names).size).toBe(12)
    }).pipe(Effect.provide(fake())))

  it.effect("export: untyped secrets (facebook's client_secret) become references too; export then plan has no changes", () =>
    Effect.gen(function*() {
      const exported = yield* Export.run()
      expect(exported.text).not.toContain("fb-secret-value")
      expect(exported.secrets.map((s) => `${s.path} ${s.variable}`)).toEqual(["options.client_secret ACME_FACEBOOK_CLIENT_SECRET"])
      const state = desired(exported.text)
      expect(state.warnings).toEqual([])
      const plan = yield* Plan.make(state, { tenant: TENANT }).pipe(withEnv({ ACME_FACEBOOK_CLIENT_SECRET: "fb-secret-value" }))
      expect(plan.document.actions).toEqual([])
      const edited = yield* Plan.make(state, { tenant: TENANT }).pipe(withEnv({ ACME_FACEBOOK_CLIENT_SECRET: "fb-rotated" }))
      expect(PlanDocument.toJson(edited.document)).not.toContain("fb-")
      expect(edited.document.secrets.map((s) => s.status)).toEqual(["set"])
      // Written in a file, the same value is a warning.
      const literal = desired("- { name: fb, strategy: facebook, options: { client_id: a, client_secret: fb-secret-value } }\n")
      expect(literal.warnings.map((w) => w.path)).toEqual(["options.client_secret"])
    }).pipe(Effect.provide(fake({ connections: [{ name: "acme-facebook", strategy: "facebook", options: { client_id: "fbid", client_secret: "fb-secret-value" } }] }))))

  it.effect("{ file: path } secrets resolve relative to the desired-state file; a missing or empty file fails before any write", () =>
    Effect.gen(function*() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sync-secret-"))
      fs.mkdirSync(path.join(dir, "secrets"))
      fs.writeFileSync(path.join(dir, "secrets", "google.txt"), `${SECRET}\n`)
      const text = GOOGLE.replace("{ env: GOOGLE_SECRET }", "{ file: secrets/google.txt }")
      const state = desired(text, path.join(dir, "desired.yaml"))
      yield* Apply.run(state, { tenant: TENANT })
      const stored = (yield* snapshot).connections[0]!["options"] as Record<string, unknown>
      // The file's final line break is not part of the secret.
      expect(stored["client_secret"]).toBe(SECRET)
      expect((yield* Plan.make(state, { tenant: TENANT })).document.secrets[0]).toMatchObject({ reference: "file:secrets/google.txt", status: "unchanged" })
      fs.writeFileSync(path.join(dir, "secrets", "google.txt"), "")
      const empty = yield* Effect.flip(Plan.make(state, { tenant: TENANT }))
      expect(empty.message).toContain("(file:secrets/google.txt): the file is empty")
      fs.rmSync(path.join(dir, "secrets", "google.txt"))
      const missing = yield* Effect.flip(Plan.make(state, { tenant: TENANT }))
      expect(missing.message).toContain("(file:secrets/google.txt): the file cannot be read (NotFound)")
    }).pipe(Effect.provide(fake())))

  it.effect("the Sync service: plan, execute and export over its layer's tenant", () =>
    Effect.gen(function*() {
      const sync = yield* Sync.Sync
      const state = desired("- { name: svc, strategy: auth0, options: { passwordPolicy: fair } }\n")
      const plan = yield* sync.plan(state, { tenant: TENANT })
      expect(plan.document.summary.create).toBe(1)
      expect((yield* sync.execute(plan)).writes).toBe(1)
      expect((yield* sync.plan(state, { tenant: TENANT })).document.actions).toEqual([])
      expect((yield* sync.export()).text).toContain("passwordPolicy: fair")
      expect((yield* sync.apply(state, { tenant: TENANT })).writes).toBe(0)
    }).pipe(Effect.provide(Sync.layer), Effect.provide(fake())))
})
