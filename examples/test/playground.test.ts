/**
 * The playground runs as shipped: a new user's first edit starts from a file that works.
 */
import { describe, expect, it } from "@effect/vitest"
import { envWithoutAuth0, run } from "./helpers.js"

describe("examples/playground.ts", () => {
  it("prints each connection with its strategy's main option", async () => {
    const { code, stdout } = await run(process.execPath, ["--import", "tsx", "--conditions=source", "examples/playground.ts"], envWithoutAuth0())
    expect(code).toBe(0)
    expect(stdout).toContain("playground-saml: SAML, sign-in at https://idp.example.com/sso")
    expect(stdout).toContain("users: database, password policy")
  }, 60_000)
})
