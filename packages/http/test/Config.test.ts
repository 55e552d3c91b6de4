import { describe, expect, it } from "@effect/vitest"
import { Config, ConfigProvider, Duration, Effect, Exit, Layer, Redacted } from "effect"
import * as HttpClient from "@effect/platform/HttpClient"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import { auth0Connection, CLIENT_SECRET, ID, json, scripted, type Seen } from "./helpers.js"

const env = (vars: Record<string, string>) => ConfigProvider.fromMap(new Map(Object.entries(vars)))

const tenant = (req: Seen) =>
  req.path === "/oauth/token" ? json(200, { access_token: "at", expires_in: 86400, token_type: "Bearer" }) : json(200, auth0Connection())

/** Runs `svc.get(ID)` through `layerConfig` under the given environment; returns the requests seen. */
const getWith = (vars: Record<string, string>, options?: Config.Config.Wrap<ConnectionsHttp.Options>) =>
  Effect.gen(function*() {
    const { client, seen } = scripted(tenant)
    yield* Effect.flatMap(ConnectionsService, (svc) => svc.get(ID)).pipe(
      Effect.provide(ConnectionsHttp.layerConfig(options).pipe(Layer.provide(Layer.succeed(HttpClient.HttpClient, client)))),
      Effect.withConfigProvider(env(vars))
    )
    return seen
  })

