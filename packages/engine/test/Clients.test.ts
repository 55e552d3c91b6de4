/**
 * `GET /clients`: the tenant's applications by id and name (what config-as-code needs to name enabled clients),
 * checkpoint-paged, never with a secret.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { makeClient } from "./helpers.js"

const seeded = Array.from({ length: 7 }, (_, i) => ({ client_id: `app${i}`, client_secret: `secret-${i}`, name: `App ${i}` }))

describe("GET /clients", () => {
  it.effect("pages by client id with take/from and never shows a secret", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ seed: { clients: seeded }, defaultClientSecret: "default-secret" })
      const ids: Array<string> = []
      let from: string | undefined
      let pages = 0
      do {
        const query: Array<readonly [string, string]> = [["fields", "client_id,name"], ["take", "3"], ...(from === undefined ? [] : [["from", from] as const])]
        const r = yield* c.call("GET", "/clients", { query })
        expect(r.status).toBe(200)
        const body = r.body as { clients: Array<Record<string, unknown>>; next?: string }
        for (const client of body.clients) expect(Object.keys(client).sort()).toEqual(["client_id", "name"])
        ids.push(...body.clients.map((client) => String(client.client_id)))
        from = body.next
        pages++
      } while (from !== undefined)
      expect(ids).toEqual([...ids].sort())
      expect(ids).toEqual(expect.arrayContaining(["app0", "app6", "emulator-default-client"]))
      expect(ids).toHaveLength(8)
      expect(pages).toBe(3)
      expect(JSON.stringify(yield* c.call("GET", "/clients"))).not.toMatch(/secret/)
    }))

  it.effect("a bare array without take/from; fields projects; read:clients is needed; a foreign cursor is a 400", () =>
    Effect.gen(function*() {
      const c = yield* makeClient({ seed: { clients: seeded } })
      const all = yield* c.call("GET", "/clients", { query: [["fields", "client_id"]] })
      expect(Array.isArray(all.body)).toBe(true)
      expect((all.body as Array<object>)[0]).toEqual({ client_id: "app0" })
      const denied = yield* c.call("GET", "/clients", { scopes: ["read:connections"] })
      expect(denied.status).toBe(403)
      expect((denied.body as { message: string }).message).toBe("Insufficient scope, expected any of: read:clients")
      const foreign = Buffer.from(JSON.stringify(["c1", "a", "a", "con_1"])).toString("base64url")
      expect((yield* c.call("GET", "/clients", { query: [["from", foreign]] })).status).toBe(400)
    }))
})
