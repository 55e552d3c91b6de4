/**
 * The `ConnectionsService` contract: one suite of behaviour tests, run with the same expectations against every
 * implementation (the in-memory fake, the HTTP client talking to the emulator, the HTTP client talking to a real
 * tenant).
 *
 * Every test creates its own connections under a unique name prefix and deletes them when it ends (scope
 * finalizers), and never assumes the tenant is empty: the suite can run against a shared real tenant.
 */
import { describe, expect, layer } from "@effect/vitest"
import { Chunk, Effect, Option, Redacted, Schema, Stream } from "effect"
import type * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import type { Connection } from "@effect-auth0/domain/Connection"
import { CreateConnection } from "@effect-auth0/domain/ConnectionRequest"
import type { UpdateConnection } from "@effect-auth0/domain/ConnectionRequest"
import { ClientId, ConnectionId, type Cursor, DirectoryGroupId } from "@effect-auth0/domain/Identifiers"
import type { ConnectionsCheckpointPage } from "@effect-auth0/domain/ConnectionList"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import type { ConnectionsError } from "@effect-auth0/http/ConnectionsError"

/**
 * What the suite needs to know about a target.
 */
export interface ContractOptions<R = never> {
  /**
   * Client (application) ids that exist on the target, for the enabled-clients tests. Two or more exercise
   * `setEnabledClients` swapping clients; with one the suite still checks enable/disable.
   */
  readonly clientIds: ReadonlyArray<string>
  /** Per-test timeout (real tenants are slower and rate limited). */
  readonly timeout?: number | undefined
  /** Facts to leave out for this target, each with the reason (printed in the test name). */
  readonly skip?: Partial<Record<ContractFact, string>> | undefined
  /**
   * Turns the tenant's inbound directory provisioning feature on or off, for targets whose tenant settings the
   * suite controls (the fake, the emulator); without it the feature-disabled test is skipped.
   */
  readonly setDirectoryProvisioning?: ((enabled: boolean) => Effect.Effect<void, never, R>) | undefined
}

/** Tests a target may leave out (none by default; see {@link ContractOptions.skip}). */
export type ContractFact = "bulkStream" | "scim" | "keys" | "deleteUserByEmail" | "directoryProvisioning" | "checkStatus"

const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
const randomTag = (length: number) => Array.from({ length }, () => ALNUM[Math.floor(Math.random() * ALNUM.length)]).join("")

