import { appendFileSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as Path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Cli from "@effect-auth0/emulator/Cli"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import { exitOf, startCli } from "./cliProcess.js"
import { api, call, dbConnection } from "./helpers.js"

const dataDir = () => mkdtempSync(Path.join(tmpdir(), "emulator-data-"))

const names = (answer: { readonly body: unknown }) => (answer.body as ReadonlyArray<{ name: string }>).map((c) => c.name)

/** Runs `f` against an emulator over `dir`, then stops it. */
const withEmulator = <A, E>(options: Emulator.EmulatorOptions, f: (emulator: Emulator.Service) => Effect.Effect<A, E>) =>
  Effect.scoped(Effect.flatMap(Emulator.make(options), f))

describe("persistence (--data-dir)", () => {
  it.live("the state survives a restart: connections, ids, secrets, keys, SCIM, clients", () =>
    Effect.gen(function*() {
      const dir = dataDir()
      const before = yield* withEmulator({ dataDir: dir, clientSecret: "fixed", seed: { clients: [{ client_id: "app", client_secret: "app-secret" }] } }, (emulator) =>
        Effect.gen(function*() {
          expect((yield* api(emulator, "POST", "/connections", { body: dbConnection("kept") })).status).toBe(201)
          const google = yield* api(emulator, "POST", "/connections", {
            body: { name: "g", strategy: "okta", options: { client_id: "x", client_secret: "google-secret", domain: "a.okta.com" } }
          })
          const id = (google.body as { id: string }).id
          expect((yield* api(emulator, "POST", `/connections/${id}/keys/rotate`)).status).toBe(201)
          const gone = yield* api(emulator, "POST", "/connections", { body: dbConnection("gone") })
          expect((yield* api(emulator, "DELETE", `/connections/${(gone.body as { id: string }).id}`)).status).toBe(202)
          return yield* emulator.engine.exportSeed({ includeSecrets: true })
        }))
      const file = Path.join(dir, "state.json")
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(before)
      // A different startup seed does not win over the saved state.
      const after = yield* withEmulator({ dataDir: dir, clientSecret: "fixed", seed: { connections: [{ name: "ignored", strategy: "auth0" }] } }, (emulator) =>
        Effect.gen(function*() {
          expect(names(yield* api(emulator, "GET", "/connections"))).toEqual(["g", "kept"])
          return yield* emulator.engine.exportSeed({ includeSecrets: true })
        }))
      expect(after).toEqual(before)
      expect(JSON.stringify(after)).toContain("google-secret")
    }))

  it.live("a corrupt or invalid state file stops the start, names the file and the way out, and is left as it was", () =>
    Effect.gen(function*() {
      for (const content of ["{\"connections\": [", JSON.stringify({ connections: [{ name: "bad name!", strategy: "auth0" }] }), "[]"]) {
        const dir = dataDir()
        const file = Path.join(dir, "state.json")
        writeFileSync(file, content)
        const error = yield* Effect.flip(withEmulator({ dataDir: dir }, () => Effect.void))
        expect(error).toMatchObject({ _tag: "EmulatorError", reason: "State" })
        expect(error.message).toContain(file)
        expect(error.message).toContain("--reset")
        expect(readFileSync(file, "utf8")).toBe(content)
        // --reset discards it and starts from the seed.
        yield* withEmulator({ dataDir: dir, resetData: true, seed: { connections: [{ name: "fresh", strategy: "auth0" }] } }, (emulator) =>
          Effect.map(api(emulator, "GET", "/connections"), (list) => expect(names(list)).toEqual(["fresh"])))
        expect((JSON.parse(readFileSync(file, "utf8")) as { connections: ReadonlyArray<{ name: string }> }).connections.map((c) => c.name))
          .toEqual(["fresh"])
      }
    }))

  it.live("POST /__emulator/reset is saved too", () =>
    Effect.gen(function*() {
      const dir = dataDir()
      yield* withEmulator({ dataDir: dir, seed: { connections: [{ name: "seeded", strategy: "auth0" }] } }, (emulator) =>
        Effect.gen(function*() {
          yield* api(emulator, "POST", "/connections", { body: dbConnection("extra") })
          expect((yield* call(`${emulator.baseUrl}/__emulator/reset`, { method: "POST" })).status).toBe(204)
        }))
      yield* withEmulator({ dataDir: dir }, (emulator) =>
        Effect.map(api(emulator, "GET", "/connections"), (list) => expect(names(list)).toEqual(["seeded"])))
    }))

  it.live("kill -9 in the middle of a burst of writes leaves the last complete state, with every acknowledged write", () =>
    Effect.gen(function*() {
      const dir = dataDir()
      const { banner, child } = yield* startCli(["--port", "0", "--quiet", "--data-dir", dir])
      const baseUrl = /Base URL: +(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!
      const token = /Admin token[^\n]*\n +(\S+)/.exec(banner)![1]!
      const acknowledged: Array<string> = []
      const create = (i: number) =>
        call(`${baseUrl}/api/v2/connections`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ name: `burst-${i}`, strategy: "auth0", options: { configuration: { K: `secret-${i}` } } })
        }).pipe(
          Effect.tap((r) => Effect.sync(() => r.status === 201 && acknowledged.push(`burst-${i}`))),
          Effect.ignore
        )
      // Writes keep coming from 8 concurrent writers; the process is killed once 60 have been acknowledged.
      const burst = Effect.forEach(Array.from({ length: 400 }, (_, i) => i), create, { concurrency: 8, discard: true })
      const killer = Effect.gen(function*() {
        while (acknowledged.length < 60) yield* Effect.sleep("5 millis")
        child.kill("SIGKILL")
      })
      yield* Effect.race(burst, Effect.zipRight(killer, Effect.never))
      yield* exitOf(child)
      expect(acknowledged.length).toBeGreaterThanOrEqual(60)
      expect(acknowledged.length).toBeLessThan(400)
      // The changes are in the journal (the snapshot is older): it starts again from the snapshot and the journal.
      expect(statSync(Path.join(dir, "state.journal")).size).toBeGreaterThan(0)
      const again = yield* startCli(["--port", "0", "--quiet", "--data-dir", dir])
      const url = /Base URL: +(http:\/\/127\.0\.0\.1:\d+)/.exec(again.banner)![1]!
      const exported = yield* call(`${url}/__emulator/export?secrets=true`)
      const saved = (exported.body as { connections: ReadonlyArray<{ name: string; options: { configuration: { K: string } } }> }).connections
      const savedNames = new Set(saved.map((c) => c.name))
      for (const name of acknowledged) expect(savedNames.has(name), name).toBe(true)
      for (const c of saved) expect(c.options.configuration.K).toBe(`secret-${c.name.slice("burst-".length)}`)
      again.child.kill("SIGTERM")
      yield* exitOf(again.child)
      // A clean stop wrote the whole state as one snapshot and emptied the journal.
      expect(statSync(Path.join(dir, "state.journal")).size).toBe(0)
      expect((JSON.parse(readFileSync(Path.join(dir, "state.json"), "utf8")) as { connections: ReadonlyArray<unknown> }).connections)
        .toHaveLength(savedNames.size)
    }).pipe(Effect.scoped), 60_000)

  /** Starts over `dir`, makes three changes (create, patch, delete), and stops without the final snapshot's help. */
  const journalOf = (dir: string) =>
    withEmulator({ dataDir: dir }, (emulator) =>
      Effect.gen(function*() {
        const a = (yield* api(emulator, "POST", "/connections", { body: dbConnection("a") })).body as { id: string }
        const b = (yield* api(emulator, "POST", "/connections", { body: dbConnection("b") })).body as { id: string }
        expect((yield* api(emulator, "PATCH", `/connections/${a.id}`, { body: { display_name: "A" } })).status).toBe(200)
        expect((yield* api(emulator, "DELETE", `/connections/${b.id}`)).status).toBe(202)
        // What the journal holds at this point: the state as the files would be after a crash now.
        return { journal: readFileSync(Path.join(dir, "state.journal")), snapshot: readFileSync(Path.join(dir, "state.json")) }
      }))

  it.live("each change appends one checksummed record; the journal replays over the snapshot; a torn last record is dropped", () =>
    Effect.gen(function*() {
      const dir = dataDir()
      const { journal, snapshot } = yield* journalOf(dir)
      expect((JSON.parse(snapshot.toString()) as { connections: ReadonlyArray<unknown> }).connections).toEqual([])
      // As a crash would leave it: the old snapshot, the journal, and half of a fifth record.
      writeFileSync(Path.join(dir, "state.json"), snapshot)
      writeFileSync(Path.join(dir, "state.journal"), journal)
      appendFileSync(Path.join(dir, "state.journal"), journal.subarray(0, 20))
      yield* withEmulator({ dataDir: dir }, (emulator) =>
        Effect.gen(function*() {
          const list = (yield* api(emulator, "GET", "/connections")).body as ReadonlyArray<{ name: string; display_name?: string }>
          expect(list.map((c) => [c.name, c.display_name])).toEqual([["a", "A"]])
        }))
      // The start wrote a new snapshot and emptied the journal.
      expect(statSync(Path.join(dir, "state.journal")).size).toBe(0)
    }))

  it.live("a damaged record followed by good ones stops the start, names the journal and the way out, and leaves it as it was", () =>
    Effect.gen(function*() {
      const dir = dataDir()
      const { journal, snapshot } = yield* journalOf(dir)
      const damaged = Buffer.from(journal)
      damaged[12] = damaged[12]! ^ 0xff
      writeFileSync(Path.join(dir, "state.json"), snapshot)
      writeFileSync(Path.join(dir, "state.journal"), damaged)
      const file = Path.join(dir, "state.journal")
      const error = yield* Effect.flip(withEmulator({ dataDir: dir }, () => Effect.void))
      expect(error).toMatchObject({ _tag: "EmulatorError", reason: "State" })
      expect(error.message).toContain(file)
      expect(error.message).toContain("checksum")
      expect(error.message).toContain("--reset")
      expect(readFileSync(file)).toEqual(damaged)
      // Damage in the last record alone is what a crash mid-append leaves: dropped, the rest replayed.
      truncateSync(file, 0)
      writeFileSync(file, Buffer.concat([journal.subarray(0, journal.length - 3), Buffer.from([1, 2, 3])]))
      yield* withEmulator({ dataDir: dir }, (emulator) =>
        Effect.map(api(emulator, "GET", "/connections"), (list) => expect(names(list)).toEqual(["a", "b"])))
    }))
})

