/**
 * A lean `HttpClient` for Node over undici's dispatcher, for clients that read every answer whole (as
 * `ConnectionsHttp` does): one asynchronous step per request, the body collected as it arrives, no per-request
 * `AbortController`, URL object or finalization registry. It is a plain `@effect/platform` `HttpClient`, so it
 * composes with every client combinator, and it keeps the platform client's contract: interrupting a request aborts
 * it, failures are `RequestError`/`ResponseError`, and the platform's request span is on unless turned off with
 * `HttpClient.withTracerDisabledWhen`.
 *
 * Measured against `@effect/platform-node`'s `NodeHttpClient.layerUndici` in `bench/ladder.ts`: the buffered answer
 * saves the platform's per-response fiber (`Effect.cached` + `runSync` for the body), its abort bookkeeping and a
 * second asynchronous step for the body.
 *
 * @since 0.1.0
 */
import * as Cookies from "@effect/platform/Cookies"
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpIncomingMessage from "@effect/platform/HttpIncomingMessage"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import * as FiberRef from "effect/FiberRef"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { Readable } from "node:stream"
import * as Undici from "undici"
import * as Deadline from "./internal/deadline.js"
import * as PlatformClient from "./internal/platformClient.js"

/** The undici dispatcher requests go through (an `Agent`: a keep-alive pool per origin). */
export class Dispatcher extends Context.Tag("@effect-auth0/http/UndiciHttpClient/Dispatcher")<Dispatcher, Undici.Dispatcher>() {}

/** A fresh `Agent`, destroyed when the layer's scope closes. */
export const layerDispatcher: Layer.Layer<Dispatcher> = Layer.scoped(
  Dispatcher,
  Effect.acquireRelease(Effect.sync(() => new Undici.Agent()), (agent) => Effect.promise(() => agent.destroy()))
)

const decoder = new TextDecoder()

/** A response whose body was read whole before it was handed out. */
class BufferedResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpClientResponse.TypeId]: HttpClientResponse.TypeId = HttpClientResponse.TypeId
  readonly [HttpIncomingMessage.TypeId]: HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  constructor(
    readonly request: HttpClientRequest.HttpClientRequest,
    readonly status: number,
    readonly headers: Headers.Headers,
    private readonly setCookie: ReadonlyArray<string>,
    private readonly bytes: Uint8Array
  ) {
    super()
  }
  private decodeError(cause: unknown) {
    return new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })
  }
  get cookies(): Cookies.Cookies {
    return this.setCookie.length === 0 ? Cookies.empty : Cookies.fromSetCookie(this.setCookie)
  }
  get remoteAddress(): Option.Option<string> {
    return Option.none()
  }
  get text(): Effect.Effect<string, HttpClientError.ResponseError> {
    return Effect.sync(() => decoder.decode(this.bytes))
  }
  get json(): Effect.Effect<unknown, HttpClientError.ResponseError> {
    return Effect.try({
      try: () => {
        const text = decoder.decode(this.bytes)
        return text === "" ? null : JSON.parse(text) as unknown
      },
      catch: (cause) => this.decodeError(cause)
    })
  }
  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.ResponseError> {
    return Effect.try({
      try: () => UrlParams.fromInput(new URLSearchParams(decoder.decode(this.bytes))),
      catch: (cause) => this.decodeError(cause)
    })
  }
  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.ResponseError> {
    return Effect.sync(() => this.bytes.slice().buffer)
  }
  get formData(): Effect.Effect<FormData, HttpClientError.ResponseError> {
    return Effect.tryPromise({
      try: () => new Response(this.bytes, { headers: this.headers }).formData(),
      catch: (cause) => this.decodeError(cause)
    })
  }
  get stream(): Stream.Stream<Uint8Array, HttpClientError.ResponseError> {
    return this.bytes.length === 0 ? Stream.empty : Stream.succeed(this.bytes)
  }
  toJSON(): unknown {
    return HttpIncomingMessage.inspect(this, { _id: "@effect/platform/HttpClientResponse", request: this.request.toJSON(), status: this.status })
  }
}

