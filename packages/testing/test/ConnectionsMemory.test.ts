/**
 * `ConnectionsMemory` through the `ConnectionsService` interface, as a user's test would use it.
 */
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Fiber, Option, Redacted, Stream, TestClock } from "effect"
import type { ClientId, ConnectionId, ScimTokenId } from "@effect-auth0/domain/Identifiers"
import type { CreateConnection } from "@effect-auth0/domain/ConnectionRequest"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as ConnectionsMemory from "@effect-auth0/testing/ConnectionsMemory"
import * as Engine from "@effect-auth0/engine/Engine"

const db = (name: string): CreateConnection => ({ name, strategy: "auth0" }) as CreateConnection
const cid = (s: string) => s as ConnectionId

describe("ConnectionsMemory", () => {
  it.effect("create → get → update → delete, with Auth0's defaults and typed errors", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      const created = yield* svc.create(db("main-db"))
      expect(created.id).toBe("con_0000000000000001")
      expect(created.realms).toEqual(["main-db"])
      expect(created.enabled_clients).toEqual([])
      if (created.strategy !== "auth0") throw new Error("expected a database connection")
      expect(created.options?.passwordPolicy).toBeUndefined()
      expect(created.options?.["password_options"]).toMatchObject({ dictionary: { active: false, default: "en_100k" } })
      expect(yield* svc.get(created.id)).toEqual(created)

      const conflict = yield* Effect.flip(svc.create(db("main-db")))
      expect(conflict._tag).toBe("Conflict")
      expect(conflict).toMatchObject({ statusCode: 409, errorCode: "connection_conflict" })

      const updated = yield* svc.update(created.id, { metadata: { team: "identity" } })
      expect(updated.metadata).toEqual({ team: "identity" })
      expect(updated.options).toEqual(created.options)

      expect(yield* svc.delete(created.id)).toEqual(Option.some({ deleted_at: "1970-01-01T00:00:00.000Z" }))
      expect(yield* svc.delete(created.id)).toEqual(Option.none())
      const missing = yield* Effect.flip(svc.get(created.id))
      expect(missing).toMatchObject({ _tag: "ConnectionNotFound", connectionId: created.id, errorCode: "inexistent_connection" })
    }).pipe(Effect.provide(ConnectionsMemory.layerWith({ ids: "sequential" }))))

  it.effect("local validation fails before anything reaches the store", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      const engine = yield* ConnectionsMemory.engine
      const invalid = yield* Effect.flip(svc.create({ name: "bad name", strategy: "auth0" } as unknown as CreateConnection))
      expect(invalid._tag).toBe("InvalidRequest")
      if (invalid._tag !== "InvalidRequest") return
      expect(invalid.source).toBe("local")
      expect(invalid.issues.map((i) => i.path)).toContain("name")
      const empty = yield* Effect.flip(svc.update(cid("con_0000000000000001"), {}))
      expect(empty).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      const tooMany = yield* Effect.flip(svc.list({ take: 101 }))
      expect(tooMany).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      expect((yield* engine.snapshot).connections).toEqual([])
    }).pipe(Effect.provide(ConnectionsMemory.layer())))

  it.effect("list pages, listOffset totals, stream over > 100, findByName", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      const page = yield* svc.list({ take: 100 })
      expect(page.connections).toHaveLength(100)
      expect(page.next).toBeDefined()
      const offset = yield* svc.listOffset({ per_page: 10, page: 2 })
      expect(offset).toMatchObject({ total: 250, start: 20, limit: 10 })
      const all = Chunk.toReadonlyArray(yield* Stream.runCollect(svc.stream()))
      expect(all).toHaveLength(250)
      expect(new Set(all.map((c) => c.id)).size).toBe(250)
      const github = Chunk.toReadonlyArray(yield* Stream.runCollect(svc.stream({ strategy: ["github"] })))
      expect(github).toHaveLength(50)
      expect(github.every((c) => c.strategy === "github")).toBe(true)
      expect(Option.map(yield* svc.findByName("conn-042"), (c) => c.name)).toEqual(Option.some("conn-042"))
      expect(yield* svc.findByName("nope")).toEqual(Option.none())
    }).pipe(
      Effect.provide(
        ConnectionsMemory.layer({
          connections: Array.from({ length: 250 }, (_, i) => ({ name: `conn-${String(i).padStart(3, "0")}`, strategy: i % 5 === 0 ? "github" : "auth0" }))
        })
      )
    ))

  it.effect("updateOptions keeps unknown keys and secrets; update replaces options whole", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      const engine = yield* ConnectionsMemory.engine
      const created = yield* svc.create({
        name: "oidc",
        strategy: "oidc",
        options: { client_id: "abc", client_secret: Redacted.make("s3cret"), x_custom: { keep: true } }
      } as unknown as CreateConnection)
      const updated = yield* svc.updateOptions(created.id, (options) => ({ ...options, scope: "openid profile" }))
      const options = updated.options as Record<string, unknown>
      expect(options.scope).toBe("openid profile")
      expect(options.x_custom).toEqual({ keep: true })
      expect(Redacted.isRedacted(options.client_secret)).toBe(true)
      expect(Redacted.value(options.client_secret as Redacted.Redacted<string>)).toBe("s3cret")
      const stored = (yield* engine.snapshot).connections[0]!.options as Record<string, unknown>
      expect(stored.client_secret).toBe("s3cret")
      const replaced = yield* svc.update(created.id, { options: { client_id: "abc" } } as never)
      expect((replaced.options as Record<string, unknown>).x_custom).toBeUndefined()
    }).pipe(Effect.provide(ConnectionsMemory.layer())))

  it.effect("options hidden and updateOptions refused without read:connections_options", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      const created = yield* svc.create(db("db"))
      expect(created.options).toBeDefined()
      const got = yield* svc.get(created.id)
      expect(got.options).toBeUndefined()
      const refused = yield* Effect.flip(svc.updateOptions(created.id, (o) => o))
      expect(refused).toMatchObject({ _tag: "InsufficientScope", requiredScopes: ["read:connections_options"] })
      const forbidden = yield* Effect.flip(svc.update(created.id, { options: {} } as never))
      expect(forbidden).toMatchObject({ _tag: "InsufficientScope", statusCode: 403, requiredScopes: ["update:connections_options"] })
    }).pipe(
      Effect.provide(
        ConnectionsMemory.layerWith({ scopes: Engine.SCOPES.filter((s) => s !== "read:connections_options" && s !== "update:connections_options") })
      )
    ))

  it.effect("enabled clients: update, page, setEnabledClients in chunks of 50", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      const { id } = yield* svc.create(db("db"))
      yield* svc.updateEnabledClients(id, [{ client_id: "keep" as ClientId, status: true }, { client_id: "drop" as ClientId, status: true }])
      const wanted = ["keep", ...Array.from({ length: 120 }, (_, i) => `app-${i}`)] as Array<ClientId>
      const diff = yield* svc.setEnabledClients(id, wanted)
      expect(diff.enabled).toHaveLength(120)
      expect(diff.disabled).toEqual(["drop"])
      expect(diff.requests).toBe(3)
      const page = yield* svc.getEnabledClients(id, { take: 100 })
      expect(page.clients).toHaveLength(100)
      expect(page.next).toBeDefined()
      expect((yield* svc.get(id)).enabled_clients).toHaveLength(121)
      expect(yield* svc.setEnabledClients(id, wanted)).toEqual({ enabled: [], disabled: [], requests: 0 })
    }).pipe(Effect.provide(ConnectionsMemory.layer())))

  it.effect("keys, SCIM configuration and tokens", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      const okta = yield* svc.create({ name: "okta", strategy: "okta" } as CreateConnection)
      const keys = yield* svc.getKeys(okta.id)
      expect(keys).toHaveLength(2)
      expect(yield* Effect.flip(svc.createKeys(okta.id))).toMatchObject({ _tag: "Conflict" })
      const next = yield* svc.rotateKeys(okta.id)
      expect((yield* svc.getKeys(okta.id)).find((k) => k.kid === next.kid)?.next).toBe(true)

      const config = yield* svc.createScimConfiguration(okta.id)
      expect(config.user_id_attribute).toBe("externalId")
      expect(config.mapping).toHaveLength(32)
      expect((yield* svc.getScimDefaultMapping(okta.id)).mapping).toEqual(config.mapping)
      const updated = yield* svc.updateScimConfiguration(okta.id, { user_id_attribute: "userName", mapping: [] })
      expect(updated.user_id_attribute).toBe("userName")
      const token = yield* svc.createScimToken(okta.id, { scopes: ["get:users"] })
      expect(Redacted.isRedacted(token.token)).toBe(true)
      expect(String(token.token)).not.toContain(Redacted.value(token.token))
      yield* svc.createScimToken(okta.id)
      expect(yield* Effect.flip(svc.createScimToken(okta.id))).toMatchObject({
        _tag: "Conflict",
        message: "Maximum of 2 tokens already issued for this connection"
      })
      expect(yield* svc.listScimTokens(okta.id)).toHaveLength(2)
      yield* svc.deleteScimToken(okta.id, token.token_id)
      expect(yield* Effect.flip(svc.deleteScimToken(okta.id, token.token_id))).toMatchObject({ _tag: "ResourceNotFound" })
      yield* svc.deleteScimConfiguration(okta.id)
      expect(yield* Effect.flip(svc.getScimConfiguration(okta.id))).toMatchObject({ _tag: "ResourceNotFound", message: "Not Found" })

      const database = yield* svc.create(db("db"))
      expect(yield* Effect.flip(svc.createScimConfiguration(database.id))).toMatchObject({ _tag: "ResourceNotFound" })
      expect(yield* Effect.flip(svc.getKeys(cid("con_0000000000000404")))).toMatchObject({ _tag: "ConnectionNotFound" })
      expect(yield* Effect.flip(svc.deleteScimToken(okta.id, "tok_x" as ScimTokenId))).toMatchObject({ _tag: "ResourceNotFound" })
    }).pipe(Effect.provide(ConnectionsMemory.layer())))

  it.effect("status, users-by-email, projection and rateLimit", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      const ad = yield* svc.create({ name: "ad", strategy: "ad" } as CreateConnection)
      yield* svc.checkStatus(ad.id)
      const database = yield* svc.create(db("db"))
      expect(yield* Effect.flip(svc.checkStatus(database.id))).toMatchObject({ _tag: "ResourceNotFound" })
      yield* svc.deleteUserByEmail(database.id, "someone@example.com")
      expect(yield* Effect.flip(svc.deleteUserByEmail(ad.id, "someone@example.com"))).toMatchObject({
        _tag: "InvalidRequest",
        source: "auth0",
        message: "Connection must be a database connection"
      })
      const projected = yield* svc.getProjection(database.id, { fields: ["name"] })
      expect(projected).toEqual({
        id: database.id,
        name: "db",
        is_domain_connection: false,
        authentication: { active: true },
        connected_accounts: { active: false }
      })
      expect(yield* svc.rateLimit).toEqual(Option.none())
    }).pipe(Effect.provide(ConnectionsMemory.layer())))

  it.effect("make exposes the engine; fromEngine shares one store between two fakes", () =>
    Effect.gen(function*() {
      const a = yield* ConnectionsMemory.make({ ids: "sequential" })
      const b = yield* ConnectionsMemory.fromEngine(a.engine)
      const created = yield* a.create(db("shared"))
      expect((yield* b.get(created.id)).name).toBe("shared")
    }))

  it.effect("the client's own checks hold in the fake too: a blank email and an empty projection fail locally", () =>
    Effect.gen(function*() {
      const svc = yield* ConnectionsService
      const engine = yield* ConnectionsMemory.engine
      const database = yield* svc.create(db("db"))
      const blank = yield* Effect.flip(svc.deleteUserByEmail(database.id, "  "))
      expect(blank).toMatchObject({ _tag: "InvalidRequest", source: "local", issues: [{ path: "email", message: "must not be empty" }] })
      const empty = yield* Effect.flip(svc.getProjection(database.id, { fields: [] }))
      expect(empty).toMatchObject({ _tag: "InvalidRequest", source: "local" })
      expect((yield* engine.snapshot).connections).toHaveLength(1)
    }).pipe(Effect.provide(ConnectionsMemory.layer())))
})

