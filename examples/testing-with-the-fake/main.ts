/**
 * Runs `ConnectionAudit` for real: against the tenant in AUTH0_DOMAIN / AUTH0_BASE_URL, or an in-process emulator
 * seeded with a few risky connections. Its tests (`examples/test/connection-audit.test.ts`) run the same service on
 * the in-memory fake instead.
 *
 *   npx tsx --conditions=source examples/testing-with-the-fake/main.ts [--fix]
 */
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { table } from "../lib/format.js"
import { isMain, runExample } from "../lib/runtime.js"
import * as ConnectionAudit from "./ConnectionAudit.js"

/** Prints the audit; with `fix`, hardens the database connections first. */
export const program = (fix: boolean) =>
  Effect.gen(function*() {
    const audit = yield* ConnectionAudit.ConnectionAudit
    if (fix) {
      const fixed = yield* audit.hardenDatabases
      yield* Console.log(`turned brute-force protection on for ${fixed.length} database connection(s)`)
    }
    const report = yield* audit.audit
    yield* Console.log(`${report.connections} connections audited, ${report.findings.length} finding(s)`)
    if (report.findings.length > 0) {
      yield* Console.log(table(
        ["severity", "name", "strategy", "finding"],
        report.findings.map((f) => ({ severity: f.severity, name: f.name, strategy: f.strategy, finding: f.message }))
      ))
    }
    return report
  })

/** What the emulator starts with when no tenant is configured. */
export const demoSeed = {
  clients: [{ client_id: "storefront" }],
  connections: [
    { name: "customers", strategy: "auth0", options: { brute_force_protection: true, passwordPolicy: "good" }, enabled_clients: ["storefront"] },
    { name: "legacy-db", strategy: "auth0", options: { brute_force_protection: false, passwordPolicy: "low" } },
    { name: "acme-saml", strategy: "samlp", options: { signInEndpoint: "https://idp.acme.example/sso", signatureAlgorithm: "rsa-sha1" }, enabled_clients: ["storefront"] },
    { name: "google-oauth2", strategy: "google-oauth2", enabled_clients: ["storefront"] }
  ]
}

if (isMain(import.meta.url)) {
  // The audit's own layer is provided here; `runExample` adds the ConnectionsService it needs.
  runExample(program(process.argv.includes("--fix")).pipe(Effect.provide(ConnectionAudit.layer)), { seed: demoSeed })
}
