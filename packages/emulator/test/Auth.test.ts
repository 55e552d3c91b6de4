import { expect, layer } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { Emulator, layer as emulatorLayer, make as startEmulator } from "@effect-auth0/emulator/Emulator"
import { api, call, claims } from "./helpers.js"

const INVALID = { statusCode: 401, error: "Unauthorized", message: "Invalid token", attributes: { error: "Invalid token" } }

layer(emulatorLayer())("bearer authentication", (it) => {
  it.effect("a request without Authorization is 401 Missing authentication", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answer = yield* call(`${emulator.apiUrl}/connections`)
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual({ statusCode: 401, error: "Unauthorized", message: "Missing authentication" })
      expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8")
    }))

  it.effect("a token that is not a JWT is 401 Invalid token with WWW-Authenticate", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answer = yield* api(emulator, "GET", "/connections", { token: "not-a-jwt" })
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual(INVALID)
      expect(answer.headers.get("www-authenticate")).toBe("Token error=\"Invalid token\"")
    }))

  it.effect("a token whose payload was changed (bad signature) is refused", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const token = Redacted.value(yield* emulator.mintToken(["read:connections"]))
      const [header, , signature] = token.split(".")
      const widened = Buffer.from(JSON.stringify({ ...claims(token), scope: "read:connections create:connections" })).toString("base64url")
      const answer = yield* api(emulator, "GET", "/connections", { token: `${header}.${widened}.${signature}` })
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual(INVALID)
    }))

  it.effect("an unsigned token (alg none) is refused", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const token = Redacted.value(emulator.adminToken)
      const none = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")
      const answer = yield* api(emulator, "GET", "/connections", { token: `${none}.${token.split(".")[1]}.` })
      expect(answer.status).toBe(401)
    }))

  it.effect("an expired token is refused; the same scopes with a future expiry are accepted", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const expired = yield* emulator.mintToken(["read:connections"], { expiresInSeconds: -5 })
      expect((yield* api(emulator, "GET", "/connections", { token: expired })).body).toEqual(INVALID)
      const fresh = yield* emulator.mintToken(["read:connections"], { expiresInSeconds: 60 })
      expect((yield* api(emulator, "GET", "/connections", { token: fresh })).status).toBe(200)
    }))

  it.effect("another scheme than Bearer is 400 Bad HTTP authentication header format", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answer = yield* call(`${emulator.apiUrl}/connections`, { headers: { authorization: "Basic dXNlcjpwYXNz" } })
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ statusCode: 400, error: "Bad Request", message: "Bad HTTP authentication header format" })
    }))

  it.effect("scopes come from the token: a read-only token can list but not create (403 from the engine)", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const readOnly = yield* emulator.mintToken(["read:connections"])
      expect((yield* api(emulator, "GET", "/connections", { token: readOnly })).status).toBe(200)
      const denied = yield* api(emulator, "POST", "/connections", { token: readOnly, body: { name: "denied-1", strategy: "auth0" } })
      expect(denied.status).toBe(403)
      expect(denied.body).toMatchObject({ statusCode: 403, error: "Forbidden", errorCode: "insufficient_scope" })
      expect((denied.body as { message: string }).message).toContain("create:connections")
      const allowed = yield* api(emulator, "POST", "/connections", { body: { name: "allowed-1", strategy: "auth0" } })
      expect(allowed.status).toBe(201)
    }))

  it.effect("the admin token carries Auth0's client-credentials claims", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const c = claims(Redacted.value(emulator.adminToken))
      expect(c).toMatchObject({
        iss: `https://${emulator.tenantDomain}/`,
        sub: `${emulator.clientId}@clients`,
        aud: `https://${emulator.tenantDomain}/api/v2/`,
        azp: emulator.clientId,
        gty: "client-credentials"
      })
      expect((c.scope as string).split(" ")).toEqual(expect.arrayContaining(["read:connections", "update:connections_options", "delete:users", "create:scim_token"]))
    }))

  it.effect("a token minted by another emulator (other signing key) is refused", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const foreign = yield* Effect.scoped(Effect.flatMap(startEmulator({ tenantDomain: emulator.tenantDomain }), (other) => Effect.succeed(other.adminToken)))
      expect((yield* api(emulator, "GET", "/connections", { token: foreign })).status).toBe(401)
    }))

  it.effect("a token for another tenant (issuer and audience) is refused even with the same signing key", () =>
    Effect.gen(function*() {
      const secret = Redacted.make("shared-signing-secret")
      const a = yield* startEmulator({ signingSecret: secret, tenantDomain: "a.example.com" })
      const b = yield* startEmulator({ signingSecret: secret, tenantDomain: "b.example.com" })
      expect((yield* api(a, "GET", "/connections", { token: a.adminToken })).status).toBe(200)
      expect((yield* api(b, "GET", "/connections", { token: a.adminToken })).status).toBe(401)
    }).pipe(Effect.scoped))
})
