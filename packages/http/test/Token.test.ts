import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Redacted, TestClock } from "effect"
import * as HttpClient from "@effect/platform/HttpClient"
import * as TokenProvider from "@effect-auth0/http/TokenProvider"
import { auth0Connection, auth0Error, BASE_URL, CLIENT_SECRET, ID, json, makeService, type Seen, scripted, settle } from "./helpers.js"

const credentials = { token: undefined, clientId: "client-abc", clientSecret: Redacted.make(CLIENT_SECRET) }
const isToken = (req: Seen) => req.path === "/oauth/token"
const tokenBody = (n: number, expires_in = 86400) => ({
  access_token: `access-token-${n}`,
  expires_in,
  scope: "read:connections update:connections",
  token_type: "Bearer"
})

/** A tenant that issues access-token-1, -2, … and accepts any bearer token unless `accept` says otherwise. */
const tenant = (options: { readonly expiresIn?: number; readonly accept?: (bearer: string) => boolean } = {}) => {
  let issued = 0
  return (req: Seen) => {
    if (isToken(req)) return json(200, tokenBody(++issued, options.expiresIn))
    const bearer = req.headers["authorization"]?.replace(/^Bearer /, "") ?? ""
    return options.accept === undefined || options.accept(bearer)
      ? json(200, auth0Connection())
      : json(401, auth0Error(401, "Unauthorized", "Invalid token", undefined, { attributes: { error: "Invalid token" } }))
  }
}

