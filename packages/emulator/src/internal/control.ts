/**
 * The control plane, `/__emulator/*`: health, reset, seed, snapshot, faults, tokens, the request log and settings.
 * No auth; never rate limited, delayed, faulted or logged.
 */
import * as Engine from "@effect-auth0/engine/Engine"
import * as Wire from "@effect-auth0/engine/Wire"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import type * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fault from "../Fault.js"
import type { Settings } from "../Emulator.js"
import type { Tokens } from "./auth.js"
import { withJson } from "./body.js"
import type { FaultQueue } from "./faults.js"
import * as ParseError from "./parseError.js"
import { errorReply, methodNotAllowed, notFound, type Reply, reply, toResponse } from "./reply.js"
import { recover, type RequestLog } from "./requestLog.js"
import * as Seed from "./seed.js"
import { NO_STACK } from "./span.js"
import type { Traffic } from "./traffic.js"
import * as Transfer from "./transfer.js"

/** Everything the control plane reads or changes. */
export interface ControlOptions {
  readonly tenantDomain: string
  readonly baseUrl: string
  readonly engine: Engine.Service
  readonly traffic: Traffic
  readonly faults: FaultQueue
  readonly log: RequestLog
  readonly tokens: Tokens
  /** Same as `POST /__emulator/reset`. */
  readonly reset: Effect.Effect<void>
  readonly clientId: string
  readonly scopes: ReadonlyArray<string>
  readonly tokenLifetimeSeconds: number
  readonly maxBodyBytes: number
}

const SettingsPatch = Schema.Struct({
  rateLimit: Schema.optional(Schema.NullOr(Schema.Struct({
    requestsPerSecond: Schema.Number.pipe(Schema.greaterThan(0), Schema.lessThanOrEqualTo(1_000_000)),
    burst: Schema.optional(Schema.Int.pipe(Schema.between(1, 1_000_000)))
  }))),
  latencyMs: Schema.optional(Schema.Int.pipe(Schema.between(0, 600_000))),
  directoryProvisioning: Schema.optional(Schema.Boolean)
}).annotations({ parseOptions: { onExcessProperty: "error" } })

/** The emulator's settings: the traffic gate's plus the engine's tenant features. */
export const settingsOf = (traffic: Traffic, engine: Engine.Service): Effect.Effect<Settings> =>
  Effect.zipWith(traffic.settings, engine.features, (t, f): Settings => ({ ...t, directoryProvisioning: f.directoryProvisioning }))

/** Applies a change of settings to the traffic gate and the engine. */
export const updateSettingsOf = (traffic: Traffic, engine: Engine.Service) => (change: Partial<Settings>): Effect.Effect<void> => {
  const { directoryProvisioning, ...rest } = change
  return Effect.zipRight(
    traffic.update(rest),
    directoryProvisioning === undefined ? Effect.void : engine.updateFeatures({ directoryProvisioning })
  )
}

type Handler = Effect.Effect<Reply, never, HttpServerRequest.HttpServerRequest>

/** Dispatches on the method (`HEAD` as `GET`); other methods get 405 with `allow`. */
export const methods = (handlers: Readonly<Record<string, Handler>>): Effect.Effect<
  HttpServerResponse.HttpServerResponse,
  never,
  HttpServerRequest.HttpServerRequest
> =>
  Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) => {
    const handler = handlers[request.method] ?? (request.method === "HEAD" ? handlers["GET"] : undefined)
    return handler === undefined ? Effect.succeed(methodNotAllowed(Object.keys(handlers))) : handler
  }).pipe(recover, Effect.map(toResponse), Effect.withSpan("Emulator.control", NO_STACK))

const noContent = reply(204, undefined)

const stripSecrets = (snapshot: Engine.Snapshot): Engine.Snapshot => ({
  ...snapshot,
  connections: snapshot.connections.map(Engine.maskSecrets),
  clients: snapshot.clients.map(({ client_secret: _secret, ...rest }) => rest)
})

const seed = (options: ControlOptions) =>
  withJson(options.maxBodyBytes, (body) => {
    const decoded = Seed.decode(body ?? {})
    if (Either.isLeft(decoded)) return Effect.succeed(errorReply(400, `Invalid seed: ${decoded.left}`, "invalid_body"))
    return Effect.map(
      Effect.either(options.engine.seed(decoded.right)),
      Either.match({
        onLeft: (error) => errorReply(400, `Invalid seed: ${error.message}`, "invalid_body"),
        onRight: () => noContent
      })
    )
  })

const addFaults = (options: ControlOptions) =>
  withJson(options.maxBodyBytes, (body) => {
    const rules = Fault.parseRules(body)
    if (Either.isLeft(rules)) return Effect.succeed(errorReply(400, `Invalid fault rule: ${rules.left}`, "invalid_body"))
    return Effect.map(options.faults.add(rules.right), (added) =>
      Either.isRight(added)
        ? reply(201, { faults: added.right })
        : errorReply(400, `Invalid fault rule: ${added.left}`, "invalid_body"))
  })

