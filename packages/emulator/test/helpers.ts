/**
 * Test helpers: plain `fetch` calls against a running emulator.
 */
import { Effect, Redacted } from "effect"
import type * as Emulator from "@effect-auth0/emulator/Emulator"

/** A response read completely: status, lower-case headers and the parsed JSON body (or raw text). */
export interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly body: unknown
  readonly text: string
}

/** `fetch` that reads the whole answer; never fails on a status. */
export const call = (url: string, init: RequestInit = {}): Effect.Effect<Answer, Error> =>
  Effect.tryPromise({
    try: async () => {
      const response = await fetch(url, init)
      const text = await response.text()
      let body: unknown = undefined
      if (text.length > 0) {
        try {
          body = JSON.parse(text)
        } catch {
          body = text
        }
      }
      return { status: response.status, headers: response.headers, body, text }
    },
    catch: (error) => error instanceof Error ? error : new Error(String(error))
  })

/** A call to the Management API with a bearer token. */
export const api = (
  emulator: Emulator.Service,
  method: string,
  path: string,
  options: { readonly token?: Redacted.Redacted<string> | string; readonly body?: unknown; readonly headers?: Record<string, string> } = {}
): Effect.Effect<Answer, Error> => {
  const token = options.token ?? emulator.adminToken
  const headers: Record<string, string> = {
    authorization: `Bearer ${typeof token === "string" ? token : Redacted.value(token)}`,
    ...(options.body === undefined ? {} : { "content-type": "application/json" }),
    ...options.headers
  }
  return call(`${emulator.apiUrl}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: typeof options.body === "string" ? options.body : JSON.stringify(options.body) })
  })
}

/** The decoded payload of a JWT (no verification: for assertions only). */
export const claims = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>

/** A valid database connection body with a unique name. */
export const dbConnection = (name: string) => ({ name, strategy: "auth0" })