/** Lets the in-memory response bodies (read through promises) arrive before the test clock moves. */
const settle = Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 1))).pipe(Effect.repeatN(3))

/** Moves the test clock in steps, letting in-flight work settle around each. */
const advance = (millis: number, step = 50) =>
  Effect.gen(function*() {
    for (let t = 0; t < millis; t += step) {
      yield* settle
      yield* TestClock.adjust(Math.min(step, millis - t))
    }
    yield* settle
  })

/** An engine that answers the first `times` requests matching `when` with `status` (after applying them when `apply`). */
const failing = (engine: Engine.Service, when: (request: Engine.EngineRequest) => boolean, times: number, status: number, apply = false) => {
  const seen: Array<string> = []
  let failures = 0
  const wrapped: Engine.Service = {
    ...engine,
    handle: (request) =>
      Effect.gen(function*() {
        seen.push(`${request.method} ${request.path}`)
        if (!when(request) || failures >= times) return yield* engine.handle(request)
        failures++
        if (apply) yield* engine.handle(request)
        return { status, body: { statusCode: status, error: "Fail", message: `scripted ${status}` } }
      })
  }
  return { engine: wrapped, seen }
}

describe("ConnectionsMemory on Effect's clock", () => {
  it.effect("retries are off by default: a 429 fails at once", () =>
    Effect.gen(function*() {
      const base = yield* Engine.make()
      const { engine, seen } = failing(base, () => true, 1, 429)
      const fake = yield* ConnectionsMemory.fromEngine(engine)
      expect(yield* Effect.flip(fake.list())).toMatchObject({ _tag: "RateLimited", attempts: 1 })
      expect(seen).toHaveLength(1)
    }))

  it.effect("with retries on, 429 backoffs sleep on the TestClock: nothing happens until it moves", () =>
    Effect.gen(function*() {
      const base = yield* Engine.make()
      const { engine, seen } = failing(base, (r) => r.method === "GET", 2, 429)
      const fake = yield* ConnectionsMemory.fromEngine(engine, { maxRetries: 3, retryBaseDelay: "1 second" })
      const fiber = yield* Effect.fork(fake.list())
      yield* advance(450)
      // The first backoff is 0.5–1 s (half fixed, half jitter): still waiting after 450 ms of test time.
      expect(seen).toHaveLength(1)
      expect(fiber.unsafePoll()).toBeNull()
      yield* advance(3000)
      expect((yield* Fiber.join(fiber)).connections).toEqual([])
      expect(seen).toHaveLength(3)
    }))

  it.effect("the client-side rate limiter paces the fake on the TestClock", () =>
    Effect.gen(function*() {
      const base = yield* Engine.make()
      const { engine, seen } = failing(base, () => false, 0, 500)
      const fake = yield* ConnectionsMemory.fromEngine(engine, { rateLimit: { requestsPerSecond: 1, burst: 1 } })
      const fiber = yield* Effect.fork(Effect.all([fake.list(), fake.list(), fake.list()], { concurrency: "unbounded" }))
      yield* advance(10)
      expect(seen).toHaveLength(1)
      yield* advance(1000)
      expect(seen).toHaveLength(2)
      yield* advance(1000)
      expect(seen).toHaveLength(3)
      expect(yield* Fiber.join(fiber)).toHaveLength(3)
    }))

  it.effect("create reconciles after an ambiguous 503 exactly as the client does: the applied POST is found, not repeated", () =>
    Effect.gen(function*() {
      const base = yield* Engine.make()
      const { engine, seen } = failing(base, (r) => r.method === "POST", 1, 503, true)
      const fake = yield* ConnectionsMemory.fromEngine(engine, { maxRetries: 2, retryBaseDelay: "1 second" })
      const created = yield* fake.create(db("ambiguous"))
      expect(created.name).toBe("ambiguous")
      expect(seen).toEqual(["POST /connections", "GET /connections"])
      expect((yield* base.snapshot).connections.map((c) => c.name)).toEqual(["ambiguous"])
    }))
})