describe("client credentials", () => {
  it.effect("POSTs the form-encoded grant to {baseUrl}/oauth/token and sends the token as a bearer", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(tenant(), credentials)
      const svc = yield* service
      yield* svc.get(ID)
      expect(seen.map((s) => `${s.method} ${s.url.href}`)).toEqual([
        `POST ${BASE_URL}/oauth/token`,
        `GET ${BASE_URL}/api/v2/connections/${ID}`
      ])
      const grant = new URLSearchParams(seen[0]!.text)
      expect(seen[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(Object.fromEntries(grant)).toEqual({
        grant_type: "client_credentials",
        client_id: "client-abc",
        client_secret: CLIENT_SECRET,
        audience: `${BASE_URL}/api/v2/`
      })
      expect(seen[1]!.headers["authorization"]).toBe("Bearer access-token-1")
    }))

  it.effect("with a domain: token at https://{domain}/oauth/token, audience https://{domain}/api/v2/", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(tenant(), { ...credentials, baseUrl: undefined, domain: "acme.eu.auth0.com" })
      const svc = yield* service
      yield* svc.get(ID)
      expect(seen[0]!.url.href).toBe("https://acme.eu.auth0.com/oauth/token")
      expect(new URLSearchParams(seen[0]!.text).get("audience")).toBe("https://acme.eu.auth0.com/api/v2/")
      expect(seen[1]!.url.href).toBe(`https://acme.eu.auth0.com/api/v2/connections/${ID}`)
    }))

  it.effect("caches the token until 10 s before it expires", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(tenant({ expiresIn: 60 }), credentials)
      const svc = yield* service
      yield* svc.get(ID)
      yield* svc.get(ID)
      expect(seen.filter(isToken)).toHaveLength(1)
      yield* TestClock.adjust("49 seconds")
      yield* svc.get(ID)
      expect(seen.filter(isToken)).toHaveLength(1)
      yield* TestClock.adjust("1 second")
      yield* svc.get(ID)
      expect(seen.filter(isToken)).toHaveLength(2)
      expect(seen.at(-1)!.headers["authorization"]).toBe("Bearer access-token-2")
    }))

  it.effect("concurrent callers share one token request", () =>
    Effect.gen(function*() {
      const gate = yield* Deferred.make<void>()
      let issued = 0
      const { service, seen } = makeService((req) =>
        isToken(req)
          ? Effect.as(Deferred.await(gate), json(200, tokenBody(++issued)))
          : json(200, auth0Connection()), credentials)
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.all(Array.from({ length: 10 }, () => svc.get(ID)), { concurrency: "unbounded" }))
      yield* settle
      expect(seen.filter(isToken)).toHaveLength(1)
      yield* Deferred.succeed(gate, undefined)
      const results = yield* Fiber.join(fiber)
      expect(results).toHaveLength(10)
      expect(seen.filter(isToken)).toHaveLength(1)
      expect(new Set(seen.filter((s) => !isToken(s)).map((s) => s.headers["authorization"]))).toEqual(new Set(["Bearer access-token-1"]))
    }))

  it.effect("a 401 from the API forces one refresh and one retry", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(tenant({ accept: (t) => t !== "access-token-1" }), credentials)
      const svc = yield* service
      const connection = yield* svc.get(ID)
      expect(connection.id).toBe(ID)
      expect(seen.map((s) => `${s.method} ${s.path} ${s.headers["authorization"] ?? ""}`)).toEqual([
        "POST /oauth/token ",
        `GET /api/v2/connections/${ID} Bearer access-token-1`,
        "POST /oauth/token ",
        `GET /api/v2/connections/${ID} Bearer access-token-2`
      ])
    }))

  it.effect("a second 401 after the refresh → Unauthorized (no loop)", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService(tenant({ accept: () => false }), credentials)
      const svc = yield* service
      const error = yield* Effect.flip(svc.get(ID))
      expect(error).toMatchObject({ _tag: "Unauthorized", statusCode: 401, message: "Invalid token" })
      expect(seen.filter(isToken)).toHaveLength(2)
      expect(seen.filter((s) => !isToken(s))).toHaveLength(2)
    }))

  it.effect("the token endpoint refusing the client → Unauthorized with Auth0's code, without the secret", () =>
    Effect.gen(function*() {
      const { service, seen } = makeService((req) =>
        isToken(req) ? json(401, { error: "access_denied", error_description: "Unauthorized" }) : json(200, auth0Connection()), credentials)
      const svc = yield* service
      const error = yield* Effect.flip(svc.get(ID))
      expect(error).toMatchObject({ _tag: "Unauthorized", statusCode: 401, errorCode: "access_denied" })
      expect(error.message).toContain("Unauthorized")
      expect(JSON.stringify(error)).not.toContain(CLIENT_SECRET)
      expect(seen.filter((s) => !isToken(s))).toHaveLength(0)
    }))

  it.effect("a refused client reads: POST <token url> refused client \"<id>\" (401 access_denied…): check AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET", () =>
    Effect.gen(function*() {
      const { service } = makeService((req) =>
        isToken(req) ? json(401, { error: "access_denied", error_description: "Unauthorized" }) : json(200, auth0Connection()), credentials)
      const svc = yield* service
      const error = yield* Effect.flip(svc.get(ID))
      expect(error.message).toBe(
        `POST ${BASE_URL}/oauth/token refused client "client-abc" (401 access_denied: Unauthorized): check AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET`
      )
    }))

  it.effect("every TransportError names the method and the URL, the token request's included", () =>
    Effect.gen(function*() {
      const { service } = makeService((req) => (isToken(req) ? "refused" : json(200, auth0Connection())), { ...credentials, maxRetries: 0 })
      const svc = yield* service
      const fiber = yield* Effect.fork(Effect.flip(svc.get(ID)))
      for (let i = 0; i < 4; i++) {
        yield* settle
        yield* TestClock.adjust(5000)
      }
      const error = yield* Fiber.join(fiber)
      expect(error._tag).toBe("TransportError")
      expect(error.message).toMatch(new RegExp(`^GET ${BASE_URL}/api/v2/connections/${ID}: not sent: POST ${BASE_URL}/oauth/token: token request failed: `))
      expect(error.message).toContain("ECONNREFUSED")
      const direct = yield* Effect.flip(Effect.flatMap(
        TokenProvider.clientCredentials({ tokenUrl: `${BASE_URL}/oauth/token`, clientId: "c", clientSecret: Redacted.make(CLIENT_SECRET), audience: "a", maxRetries: 0 }),
        (p) => p.get
      ).pipe(Effect.provideService(HttpClient.HttpClient, scripted(() => "dns").client)))
      expect(direct).toMatchObject({ _tag: "TransportError", method: "POST", url: `${BASE_URL}/oauth/token`, sent: false })
      expect(direct.message).toMatch(new RegExp(`^POST ${BASE_URL}/oauth/token: `))
    }))

  it.effect("a 403 from the token endpoint (API not authorized for the client) → Unauthorized", () =>
    Effect.gen(function*() {
      const { service } = makeService((req) =>
        isToken(req)
          ? json(403, { error: "access_denied", error_description: `Client is not authorized to access "${BASE_URL}/api/v2/".` })
          : json(200, auth0Connection()), credentials)
      const svc = yield* service
      expect(yield* Effect.flip(svc.get(ID))).toMatchObject({ _tag: "Unauthorized", statusCode: 403, errorCode: "access_denied" })
    }))

  it.effect("a failed token request is not cached: the next call tries again", () =>
    Effect.gen(function*() {
      let tokenCalls = 0
      const { service } = makeService((req) =>
        isToken(req)
          ? (++tokenCalls === 1 ? json(401, { error: "access_denied", error_description: "Unauthorized" }) : json(200, tokenBody(tokenCalls)))
          : json(200, auth0Connection()), credentials)
      const svc = yield* service
      yield* Effect.flip(svc.get(ID))
      expect((yield* svc.get(ID)).id).toBe(ID)
      expect(tokenCalls).toBe(2)
    }))

  it.effect("a token response without access_token → UnexpectedResponse naming the path", () =>
    Effect.gen(function*() {
      const { service } = makeService((req) => (isToken(req) ? json(200, { expires_in: 86400 }) : json(200, auth0Connection())), credentials)
      const svc = yield* service
      const error = yield* Effect.flip(svc.get(ID))
      expect(error).toMatchObject({ _tag: "UnexpectedResponse", status: 200, url: `${BASE_URL}/oauth/token` })
      expect(error._tag === "UnexpectedResponse" && error.issues.map((i) => i.path)).toEqual(["access_token"])
    }))

  it.effect("a static token is never refreshed: invalidate says so", () =>
    Effect.gen(function*() {
      const provider = TokenProvider.fromToken(Redacted.make("t"))
      expect(yield* provider.invalidate(Redacted.make("t"))).toBe(false)
    }))

  it.effect("invalidate only drops the token that failed, not a fresher one", () =>
    Effect.gen(function*() {
      let issued = 0
      const { client, seen } = scripted(() => json(200, tokenBody(++issued)))
      const provider = yield* TokenProvider.clientCredentials({
        tokenUrl: `${BASE_URL}/oauth/token`,
        clientId: "c",
        clientSecret: Redacted.make(CLIENT_SECRET),
        audience: `${BASE_URL}/api/v2/`
      }).pipe(Effect.provideService(HttpClient.HttpClient, client))
      const first = yield* provider.get
      yield* provider.invalidate(Redacted.make("access-token-1")) // a different Redacted: not the cached one
      expect(yield* provider.get).toBe(first)
      yield* provider.invalidate(first)
      expect(Redacted.value(yield* provider.get)).toBe("access-token-2")
      expect(seen).toHaveLength(2)
    }))
})
