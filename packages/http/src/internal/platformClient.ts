/**
 * The platform `HttpClient` as the service sends with it: its own span per request turned off (each attempt is the
 * lighter span of `Transport.sendOnce`, under the method's span `ConnectionsService.<method>`; the platform's costs a
 * URL rendering and a pass over every request and response header per attempt), trace headers only when asked for,
 * and API requests prefixed with the API URL.
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpTraceContext from "@effect/platform/HttpTraceContext"
import * as Deadline from "./deadline.js"

// Clients with a variant that never records the platform's span (a WeakMap: clients are never marked by mutation).
const untracedVariants = new WeakMap<HttpClient.HttpClient, HttpClient.HttpClient>()

/** Registers `untraced` as `client` with the platform's request span always off; returns `client`. */
export const withUntraced = (client: HttpClient.HttpClient, untraced: HttpClient.HttpClient): HttpClient.HttpClient => {
  untracedVariants.set(client, untraced)
  return client
}

/** `client` with the platform's request span off: its registered variant, else `HttpClient.withTracerDisabledWhen`. */
const untraced = (client: HttpClient.HttpClient): HttpClient.HttpClient =>
  untracedVariants.get(client) ?? HttpClient.withTracerDisabledWhen(client, () => true)

/**
 * The client for every request of a service (the token request included). With `tracePropagation`, the current span
 * (the attempt's) goes out as `traceparent` and `b3`; without it no trace context leaves for a third party.
 */
export const configure = (base: HttpClient.HttpClient, tracePropagation: boolean): HttpClient.HttpClient => {
  const client = untraced(base)
  return Deadline.inherit(
    base,
    tracePropagation
      ? HttpClient.mapRequestEffect(client, (request) =>
        Effect.map(Effect.option(Effect.currentSpan), (span) =>
          Option.isSome(span) ? HttpClientRequest.setHeaders(request, HttpTraceContext.toHeaders(span.value)) : request))
      : client
  )
}

/**
 * The client of API requests: the URL prefix goes on the request's input side, so it composes with clients that
 * prefix a host themselves.
 */
export const forApi = (client: HttpClient.HttpClient, apiUrl: string): HttpClient.HttpClient =>
  Deadline.inherit(client, HttpClient.mapRequestInput(client, HttpClientRequest.prependUrl(apiUrl)))
