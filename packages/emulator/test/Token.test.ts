import { expect, layer } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { Emulator, layer as emulatorLayer } from "@effect-auth0/emulator/Emulator"
import { api, call, claims } from "./helpers.js"

const form = (params: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(params).toString()
})

const json = (params: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(params)
})

layer(emulatorLayer({ seed: { clients: [{ client_id: "seeded-client", client_secret: "seeded-secret" }] } }))("POST /oauth/token", (it) => {
  it.effect("client credentials in a form body give a Bearer JWT with every connections scope that the API accepts", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answer = yield* call(emulator.tokenUrl, form({
        grant_type: "client_credentials",
        client_id: emulator.clientId,
        client_secret: Redacted.value(emulator.clientSecret),
        audience: emulator.audience
      }))
      expect(answer.status).toBe(200)
      expect(answer.headers.get("cache-control")).toBe("no-store")
      const body = answer.body as { access_token: string; expires_in: number; scope: string; token_type: string }
      expect(body).toMatchObject({ expires_in: 86400, token_type: "Bearer" })
      expect(body.scope.split(" ")).toContain("read:connections_options")
      const c = claims(body.access_token)
      expect(c).toMatchObject({ sub: `${emulator.clientId}@clients`, aud: emulator.audience, gty: "client-credentials", scope: body.scope })
      expect((c.exp as number) - (c.iat as number)).toBe(86400)
      expect((yield* api(emulator, "GET", "/connections", { token: body.access_token })).status).toBe(200)
    }))

  it.effect("a JSON body works too, and the scope parameter narrows the token", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answer = yield* call(emulator.tokenUrl, json({
        grant_type: "client_credentials",
        client_id: emulator.clientId,
        client_secret: Redacted.value(emulator.clientSecret),
        audience: emulator.audience,
        scope: "read:connections"
      }))
      expect(answer.status).toBe(200)
      const token = (answer.body as { access_token: string; scope: string }).access_token
      expect((answer.body as { scope: string }).scope).toBe("read:connections")
      expect((yield* api(emulator, "GET", "/connections", { token })).status).toBe(200)
      expect((yield* api(emulator, "POST", "/connections", { token, body: { name: "narrowed", strategy: "auth0" } })).status).toBe(403)
    }))

  it.effect("credentials in an HTTP Basic header are accepted (client_secret_basic)", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const basic = Buffer.from(`${emulator.clientId}:${Redacted.value(emulator.clientSecret)}`).toString("base64")
      const answer = yield* call(emulator.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${basic}` },
        body: "grant_type=client_credentials"
      })
      expect(answer.status).toBe(200)
    }))

  it.effect("a seeded client can get a token", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answer = yield* call(emulator.tokenUrl, form({ grant_type: "client_credentials", client_id: "seeded-client", client_secret: "seeded-secret", audience: emulator.audience }))
      expect(answer.status).toBe(200)
      expect(claims((answer.body as { access_token: string }).access_token).azp).toBe("seeded-client")
    }))

  it.effect("a wrong secret or an unknown client is 401 access_denied, like Auth0's authentication API", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (const params of [
        { grant_type: "client_credentials", client_id: emulator.clientId, client_secret: "wrong", audience: emulator.audience },
        { grant_type: "client_credentials", client_id: "nobody", client_secret: Redacted.value(emulator.clientSecret), audience: emulator.audience },
        { grant_type: "client_credentials", audience: emulator.audience }
      ]) {
        const answer = yield* call(emulator.tokenUrl, form(params))
        expect(answer.status).toBe(401)
        expect(answer.body).toEqual({ error: "access_denied", error_description: "Unauthorized" })
      }
    }))

  it.effect("an unsupported or missing grant type is 400", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const password = yield* call(emulator.tokenUrl, form({ grant_type: "password", username: "u", password: "p" }))
      expect(password.status).toBe(400)
      expect(password.body).toMatchObject({ error: "unsupported_grant_type" })
      const missing = yield* call(emulator.tokenUrl, json({ client_id: emulator.clientId }))
      expect(missing.status).toBe(400)
      expect(missing.body).toMatchObject({ error: "invalid_request" })
    }))

  it.effect("another audience is 403 Service not enabled within domain; the base-URL audience is accepted", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const creds = { grant_type: "client_credentials", client_id: emulator.clientId, client_secret: Redacted.value(emulator.clientSecret) }
      const other = yield* call(emulator.tokenUrl, form({ ...creds, audience: "https://api.example.com/" }))
      expect(other.status).toBe(403)
      expect(other.body).toEqual({ error: "access_denied", error_description: "Service not enabled within domain: https://api.example.com/" })
      const local = yield* call(emulator.tokenUrl, form({ ...creds, audience: `${emulator.apiUrl}/` }))
      expect(local.status).toBe(200)
      expect((yield* api(emulator, "GET", "/connections", { token: (local.body as { access_token: string }).access_token })).status).toBe(200)
    }))

  it.effect("asking for a scope the client was not granted is 403", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answer = yield* call(emulator.tokenUrl, form({
        grant_type: "client_credentials",
        client_id: emulator.clientId,
        client_secret: Redacted.value(emulator.clientSecret),
        audience: emulator.audience,
        scope: "read:connections read:users"
      }))
      expect(answer.status).toBe(403)
      expect(answer.body).toEqual({ error: "access_denied", error_description: "Client has not been granted scopes: read:users" })
    }))

  it.effect("bad bodies and other methods are 4xx, never 5xx", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      expect((yield* call(emulator.tokenUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{" })).status).toBe(400)
      expect((yield* call(emulator.tokenUrl, json(["grant_type"]))).status).toBe(400)
      expect((yield* call(emulator.tokenUrl, { method: "POST", headers: { "content-type": "text/plain" }, body: "x" })).status).toBe(400)
      const get = yield* call(emulator.tokenUrl)
      expect(get.status).toBe(405)
      expect(get.headers.get("allow")).toBe("POST")
    }))
})
