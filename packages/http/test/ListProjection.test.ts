/**
 * Field projections on lists: `list`, `listOffset` and `stream` with `fields` return typed projected connections
 * (as `getProjection` does), so a projection without `name` or `strategy` decodes.
 */
import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import type { Connection, ConnectionProjection } from "@effect-auth0/domain/Connection"
import { ID, json, makeService } from "./helpers.js"

const ID2 = "con_2nd000000000000A"

describe("projected lists", () => {
  it.effect("list with fields: projected connections without name or strategy, fields sent", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => json(200, { connections: [{ id: ID, display_name: "Only this" }], next: "cursor-1" }))
      const svc = yield* service
      const page = yield* svc.list({ fields: ["id", "display_name"], take: 10 })
      expectTypeOf(page.connections).toEqualTypeOf<ReadonlyArray<ConnectionProjection>>()
      expect(page.connections).toEqual([{ id: ID, display_name: "Only this" }])
      expect(page.next).toBe("cursor-1")
      expect(seen[0]!.url.searchParams.get("fields")).toBe("id,display_name")
      expect(seen[0]!.url.searchParams.get("include_fields")).toBe("true")
    }))

  it.effect("listOffset with fields and include_fields: false", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => json(200, { total: 1, start: 0, limit: 50, connections: [{ id: ID, realms: ["r"] }] }))
      const svc = yield* service
      const page = yield* svc.listOffset({ fields: ["options"], include_fields: false })
      expect(page.connections).toEqual([{ id: ID, realms: ["r"] }])
      expect(page.total).toBe(1)
      expect(seen[0]!.url.searchParams.get("include_fields")).toBe("false")
    }))

  it.effect("stream with fields follows the pages and yields projections", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((_, i) =>
        i === 0 ? json(200, { connections: [{ id: ID }], next: "c1" }) : json(200, { connections: [{ id: ID2, show_as_button: true }] })
      )
      const svc = yield* service
      const all = Chunk.toReadonlyArray(yield* Stream.runCollect(svc.stream({ fields: ["show_as_button"], strategy: ["samlp"] })))
      expectTypeOf(all).toEqualTypeOf<ReadonlyArray<ConnectionProjection>>()
      expect(all).toEqual([{ id: ID }, { id: ID2, show_as_button: true }])
      expect(seen.map((s) => s.url.search)).toEqual([
        "?take=100&strategy=samlp&fields=show_as_button&include_fields=true",
        "?take=100&from=c1&strategy=samlp&fields=show_as_button&include_fields=true"
      ])
    }))

  it.effect("without fields the full connection type is kept", () =>
    Effect.gen(function*() {
      const { service } = makeService(() => json(200, { connections: [] }))
      const svc = yield* service
      const page = yield* svc.list({ take: 5 })
      expectTypeOf(page.connections).toEqualTypeOf<ReadonlyArray<Connection>>()
      expectTypeOf(svc.stream()).toEqualTypeOf<Stream.Stream<Connection, import("@effect-auth0/http/ConnectionsError").CommonError>>()
    }))

  it.effect("an empty fields list is refused locally", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => json(200, { connections: [] }))
      const svc = yield* service
      expect(yield* Effect.flip(svc.list({ fields: [] }))).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      expect(seen).toHaveLength(0)
    }))
})
