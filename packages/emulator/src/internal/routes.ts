/**
 * The route table: the control plane, then the Management API, the token endpoint and every other path, each of
 * the latter behind the request log and the traffic gate (faults, rate limit, latency).
 */
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as Effect from "effect/Effect"
import type * as Redacted from "effect/Redacted"
import * as Api from "./api.js"
import * as AdminKey from "./adminKey.js"
import * as Console from "./console.js"
import * as Control from "./control.js"
import { notFound, type Reply } from "./reply.js"
import * as RequestLog from "./requestLog.js"
import * as TokenEndpoint from "./tokenEndpoint.js"
import type { Kind, Traffic } from "./traffic.js"

/** Everything the routes are built from. */
export interface RoutesOptions {
  readonly control: Control.ControlOptions
  readonly api: Api.ApiOptions
  readonly token: TokenEndpoint.TokenEndpointOptions
  readonly traffic: Traffic
  readonly log: RequestLog.MiddlewareOptions
  readonly console: Console.ConsoleOptions
  /** Required by the control plane when set (see `adminKey.ts`). */
  readonly adminKey: Redacted.Redacted<string> | undefined
}

/** The emulator's routes. */
export const make = (options: RoutesOptions): HttpRouter.HttpRouter<never, never> => {
  const logged = RequestLog.middleware(options.log)
  const managed = <R>(kind: Kind, handler: Effect.Effect<Reply, never, R>) =>
    logged(options.traffic.gate(kind, handler))
  const api = managed("api", Api.handler(options.api))
  const token = managed("token", TokenEndpoint.handler(options.token))
  const controlPlane = HttpRouter.concat(Control.router(options.control), Console.router(options.console))
  return controlPlane.pipe(
    HttpRouter.use(AdminKey.gate(options.adminKey)),
    HttpRouter.all("/api/v2", api),
    HttpRouter.all("/api/v2/*", api),
    HttpRouter.all("/oauth/token", token),
    // Unknown paths are logged and can be faulted like any other request.
    HttpRouter.all("*", managed("other", Effect.succeed(notFound())))
  )
}
