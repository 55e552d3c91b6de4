/**
 * Server wiring: the Node HTTP server under `@effect/platform`'s `HttpServer`, the route table, and the two things
 * that stay at the Node level because the platform never sees them: requests Node's parser refuses, and closing
 * every open connection when the emulator stops.
 */
import * as Http from "node:http"
import type { AddressInfo, Socket } from "node:net"
import * as Wire from "@effect-auth0/engine/Wire"
import * as HttpMiddleware from "@effect/platform/HttpMiddleware"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServer from "@effect/platform/HttpServer"
import type * as HttpServerError from "@effect/platform/HttpServerError"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as Cause from "effect/Cause"
import type * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { errorReply, JSON_TYPE, notFound, reason, toResponse } from "./reply.js"
import { NO_STACK } from "./span.js"

/** A listening server, before it serves anything. */
export interface Listening {
  readonly server: HttpServer.HttpServer
  readonly node: Http.Server
  readonly port: number
}

/**
 * Answers a request Node's parser refused (bad request line or header bytes, oversized headers, header timeout):
 * such requests never reach the platform's handler, so this is the only place to give them Auth0's envelope.
 * The answer to a `HEAD` carries no body: the client would read the envelope as garbage after the response.
 */
const onClientError = (error: NodeJS.ErrnoException & { readonly rawPacket?: Buffer }, socket: Socket) => {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy()
    return
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400
  const body = JSON.stringify(errorReply(status, reason(status)).body)
  const isHead = error.rawPacket !== undefined && error.rawPacket.subarray(0, 5).toString("latin1") === "HEAD "
  socket.end(
    `HTTP/1.1 ${status} ${reason(status)}\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${isHead ? "" : body}`
  )
}

/** Listens on `host:port`; when the scope closes the server stops and every open connection is closed. */
export const listen = (host: string, port: number): Effect.Effect<Listening, HttpServerError.ServeError, Scope.Scope> =>
  Effect.gen(function*() {
    const node = Http.createServer({
      requestTimeout: 60_000,
      headersTimeout: 30_000,
      keepAliveTimeout: 5_000,
      // Node answers a request without Host with its own bare 400; let it through so it gets Auth0's envelope.
      requireHostHeader: false
    })
    node.on("clientError", onClientError)
    const server = yield* NodeHttpServer.make(() => node, { host, port })
    node.on("error", () => {
      // After listening, server errors concern single connections; they are handled per socket.
    })
    // Runs before the platform's own `close`, which would otherwise wait for keep-alive connections to go idle.
    yield* Effect.addFinalizer(() =>
      Effect.async<void>((resume) => {
        node.close(() => resume(Effect.void))
        node.closeAllConnections()
      })
    )
    return { server, node, port: (node.address() as AddressInfo).port }
  })

/**
 * The URL the router matches: the raw path with `%` and `;` escaped, so that the router's own percent-decoding and
 * `;` parameters leave it as sent (bad percent-encoding must reach the API's 400, not become a 404), and with the
 * control plane's trailing slashes removed. Handlers read the request target from `originalUrl`.
 */
const routingUrl = (path: string): string => {
  const escaped = path.replace(/[%;]/g, (c) => c === "%" ? "%25" : "%3B")
  return escaped.startsWith("/__emulator/") ? escaped.replace(/\/+$/, "") : escaped
}

/** Serves the routes until the scope closes. Handlers run on `clock` (the live one, even inside a test). */
export const serve = (
  listening: Listening,
  router: HttpRouter.HttpRouter<never, never>,
  clock: Clock.Clock
): Effect.Effect<void, never, Scope.Scope> =>
  Effect.gen(function*() {
    const routes = yield* HttpRouter.toHttpApp(router)
    const app = Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) => {
      const target = Wire.splitTarget(request.url)
      return routes.pipe(
        Effect.catchTag("RouteNotFound", () => Effect.succeed(toResponse(notFound()))),
        Effect.provideService(HttpServerRequest.HttpServerRequest, request.modify({ url: routingUrl(target.path) })),
        Effect.withSpan("Emulator.request", {
          ...NO_STACK,
          attributes: { "http.request.method": request.method, "url.path": target.path }
        })
      )
    }).pipe(
      Effect.withClock(clock),
      // Last resort (the routes answer their own failures): the connection must still get an answer.
      Effect.catchAllCause((cause) =>
        Cause.isInterruptedOnly(cause) ? Effect.failCause(cause) : Effect.as(
          Effect.logError("emulator: request handler failed", Cause.pretty(cause)),
          toResponse(errorReply(500, "Internal Server Error"))
        ))
    )
    // The platform's own per-request span duplicates `Emulator.request` and costs far more (URL parsing, headers).
    yield* HttpServer.serveEffect(app).pipe(
      HttpMiddleware.withTracerDisabledWhenEffect(() => true),
      Effect.provideService(HttpServer.HttpServer, listening.server)
    )
    // The platform also takes `Upgrade` requests (for WebSockets), reading no body and closing the connection after
    // the answer. The emulator speaks no upgraded protocol: without an `upgrade` listener Node serves such a request
    // (e.g. curl's `Upgrade: h2c`) as an ordinary one, body and keep-alive included.
    listening.node.removeAllListeners("upgrade")
  })