/** Case-insensitive name order, the order Auth0 lists connections in. */
const byName = (a: string, b: string) => {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

const expectNameOrdered = (names: ReadonlyArray<string>) => {
  for (let i = 1; i < names.length; i++) {
    if (byName(names[i - 1]!, names[i]!) > 0) {
      throw new Error(`connections out of name order at ${i}: ${JSON.stringify(names[i - 1])} before ${JSON.stringify(names[i])}`)
    }
  }
}

const decodeCreate = Schema.decodeUnknownSync(CreateConnection)

/** The failure of an effect that must fail, narrowed to one tag. */
const failure = <A, E extends { readonly _tag: string }, R, T extends E["_tag"]>(
  effect: Effect.Effect<A, E, R>,
  tag: T
): Effect.Effect<Extract<E, { readonly _tag: T }>, never, R> =>
  Effect.flatMap(Effect.either(effect), (result) => {
    if (result._tag === "Right") return Effect.die(new Error(`expected ${tag}, the call succeeded`))
    const error = result.left
    if (error._tag !== tag) return Effect.die(new Error(`expected ${tag}, got ${error._tag}: ${JSON.stringify(error)}`))
    return Effect.succeed(error as Extract<E, { readonly _tag: T }>)
  })

const optionsOf = (connection: Connection): Record<string, unknown> => (connection.options ?? {}) as Record<string, unknown>

/**
 * Runs the contract against the `ConnectionsService` the layer provides. The layer is built once for the block;
 * tests run one after another on the live clock.
 */
export const contractSuite = <E, R = never>(
  name: string,
  makeLayer: Layer.Layer<ConnectionsService | R, E>,
  options: ContractOptions<R>
) => {
  const timeout = options.timeout ?? 30_000
  const prefix = `ct${randomTag(6)}`
  let counter = 0
  /** A unique, valid connection name (letters, digits, single hyphens). */
  const uniqueName = (label: string) => `${prefix}-${label}-${(++counter).toString(36)}`
  const skipped = (fact: ContractFact): string | undefined => options.skip?.[fact]
  const clientIds = options.clientIds.map((id) => ClientId.make(id))

  /** Creates a connection that is deleted when the test's scope closes. */
  const created = (body: Record<string, unknown>): Effect.Effect<Connection, ConnectionsError, ConnectionsService | Scope.Scope> =>
    Effect.flatMap(ConnectionsService, (service) =>
      Effect.acquireRelease(service.create(decodeCreate(body)), (connection) => Effect.ignore(service.delete(connection.id))))

  const database = (label: string, extra: Record<string, unknown> = {}) => created({ name: uniqueName(label), strategy: "auth0", ...extra })

  /** An OIDC connection with static endpoints (Auth0 fetches the discovery document; the engine synthesises it). */
  const oidc = (label: string) =>
    created({
      name: uniqueName(label),
      strategy: "oidc",
      options: {
        type: "back_channel",
        discovery_url: "https://accounts.google.com/.well-known/openid-configuration",
        client_id: "contract-suite-client",
        client_secret: "contract-suite-secret",
        scopes: "openid profile email"
      }
    })

  const missingId = ConnectionId.make("con_0000000000000000")

  /** A Google Workspace connection: the only strategy with directory provisioning. */
  const workspace = (label: string) =>
    created({
      name: uniqueName(label),
      strategy: "google-apps",
      options: { domain: `${prefix}-${label}.example.com`, client_id: "contract-suite-client", client_secret: "contract-suite-secret" }
    })

  const directorySkip = skipped("directoryProvisioning")
  const directoryTitle = (title: string) => `${title}${directorySkip === undefined ? "" : ` (skipped: ${directorySkip})`}`
  const gid = (id: string) => DirectoryGroupId.make(id)

  describe(name, () => {
    layer(makeLayer, { excludeTestServices: true, timeout: timeout * 4 })((it) => {
      it.scoped("create answers with Auth0's server defaults, and get returns the same connection", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* database("defaults")
          expect(connection.id).toMatch(/^con_[A-Za-z0-9]{16}$/)
          expect(connection.name.startsWith(`${prefix}-defaults-`)).toBe(true)
          expect(connection).toMatchObject({
            strategy: "auth0",
            realms: [connection.name],
            enabled_clients: [],
            is_domain_connection: false,
            authentication: { active: true },
            connected_accounts: { active: false }
          })
          expect(connection.provisioning_ticket_url).toBeUndefined()
          const opts = optionsOf(connection)
          // 2026 tenants: a complete default password_options and no passwordPolicy.
          expect(opts).toMatchObject({ brute_force_protection: true, strategy_version: 2, password_options: { complexity: { min_length: 15 } } })
          expect(opts).not.toHaveProperty("passwordPolicy")
          expect(opts).toHaveProperty("mfa")
          expect(opts).toHaveProperty("authentication_methods")
          expect(opts).toHaveProperty("passkey_options")

          const fetched = yield* service.get(connection.id)
          expect(fetched).toEqual(connection)
        }), timeout)

      it.scoped("a duplicate name is a Conflict (connection_conflict) and creates nothing", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const first = yield* database("dup")
          const error = yield* failure(service.create(decodeCreate({ name: first.name, strategy: "auth0" })), "Conflict")
          expect(error).toMatchObject({ statusCode: 409, errorCode: "connection_conflict" })
          const page = yield* service.list({ name: first.name })
          expect(page.connections.map((c) => c.id)).toEqual([first.id])
        }), timeout)

      it.scoped("an invalid create is refused locally with every problem listed, and nothing is created", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const name = `${uniqueName("bad")}--double-hyphen`
          const body = {
            name,
            strategy: "auth0",
            display_name: "x".repeat(129),
            metadata: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "v"]))
          } as unknown as CreateConnection
          const error = yield* failure(service.create(body), "InvalidRequest")
          expect(error.source).toBe("local")
          const paths = error.issues.map((issue) => issue.path)
          expect(paths).toEqual(expect.arrayContaining(["name", "display_name", "metadata"]))
          for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(0)
          expect(yield* service.findByName(name)).toEqual(Option.none())
        }), timeout)

      it.scoped("list pages with checkpoints: every connection once, in case-insensitive name order, no next on the last page", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const labels = ["Alpha", "bravo", "Charlie", "delta", "Echo"]
          const mine = yield* Effect.forEach(labels, (label) => database(label))
          const seen: Array<Connection> = []
          let from: Cursor | undefined = undefined
          let pages = 0
          for (;;) {
            const page: ConnectionsCheckpointPage = yield* service.list(from === undefined ? { take: 2 } : { take: 2, from })
            pages++
            expect(page.connections.length).toBeLessThanOrEqual(2)
            seen.push(...page.connections)
            if (page.next === undefined) break
            expect(page.connections.length).toBe(2)
            from = page.next
            if (pages > 10_000) throw new Error("paging never ends")
          }
          const ids = seen.map((c) => c.id)
          expect(new Set(ids).size).toBe(ids.length)
          expect(ids).toEqual(expect.arrayContaining(mine.map((c) => c.id)))
          expectNameOrdered(seen.map((c) => c.name))
          expect(pages).toBeGreaterThanOrEqual(3)
          // our five, in the order they were listed, are the case-insensitive sort of their names
          const ours = seen.filter((c) => c.name.startsWith(`${prefix}-`) && mine.some((m) => m.id === c.id)).map((c) => c.name)
          expect(ours).toEqual([...mine.map((c) => c.name)].sort(byName))
        }), timeout * 2)

      it.effect("page sizes above Auth0's limits are refused locally, before anything is sent", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const tooMany = yield* failure(service.list({ take: 101 } as never), "InvalidRequest")
          expect(tooMany.source).toBe("local")
          expect(tooMany.issues.map((i) => i.path)).toContain("take")
          const zero = yield* failure(service.listOffset({ per_page: 0 } as never), "InvalidRequest")
          expect(zero.issues.map((i) => i.path)).toContain("per_page")
          yield* failure(service.getEnabledClients(missingId, { take: 1001 } as never), "InvalidRequest")
        }), timeout)

      it.scoped("deleting connections while paging through them neither skips nor repeats any (a cleanup loop works)", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const mine = yield* Effect.forEach(["d1", "d2", "d3", "d4", "d5", "d6", "d7"], (label) => database(label))
          const ids = new Set<string>(mine.map((c) => c.id))
          const seen: Array<string> = []
          let from: Cursor | undefined = undefined
          for (let pages = 0; pages < 10_000; pages++) {
            const page: ConnectionsCheckpointPage = yield* service.list(from === undefined ? { take: 2 } : { take: 2, from })
            for (const c of page.connections) {
              if (!ids.has(c.id)) continue
              seen.push(c.id)
              expect(Option.isSome(yield* service.delete(c.id))).toBe(true)
            }
            if (page.next === undefined) break
            from = page.next
          }
          expect([...seen].sort()).toEqual([...ids].sort())
          for (const c of mine) expect(yield* service.findByName(c.name)).toEqual(Option.none())
        }), timeout * 2)

      it.scoped("listOffset returns totals, and its pages add up to the total", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const mine = yield* Effect.forEach(["o1", "o2", "o3"], (label) => database(label))
          const first = yield* service.listOffset({ page: 0, per_page: 2 })
          expect(first).toMatchObject({ start: 0, limit: 2 })
          expect(first.total).toBeGreaterThanOrEqual(3)
          expect(first.connections).toHaveLength(2)
          const all: Array<Connection> = [...first.connections]
          for (let page = 1; page * 2 < first.total; page++) {
            const next = yield* service.listOffset({ page, per_page: 2 })
            expect(next).toMatchObject({ start: page * 2, limit: 2, total: first.total })
            all.push(...next.connections)
          }
          expect(all).toHaveLength(first.total)
          expect(new Set(all.map((c) => c.id)).size).toBe(first.total)
          expect(all.map((c) => c.id)).toEqual(expect.arrayContaining(mine.map((c) => c.id)))
          const byNameOnly = yield* service.listOffset({ name: mine[1]!.name })
          expect(byNameOnly.total).toBe(1)
          expect(byNameOnly.connections.map((c) => c.id)).toEqual([mine[1]!.id])
        }), timeout * 2)

      it.scoped("list filters by strategy and by exact name", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const db = yield* database("filterdb")
          const google = yield* created({ name: uniqueName("filtergoogle"), strategy: "google-oauth2" })
          const onlyGoogle = yield* service.list({ strategy: ["google-oauth2"], take: 100 })
          for (const c of onlyGoogle.connections) expect(c.strategy).toBe("google-oauth2")
          expect((yield* service.list({ strategy: ["google-oauth2"], name: google.name })).connections.map((c) => c.id)).toEqual([google.id])
          expect((yield* service.list({ strategy: ["auth0"], name: google.name })).connections).toEqual([])
          expect((yield* service.list({ strategy: ["auth0", "google-oauth2"], name: db.name })).connections.map((c) => c.id)).toEqual([db.id])
          expect((yield* service.list({ name: `${google.name}-nope` })).connections).toEqual([])
          // the name filter is exact, not a prefix match
          expect((yield* service.list({ name: google.name.slice(0, -1) })).connections.map((c) => c.id)).not.toContain(google.id)
        }), timeout)

      it.scoped.skipIf(skipped("bulkStream") !== undefined)(
        `stream follows pages past 100 connections, each once, in name order${skipped("bulkStream") ? ` (skipped: ${skipped("bulkStream")})` : ""}`,
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const existing = (yield* service.listOffset({ per_page: 1 })).total
            const count = Math.max(3, 101 - existing)
            const mine = yield* Effect.forEach(
              Array.from({ length: count }, (_, i) => i),
              (i) => database(`bulk${String(i).padStart(3, "0")}`),
              { concurrency: 8 }
            )
            const streamed = Chunk.toReadonlyArray(yield* Stream.runCollect(service.stream()))
            expect(streamed.length).toBeGreaterThanOrEqual(101)
            const ids = streamed.map((c) => c.id)
            expect(new Set(ids).size).toBe(ids.length)
            expect(ids).toEqual(expect.arrayContaining(mine.map((c) => c.id)))
            expectNameOrdered(streamed.map((c) => c.name))
            const filtered = Chunk.toReadonlyArray(yield* Stream.runCollect(service.stream({ name: mine[0]!.name, strategy: ["auth0"] })))
            expect(filtered.map((c) => c.id)).toEqual([mine[0]!.id])
            // a stream is lazy: taking 3 reads no more than the first page
            expect(Chunk.size(yield* Stream.runCollect(Stream.take(service.stream(), 3)))).toBe(3)
          }),
        timeout * 6
      )

      it.scoped("findByName finds the connection with exactly that name, and None otherwise", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* database("find")
          const found = yield* service.findByName(connection.name)
          expect(Option.map(found, (c) => c.id)).toEqual(Option.some(connection.id))
          expect(yield* service.findByName(`${connection.name}x`)).toEqual(Option.none())
        }), timeout)

      it.scoped("getProjection returns only the requested fields (and id)", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* database("projection")
          const projected = yield* service.getProjection(connection.id, { fields: ["name"] })
          expect(projected.id).toBe(connection.id)
          expect(projected.name).toBe(connection.name)
          expect(projected).not.toHaveProperty("options")
          expect(projected).not.toHaveProperty("realms")
          expect(projected).not.toHaveProperty("strategy")
          const dropped = yield* service.getProjection(connection.id, { fields: ["options"], include_fields: false })
          expect(dropped).not.toHaveProperty("options")
          expect(dropped).toMatchObject({ id: connection.id, name: connection.name, strategy: "auth0" })
        }), timeout)

      it.scoped("update merges top-level fields, but options given in a patch replace the whole options object", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* database("merge", {
            metadata: { team: "contract" },
            options: { passwordPolicy: "fair", requires_username: true }
          })
          expect(optionsOf(connection)).toMatchObject({ passwordPolicy: "fair", requires_username: true })

          const renamed = yield* service.update(connection.id, { display_name: "Contract display" } as UpdateConnection)
          expect(renamed).toMatchObject({ id: connection.id, name: connection.name, display_name: "Contract display", metadata: { team: "contract" } })
          expect(renamed.realms).toEqual(connection.realms)
          expect(optionsOf(renamed)).toMatchObject({ passwordPolicy: "fair", requires_username: true })

          const replaced = yield* service.update(connection.id, { options: { passwordPolicy: "good" } } as unknown as UpdateConnection)
          expect(optionsOf(replaced).passwordPolicy).toBe("good")
          expect(optionsOf(replaced)).not.toHaveProperty("requires_username")
          expect(replaced).toMatchObject({ display_name: "Contract display", metadata: { team: "contract" } })
          expect(yield* service.get(connection.id)).toEqual(replaced)
        }), timeout)

      it.scoped("updateOptions changes what it touches and keeps every other key, unknown ones included", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* database("updopts", {
            options: { passwordPolicy: "fair", requires_username: true, x_contract_marker: { keep: "me" } }
          })
          const before = optionsOf(connection)
          const updated = yield* service.updateOptions(connection.id, (opts, current) => {
            expect(current.id).toBe(connection.id)
            return { ...opts, passwordPolicy: "excellent" }
          })
          expect(optionsOf(updated)).toEqual({ ...before, passwordPolicy: "excellent" })
          expect(optionsOf(yield* service.get(connection.id))).toEqual(optionsOf(updated))
        }), timeout)

      it.scoped("updateOptions on a connection with a secret keeps the secret (sent back as its value, never as a placeholder)", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* oidc("secret")
          const secret = optionsOf(connection).client_secret
          expect(Redacted.isRedacted(secret)).toBe(true)
          expect(Redacted.value(secret as Redacted.Redacted<string>)).toBe("contract-suite-secret")
          const updated = yield* service.updateOptions(connection.id, (opts) => ({ ...opts, scopes: "openid email" }))
          expect(optionsOf(updated).scopes).toBe("openid email")
          const after = optionsOf(yield* service.get(connection.id))
          expect(Redacted.value(after.client_secret as Redacted.Redacted<string>)).toBe("contract-suite-secret")
          expect(after.client_id).toBe("contract-suite-client")
          expect(after.discovery_url).toBe(optionsOf(connection).discovery_url)
        }), timeout)

      it.scoped("an invalid patch is an InvalidRequest and changes nothing; an unknown id is ConnectionNotFound", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* database("badpatch")
          // `name` and `strategy` cannot be patched: the type refuses them before anything runs.
          // @ts-expect-error name is not part of UpdateConnection
          const rename: UpdateConnection = { name: "renamed" }
          void rename
          const empty = yield* failure(service.update(connection.id, {} as UpdateConnection), "InvalidRequest")
          expect(empty.source).toBe("local")
          yield* failure(service.update(connection.id, { display_name: "y".repeat(129) } as unknown as UpdateConnection), "InvalidRequest")
          expect(yield* service.get(connection.id)).toEqual(connection)
          const missing = yield* failure(service.update(missingId, { display_name: "x" } as unknown as UpdateConnection), "ConnectionNotFound")
          expect(missing).toMatchObject({ connectionId: missingId, statusCode: 404, errorCode: "inexistent_connection" })
        }), timeout)

      it.scoped("delete answers Some(deleted_at) then None, and get afterwards is ConnectionNotFound", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* database("delete")
          const before = Date.now()
          const deleted = yield* service.delete(connection.id)
          expect(Option.isSome(deleted)).toBe(true)
          const at = Option.getOrThrow(deleted).deleted_at
          expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
          // the clocks of a remote tenant may differ a little; a day is generous and still catches nonsense
          expect(Math.abs(Date.parse(at) - before)).toBeLessThan(86_400_000)
          const notFound = yield* failure(service.get(connection.id), "ConnectionNotFound")
          expect(notFound).toMatchObject({ connectionId: connection.id, statusCode: 404, errorCode: "inexistent_connection" })
          expect(yield* service.delete(connection.id)).toEqual(Option.none())
          expect(yield* service.findByName(connection.name)).toEqual(Option.none())
          // the name is free again
          const again = yield* created({ name: connection.name, strategy: "auth0" })
          expect(again.id).not.toBe(connection.id)
        }), timeout)

      it.scoped("unknown ids: by-id calls fail with ConnectionNotFound naming the id; delete is None", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          for (const call of [service.get(missingId), service.getKeys(missingId), service.getEnabledClients(missingId)] as const) {
            const error = yield* failure(call as Effect.Effect<unknown, ConnectionsError>, "ConnectionNotFound")
            expect(error.connectionId).toBe(missingId)
          }
          yield* failure(service.updateEnabledClients(missingId, [{ client_id: clientIds[0]!, status: true }]), "ConnectionNotFound")
          expect(yield* service.delete(missingId)).toEqual(Option.none())
        }), timeout)

      it.scoped("enabled clients: update enables and disables, get pages them, and the connection mirrors them", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* database("clients")
          expect((yield* service.getEnabledClients(connection.id)).clients).toEqual([])
          yield* service.updateEnabledClients(connection.id, clientIds.map((client_id) => ({ client_id, status: true })))
          const all = (yield* service.getEnabledClients(connection.id)).clients.map((c) => c.client_id)
          expect([...all].sort()).toEqual([...clientIds].sort())
          expect([...((yield* service.get(connection.id)).enabled_clients ?? [])].sort()).toEqual([...clientIds].sort())
          if (clientIds.length >= 2) {
            const first = yield* service.getEnabledClients(connection.id, { take: 1 })
            expect(first.clients).toHaveLength(1)
            expect(first.next).toBeDefined()
            const rest: Array<string> = first.clients.map((c) => c.client_id)
            let next = first.next
            while (next !== undefined) {
              const page = yield* service.getEnabledClients(connection.id, { take: 1, from: next })
              rest.push(...page.clients.map((c) => c.client_id))
              next = page.next
            }
            expect(rest.sort()).toEqual([...clientIds].sort())
          }
          yield* service.updateEnabledClients(connection.id, [{ client_id: clientIds[0]!, status: false }])
          const after = (yield* service.getEnabledClients(connection.id)).clients.map((c) => c.client_id)
          expect(after).not.toContain(clientIds[0])
          expect(after).toHaveLength(clientIds.length - 1)
        }), timeout)

      it.scoped("setEnabledClients sends only the difference and is a no-op when nothing changes", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const connection = yield* database("setclients")
          const [a, b] = clientIds
          yield* service.updateEnabledClients(connection.id, [{ client_id: a!, status: true }])
          const target = b === undefined ? [] : [b]
          const diff = yield* service.setEnabledClients(connection.id, target)
          expect(diff).toEqual({ enabled: target, disabled: [a], requests: 1 })
          expect((yield* service.getEnabledClients(connection.id)).clients.map((c) => c.client_id)).toEqual(target)
          expect(yield* service.setEnabledClients(connection.id, target)).toEqual({ enabled: [], disabled: [], requests: 0 })
        }), timeout)

      it.scoped.skipIf(skipped("keys") !== undefined)(
        `keys: a new OIDC connection has a current and a next key; rotate shifts them${skipped("keys") ? ` (skipped: ${skipped("keys")})` : ""}`,
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const connection = yield* oidc("keys")
            // enterprise defaults: display_name = name for oidc, show_as_button false
            expect(connection).toMatchObject({ strategy: "oidc", display_name: connection.name, show_as_button: false })
            const keys = yield* service.getKeys(connection.id)
            expect(keys).toHaveLength(2)
            const current = keys.find((k) => k.current === true)
            const next = keys.find((k) => k.next === true)
            expect(current?.current_since).toBeDefined()
            expect(next).toBeDefined()
            expect(current!.kid).not.toBe(next!.kid)
            for (const key of keys) expect(key.cert).toContain("BEGIN CERTIFICATE")

            yield* failure(service.createKeys(connection.id), "Conflict")

            // Auth0 answers a rotation with the new key's kid and cert only.
            const fresh = yield* service.rotateKeys(connection.id)
            expect(Object.keys(fresh).sort()).toEqual(["cert", "kid"])
            expect([current!.kid, next!.kid]).not.toContain(fresh.kid)
            const rotated = yield* service.getKeys(connection.id)
            const kid = (flag: "current" | "next" | "previous") => rotated.filter((k) => k[flag] === true).map((k) => k.kid)
            expect(kid("current")).toEqual([next!.kid])
            expect(kid("previous")).toEqual([current!.kid])
            expect(kid("next")).toEqual([fresh.kid])
          }),
        timeout
      )

      it.scoped.skipIf(skipped("scim") !== undefined)(
        `SCIM configuration: create with defaults, get, update, delete; tokens limited to 2${skipped("scim") ? ` (skipped: ${skipped("scim")})` : ""}`,
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const connection = yield* oidc("scim")
            yield* failure(service.getScimConfiguration(connection.id), "ResourceNotFound")

            const config = yield* service.createScimConfiguration(connection.id)
            expect(config).toMatchObject({ connection_id: connection.id, connection_name: connection.name, strategy: "oidc", user_id_attribute: "externalId" })
            const defaults = yield* service.getScimDefaultMapping(connection.id)
            // Auth0's default mapping: 32 pairs, starting userName ↔ preferred_username
            expect(defaults.mapping).toHaveLength(32)
            expect(defaults.mapping[0]).toMatchObject({ scim: "userName", auth0: "preferred_username" })
            expect(config.mapping).toEqual(defaults.mapping)
            expect(yield* service.getScimConfiguration(connection.id)).toEqual(config)

            const mapping = [{ auth0: "email", scim: "emails[primary eq true].value" }]
            const updated = yield* service.updateScimConfiguration(connection.id, { user_id_attribute: "userName", mapping })
            expect(updated).toMatchObject({ connection_id: connection.id, user_id_attribute: "userName", mapping })
            expect(updated.updated_on).toBeDefined()
            expect(yield* service.getScimConfiguration(connection.id)).toEqual(updated)

            expect(yield* service.listScimTokens(connection.id)).toEqual([])
            const t1 = yield* service.createScimToken(connection.id, { scopes: ["get:users"] })
            expect(t1.token_id).toMatch(/^tok_[A-Za-z0-9]+$/)
            expect(Redacted.isRedacted(t1.token)).toBe(true)
            expect(Redacted.value(t1.token).length).toBeGreaterThan(0)
            expect(String(t1.token)).not.toContain(Redacted.value(t1.token))
            const t2 = yield* service.createScimToken(connection.id)
            const third = yield* failure(service.createScimToken(connection.id), "Conflict")
            expect(third.statusCode).toBe(409)
            const listed = yield* service.listScimTokens(connection.id)
            expect(listed.map((t) => t.token_id).sort()).toEqual([t1.token_id, t2.token_id].sort())
            for (const token of listed) expect(token).not.toHaveProperty("token")
            yield* service.deleteScimToken(connection.id, t1.token_id)
            expect((yield* service.listScimTokens(connection.id)).map((t) => t.token_id)).toEqual([t2.token_id])

            yield* service.deleteScimConfiguration(connection.id)
            yield* failure(service.getScimConfiguration(connection.id), "ResourceNotFound")
            // deleting again is still a success (Auth0 answers 204 when there is none)
            yield* service.deleteScimConfiguration(connection.id)
          }),
        timeout
      )

      it.scoped.skipIf(skipped("deleteUserByEmail") !== undefined)(
        `deleteUserByEmail works on a database connection and is an InvalidRequest from Auth0 on any other${
          skipped("deleteUserByEmail") ? ` (skipped: ${skipped("deleteUserByEmail")})` : ""
        }`,
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const db = yield* database("users")
            yield* service.deleteUserByEmail(db.id, `nobody+${prefix}@example.com`)
            const google = yield* created({ name: uniqueName("usersgoogle"), strategy: "google-oauth2" })
            const error = yield* failure(service.deleteUserByEmail(google.id, "someone@example.com"), "InvalidRequest")
            expect(error.source).toBe("auth0")
            expect(error.statusCode).toBe(400)
            expect(error.message).toContain("database connection")
          }),
        timeout
      )

      it.scoped.skipIf(skipped("checkStatus") !== undefined)(
        `checkStatus: a connection without an online connector is ResourceNotFound, an unknown id ConnectionNotFound${
          skipped("checkStatus") ? ` (skipped: ${skipped("checkStatus")})` : ""
        }`,
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const db = yield* database("status")
            const offline = yield* failure(service.checkStatus(db.id), "ResourceNotFound")
            expect(offline.statusCode).toBe(404)
            const missing = yield* failure(service.checkStatus(missingId), "ConnectionNotFound")
            expect(missing.connectionId).toBe(missingId)
          }),
        timeout
      )

      it.scoped.skipIf(directorySkip !== undefined)(
        directoryTitle("directory provisioning: create with Auth0's defaults, get, update, default mapping, delete; Conflict when it exists"),
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const connection = yield* workspace("dirprov")
            yield* failure(service.getDirectoryProvisioning(connection.id), "ResourceNotFound")
            const config = yield* service.createDirectoryProvisioning(connection.id)
            const defaults = yield* service.getDirectoryDefaultMapping(connection.id)
            expect(defaults.mapping.length).toBeGreaterThan(0)
            expect(config).toMatchObject({
              connection_id: connection.id,
              connection_name: connection.name,
              strategy: "google-apps",
              synchronize_automatically: false,
              synchronize_groups: "off",
              mapping: defaults.mapping
            })
            expect(config.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
            expect(yield* service.getDirectoryProvisioning(connection.id)).toEqual(config)
            const again = yield* failure(service.createDirectoryProvisioning(connection.id), "Conflict")
            expect(again.message).toBe("Directory provisioning is already enabled on the specified connection")

            const mapping = [{ auth0: "email", idp: "primaryEmail" }]
            const updated = yield* service.updateDirectoryProvisioning(connection.id, { mapping, synchronize_groups: "selected" })
            expect(updated).toMatchObject({ connection_id: connection.id, mapping, synchronize_groups: "selected", synchronize_automatically: false })
            expect(yield* service.getDirectoryProvisioning(connection.id)).toEqual(updated)

            yield* service.deleteDirectoryProvisioning(connection.id)
            yield* failure(service.getDirectoryProvisioning(connection.id), "ResourceNotFound")
            yield* failure(service.getDirectoryProvisioning(missingId), "ConnectionNotFound")
          }),
        timeout
      )

      it.scoped.skipIf(directorySkip !== undefined)(
        directoryTitle("directory provisioning: only google-apps accepts it (another strategy is InvalidRequest from Auth0)"),
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const db = yield* database("dirprovdb")
            const error = yield* failure(service.createDirectoryProvisioning(db.id), "InvalidRequest")
            expect(error).toMatchObject({ source: "auth0", statusCode: 400 })
            const invalid = yield* failure(service.createDirectoryProvisioning(db.id, { mapping: [] }), "InvalidRequest")
            expect(invalid.source).toBe("local")
          }),
        timeout
      )

      it.scoped.skipIf(directorySkip !== undefined)(
        directoryTitle("directory provisioning: a synchronization starts pending; another while it has not completed is Conflict"),
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const connection = yield* workspace("dirsync")
            yield* failure(service.createSynchronization(connection.id), "ResourceNotFound")
            yield* service.createDirectoryProvisioning(connection.id)
            const sync = yield* service.createSynchronization(connection.id)
            expect(sync).toMatchObject({ connection_id: connection.id, status: "pending" })
            expect(sync.synchronization_id.length).toBeGreaterThan(0)
            const conflict = yield* failure(service.createSynchronization(connection.id), "Conflict")
            expect(conflict.message).toBe("A synchronization has already been requested or is in progress for the connection")
            const config = yield* service.getDirectoryProvisioning(connection.id)
            expect(["pending", "in_progress", "completed"]).toContain(config.last_synchronization_status)
            expect(config.last_synchronization_at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
          }),
        timeout
      )

      it.scoped.skipIf(directorySkip !== undefined)(
        directoryTitle("synchronized groups: replace, add and remove; the list pages with from/take and the stream reads every page"),
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const connection = yield* workspace("dirgroups")
            yield* service.createDirectoryProvisioning(connection.id, { synchronize_groups: "selected" })
            expect((yield* service.listSynchronizedGroups(connection.id)).groups).toEqual([])
            yield* service.replaceSynchronizedGroups(connection.id, { groups: ["g3", "g1", "g2"].map((id) => ({ id: gid(id) })) })
            const first = yield* service.listSynchronizedGroups(connection.id, { take: 2 })
            expect(first.groups).toHaveLength(2)
            expect(first.next).toBeDefined()
            const second = yield* service.listSynchronizedGroups(connection.id, { take: 2, from: first.next! })
            expect([...first.groups, ...second.groups].map((g) => g.id).sort()).toEqual(["g1", "g2", "g3"])
            expect(second.next).toBeUndefined()
            yield* service.addSynchronizedGroups(connection.id, { groups: [{ id: gid("g4") }, { id: gid("g1") }] })
            yield* service.deleteSynchronizedGroups(connection.id, { groups: [{ id: gid("g2") }] })
            const all = yield* Stream.runCollect(service.streamSynchronizedGroups(connection.id))
            expect(Chunk.toReadonlyArray(all).map((g) => g.id).sort()).toEqual(["g1", "g3", "g4"])
            yield* service.replaceSynchronizedGroups(connection.id, { groups: [] })
            expect((yield* service.listSynchronizedGroups(connection.id)).groups).toEqual([])
          }),
        timeout
      )

      it.scoped.skipIf(directorySkip !== undefined || skipped("scim") !== undefined)(
        directoryTitle("tenant-wide lists: SCIM configurations and directory provisionings, paged in a stable order; deleting the connection removes them"),
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const workspaces = [yield* workspace("dirlist"), yield* workspace("dirlist")]
            for (const w of workspaces) yield* service.createDirectoryProvisioning(w.id)
            const scimConnection = yield* oidc("scimlist")
            yield* service.createScimConfiguration(scimConnection.id)

            const ours = (ids: ReadonlyArray<string>) => ids.filter((id) => workspaces.some((w) => w.id === id))
            const listed = Chunk.toReadonlyArray(yield* Stream.runCollect(service.streamDirectoryProvisionings())).map((d) => d.connection_id)
            expect([...ours(listed)].sort()).toEqual(workspaces.map((w) => w.id).sort())
            // Paging one at a time gives the same order as the stream (a stable order, cursors that resume it).
            const paged: Array<string> = []
            let from: Cursor | undefined
            do {
              const page = yield* service.listDirectoryProvisionings({ take: 1, ...(from === undefined ? {} : { from }) })
              paged.push(...page.directory_provisionings.map((d) => d.connection_id))
              from = page.next
            } while (from !== undefined)
            expect(paged).toEqual(listed)

            const scim = Chunk.toReadonlyArray(yield* Stream.runCollect(service.streamScimConfigurations()))
            expect(scim.filter((c) => c.connection_id === scimConnection.id)).toHaveLength(1)

            yield* service.delete(workspaces[0]!.id)
            yield* service.delete(scimConnection.id)
            const after = Chunk.toReadonlyArray(yield* Stream.runCollect(service.streamDirectoryProvisionings())).map((d) => d.connection_id)
            expect(ours(after)).toEqual([workspaces[1]!.id])
            const scimAfter = Chunk.toReadonlyArray(yield* Stream.runCollect(service.streamScimConfigurations()))
            expect(scimAfter.filter((c) => c.connection_id === scimConnection.id)).toEqual([])
          }),
        timeout
      )

      const setDirectoryProvisioning = options.setDirectoryProvisioning
      it.scoped.skipIf(setDirectoryProvisioning === undefined)(
        `directory provisioning turned off for the tenant: FeatureDisabled (403) on every directory endpoint${
          setDirectoryProvisioning === undefined ? " (skipped: the suite cannot change this target's tenant settings)" : ""
        }`,
        () =>
          Effect.gen(function*() {
            const service = yield* ConnectionsService
            const connection = yield* workspace("diroff")
            yield* Effect.acquireRelease(setDirectoryProvisioning!(false), () => setDirectoryProvisioning!(true))
            const disabled = yield* failure(service.createDirectoryProvisioning(connection.id), "FeatureDisabled")
            expect(disabled).toMatchObject({ statusCode: 403, message: "The inbound directory provisioning feature is not enabled for this tenant" })
            yield* failure(service.listDirectoryProvisionings(), "FeatureDisabled")
            yield* failure(service.listSynchronizedGroups(connection.id), "FeatureDisabled")
            yield* failure(service.createSynchronization(connection.id), "FeatureDisabled")
            // SCIM is another feature
            yield* service.listScimConfigurations({ take: 1 })
          }),
        timeout
      )

      it.effect("the suite leaves nothing behind: every connection it created is deleted", () =>
        Effect.gen(function*() {
          const service = yield* ConnectionsService
          const left = yield* Stream.runCollect(Stream.filter(service.stream(), (c) => c.name.startsWith(`${prefix}-`)))
          expect(Chunk.toReadonlyArray(left).map((c) => c.name)).toEqual([])
        }), timeout * 2)
    })
  })
}
