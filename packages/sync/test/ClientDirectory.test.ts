import { describe, expect, it } from "@effect/vitest"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { Effect } from "effect"
import type { ClientId, Cursor } from "@effect-auth0/domain/Identifiers"
import * as ClientDirectory from "@effect-auth0/sync/ClientDirectory"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sync-clients-"))

describe("ClientDirectory", () => {
  it.effect("fromPages follows checkpoint pages until one has no next", () =>
    Effect.gen(function*() {
      const asked: Array<string | undefined> = []
      const pages: Record<string, ClientDirectory.ClientsPage> = {
        start: { clients: [{ client_id: "a" as ClientId, name: "A" }], next: "p2" as Cursor },
        p2: { clients: [{ client_id: "b" as ClientId, name: "B" }] }
      }
      const directory = ClientDirectory.fromPages((from) => Effect.sync(() => (asked.push(from), pages[from ?? "start"]!)))
      expect((yield* directory.list).map((c) => c.name)).toEqual(["A", "B"])
      expect(asked).toEqual([undefined, "p2"])
    }))

  it("index: names resolve exactly; a shared name is a duplicate; a close name is suggested", () => {
    const index = ClientDirectory.index([
      { client_id: "a" as ClientId, name: "Acme Web" },
      { client_id: "b" as ClientId, name: "Twin" },
      { client_id: "c" as ClientId, name: "Twin" }
    ])
    expect(index.byName("Acme Web")).toEqual({ _tag: "Found", client: { client_id: "a", name: "Acme Web" } })
    expect(index.byName("Acme Wbe")).toEqual({ _tag: "Unknown", suggestion: "Acme Web" })
    expect(index.byName("Twin")).toEqual({ _tag: "Duplicate", ids: ["b", "c"] })
    expect(index.nameOf("a")).toBe("Acme Web")
    expect(index.nameOf("b")).toBeUndefined()
  })

  it.effect("readFile: a YAML list or { clients }, with located problems", () =>
    Effect.gen(function*() {
      const good = path.join(dir, "clients.yaml")
      fs.writeFileSync(good, "clients:\n  - { client_id: a1, name: One, extra: ignored }\n")
      expect(yield* ClientDirectory.readFile(good)).toEqual([{ client_id: "a1", name: "One" }])
      const bad = path.join(dir, "bad.yaml")
      fs.writeFileSync(bad, "- { client_id: a1 }\n- { client_id: '', name: Two }\n")
      const error = yield* Effect.flip(ClientDirectory.readFile(bad))
      expect(error.problems.map((p) => `${p.line} ${p.path}`)).toEqual(["1 [0].name", "2 [1].client_id"])
    }).pipe(Effect.provide(NodeFileSystem.layer)))
})
