import { Effect } from "effect"
import * as Engine from "@effect-auth0/engine/Engine"

export const ALL: ReadonlySet<string> = new Set(Engine.SCOPES)

export interface Client {
  readonly engine: Engine.Service
  readonly call: (
    method: string,
    path: string,
    options?: { body?: unknown; query?: ReadonlyArray<readonly [string, string]>; scopes?: Iterable<string> }
  ) => Effect.Effect<Engine.EngineResponse>
  /** POST /connections, expecting 201; returns the body. */
  readonly create: (body: Record<string, unknown>) => Effect.Effect<Record<string, any>>
}

export const client = (engine: Engine.Service): Client => {
  const call: Client["call"] = (method, path, options = {}) =>
    engine.handle({
      method,
      path,
      query: options.query ?? [],
      body: options.body,
      scopes: options.scopes === undefined ? ALL : new Set(options.scopes)
    })
  const create: Client["create"] = (body) =>
    Effect.flatMap(call("POST", "/connections", { body }), (r) =>
      r.status === 201 ? Effect.succeed(r.body as Record<string, any>) : Effect.die(new Error(`create failed: ${JSON.stringify(r)}`)))
  return { engine, call, create }
}

export const makeClient = (options?: Engine.EngineOptions) => Effect.map(Engine.make(options), client)

export const bad = (message: string, errorCode = "invalid_body") => ({
  status: 400,
  body: { statusCode: 400, error: "Bad Request", message, errorCode }
})
