import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Option } from "effect"
import type { ConnectionId, ScimTokenId } from "@effect-auth0/domain/Identifiers"
import { ConnectionName } from "@effect-auth0/domain/Identifiers"
import { auth0Connection, auth0Error, empty, ID, json, makeService } from "./helpers.js"

const fail = <A, E>(effect: Effect.Effect<A, E>) => Effect.map(Effect.either(effect), (e) => Either.getLeft(e).pipe(Option.getOrThrow))

describe("status → typed error, with Auth0's real bodies", () => {
  it.effect("400 invalid_body → InvalidRequest from auth0 with the message and code", () =>
    Effect.gen(function*() {
      const { service } = makeService(() =>
        json(400, auth0Error(400, "Bad Request", "Cannot set both options.attributes and options.requires_username", "invalid_body"))
      )
      const svc = yield* service
      const error = yield* fail(svc.create({ name: ConnectionName.make("db"), strategy: "auth0" }))
      expect(error).toMatchObject({
        _tag: "InvalidRequest",
        source: "auth0",
        statusCode: 400,
        errorCode: "invalid_body",
        message: "Cannot set both options.attributes and options.requires_username",
        issues: []
      })
    }))

  it.effect("400 payload validation message → InvalidRequest with the path Auth0 named", () =>
    Effect.gen(function*() {
      const { service } = makeService(() =>
        json(400, auth0Error(400, "Bad Request", "Payload validation error: 'Additional properties not allowed: requires_username' on property options.validation (Options for validation).", "invalid_body"))
      )
      const svc = yield* service
      const error = yield* fail(svc.update(ID, { display_name: "x" as never }))
      expect(error._tag).toBe("InvalidRequest")
      expect(error).toMatchObject({ issues: [{ path: "options.validation", message: "Additional properties not allowed: requires_username" }] })
    }))

  it.effect("401 Invalid token (with attributes, no errorCode) → Unauthorized", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() =>
        json(401, auth0Error(401, "Unauthorized", "Invalid token", undefined, { attributes: { error: "Invalid token" } }), {
          "www-authenticate": "Token error=\"Invalid token\""
        })
      )
      const svc = yield* service
      const error = yield* fail(svc.get(ID))
      expect(error).toMatchObject({ _tag: "Unauthorized", statusCode: 401, message: "Invalid token" })
      expect("errorCode" in error && error.errorCode).toBeFalsy()
      // A static token cannot be refreshed: no second request.
      expect(seen).toHaveLength(1)
    }))

  it.effect("403 insufficient_scope → InsufficientScope with the scopes parsed", () =>
    Effect.gen(function*() {
      const { service } = makeService(() =>
        json(403, auth0Error(403, "Forbidden", "Insufficient scope, expected any of: create:connections", "insufficient_scope"))
      )
      const svc = yield* service
      const error = yield* fail(svc.create({ name: ConnectionName.make("db"), strategy: "auth0" }))
      expect(error).toMatchObject({
        _tag: "InsufficientScope",
        statusCode: 403,
        errorCode: "insufficient_scope",
        requirement: "any",
        requiredScopes: ["create:connections"]
      })
    }))

  it.effect("403 on rotate names both scopes (expected all of)", () =>
    Effect.gen(function*() {
      const { service } = makeService(() =>
        json(403, auth0Error(403, "Forbidden", "Insufficient scope, expected all of: create:connections_keys, update:connections_keys", "insufficient_scope"))
      )
      const svc = yield* service
      const error = yield* fail(svc.rotateKeys(ID))
      expect(error).toMatchObject({ _tag: "InsufficientScope", requirement: "all", requiredScopes: ["create:connections_keys", "update:connections_keys"] })
    }))

  it.effect("403 options scope → InsufficientScope naming update:connections_options", () =>
    Effect.gen(function*() {
      const { service } = makeService(() =>
        json(403, auth0Error(403, "Forbidden", "Updating the \"options\" property requires the \"update:connections_options\" scope", "insufficient_scope"))
      )
      const svc = yield* service
      const error = yield* fail(svc.update(ID, { options: { brute_force_protection: false } }))
      expect(error).toMatchObject({ _tag: "InsufficientScope", requiredScopes: ["update:connections_options"] })
    }))

  it.effect("404 inexistent_connection → ConnectionNotFound with the id", () =>
    Effect.gen(function*() {
      const { service } = makeService(() =>
        json(404, auth0Error(404, "Not Found", "The connection does not exist", "inexistent_connection"))
      )
      const svc = yield* service
      const error = yield* fail(svc.get(ID))
      expect(error).toMatchObject({ _tag: "ConnectionNotFound", connectionId: ID, errorCode: "inexistent_connection", statusCode: 404 })
    }))

  it.effect("SCIM 404 without errorCode → ResourceNotFound", () =>
    Effect.gen(function*() {
      const { service } = makeService(() => json(404, auth0Error(404, "Not Found", "Not Found")))
      const svc = yield* service
      const error = yield* fail(svc.getScimConfiguration(ID))
      expect(error).toMatchObject({ _tag: "ResourceNotFound", statusCode: 404, message: "Not Found" })
    }))

  it.effect("SCIM unsupported strategy 404 → ResourceNotFound with Auth0's text", () =>
    Effect.gen(function*() {
      const message = "This connection type does not support SCIM. Please see our documentation for the currently supported connection types: https://auth0.com/docs/authenticate/protocols/scim/configure-inbound-scim."
      const { service } = makeService(() => json(404, auth0Error(404, "Not Found", message)))
      const svc = yield* service
      const error = yield* fail(svc.createScimConfiguration(ID))
      expect(error).toMatchObject({ _tag: "ResourceNotFound", message })
    }))

  it.effect("409 connection_conflict on create → Conflict", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() =>
        json(409, auth0Error(409, "Conflict", "A connection with the same name already exists", "connection_conflict"))
      )
      const svc = yield* service
      const error = yield* fail(svc.create({ name: ConnectionName.make("db"), strategy: "auth0" }))
      expect(error).toMatchObject({ _tag: "Conflict", errorCode: "connection_conflict", statusCode: 409 })
      // A first-attempt 409 is a real conflict: no lookup, no re-send.
      expect(seen).toHaveLength(1)
    }))

  it.effect("429 with maxRetries 0 → RateLimited with limit/remaining/reset/retryAfter/attempts", () =>
    Effect.gen(function*() {
      const { service } = makeService(() =>
        json(429, auth0Error(429, "Too Many Requests", "Global limit has been reached", "too_many_requests"), {
          "x-ratelimit-limit": "50",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": "1700000000",
          "retry-after": "3"
        }), { maxRetries: 0 })
      const svc = yield* service
      const error = yield* fail(svc.list())
      expect(error).toMatchObject({
        _tag: "RateLimited",
        statusCode: 429,
        errorCode: "too_many_requests",
        limit: 50,
        remaining: 0,
        reset: 1700000000,
        retryAfter: 3,
        attempts: 1
      })
    }))

  it.effect("older 429 body without message → RateLimited with the reason phrase", () =>
    Effect.gen(function*() {
      const { service } = makeService(() => json(429, { statusCode: 429, error: "Too Many Requests" }), { maxRetries: 0 })
      const svc = yield* service
      const error = yield* fail(svc.get(ID))
      expect(error).toMatchObject({ _tag: "RateLimited", message: "Too Many Requests", attempts: 1 })
    }))

  it.effect("500 and 503 → ServerError with the status", () =>
    Effect.gen(function*() {
      for (const status of [500, 503]) {
        const { service } = makeService(() => json(status, auth0Error(status, "Internal Server Error", "Something broke")), { maxRetries: 0 })
        const svc = yield* service
        const error = yield* fail(svc.get(ID))
        expect(error).toMatchObject({ _tag: "ServerError", statusCode: status, attempts: 1 })
      }
    }))

  it.effect("a non-JSON error body keeps its text as the message", () =>
    Effect.gen(function*() {
      const { service } = makeService(() => new Response("<html>Bad Gateway</html>", { status: 502, headers: { "content-type": "text/html" } }), {
        maxRetries: 0
      })
      const svc = yield* service
      const error = yield* fail(svc.get(ID))
      expect(error).toMatchObject({ _tag: "ServerError", statusCode: 502, message: "<html>Bad Gateway</html>" })
    }))

  it.effect("a transport failure → TransportError without the request", () =>
    Effect.gen(function*() {
      const { service } = makeService(() => "transport-error", { maxRetries: 0 })
      const svc = yield* service
      const error = yield* fail(svc.get(ID))
      expect(error).toMatchObject({ _tag: "TransportError", reason: "Transport", method: "GET", url: `https://tenant.test/api/v2/connections/${ID}`, attempts: 1 })
      expect(error.message).toContain("ECONNRESET")
      expect(Object.keys(error)).not.toContain("request")
    }))

  it.effect("a 2xx body that does not decode → UnexpectedResponse with the failing path", () =>
    Effect.gen(function*() {
      const { service } = makeService(() => json(200, { ...auth0Connection(), id: 42 }))
      const svc = yield* service
      const error = yield* fail(svc.get(ID))
      expect(error._tag).toBe("UnexpectedResponse")
      expect(error).toMatchObject({ status: 200, method: "GET" })
      expect(error._tag === "UnexpectedResponse" && error.issues.map((i) => i.path)).toContain("id")
    }))

  it.effect("a non-JSON 2xx body → UnexpectedResponse", () =>
    Effect.gen(function*() {
      const { service } = makeService(() => new Response("OK", { status: 200 }))
      const svc = yield* service
      const error = yield* fail(svc.getKeys(ID))
      expect(error).toMatchObject({ _tag: "UnexpectedResponse", status: 200 })
    }))

  it.effect("an error a method does not declare becomes UnexpectedResponse, keeping what Auth0 said", () =>
    Effect.gen(function*() {
      const { service } = makeService((req) =>
        req.method === "GET" && req.path === "/api/v2/connections"
          ? json(404, auth0Error(404, "Not Found", "Not Found"))
          : json(409, auth0Error(409, "Conflict", "Something conflicted", "weird_conflict"))
      )
      const svc = yield* service
      // GET /connections documents no 404; GET /keys documents no 409.
      expect(yield* fail(svc.list())).toMatchObject({
        _tag: "UnexpectedResponse",
        status: 404,
        statusCode: 404,
        message: "Not Found",
        method: "GET",
        url: "https://tenant.test/api/v2/connections"
      })
      expect(yield* fail(svc.getKeys(ID))).toMatchObject({ _tag: "UnexpectedResponse", status: 409, errorCode: "weird_conflict" })
    }))

  it.effect("unknown top-level fields and option keys survive decoding", () =>
    Effect.gen(function*() {
      const { service } = makeService(() => json(200, auth0Connection({ brand_new_field: { a: 1 } })))
      const svc = yield* service
      const connection = yield* svc.get(ID)
      expect((connection as unknown as Record<string, unknown>).brand_new_field).toEqual({ a: 1 })
      expect(connection.options).toMatchObject({ future_option_key: { nested: [1, 2, 3] }, passwordPolicy: "good" })
    }))

  it.effect("a connection id with URL-special characters is escaped in the path", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(() => json(404, auth0Error(404, "Not Found", "The connection does not exist", "inexistent_connection")))
      const svc = yield* service
      yield* Effect.either(svc.get("con_a/../b" as ConnectionId))
      yield* Effect.either(svc.deleteScimToken(ID, "tok_x?y" as ScimTokenId))
      expect(seen.map((s) => s.url.pathname)).toEqual([
        "/api/v2/connections/con_a%2F..%2Fb",
        `/api/v2/connections/${ID}/scim-configuration/tokens/tok_x%3Fy`
      ])
    }))

  it.effect("delete: 202 → Some(deleted_at), 204 → None", () =>
    Effect.gen(function*() {
      const { service } = makeService((_, i) => (i === 0 ? json(202, { deleted_at: "2025-09-08T11:00:11.110Z" }) : empty(204)))
      const svc = yield* service
      expect(yield* svc.delete(ID)).toEqual(Option.some({ deleted_at: "2025-09-08T11:00:11.110Z" }))
      expect(yield* svc.delete(ID)).toEqual(Option.none())
    }))
})