/** A request body as undici's dispatcher takes it. */
type Body = string | Uint8Array | Readable | null

/** The request body as undici takes it; a stream becomes a `Readable` of its chunks. */
const bodyOf = (body: HttpClientRequest.HttpClientRequest["body"]): Effect.Effect<Body> => {
  switch (body._tag) {
    case "Empty":
      return Effect.succeed(null)
    case "Uint8Array":
      return Effect.succeed(body.body)
    case "Raw":
      return Effect.succeed(body.body as Body)
    case "FormData":
      return Effect.promise(async () => new Uint8Array(await new Response(body.formData).arrayBuffer()))
    case "Stream":
      return Effect.map(Effect.runtime<never>(), (runtime) => Readable.from(Stream.toAsyncIterableRuntime(body.stream, runtime)))
  }
}

/** Response headers as the platform keeps them: lower-case names, repeated values joined (`set-cookie` kept apart). */
const headersOf = (raw: Record<string, string | Array<string> | undefined>): { headers: Headers.Headers; setCookie: ReadonlyArray<string> } => {
  const out: Record<string, string> = {}
  let setCookie: ReadonlyArray<string> = []
  for (const name in raw) {
    const value = raw[name]
    if (value === undefined) continue
    const key = name.toLowerCase()
    if (key === "set-cookie") setCookie = Array.isArray(value) ? value : [value]
    out[key] = Array.isArray(value) ? value.join(", ") : value
  }
  return { headers: Headers.unsafeFromRecord(out), setCookie }
}

/**
 * Sends one request on `dispatcher` and resolves with the whole answer. With a `deadline` (ms), a request without its
 * whole answer by then is aborted and fails as a `RequestError` whose cause is `DeadlineExceeded`.
 */
const send = (
  dispatcher: Undici.Dispatcher,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  body: Body,
  deadline: number | undefined
) =>
  Effect.async<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError>((resume) => {
    let controller: Undici.Dispatcher.DispatchController | undefined
    let aborted = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let status = 0
    let received: ReturnType<typeof headersOf> | undefined
    const chunks: Array<Uint8Array> = []
    let size = 0
    const fail = (error: HttpClientError.HttpClientError) => {
      if (timer !== undefined) clearTimeout(timer)
      resume(Effect.fail(error))
    }
    const handler: Undici.Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c
        if (aborted) c.abort(new Error("interrupted"))
      },
      onResponseStart(_c, statusCode, headers) {
        status = statusCode
        received = headersOf(headers as Record<string, string | Array<string> | undefined>)
      },
      onResponseData(_c, chunk) {
        chunks.push(chunk)
        size += chunk.length
      },
      onResponseEnd() {
        if (timer !== undefined) clearTimeout(timer)
        const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)
        const { headers, setCookie } = received ?? { headers: Headers.empty, setCookie: [] }
        resume(Effect.succeed(new BufferedResponse(request, status, headers, setCookie, bytes)))
      },
      onResponseError(_c, error) {
        if (aborted) return
        if (received === undefined) fail(new HttpClientError.RequestError({ request, reason: "Transport", cause: error }))
        else {
          const partial = new BufferedResponse(request, status, received.headers, received.setCookie, new Uint8Array(0))
          fail(new HttpClientError.ResponseError({ request, response: partial, reason: "Decode", cause: error }))
        }
      }
    }
    try {
      dispatcher.dispatch({
        origin: url.origin,
        path: url.pathname + url.search,
        method: request.method as Undici.Dispatcher.HttpMethod,
        headers: request.headers,
        body,
        // Deadlines belong to the caller (`Effect.timeout`, which interrupts and so aborts).
        headersTimeout: 0,
        bodyTimeout: 0
      }, handler)
    } catch (error) {
      // A closed dispatcher throws instead of calling the handler.
      fail(new HttpClientError.RequestError({ request, reason: "Transport", cause: error }))
      return
    }
    if (deadline !== undefined) {
      timer = setTimeout(() => {
        if (aborted) return
        aborted = true
        const cause = new Deadline.DeadlineExceeded(deadline)
        controller?.abort(cause)
        resume(Effect.fail(new HttpClientError.RequestError({ request, reason: "Transport", cause })))
      }, deadline)
    }
    return Effect.sync(() => {
      aborted = true
      if (timer !== undefined) clearTimeout(timer)
      controller?.abort(new Error("interrupted"))
    })
  })

