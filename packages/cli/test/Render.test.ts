import { describe, expect, it } from "@effect/vitest"
import * as Render from "@effect-auth0/cli/Render"
import type * as PlanDocument from "@effect-auth0/sync/PlanDocument"

const target = { id: "con_abc", updated_at: null, fingerprint: "sha256:0000000000000000" }
const document: PlanDocument.PlanDocument = {
  format: "effect-auth0/plan@1",
  tenant: "acme.eu.auth0.com",
  desiredState: { file: "connections.yaml", hash: "sha256:1111111111111111" },
  prune: true,
  actions: [
    { _tag: "replace", connection: "idp", target, from: "auth0", to: "oidc", changes: [{ path: "options", after: { client_id: "c", client_secret: { $secret: "sha256:2222222222222222" } } }] },
    { _tag: "update", connection: "db", target, changes: [{ path: "options.passwordPolicy", before: "good", after: "excellent" }] },
    { _tag: "enabled-clients", connection: "db", target, add: [{ client_id: "a1", name: "Acme Web" }], remove: [{ client_id: "b2" }] },
    { _tag: "delete", connection: "old", strategy: "auth0", target }
  ],
  secrets: [{ connection: "idp", path: "options.client_secret", reference: "env:IDP_SECRET", status: "set", hash: "sha256:2222222222222222" }],
  serverDefaults: Array.from({ length: 12 }, (_, i) => ({ connection: `c${i}`, paths: ["realms"] })),
  summary: { create: 0, update: 1, replace: 1, delete: 1, enabledClients: 1, scim: 0, unchanged: 12 }
}

describe("Render", () => {
  it("a plan for people: replacements and deletions stand out, secrets as hashes, long lists cut", () => {
    const text = Render.plan(document, { color: false })
    expect(text.split("\n")).toEqual([
      "Plan for acme.eu.auth0.com from connections.yaml (sha256:1111111111111111), pruning the managed set",
      "",
      "! REPLACE idp: strategy auth0 → oidc. Auth0 cannot change a strategy: the connection and its users are DELETED, then created again.",
      `    + options = {"client_id":"c","client_secret":{"$secret":"sha256:2222222222222222"}}`,
      "~ update db (con_abc)",
      `    ~ options.passwordPolicy: "good" → "excellent"`,
      "~ enabled clients of db",
      "    + Acme Web (a1)",
      "    - b2",
      "- DELETE old (auth0, con_abc)",
      "",
      "Secrets (compared by hash, never shown):",
      "  idp options.client_secret (env:IDP_SECRET): set (sha256:2222222222222222)",
      "",
      "Server defaults (not declared: kept, never changes):",
      ...Array.from({ length: 10 }, (_, i) => `  c${i}: realms`),
      "  … and 2 more connections (--json lists them all)",
      "",
      "Plan: 0 to create, 1 to update, 1 to replace, 1 to delete, 1 enabled-clients change; 12 unchanged."
    ])
    expect(Render.plan(document, { color: true })).toContain("\u001b[")
  })

  it("tables align columns", () => {
    expect(Render.table(["NAME", "ID"], [["a", "con_1"], ["longer", "con_2"]])).toBe("NAME    ID\na       con_1\nlonger  con_2")
  })
})