describe("layerConfig", () => {
  it.effect("AUTH0_DOMAIN + AUTH0_TOKEN", () =>
    Effect.gen(function*() {
      const seen = yield* getWith({ AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_TOKEN: "tok" })
      expect(seen.map((s) => s.url.href)).toEqual([`https://acme.eu.auth0.com/api/v2/connections/${ID}`])
      expect(seen[0]!.headers["authorization"]).toBe("Bearer tok")
    }))

  it.effect("AUTH0_BASE_URL + client credentials: token at {base}/oauth/token, audience {base}/api/v2/", () =>
    Effect.gen(function*() {
      const seen = yield* getWith({ AUTH0_BASE_URL: "http://127.0.0.1:4010", AUTH0_CLIENT_ID: "cid", AUTH0_CLIENT_SECRET: CLIENT_SECRET })
      expect(seen.map((s) => s.url.href)).toEqual(["http://127.0.0.1:4010/oauth/token", `http://127.0.0.1:4010/api/v2/connections/${ID}`])
      expect(Object.fromEntries(new URLSearchParams(seen[0]!.text))).toMatchObject({
        client_id: "cid",
        client_secret: CLIENT_SECRET,
        audience: "http://127.0.0.1:4010/api/v2/"
      })
    }))

  it.effect("AUTH0_AUDIENCE overrides the default audience", () =>
    Effect.gen(function*() {
      const seen = yield* getWith({
        AUTH0_BASE_URL: "http://127.0.0.1:4010",
        AUTH0_CLIENT_ID: "cid",
        AUTH0_CLIENT_SECRET: CLIENT_SECRET,
        AUTH0_AUDIENCE: "https://acme.eu.auth0.com/api/v2/"
      })
      expect(new URLSearchParams(seen[0]!.text).get("audience")).toBe("https://acme.eu.auth0.com/api/v2/")
    }))

  it.effect("AUTH0_TELEMETRY=false, and settings from code win over the environment", () =>
    Effect.gen(function*() {
      const seen = yield* getWith(
        { AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_TOKEN: "tok", AUTH0_TELEMETRY: "false" },
        Config.map(ConnectionsHttp.configRaw, (options) => ({ ...options, token: Redacted.make("from-code") }))
      )
      expect(seen[0]!.headers["auth0-client"]).toBeUndefined()
      expect(seen[0]!.headers["authorization"]).toBe("Bearer from-code")
      expect(seen[0]!.url.host).toBe("acme.eu.auth0.com")
    }))

  it.effect("a missing target or credential is a ConfigError naming the variable", () =>
    Effect.gen(function*() {
      const cases: ReadonlyArray<readonly [Record<string, string>, string]> = [
        [{ AUTH0_TOKEN: "tok" }, "AUTH0_DOMAIN"],
        [{ AUTH0_DOMAIN: "acme.eu.auth0.com" }, "AUTH0_TOKEN"],
        [{ AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_CLIENT_ID: "cid" }, "AUTH0_CLIENT_SECRET"],
        [{ AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_CLIENT_SECRET: "s" }, "AUTH0_CLIENT_ID"],
        [{ AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_TOKEN: "tok", AUTH0_TIMEOUT: "soon" }, "AUTH0_TIMEOUT"],
        [{ AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_TOKEN: "tok", AUTH0_RATE_LIMIT: "fast" }, "AUTH0_RATE_LIMIT"],
        [{ AUTH0_DOMAIN: "", AUTH0_TOKEN: "tok" }, "AUTH0_DOMAIN"]
      ]
      for (const [vars, name] of cases) {
        const exit = yield* Effect.exit(getWith(vars))
        expect(Exit.isFailure(exit)).toBe(true)
        expect(String(Exit.isFailure(exit) ? exit.cause : "")).toContain(name)
      }
    }))

  it.effect("a malformed AUTH0_BASE_URL / AUTH0_DOMAIN / AUTH0_TOKEN_URL is a ConfigError naming the variable and the expected shape", () =>
    Effect.gen(function*() {
      const cases: ReadonlyArray<readonly [Record<string, string>, string, string]> = [
        [{ AUTH0_BASE_URL: "127.0.0.1:4010", AUTH0_TOKEN: "tok" }, "AUTH0_BASE_URL", "an absolute http(s) URL"],
        [{ AUTH0_BASE_URL: "ftp://127.0.0.1:4010", AUTH0_TOKEN: "tok" }, "AUTH0_BASE_URL", "an absolute http(s) URL"],
        [{ AUTH0_BASE_URL: "http://", AUTH0_TOKEN: "tok" }, "AUTH0_BASE_URL", "an absolute http(s) URL"],
        [{ AUTH0_DOMAIN: "acme.eu.auth0.com/api/v2", AUTH0_TOKEN: "tok" }, "AUTH0_DOMAIN", "a bare host"],
        [{ AUTH0_DOMAIN: "acme eu.auth0.com", AUTH0_TOKEN: "tok" }, "AUTH0_DOMAIN", "a bare host"],
        [{ AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_TOKEN: "tok", AUTH0_TOKEN_URL: "/oauth/token" }, "AUTH0_TOKEN_URL", "an absolute http(s) URL"]
      ]
      for (const [vars, name, shape] of cases) {
        const exit = yield* Effect.exit(getWith(vars))
        expect(Exit.isFailure(exit)).toBe(true)
        const text = String(Exit.isFailure(exit) ? exit.cause : "")
        expect(text).toContain(name)
        expect(text).toContain(shape)
      }
      // Still accepted: a domain with a scheme or a trailing slash, a port, "/" for relative URLs, a path prefix.
      for (
        const vars of [
          { AUTH0_DOMAIN: "https://acme.eu.auth0.com/", AUTH0_TOKEN: "tok" },
          { AUTH0_DOMAIN: "acme.eu.auth0.com:8443", AUTH0_TOKEN: "tok" },
          { AUTH0_BASE_URL: "http://127.0.0.1:4010", AUTH0_TOKEN: "tok" },
          { AUTH0_BASE_URL: "http://proxy.test/auth0/", AUTH0_TOKEN: "tok" },
          { AUTH0_BASE_URL: "HTTPS://acme.eu.auth0.com", AUTH0_TOKEN: "tok" }
        ]
      ) {
        expect(yield* getWith(vars)).toHaveLength(1)
      }
    }))

  it.effect("make dies with the same message on a malformed baseUrl", () =>
    Effect.gen(function*() {
      const { client } = scripted(tenant)
      const exit = yield* Effect.exit(
        ConnectionsHttp.make({ baseUrl: "127.0.0.1:4010", token: Redacted.make("t") }).pipe(Effect.provideService(HttpClient.HttpClient, client))
      )
      expect(Exit.isFailure(exit) && String(exit.cause)).toContain("baseUrl")
      expect(Exit.isFailure(exit) && String(exit.cause)).toContain("an absolute http(s) URL")
    }))

  it.effect("a Config.Wrap of your own: settings from your own names, checked the same way", () =>
    Effect.gen(function*() {
      const mine: Config.Config.Wrap<ConnectionsHttp.Options> = {
        baseUrl: Config.string("MY_AUTH0_URL"),
        token: Config.redacted("MY_AUTH0_TOKEN"),
        telemetry: Config.succeed(false)
      }
      const seen = yield* getWith({ MY_AUTH0_URL: "http://127.0.0.1:4010", MY_AUTH0_TOKEN: "mine", AUTH0_DOMAIN: "ignored.auth0.com" }, mine)
      expect(seen.map((s) => s.url.href)).toEqual([`http://127.0.0.1:4010/api/v2/connections/${ID}`])
      expect(seen[0]!.headers["authorization"]).toBe("Bearer mine")
      expect(seen[0]!.headers["auth0-client"]).toBeUndefined()
      // A variable of your own that is missing is named by Config itself.
      const missingVar = yield* Effect.exit(getWith({ MY_AUTH0_URL: "http://127.0.0.1:4010" }, mine))
      expect(Exit.isFailure(missingVar) && String(missingVar.cause)).toContain("MY_AUTH0_TOKEN")
      // A required setting your config does not provide at all is named by its Options field.
      const noCredential = yield* Effect.exit(getWith({ MY_AUTH0_URL: "http://127.0.0.1:4010" }, { baseUrl: Config.string("MY_AUTH0_URL") }))
      expect(Exit.isFailure(noCredential) && String(noCredential.cause)).toContain("Expected token, or clientId and clientSecret, to be set")
      const noTarget = yield* Effect.exit(getWith({}, { token: Config.succeed(Redacted.make("t")) }))
      expect(Exit.isFailure(noTarget) && String(noTarget.cause)).toContain("Expected domain or baseUrl to be set")
    }))

  it.effect("config parses every knob; secrets stay Redacted", () =>
    Effect.gen(function*() {
      const options = yield* Effect.withConfigProvider(ConnectionsHttp.config, env({
        AUTH0_DOMAIN: "acme.eu.auth0.com",
        AUTH0_CLIENT_ID: "cid",
        AUTH0_CLIENT_SECRET: CLIENT_SECRET,
        AUTH0_TOKEN_URL: "https://login.acme.test/oauth/token",
        AUTH0_TIMEOUT: "2500",
        AUTH0_MAX_RETRIES: "2",
        AUTH0_MAX_RETRY_WAIT: "20 seconds",
        AUTH0_RETRY_BASE_DELAY: "250 millis",
        AUTH0_RATE_LIMIT: "5",
        AUTH0_RATE_LIMIT_BURST: "8",
        AUTH0_RATE_LIMIT_SLOW_DOWN_BELOW: "3",
        AUTH0_TRACE_PROPAGATION: "true"
      }))
      expect(Duration.toMillis(options.timeout!)).toBe(2500)
      expect(Duration.toMillis(options.maxRetryWait!)).toBe(20_000)
      expect(Duration.toMillis(options.retryBaseDelay!)).toBe(250)
      expect(options).toMatchObject({
        domain: "acme.eu.auth0.com",
        clientId: "cid",
        tokenUrl: "https://login.acme.test/oauth/token",
        maxRetries: 2,
        rateLimit: { requestsPerSecond: 5, burst: 8, slowDownBelow: 3 },
        tracePropagation: true
      })
      expect(Redacted.value(options.clientSecret!)).toBe(CLIENT_SECRET)
      expect(JSON.stringify(options)).not.toContain(CLIENT_SECRET)
      const off = yield* Effect.withConfigProvider(ConnectionsHttp.config, env({ AUTH0_DOMAIN: "d.test", AUTH0_TOKEN: "t", AUTH0_RATE_LIMIT: "off" }))
      expect(off.rateLimit).toBe(false)
    }))
})

