import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import * as ConnectionAudit from "../testing-with-the-fake/ConnectionAudit.js"
import { demoSeed, program } from "../testing-with-the-fake/main.js"
import { captureConsole, onEmulator } from "./helpers.js"

describe("testing-with-the-fake/main (the same service over HTTP)", () => {
  it.live("audits, fixes the database connection, and prints the table", () =>
    Effect.gen(function*() {
      const { result, output } = yield* captureConsole(program(true))
      expect(Exit.isSuccess(result) && result.value.findings.map((f) => [f.name, f.rule])).toEqual([
        ["legacy-db", "weak-password-policy"],
        ["acme-saml", "saml-sha1"],
        ["legacy-db", "not-enabled-for-any-client"]
      ])
      expect(output).toContain("turned brute-force protection on for 1 database connection(s)")
      expect(output).toContain("4 connections audited, 3 finding(s)")
    }).pipe(Effect.provide(ConnectionAudit.layer), Effect.provide(onEmulator({ seed: demoSeed }))))
})
