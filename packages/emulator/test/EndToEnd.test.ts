/**
 * End to end: the HTTP `ConnectionsService` (`ConnectionsHttp` over `NodeHttpClient`) against the in-process
 * emulator, for what only shows on the wire: retries driven by the emulator's fault script and rate limiter,
 * create reconciliation after ambiguous failures, rate-limit state, scopes and tokens.
 *
 * One emulator serves the file; every test resets it first and builds its own client (own token cache).
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Option, Redacted, Schema } from "effect"
import { CreateConnection } from "@effect-auth0/domain/ConnectionRequest"
import { ClientId } from "@effect-auth0/domain/Identifiers"
import type { UpdateConnection } from "@effect-auth0/domain/ConnectionRequest"
import { Emulator } from "@effect-auth0/emulator/Emulator"
import type { FaultRule } from "@effect-auth0/emulator/Fault"
import * as EmulatorModule from "@effect-auth0/emulator/Emulator"
import { staticToken } from "@effect-auth0/emulator/EmulatorClient"
import type * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { ConnectionsService, type Service } from "@effect-auth0/http/ConnectionsService"
import { httpFor } from "./contract/targets.js"

const decodeCreate = Schema.decodeUnknownSync(CreateConnection)
let counter = 0
const uniqueName = (label: string) => `e2e-${label}-${Date.now().toString(36)}${(++counter).toString(36)}`

/** Runs `f` with a fresh HTTP client for the file's emulator. */
const withClient = <A, E>(overrides: ConnectionsHttp.Options, f: (service: Service) => Effect.Effect<A, E>) =>
  Effect.flatMap(Emulator, (emulator) => Effect.provide(Effect.flatMap(ConnectionsService, f), httpFor(emulator, overrides)))

/** Resets the emulator (store, faults, request log, rate-limit bucket) and turns its rate limiting off. */
const fresh = Effect.flatMap(Emulator, (emulator) =>
  Effect.zipRight(emulator.reset, emulator.updateSettings({ rateLimit: null, latencyMs: 0 })))

const faults = (rules: ReadonlyArray<FaultRule>) => Effect.flatMap(Emulator, (emulator) => emulator.addFaults(rules))

/** `METHOD STATUS` of each logged Management API request (0 = no answer), in order. */
const apiLog = Effect.map(Emulator, (emulator) => emulator.requests).pipe(
  Effect.flatten,
  Effect.map((log) => log.filter((r) => r.path.startsWith("/api/v2/")).map((r) => `${r.method} ${r.path.replace(/con_[A-Za-z0-9]+/, "{id}")} ${r.status}`))
)

const connectionsNamed = (name: string) =>
  Effect.flatMap(Emulator, (emulator) => Effect.map(emulator.engine.snapshot, (s) => s.connections.filter((c) => c.name === name)))


const expectTag = <A, E extends { readonly _tag: string }, R>(effect: Effect.Effect<A, E, R>, tag: E["_tag"]) =>
  Effect.map(Effect.flip(effect), (error) => {
    expect(error._tag).toBe(tag)
    return error
  })

