/**
 * The platform `HttpClient` as the service sends with it: no trace headers to a third party unless asked for (the
 * platform client adds `traceparent` and `b3` by default), and API requests prefixed with the API URL.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"

/** The client for every request of a service (the token request included). */
export const configure = (base: HttpClient.HttpClient, tracePropagation: boolean): HttpClient.HttpClient =>
  tracePropagation ? base : HttpClient.withTracerPropagation(base, false)

/**
 * The client of API requests: the URL prefix goes on the request's input side, so it composes with clients that
 * prefix a host themselves.
 */
export const forApi = (client: HttpClient.HttpClient, apiUrl: string): HttpClient.HttpClient =>
  HttpClient.mapRequestInput(client, HttpClientRequest.prependUrl(apiUrl))
