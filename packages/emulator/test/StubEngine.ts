/**
 * TEMPORARY stand-in for `Engine.make` (being written in packages/testing): just enough connection behaviour for
 * the HTTP-layer tests. Removed once the real engine lands.
 */
import { Effect } from "effect"
import type * as Engine from "@effect-auth0/testing/Engine"

const envelope = (statusCode: number, error: string, message: string, errorCode?: string) => ({
  statusCode,
  error,
  message,
  ...(errorCode === undefined ? {} : { errorCode })
})

export const make = (options: Engine.EngineOptions = {}): Effect.Effect<Engine.Engine> =>
  Effect.sync(() => {
    const initialClients = options.seed?.clients ?? []
    let connections: Array<Record<string, unknown>> = []
    let clients: Array<Engine.SeedClient> = [...initialClients]
    let n = 0
    const id = () => `con_${String(++n).padStart(16, "0")}`
    const scope = (scopes: ReadonlySet<string>, needed: string) =>
      scopes.has(needed) ? undefined : { status: 403, body: envelope(403, "Forbidden", `Insufficient scope, expected any of: ${needed}`, "insufficient_scope") }
    const handle = (r: Engine.EngineRequest): Engine.EngineResponse => {
      const parts = r.path.split("/").filter((p) => p.length > 0)
      if (parts[0] !== "connections" || parts.length > 2) return { status: 404, body: envelope(404, "Not Found", "Not Found") }
      if (parts.length === 1 && r.method === "GET") return scope(r.scopes, "read:connections") ?? { status: 200, body: connections }
      if (parts.length === 1 && r.method === "POST") {
        const denied = scope(r.scopes, "create:connections")
        if (denied) return denied
        const body = r.body
        if (typeof body !== "object" || body === null || Array.isArray(body) || typeof (body as { name?: unknown }).name !== "string") {
          return { status: 400, body: envelope(400, "Bad Request", "Payload validation error: 'Expected type object but found type array'.", "invalid_body") }
        }
        const created = { id: id(), ...body }
        connections.push(created)
        return { status: 201, body: created }
      }
      const found = connections.find((c) => c.id === parts[1])
      if (r.method === "GET" && parts.length === 2) {
        return scope(r.scopes, "read:connections") ??
          (found ? { status: 200, body: found } : { status: 404, body: envelope(404, "Not Found", "The connection does not exist", "inexistent_connection") })
      }
      if (r.method === "DELETE" && parts.length === 2) {
        const denied = scope(r.scopes, "delete:connections")
        if (denied) return denied
        connections = connections.filter((c) => c !== found)
        return found ? { status: 202, body: { deleted_at: new Date().toISOString() } } : { status: 204, body: undefined }
      }
      return { status: 404, body: envelope(404, "Not Found", "Not Found") }
    }
    const engine: Engine.Engine = {
      handle: (r) => Effect.sync(() => handle(r)),
      reset: Effect.sync(() => {
        connections = []
        clients = [...initialClients]
      }),
      seed: (seed) =>
        Effect.sync(() => {
          for (const c of seed.connections ?? []) connections.push({ id: id(), ...c })
          clients.push(...(seed.clients ?? []))
        }),
      snapshot: Effect.sync(() => ({ connections: [...connections], enabledClients: {}, keys: {}, scim: {}, scimTokens: {}, clients: [...clients] })),
      clients: Effect.sync(() => [...clients])
    }
    return engine
  })