layer(EmulatorModule.layer({ tenantDomain: "e2e.emulator.auth0.com" }), { excludeTestServices: true })("HTTP client ↔ emulator", (it) => {
  it.effect("429 then success: the client waits the emulator's retry-after, then retries", () =>
    Effect.gen(function*() {
      yield* fresh
      const created = yield* withClient({}, (s) => s.create(decodeCreate({ name: uniqueName("ratelimited"), strategy: "auth0" })))
      yield* faults([{ method: "GET", path: "/api/v2/connections/*", status: 429, times: 1, headers: { "retry-after": "1" } }])
      const started = Date.now()
      // the base backoff is 20 ms: only honouring retry-after explains a wait of a second
      const fetched = yield* withClient({}, (s) => s.get(created.id))
      expect(fetched.id).toBe(created.id)
      expect(Date.now() - started).toBeGreaterThanOrEqual(950)
      expect(yield* apiLog).toEqual(["POST /api/v2/connections 201", "GET /api/v2/connections/{id} 429", "GET /api/v2/connections/{id} 200"])
    }))

  it.effect("429 on every attempt: RateLimited after maxRetries, carrying Auth0's rate-limit figures", () =>
    Effect.gen(function*() {
      yield* fresh
      yield* faults([{ method: "GET", path: "/api/v2/connections", status: 429, times: 5, headers: { "retry-after": "0" } }])
      const error = yield* expectTag(withClient({ maxRetries: 2 }, (s) => s.list()), "RateLimited")
      if (error._tag !== "RateLimited") return
      expect(error).toMatchObject({ statusCode: 429, errorCode: "too_many_requests", attempts: 3, remaining: 0, retryAfter: 0 })
      expect(error.reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) - 1)
      expect(yield* apiLog).toEqual(Array(3).fill("GET /api/v2/connections 429"))
    }))

  it.effect("503 on a GET is retried until it succeeds", () =>
    Effect.gen(function*() {
      yield* fresh
      const created = yield* withClient({}, (s) => s.create(decodeCreate({ name: uniqueName("flaky"), strategy: "auth0" })))
      yield* faults([{ method: "GET", path: "/api/v2/connections/*", status: 503, times: 2 }])
      expect((yield* withClient({}, (s) => s.get(created.id))).id).toBe(created.id)
      expect((yield* apiLog).slice(1)).toEqual([
        "GET /api/v2/connections/{id} 503",
        "GET /api/v2/connections/{id} 503",
        "GET /api/v2/connections/{id} 200"
      ])
    }))

  it.effect("503 on a request that is not safe to repeat (key rotation) fails at once with ServerError", () =>
    Effect.gen(function*() {
      yield* fresh
      const created = yield* withClient({}, (s) =>
        s.create(decodeCreate({
          name: uniqueName("rotate"),
          strategy: "oidc",
          options: { type: "back_channel", issuer: "https://idp.example.com", client_id: "c", client_secret: "s", scopes: "openid" }
        })))
      yield* faults([{ method: "POST", path: "/api/v2/connections/*/keys/rotate", status: 503, times: 3 }])
      const error = yield* expectTag(withClient({}, (s) => s.rotateKeys(created.id)), "ServerError")
      expect(error).toMatchObject({ statusCode: 503, attempts: 1 })
      expect((yield* apiLog).filter((l) => l.includes("rotate"))).toEqual(["POST /api/v2/connections/{id}/keys/rotate 503"])
    }))

  it.effect("503 on create: the client looks the name up, re-sends once, and exactly one connection exists", () =>
    Effect.gen(function*() {
      yield* fresh
      const name = uniqueName("create503")
      yield* faults([{ method: "POST", path: "/api/v2/connections", status: 503, times: 1 }])
      const created = yield* withClient({}, (s) => s.create(decodeCreate({ name, strategy: "auth0" })))
      const stored = yield* connectionsNamed(name)
      expect(stored.map((c) => c.id)).toEqual([created.id])
      const log = yield* apiLog
      expect(log[0]).toBe("POST /api/v2/connections 503")
      expect(log.filter((l) => l.startsWith("POST"))).toEqual(["POST /api/v2/connections 503", "POST /api/v2/connections 201"])
      expect(log.some((l) => l.startsWith("GET /api/v2/connections 200"))).toBe(true)
    }))

  it.effect("503 on a create Auth0 did carry out (answer lost): the client finds the connection and sends no second POST", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator
      const name = uniqueName("created503")
      // What Auth0 would have stored before its answer was lost.
      yield* emulator.seed({ connections: [{ name, strategy: "auth0" }] })
      const [seeded] = yield* connectionsNamed(name)
      yield* faults([{ method: "POST", path: "/api/v2/connections", status: 503, times: 1 }])
      const created = yield* withClient({}, (s) => s.create(decodeCreate({ name, strategy: "auth0" })))
      expect(created.id).toBe(seeded!.id)
      expect((yield* connectionsNamed(name))).toHaveLength(1)
      expect((yield* apiLog).filter((l) => l.startsWith("POST"))).toEqual(["POST /api/v2/connections 503"])
    }))

  it.effect("503 on create when the name belongs to a connection of another strategy: Conflict, nothing returned as ours", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator
      const name = uniqueName("otherstrategy")
      yield* emulator.seed({ connections: [{ name, strategy: "google-oauth2" }] })
      yield* faults([{ method: "POST", path: "/api/v2/connections", status: 503, times: 1 }])
      const error = yield* expectTag(withClient({}, (s) => s.create(decodeCreate({ name, strategy: "auth0" }))), "Conflict")
      expect(error).toMatchObject({ statusCode: 409, errorCode: "connection_conflict" })
      const stored = yield* connectionsNamed(name)
      expect(stored.map((c) => c.strategy)).toEqual(["google-oauth2"])
    }))

  it.effect("a dropped connection on create is reconciled the same way: one connection, no error", () =>
    Effect.gen(function*() {
      yield* fresh
      const name = uniqueName("dropped")
      yield* faults([{ method: "POST", path: "/api/v2/connections", drop: true, times: 1 }])
      const created = yield* withClient({}, (s) => s.create(decodeCreate({ name, strategy: "auth0" })))
      expect((yield* connectionsNamed(name)).map((c) => c.id)).toEqual([created.id])
      expect((yield* apiLog).filter((l) => l.startsWith("POST"))).toEqual(["POST /api/v2/connections 0", "POST /api/v2/connections 201"])
    }))

  it.effect("a dropped connection on a GET is retried (TransportError only when it keeps happening)", () =>
    Effect.gen(function*() {
      yield* fresh
      yield* faults([{ method: "GET", path: "/api/v2/connections", drop: true, times: 1 }])
      expect((yield* withClient({}, (s) => s.list())).connections).toEqual([])
      yield* faults([{ method: "GET", path: "/api/v2/connections", drop: true, times: 10 }])
      const error = yield* expectTag(withClient({ maxRetries: 1 }, (s) => s.list()), "TransportError")
      expect(error).toMatchObject({ reason: "Transport", method: "GET", attempts: 2 })
    }))

  it.effect("setEnabledClients over 50 changes is sent in PATCH chunks of at most 50, reading every page first", () =>
    Effect.gen(function*() {
      yield* fresh
      const ids = Array.from({ length: 120 }, (_, i) => ClientId.make(`chunkClient${String(i).padStart(20, "0")}`))
      const { diff, again, shrunk, listed } = yield* withClient({}, (s) =>
        Effect.gen(function*() {
          const connection = yield* s.create(decodeCreate({ name: uniqueName("chunks"), strategy: "auth0" }))
          const diff = yield* s.setEnabledClients(connection.id, ids)
          const again = yield* s.setEnabledClients(connection.id, ids)
          const shrunk = yield* s.setEnabledClients(connection.id, ids.slice(0, 10))
          const listed = (yield* s.getEnabledClients(connection.id, { take: 1000 })).clients.map((c) => c.client_id)
          return { diff, again, shrunk, listed }
        }))
      expect(diff).toMatchObject({ disabled: [], requests: 3 })
      expect([...diff.enabled].sort()).toEqual([...ids].sort())
      expect(again).toEqual({ enabled: [], disabled: [], requests: 0 })
      expect(shrunk.requests).toBe(3)
      expect(shrunk.disabled).toHaveLength(110)
      expect(listed.sort()).toEqual(ids.slice(0, 10).sort())
      const patches = (yield* apiLog).filter((l) => l.startsWith("PATCH"))
      expect(patches).toEqual(Array(6).fill("PATCH /api/v2/connections/{id}/clients 204"))
    }))

  it.effect("the rate-limit state is readable after calls: limit, remaining and reset as the emulator sent them", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator
      yield* emulator.updateSettings({ rateLimit: { requestsPerSecond: 1, burst: 40 } })
      const state = yield* withClient({}, (s) =>
        Effect.gen(function*() {
          expect(yield* s.rateLimit).toEqual(Option.none())
          yield* s.list()
          yield* s.list()
          return yield* s.rateLimit
        }))
      expect(Option.isSome(state)).toBe(true)
      const value = Option.getOrThrow(state)
      expect(value.limit).toBe(40)
      expect(value.remaining).toBeGreaterThanOrEqual(37)
      expect(value.remaining).toBeLessThanOrEqual(38)
      expect(value.reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000))
      expect(Math.abs(value.observedAt - Date.now())).toBeLessThan(10_000)
    }))

  it.effect("the emulator's own rate limiter: the client waits out its 429s and every call succeeds", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator
      yield* emulator.updateSettings({ rateLimit: { requestsPerSecond: 4, burst: 2 } })
      const results = yield* withClient({}, (s) => Effect.forEach([1, 2, 3, 4], () => s.list(), { concurrency: 4 }))
      expect(results).toHaveLength(4)
      const statuses = (yield* apiLog).map((l) => l.split(" ")[2])
      expect(statuses.filter((s) => s === "200")).toHaveLength(4)
      expect(statuses).toContain("429")
    }))

  it.effect("without read:connections_options, options are hidden and updateOptions refuses to erase them", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator
      const created = yield* withClient({}, (s) =>
        s.create(decodeCreate({ name: uniqueName("hidden"), strategy: "auth0", options: { passwordPolicy: "fair" } })))
      expect(created.options).toBeDefined()
      const token = yield* emulator.mintToken(["read:connections", "update:connections", "update:connections_options"])
      yield* withClient(staticToken(token), (s) =>
        Effect.gen(function*() {
          expect((yield* s.get(created.id)).options).toBeUndefined()
          const listed = (yield* s.list()).connections.find((c) => c.id === created.id)
          expect(listed?.options).toBeUndefined()
          const refused = yield* expectTag(s.updateOptions(created.id, (o) => ({ ...o, passwordPolicy: "good" })), "InsufficientScope")
          if (refused._tag === "InsufficientScope") expect(refused.requiredScopes).toEqual(["read:connections_options"])
        }))
      const [stored] = yield* connectionsNamed(created.name)
      expect((stored!.options as Record<string, unknown>).passwordPolicy).toBe("fair")
      expect((yield* apiLog).filter((l) => l.startsWith("PATCH"))).toEqual([])
    }))

  it.effect("PATCH with options without update:connections_options is a 403 InsufficientScope naming the scope", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator
      const created = yield* withClient({}, (s) => s.create(decodeCreate({ name: uniqueName("optscope"), strategy: "auth0" })))
      const token = yield* emulator.mintToken(["read:connections", "read:connections_options", "update:connections"])
      yield* withClient(staticToken(token), (s) =>
        Effect.gen(function*() {
          const error = yield* expectTag(s.update(created.id, { options: { passwordPolicy: "good" } } as unknown as UpdateConnection), "InsufficientScope")
          expect(error).toMatchObject({ statusCode: 403 })
          if (error._tag === "InsufficientScope") expect(error.requiredScopes).toContain("update:connections_options")
          // the same token may still change top-level fields
          const renamed = yield* s.update(created.id, { display_name: "Still allowed" } as UpdateConnection)
          expect(renamed.display_name).toBe("Still allowed")
        }))
      expect((yield* apiLog).filter((l) => l.startsWith("PATCH"))).toEqual(["PATCH /api/v2/connections/{id} 403", "PATCH /api/v2/connections/{id} 200"])
    }))

  it.effect("scopes: a missing scope is InsufficientScope with the scopes Auth0 names (any of / all of)", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator
      const oidc = yield* withClient({}, (s) =>
        s.create(decodeCreate({
          name: uniqueName("scopes"),
          strategy: "oidc",
          options: { type: "back_channel", issuer: "https://idp.example.com", client_id: "c", client_secret: "s", scopes: "openid" }
        })))
      const token = yield* emulator.mintToken(["read:connections", "create:connections_keys"])
      yield* withClient(staticToken(token), (s) =>
        Effect.gen(function*() {
          const create = yield* expectTag(s.create(decodeCreate({ name: uniqueName("noscope"), strategy: "auth0" })), "InsufficientScope")
          expect(create).toMatchObject({ statusCode: 403, errorCode: "insufficient_scope", requiredScopes: ["create:connections"], requirement: "any" })
          const rotate = yield* expectTag(s.rotateKeys(oidc.id), "InsufficientScope")
          expect(rotate).toMatchObject({ requirement: "all", requiredScopes: ["create:connections_keys", "update:connections_keys"] })
        }))
    }))

  it.effect("401: a bad or expired static token is Unauthorized at once (no retry); so are wrong client credentials", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator
      const bad = yield* expectTag(withClient(staticToken(Redacted.make("not-a-valid-token")), (s) => s.list()), "Unauthorized")
      expect(bad).toMatchObject({ statusCode: 401, message: "Invalid token" })
      expect(JSON.stringify(bad)).not.toContain("not-a-valid-token")
      const expired = yield* emulator.mintToken(undefined, { expiresInSeconds: -60 })
      yield* expectTag(withClient(staticToken(expired), (s) => s.list()), "Unauthorized")
      expect(yield* apiLog).toEqual(["GET /api/v2/connections 401", "GET /api/v2/connections 401"])

      const wrong = yield* expectTag(withClient({ clientSecret: Redacted.make("wrong-secret") }, (s) => s.list()), "Unauthorized")
      expect(JSON.stringify(wrong)).not.toContain("wrong-secret")
      expect(yield* apiLog).toHaveLength(2)
    }))

  it.effect("client credentials: a 401 makes the client fetch a new token once and retry", () =>
    Effect.gen(function*() {
      yield* fresh
      const emulator = yield* Emulator
      yield* faults([{ method: "GET", path: "/api/v2/connections", status: 401, times: 1 }])
      expect((yield* withClient({}, (s) => s.list())).connections).toEqual([])
      const log = (yield* emulator.requests).map((r) => `${r.method} ${r.path} ${r.status}`)
      expect(log).toEqual([
        "POST /oauth/token 200",
        "GET /api/v2/connections 401",
        "POST /oauth/token 200",
        "GET /api/v2/connections 200"
      ])
    }))
})