describe("endpoints", () => {
  it("derives the API URL, token URL and audience", () => {
    expect(ConnectionsHttp.endpoints({ domain: "https://acme.eu.auth0.com/" })).toEqual({
      apiUrl: "https://acme.eu.auth0.com/api/v2",
      tokenUrl: "https://acme.eu.auth0.com/oauth/token",
      audience: "https://acme.eu.auth0.com/api/v2/"
    })
    expect(ConnectionsHttp.endpoints({ baseUrl: "http://localhost:4010/api/v2/" })).toEqual({
      apiUrl: "http://localhost:4010/api/v2",
      tokenUrl: "http://localhost:4010/oauth/token",
      audience: "http://localhost:4010/api/v2/"
    })
    expect(ConnectionsHttp.endpoints({ baseUrl: "http://proxy.test/auth0", domain: "acme.eu.auth0.com" })).toEqual({
      apiUrl: "http://proxy.test/auth0/api/v2",
      tokenUrl: "http://proxy.test/auth0/oauth/token",
      audience: "https://acme.eu.auth0.com/api/v2/"
    })
    expect(ConnectionsHttp.endpoints({})).toBeUndefined()
  })

  it.effect("make dies on options without a target", () =>
    Effect.gen(function*() {
      const { client } = scripted(tenant)
      const exit = yield* Effect.exit(ConnectionsHttp.make({ token: Redacted.make("t") }).pipe(Effect.provideService(HttpClient.HttpClient, client)))
      expect(Exit.isFailure(exit) && String(exit.cause)).toContain("domain")
    }))
})