/** `GET /__emulator/token?scope=a b&expires_in=S&client_id=X`. */
const token = (options: ControlOptions): Handler =>
  Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) => {
    const query = Wire.parseQuery(Wire.splitTarget(request.originalUrl).search)
    if (query === undefined) {
      return Effect.succeed(errorReply(400, "Bad percent-encoding in the query string", "invalid_query_string"))
    }
    const get = (key: string) => query.filter(([k]) => k === key).map(([, v]) => v)
    const scopeValues = get("scope")
    const scopes = scopeValues.length === 0
      ? options.scopes
      : scopeValues.flatMap((v) => v.split(/[\s,]+/)).filter((s) => s.length > 0)
    const expiresRaw = get("expires_in").at(-1)
    const expiresIn = expiresRaw === undefined ? options.tokenLifetimeSeconds : Number(expiresRaw)
    if (!Number.isInteger(expiresIn) || Math.abs(expiresIn) > 10 * 365 * 86400) {
      return Effect.succeed(errorReply(400, "expires_in must be an integer number of seconds", "invalid_query_string"))
    }
    const client = get("client_id").at(-1) ?? options.clientId
    return Effect.map(options.tokens.mint(scopes, expiresIn, client), (accessToken) =>
      reply(200, { access_token: accessToken, token_type: "Bearer", expires_in: expiresIn, scope: [...new Set(scopes)].join(" ") }, {
        "cache-control": "no-store"
      }))
  })

const updateSettings = (options: ControlOptions) =>
  withJson(options.maxBodyBytes, (body) => {
    const patch = Schema.decodeUnknownEither(SettingsPatch, { errors: "all" })(body ?? {})
    if (Either.isLeft(patch)) {
      return Effect.succeed(errorReply(400, `Invalid settings: ${ParseError.format(patch.left)}`, "invalid_body"))
    }
    const rl = patch.right.rateLimit
    const change: Partial<Settings> = {
      ...(rl === undefined ? {} : {
        rateLimit: rl === null ? null : {
          requestsPerSecond: rl.requestsPerSecond,
          burst: rl.burst ?? Math.max(1, Math.floor(rl.requestsPerSecond))
        }
      }),
      ...(patch.right.latencyMs === undefined ? {} : { latencyMs: patch.right.latencyMs }),
      ...(patch.right.directoryProvisioning === undefined ? {} : { directoryProvisioning: patch.right.directoryProvisioning })
    }
    return updateSettingsOf(options.traffic, options.engine)(change).pipe(
      Effect.zipRight(settingsOf(options.traffic, options.engine)),
      Effect.map((s) => reply(200, s))
    )
  })

/** The control-plane routes; any other path below `/__emulator` is 404. */
export const router = (options: ControlOptions): HttpRouter.HttpRouter<never, never> => {
  const settings = Effect.map(settingsOf(options.traffic, options.engine), (s) => reply(200, s))
  const apiUrl = `${options.baseUrl}/api/v2`
  return HttpRouter.empty.pipe(
    HttpRouter.all("/__emulator/health", methods({
      GET: Effect.map(settingsOf(options.traffic, options.engine), (s) =>
        reply(200, { status: "ok", tenantDomain: options.tenantDomain, baseUrl: options.baseUrl, apiUrl, audience: options.tokens.audience, ...s }))
    })),
    HttpRouter.all("/__emulator/reset", methods({ POST: Effect.as(options.reset, noContent) })),
    HttpRouter.all("/__emulator/seed", methods({ POST: seed(options) })),
    HttpRouter.all("/__emulator/export", methods({ GET: Transfer.exportState(options.engine) })),
    HttpRouter.all("/__emulator/import", methods({ POST: Transfer.importState(options.engine, options.maxBodyBytes) })),
    HttpRouter.all("/__emulator/snapshot", methods({ GET: Effect.map(options.engine.snapshot, (s) => reply(200, stripSecrets(s))) })),
    HttpRouter.all("/__emulator/faults", methods({
      GET: Effect.map(options.faults.list, (faults) => reply(200, { faults })),
      POST: addFaults(options),
      DELETE: Effect.as(options.faults.clear, noContent)
    })),
    HttpRouter.all("/__emulator/token", methods({ GET: token(options), POST: token(options) })),
    HttpRouter.all("/__emulator/requests", methods({
      GET: Effect.map(options.log.summary, (summary) => reply(200, summary)),
      DELETE: Effect.as(options.log.clear, noContent)
    })),
    HttpRouter.all("/__emulator/settings", methods({ GET: settings, PATCH: updateSettings(options), PUT: updateSettings(options) })),
    HttpRouter.all("/__emulator/*", Effect.succeed(toResponse(notFound())))
  )
}
