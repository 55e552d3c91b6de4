/**
 * Store-wide guarantees: rejected requests change nothing, one writer at a time, and checkpoint cursors that
 * visit every connection exactly once in case-insensitive name order, even while the store changes.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { client, makeClient } from "./helpers.js"
import * as Engine from "@effect-auth0/engine/Engine"

const readOnly = ["read:connections"]

describe("rejected requests change nothing", () => {
  it.effect("every kind of rejection leaves the snapshot identical", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ ids: "sequential" })
      const db = yield* c.create({ name: "db", strategy: "auth0", metadata: { a: "1" } })
      const saml = yield* c.create({ name: "saml", strategy: "samlp" })
      const oidc = yield* c.create({ name: "oidc", strategy: "oidc" })
      yield* c.call("PATCH", `/connections/${db.id}/clients`, { body: [{ client_id: "app", status: true }] })
      yield* c.call("POST", `/connections/${saml.id}/scim-configuration`, { body: {} })
      yield* c.call("POST", `/connections/${saml.id}/scim-configuration/tokens`, { body: {} })
      yield* c.call("POST", `/connections/${saml.id}/scim-configuration/tokens`, { body: {} })
      const rejected: ReadonlyArray<readonly [string, string, { body?: unknown; query?: ReadonlyArray<readonly [string, string]>; scopes?: Array<string> }, number]> = [
        ["POST", "/connections", { body: { name: "bad name", strategy: "auth0" } }, 400],
        ["POST", "/connections", { body: { name: "DB", strategy: "auth0" } }, 409],
        ["POST", "/connections", { body: { name: "new", strategy: "auth0" }, scopes: readOnly }, 403],
        ["POST", "/connections", { body: { name: "new", strategy: "auth0", options: { attributes: { email: { identifier: { active: false } } } } } }, 400],
        ["PATCH", `/connections/${db.id}`, { body: { name: "renamed" } }, 400],
        ["PATCH", `/connections/${db.id}`, { body: { metadata: { a: "2" }, realms: "nope" } }, 400],
        ["PATCH", `/connections/${db.id}`, { body: { options: {} }, scopes: ["update:connections"] }, 403],
        ["PATCH", `/connections/${db.id}`, { body: { show_as_button: true }, scopes: readOnly }, 403],
        ["PATCH", "/connections/con_0000000000009999", { body: { show_as_button: true } }, 404],
        ["DELETE", `/connections/${db.id}`, { scopes: readOnly }, 403],
        ["DELETE", "/connections/bad-id", {}, 400],
        ["PATCH", `/connections/${db.id}/clients`, { body: [{ client_id: "x", status: true }, { client_id: "y" }] }, 400],
        ["PATCH", `/connections/${db.id}/clients`, { body: Array.from({ length: 51 }, (_, i) => ({ client_id: `c${i}`, status: true })) }, 400],
        ["POST", `/connections/${oidc.id}/keys`, {}, 409],
        ["POST", `/connections/${oidc.id}/keys/rotate`, { body: { signing_alg: "none" } }, 400],
        ["POST", `/connections/${db.id}/keys/rotate`, {}, 400],
        ["POST", `/connections/${saml.id}/scim-configuration`, { body: {} }, 409],
        ["PATCH", `/connections/${saml.id}/scim-configuration`, { body: { user_id_attribute: "x" } }, 400],
        ["POST", `/connections/${saml.id}/scim-configuration/tokens`, { body: {} }, 409],
        ["POST", `/connections/${db.id}/scim-configuration`, { body: {} }, 404],
        ["DELETE", `/connections/${saml.id}/scim-configuration/tokens/tok_0000000000000099`, {}, 404],
        ["DELETE", `/connections/${saml.id}/scim-configuration`, { scopes: readOnly }, 403],
        ["DELETE", `/connections/${db.id}/users`, { query: [["email", "not-an-email"]] }, 400],
        ["GET", "/connections", { query: [["from", "%%%"]] }, 400]
      ]
      for (const [method, path, options, status] of rejected) {
        const before = yield* c.engine.snapshot
        const r = yield* c.call(method, path, options)
        expect({ method, path, status: r.status }).toEqual({ method, path, status })
        expect(yield* c.engine.snapshot).toEqual(before)
      }
    }))
})

describe("concurrency", () => {
  it.effect("50 concurrent creates of one name: exactly one 201, 49 × 409", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const results = yield* Effect.all(
        Array.from({ length: 50 }, (_, i) => c.call("POST", "/connections", { body: { name: "same", strategy: i % 2 === 0 ? "auth0" : "github" } })),
        { concurrency: "unbounded" }
      )
      expect(results.filter((r) => r.status === 201)).toHaveLength(1)
      expect(results.filter((r) => r.status === 409)).toHaveLength(49)
      expect((yield* c.engine.snapshot).connections).toHaveLength(1)
    }))
})

describe("checkpoint cursors", () => {
  const names = Array.from({ length: 1050 }, (_, i) => {
    // Mixed case and digits so case-insensitive order differs from code-unit order.
    const n = (i * 7919) % 1050
    return `${n % 3 === 0 ? "Conn" : n % 3 === 1 ? "conn" : "CONN"}-${String(n).padStart(4, "0")}`
  })
  const expected = [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))

  it.effect("a walk over 1,050 connections returns each exactly once, in case-insensitive name order", () =>
    Effect.gen(function*() {
      const engine = yield* Engine.make({ seed: { connections: names.map((name) => ({ name, strategy: "auth0" })) } })
      const c = client(engine)
      const seen: Array<string> = []
      let from: string | undefined
      let pages = 0
      do {
        const r = yield* c.call("GET", "/connections", { query: [["take", "100"], ...(from === undefined ? [] : [["from", from] as const])] })
        const body = r.body as { connections: Array<{ name: string }>; next?: string }
        seen.push(...body.connections.map((x) => x.name))
        from = body.next
        pages++
      } while (from !== undefined)
      expect(pages).toBe(11)
      expect(seen).toEqual(expected)
    }))

  it.effect("a cursor stays valid when connections are added and removed around it", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const created: Record<string, string> = {}
      for (const name of ["b", "d", "f", "h"]) created[name] = (yield* c.create({ name, strategy: "auth0" })).id
      const first = (yield* c.call("GET", "/connections", { query: [["take", "2"]] })).body as any
      expect(first.connections.map((x: any) => x.name)).toEqual(["b", "d"])
      // delete the cursor's own item, add before and after it
      yield* c.call("DELETE", `/connections/${created.d}`)
      yield* c.create({ name: "a", strategy: "auth0" })
      yield* c.create({ name: "e", strategy: "auth0" })
      const second = (yield* c.call("GET", "/connections", { query: [["take", "10"], ["from", first.next]] })).body as any
      expect(second.connections.map((x: any) => x.name)).toEqual(["e", "f", "h"])
    }))
})

describe("sorted index under churn", () => {
  it.effect("3,000 creates in random order and 1,000 deletes: pages and offsets stay exact", () =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      // A fixed permutation (no Math.random: the test must be reproducible).
      const names = Array.from({ length: 3000 }, (_, i) => `${i % 2 === 0 ? "N" : "n"}${String((i * 1237) % 3000).padStart(4, "0")}`)
      const ids = new Map<string, string>()
      for (const name of names) ids.set(name, (yield* c.create({ name, strategy: "auth0" })).id)
      const removed = new Set(names.filter((_, i) => i % 3 === 1))
      for (const name of removed) yield* c.call("DELETE", `/connections/${ids.get(name)}`)
      const expected = names.filter((n) => !removed.has(n)).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))
      const walked: Array<string> = []
      let from: string | undefined
      do {
        const body = (yield* c.call("GET", "/connections", { query: [["take", "97"], ...(from === undefined ? [] : [["from", from] as const])] })).body as any
        walked.push(...body.connections.map((x: any) => x.name))
        from = body.next
      } while (from !== undefined)
      expect(walked).toEqual(expected)
      const offset = (yield* c.call("GET", "/connections", { query: [["include_totals", "true"], ["per_page", "100"], ["page", "13"]] })).body as any
      expect(offset.total).toBe(2000)
      expect(offset.connections.map((x: any) => x.name)).toEqual(expected.slice(1300, 1400))
    }))
})
