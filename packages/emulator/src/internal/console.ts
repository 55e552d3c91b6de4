/**
 * The browser side of the control plane: the admin page (`/__emulator/`), its data (`/__emulator/connections`,
 * `DELETE /__emulator/faults/:id`), the OpenAPI document and Swagger UI.
 */
import * as Engine from "@effect-auth0/engine/Engine"
import * as Wire from "@effect-auth0/engine/Wire"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as Effect from "effect/Effect"
import * as AdminPage from "./adminPage.js"
import { methods } from "./control.js"
import * as Docs from "./docs.js"
import type { FaultQueue } from "./faults.js"
import { errorReply, type Reply, reply } from "./reply.js"

/** What the console reads and changes. */
export interface ConsoleOptions {
  readonly engine: Engine.Service
  readonly faults: FaultQueue
}

/** The most connections one answer of `/__emulator/connections` lists. */
const LIMIT = 200

/**
 * `GET /__emulator/connections?name=&strategy=&offset=`: the connections whose name contains `name`
 * (case-insensitive) and whose strategy is `strategy`, {@link LIMIT} from `offset` in list order, secrets masked;
 * with the total and matching counts and the strategies in the store. Only the page is copied out of the engine,
 * so polling it stays cheap at any store size.
 */
const connections = (engine: Engine.Service): Effect.Effect<Reply, never, HttpServerRequest.HttpServerRequest> =>
  Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const query = Wire.parseQuery(Wire.splitTarget(request.originalUrl).search) ?? []
    const get = (key: string) => query.find(([k]) => k === key)?.[1] ?? ""
    const offset = /^\d{1,9}$/.test(get("offset")) ? Number(get("offset")) : 0
    const page = yield* engine.browse({ nameContains: get("name"), strategy: get("strategy"), offset, limit: LIMIT })
    return reply(200, {
      total: page.total,
      matching: page.matching,
      offset,
      limit: LIMIT,
      strategies: page.strategies,
      connections: page.connections.map(Engine.maskSecrets)
    }, { "cache-control": "no-store" })
  })

const removeFault = (faults: FaultQueue): Effect.Effect<Reply, never, HttpServerRequest.HttpServerRequest> =>
  Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const raw = Wire.splitTarget(request.originalUrl).path.replace(/\/+$/, "").split("/").pop() ?? ""
    const id = /^\d{1,9}$/.test(raw) ? Number(raw) : undefined
    if (id === undefined) return errorReply(400, "The fault id must be an integer", "invalid_uri")
    return (yield* faults.remove(id)) ? reply(204, undefined) : errorReply(404, `No queued fault has the id ${id}`)
  })

/** The console's routes. */
export const router = (options: ConsoleOptions): HttpRouter.HttpRouter<never, never> =>
  HttpRouter.empty.pipe(
    HttpRouter.all("/__emulator", methods({ GET: Effect.succeed(reply(200, AdminPage.PAGE, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })) })),
    HttpRouter.all("/__emulator/connections", methods({ GET: connections(options.engine) })),
    HttpRouter.all("/__emulator/faults/:id", methods({ DELETE: removeFault(options.faults) })),
    HttpRouter.all("/__emulator/openapi.json", methods({ GET: Docs.openApi })),
    HttpRouter.all("/__emulator/docs", methods({ GET: Docs.page })),
    HttpRouter.all("/__emulator/docs/:file", methods({ GET: Docs.asset() }))
  )