describe("import and export", () => {
  it.live("GET /__emulator/export masks secrets unless asked; POST /__emulator/import loads it all or nothing; --seed takes an export", () =>
    Effect.gen(function*() {
      const exported = yield* withEmulator({ clientSecret: "same", seed: { clients: [{ client_id: "app", client_secret: "app-secret" }] } }, (emulator) =>
        Effect.gen(function*() {
          yield* api(emulator, "POST", "/connections", { body: { name: "g", strategy: "google-oauth2", options: { client_id: "x", client_secret: "google-secret" } } })
          yield* api(emulator, "POST", "/connections", { body: { name: "db", strategy: "auth0", options: { configuration: { K: "config-secret" } } } })
          const masked = yield* call(`${emulator.baseUrl}/__emulator/export`)
          expect(masked.status).toBe(200)
          for (const secret of ["app-secret", "google-secret", "config-secret"]) expect(masked.text).not.toContain(secret)
          const full = yield* call(`${emulator.baseUrl}/__emulator/export?secrets=true`)
          for (const secret of ["app-secret", "google-secret", "config-secret"]) expect(full.text).toContain(secret)
          // The snapshot masks them too, and the request log never held them.
          const snapshot = yield* call(`${emulator.baseUrl}/__emulator/snapshot`)
          for (const secret of ["app-secret", "google-secret", "config-secret"]) expect(snapshot.text).not.toContain(secret)
          expect((snapshot.body as any).connections.find((c: any) => c.name === "g").options.client_secret).toBe("********")
          const requests = yield* call(`${emulator.baseUrl}/__emulator/requests`)
          for (const secret of ["google-secret", "config-secret"]) expect(requests.text).not.toContain(secret)
          return full
        }))
      yield* withEmulator({ clientSecret: "same", seed: { connections: [{ name: "before", strategy: "auth0" }] } }, (emulator) =>
        Effect.gen(function*() {
          const post = (body: string) =>
            call(`${emulator.baseUrl}/__emulator/import`, { method: "POST", headers: { "content-type": "application/json" }, body })
          const bad = yield* post(JSON.stringify({ connections: [{ name: "ok", strategy: "auth0" }, { name: "ok", strategy: "auth0" }] }))
          expect(bad.status).toBe(400)
          expect((bad.body as { message: string }).message).toBe("Invalid import: seed.connections[1]: a connection named ok already exists")
          expect((yield* post(JSON.stringify({ connections: [], typo: 1 }))).status).toBe(400)
          expect(names(yield* api(emulator, "GET", "/connections"))).toEqual(["before"])
          expect((yield* post(exported.text)).status).toBe(204)
          expect(names(yield* api(emulator, "GET", "/connections"))).toEqual(["db", "g"])
          expect((yield* call(`${emulator.baseUrl}/__emulator/export?secrets=true`)).body).toEqual(exported.body)
        }))
      const file = Path.join(dataDir(), "export.json")
      writeFileSync(file, exported.text)
      const seed = yield* Cli.loadSeed(file)
      yield* withEmulator({ clientSecret: "same", seed }, (emulator) =>
        Effect.map(call(`${emulator.baseUrl}/__emulator/export?secrets=true`), (again) => expect(again.body).toEqual(exported.body)))
    }))
})
