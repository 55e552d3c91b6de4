import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { demoSeed, listConnections } from "../list-connections.js"
import { captureConsole, onEmulator, requestLog } from "./helpers.js"

describe("list-connections", () => {
  it.live("prints one page, then every connection of the chosen strategies", () =>
    Effect.gen(function*() {
      const { result, output } = yield* captureConsole(listConnections({ pageSize: 5, strategies: ["samlp", "oidc"] }))
      expect(Exit.isSuccess(result)).toBe(true)
      if (!Exit.isSuccess(result)) return
      const { matching, page } = result.value
      // Auth0 sorts by name; the first page holds the first five names of the twelve.
      expect(page.connections.map((c) => c.name)).toEqual(["acme-saml", "contoso-entra", "corp-ad", "email", "github"])
      expect(page.next).toBeDefined()
      expect(matching.map((c) => c.name)).toEqual(["acme-saml", "globex-saml", "initech-saml", "partner-oidc"])
      expect(output).toContain("First page (take=5): 5 connections, more pages follow")
      expect(output).toContain("Every samlp / oidc connection: 4")
    }).pipe(Effect.provide(onEmulator({ seed: demoSeed }))))

  it.live("stream follows the pages lazily: 250 matches take three requests of 100", () =>
    Effect.gen(function*() {
      const { result } = yield* captureConsole(listConnections({ pageSize: 100, strategies: ["samlp"] }))
      expect(Exit.isSuccess(result) && result.value.matching.length).toBe(250)
      expect(Exit.isSuccess(result) && result.value.page.connections.length).toBe(100)
      const lists = (yield* requestLog).filter((r) => r.method === "GET" && r.path === "/api/v2/connections")
      expect(lists).toHaveLength(1 + 3)
    }).pipe(Effect.provide(onEmulator({
      seed: {
        connections: Array.from({ length: 300 }, (_, i) => ({ name: `c-${String(i).padStart(3, "0")}`, strategy: i % 6 === 5 ? "auth0" : "samlp" }))
      }
    }))))
})