/** The request's URL, or the platform's `InvalidUrl` error. */
const urlOf = (request: HttpClientRequest.HttpClientRequest) => {
  const url = UrlParams.makeUrl(request.url, request.urlParams, request.hash)
  return url._tag === "Right"
    ? Effect.succeed(url.right)
    : Effect.fail(new HttpClientError.RequestError({ request, reason: "InvalidUrl", cause: url.left }))
}

const sendRequest = (dispatcher: Undici.Dispatcher, request: HttpClientRequest.HttpClientRequest, url: URL, deadline: number | undefined) =>
  Effect.flatMap(bodyOf(request.body), (body) => send(dispatcher, request, url, body, deadline))

/**
 * The client over `dispatcher`. With the platform's tracing on, requests go through `HttpClient.make` (its span,
 * trace headers and abort bookkeeping); with it off (`HttpClient.withTracerDisabledWhen`, or the tracer disabled),
 * straight to the dispatcher. It enforces the per-attempt deadline `ConnectionsHttp` sets (the `timeout` option)
 * with a timer of its own, so no fiber is forked per request for it.
 */
export const make = (dispatcher: Undici.Dispatcher): HttpClient.HttpClient => {
  const direct = (request: HttpClientRequest.HttpClientRequest, fiber: Fiber.RuntimeFiber<unknown, unknown>) =>
    Effect.flatMap(urlOf(request), (url) => sendRequest(dispatcher, request, url, Deadline.transportDeadline(fiber.currentContext)))
  const traced = HttpClient.make((request, url, _signal, fiber) => sendRequest(dispatcher, request, url, Deadline.transportDeadline(fiber.currentContext)))
  const client = HttpClient.makeWith<HttpClientError.HttpClientError, never, HttpClientError.HttpClientError, never>(
    (effect) =>
      Effect.flatMap(effect, (request) =>
        Effect.withFiberRuntime((fiber) =>
          !fiber.getFiberRef(FiberRef.currentTracerEnabled) || fiber.getFiberRef(HttpClient.currentTracerDisabledWhen)(request)
            ? direct(request, fiber)
            : traced.execute(request)
        )),
    Effect.succeed
  )
  // The same client with the platform's span always off, for `ConnectionsHttp` (whose attempts have spans of their
  // own): one runtime step per request instead of the `Effect.locally` of `HttpClient.withTracerDisabledWhen`.
  const untraced = HttpClient.makeWith<HttpClientError.HttpClientError, never, HttpClientError.HttpClientError, never>(
    (effect) => Effect.flatMap(effect, (request) => Effect.withFiberRuntime((fiber) => direct(request, fiber))),
    Effect.succeed
  )
  return PlatformClient.withUntraced(Deadline.enforcedBy(client), Deadline.enforcedBy(untraced))
}

/** The client over the `Dispatcher` in context. */
export const layerWithoutDispatcher: Layer.Layer<HttpClient.HttpClient, never, Dispatcher> = Layer.effect(
  HttpClient.HttpClient,
  Effect.map(Dispatcher, make)
)

/** The client over its own undici `Agent` (closed with the layer). */
export const layer: Layer.Layer<HttpClient.HttpClient> = Layer.provide(layerWithoutDispatcher, layerDispatcher)
