import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Schema } from "effect"
import { CreateConnection } from "@effect-auth0/domain/ConnectionRequest"
import type { ConnectionId } from "@effect-auth0/domain/Identifiers"
import { auth0Connection, auth0Error, ID, json, makeService, type Seen } from "./helpers.js"

const decodeCreate = Schema.decodeUnknownSync(CreateConnection)

/** A tiny tenant holding one connection: GET returns it, PATCH replaces `options` whole (like Auth0). */
const tenant = () => {
  const state = { connection: auth0Connection() as Record<string, unknown> }
  // A few real milliseconds per answer, so concurrent calls really interleave their reads and writes.
  const slow = (response: () => Response) => Effect.as(Effect.sleep("3 millis"), undefined).pipe(Effect.map(response))
  const handler = (req: Seen) => {
    if (req.method === "GET") return slow(() => json(200, state.connection))
    if (req.method === "PATCH") {
      return slow(() => {
        const body = req.body as Record<string, unknown>
        state.connection = { ...state.connection, ...body }
        return json(200, state.connection)
      })
    }
    return json(404, auth0Error(404, "Not Found", "unexpected"))
  }
  return { state, handler }
}

describe("concurrent updateOptions on one connection", () => {
  it.live("are applied one after another: every write survives", () =>
    Effect.gen(function*() {
      const { handler, state } = tenant()
      const { seen, service } = makeService(handler)
      const svc = yield* service
      const exits = yield* Effect.all(
        Array.from({ length: 10 }, (_, i) => Effect.exit(svc.updateOptions(ID, (options) => ({ ...options, [`writer_${i}`]: i })))),
        { concurrency: "unbounded" }
      )
      expect(exits.every(Exit.isSuccess)).toBe(true)
      const options = state.connection.options as Record<string, unknown>
      for (let i = 0; i < 10; i++) expect(options[`writer_${i}`]).toBe(i)
      // Untouched keys survive too.
      expect(options.future_option_key).toEqual({ nested: [1, 2, 3] })
      // Strictly alternating: each read follows the previous write.
      expect(seen.map((s) => s.method)).toEqual(Array.from({ length: 10 }, () => ["GET", "PATCH"]).flat())
    }))

  it.live("a plain update carrying options waits for a running updateOptions; other connections do not wait", () =>
    Effect.gen(function*() {
      const { handler, state } = tenant()
      const { seen, service } = makeService(handler)
      const svc = yield* service
      const other = "con_otherOTHERother1" as ConnectionId
      yield* Effect.all([
        svc.updateOptions(ID, (options) => ({ ...options, from_update_options: true })),
        Effect.andThen(Effect.sleep("1 millis"), svc.update(ID, { options: { brute_force_protection: false } })),
        Effect.andThen(Effect.sleep("1 millis"), svc.update(other, { is_domain_connection: true }))
      ], { concurrency: "unbounded" })
      const order = seen.map((s) => `${s.method} ${s.path.endsWith(other) ? "other" : "one"}`)
      // The unrelated PATCH went out while updateOptions was between its read and its write.
      expect(order.slice(0, 2)).toEqual(["GET one", "PATCH other"])
      // The options PATCH came after updateOptions' write, so it is the one that holds.
      expect(order.slice(2)).toEqual(["PATCH one", "PATCH one"])
      expect((seen[3]!.body as { options: unknown }).options).toEqual({ brute_force_protection: false })
      expect(state.connection.options).toEqual({ brute_force_protection: false })
    }))
})

describe("concurrent creates of one name", () => {
  it.live("with ambiguous failures: exactly one succeeds, the others get Conflict (never another call's connection)", () =>
    Effect.gen(function*() {
      // A tenant where names are unique case-insensitively, and the first POST of every caller answers 503
      // without creating anything.
      const created: Array<Record<string, unknown>> = []
      let posts = 0
      const { service } = makeService((req) => {
        if (req.method === "POST") {
          posts++
          if (posts % 2 === 1) return Effect.as(Effect.sleep("2 millis"), json(503, auth0Error(503, "Service Unavailable", "try later")))
          const name = String((req.body as { name: string }).name)
          if (created.some((c) => String(c.name).toLowerCase() === name.toLowerCase())) {
            return json(409, auth0Error(409, "Conflict", "A connection with the same name already exists", "connection_conflict"))
          }
          const connection = auth0Connection({ id: `con_created${created.length}AAAAAA`, name, realms: [name] })
          created.push(connection)
          return json(201, connection)
        }
        if (req.method === "GET") {
          const name = req.url.searchParams.get("name") ?? ""
          return json(200, { connections: created.filter((c) => c.name === name) })
        }
        return json(404, auth0Error(404, "Not Found", "unexpected"))
      }, { retryBaseDelay: "1 millis" })
      const svc = yield* service
      const bodies = Array.from({ length: 12 }, (_, i) => decodeCreate({ name: i === 11 ? "RACE-NAME" : "race-name", strategy: "auth0" }))
      const exits = yield* Effect.all(bodies.map((b) => Effect.exit(svc.create(b))), { concurrency: "unbounded" })
      const successes = exits.filter(Exit.isSuccess)
      const conflicts = exits.filter((e) => Exit.isFailure(e) && e.cause._tag === "Fail" && e.cause.error._tag === "Conflict")
      expect(created).toHaveLength(1)
      expect({ successes: successes.length, conflicts: conflicts.length }).toEqual({ successes: 1, conflicts: 11 })
      expect(successes[0]!.value.id).toBe(created[0]!.id)
    }))
})
