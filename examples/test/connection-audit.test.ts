/**
 * The pattern to copy: test an application service that depends on `ConnectionsService` by swapping in the
 * in-memory fake (`ConnectionsMemory.layer(seed)`). No server, no network, no Auth0 account; the fake answers with
 * the same data and the same typed errors as the HTTP client. Each test builds its own layer, so its store is fresh.
 */
import * as ConnectionsMemory from "@effect-auth0/testing/ConnectionsMemory"
import type * as Engine from "@effect-auth0/engine/Engine"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import * as ConnectionAudit from "../testing-with-the-fake/ConnectionAudit.js"

/** The service under test on top of the fake; `provideMerge` keeps `ConnectionsService` reachable from the test. */
const TestLayer = (seed: Engine.Seed) => ConnectionAudit.layer.pipe(Layer.provideMerge(ConnectionsMemory.layer(seed)))

const tenant: Engine.Seed = {
  clients: [{ client_id: "web-app" }],
  connections: [
    { name: "customers", strategy: "auth0", options: { brute_force_protection: true, passwordPolicy: "good" }, enabled_clients: ["web-app"] },
    { name: "legacy-db", strategy: "auth0", options: { brute_force_protection: false, passwordPolicy: "low", customScripts: { login: "function login() {}" } } },
    { name: "acme-saml", strategy: "samlp", options: { signInEndpoint: "https://idp.acme.example/sso", signatureAlgorithm: "rsa-sha1" }, enabled_clients: ["web-app"] },
    { name: "google-oauth2", strategy: "google-oauth2", enabled_clients: ["web-app"] }
  ]
}

describe("ConnectionAudit (against ConnectionsMemory)", () => {
  it.effect("reports risky settings, most severe first", () =>
    Effect.gen(function*() {
      const audit = yield* ConnectionAudit.ConnectionAudit
      const report = yield* audit.audit
      expect(report.connections).toBe(4)
      expect(report.findings.map((f) => [f.severity, f.name, f.rule])).toEqual([
        ["high", "legacy-db", "brute-force-protection-off"],
        ["high", "legacy-db", "weak-password-policy"],
        ["medium", "acme-saml", "saml-sha1"],
        ["low", "legacy-db", "not-enabled-for-any-client"]
      ])
    }).pipe(Effect.provide(TestLayer(tenant))))

  it.effect("an empty tenant has nothing to report", () =>
    Effect.gen(function*() {
      const report = yield* (yield* ConnectionAudit.ConnectionAudit).audit
      expect(report).toEqual({ connections: 0, findings: [] })
    }).pipe(Effect.provide(TestLayer({}))))

  it.effect("hardenDatabases turns brute-force protection on and keeps every other option", () =>
    Effect.gen(function*() {
      const audit = yield* ConnectionAudit.ConnectionAudit
      const connections = yield* ConnectionsService
      const fixed = yield* audit.hardenDatabases
      expect(fixed).toHaveLength(1)

      const legacy = Option.getOrThrow(yield* connections.findByName("legacy-db"))
      expect(fixed).toEqual([legacy.id])
      expect(legacy.options).toMatchObject({ brute_force_protection: true, passwordPolicy: "low", customScripts: { login: "function login() {}" } })

      // Running it again changes nothing, and the audit no longer reports the fixed rule.
      expect(yield* audit.hardenDatabases).toEqual([])
      const rules = (yield* audit.audit).findings.map((f) => f.rule)
      expect(rules).not.toContain("brute-force-protection-off")
      expect(rules).toContain("weak-password-policy")
    }).pipe(Effect.provide(TestLayer(tenant))))

  it.effect("a token without read:connections_options hides the options, so option rules stay silent", () =>
    Effect.gen(function*() {
      const report = yield* (yield* ConnectionAudit.ConnectionAudit).audit
      expect(report.findings.map((f) => [f.name, f.rule])).toEqual([["legacy-db", "not-enabled-for-any-client"]])
    }).pipe(Effect.provide(ConnectionAudit.layer.pipe(
      Layer.provide(ConnectionsMemory.layerWith({ seed: tenant, scopes: ["read:connections"] }))
    ))))

  it.effect("typed errors from the service reach the caller: a missing scope is InsufficientScope", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip((yield* ConnectionAudit.ConnectionAudit).hardenDatabases)
      expect(error._tag).toBe("InsufficientScope")
      if (error._tag === "InsufficientScope") expect(error.requiredScopes).toContain("update:connections")
    }).pipe(Effect.provide(ConnectionAudit.layer.pipe(
      Layer.provide(ConnectionsMemory.layerWith({ seed: tenant, scopes: ["read:connections", "read:connections_options"] }))
    ))))
})
