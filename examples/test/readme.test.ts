/**
 * Keeps the README honest: its quickstart snippet is the file the suite type-checks and runs, and every example
 * path, npm script and test project it names exists.
 */
import * as Emulator from "@effect-auth0/emulator/Emulator"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { envWithoutAuth0, root, run } from "./helpers.js"

const readme = readFileSync(join(root, "README.md"), "utf8")
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }

describe("README", () => {
  it("shows examples/readme-quickstart.ts verbatim", () => {
    const snippet = readFileSync(join(root, "examples/readme-quickstart.ts"), "utf8").trimEnd()
    expect(readme).toContain("```ts\n" + snippet + "\n```")
  })

  it("names only example files, npm scripts and test projects that exist", () => {
    const paths = [...new Set([...readme.matchAll(/\b((?:examples|packages|bench)\/[\w./-]+\.(?:ts|ya?ml|json|md))\b/g)].map((m) => m[1]!))]
    expect(paths.length).toBeGreaterThan(10)
    // bench/results.md is what `npm run bench` writes, not a source file.
    expect(paths.filter((p) => p !== "bench/results.md" && !existsSync(join(root, p)))).toEqual([])

    const scripts = [...new Set([...readme.matchAll(/npm (?:run (\w+)|(start|test))\b/g)].map((m) => m[1] ?? m[2]!))]
    expect(scripts).toEqual(expect.arrayContaining(["start", "test", "emulator", "bench"]))
    expect(scripts.filter((s) => packageJson.scripts[s] === undefined)).toEqual([])

    const projects = [...new Set([...readme.matchAll(/--project (\w+)/g)].map((m) => m[1]!))]
    // The test projects are the folders listed in vitest.workspace.ts (each project is named after its folder).
    const workspace = readFileSync(join(root, "vitest.workspace.ts"), "utf8")
    const known = [...workspace.matchAll(/"(?:packages\/)?([\w-]+)\/vitest\.config\.ts"/g)].map((m) => m[1]!)
    expect(known).toEqual(expect.arrayContaining(["domain", "http", "engine", "testing", "emulator", "examples"]))
    expect(projects.filter((p) => !known.includes(p))).toEqual([])
  })

  it("the quickstart snippet runs against an emulator given as AUTH0_BASE_URL with client credentials", async () => {
    const emulator = await Emulator.startEmulator({ clientId: "demo", clientSecret: "demo-secret", requestLogLevel: "None" })
    try {
      const { code, stdout, stderr } = await run(process.execPath, ["--import", "tsx", "--conditions=source", "examples/readme-quickstart.ts"], {
        ...envWithoutAuth0(),
        AUTH0_BASE_URL: emulator.baseUrl,
        AUTH0_CLIENT_ID: emulator.clientId,
        AUTH0_CLIENT_SECRET: Redacted.value(emulator.clientSecret)
      })
      expect(stderr).toBe("")
      expect(code).toBe(0)
      const [first, second] = stdout.trim().split("\n")
      const id = /^corp-ad is (con_[A-Za-z0-9]{16})$/.exec(first!)?.[1]
      expect(id).toBeDefined()
      expect(second).toBe(`${id} corp-ad`)
      // It deleted what it created.
      expect((await Effect.runPromise(emulator.service.engine.snapshot)).connections).toEqual([])
    } finally {
      await emulator.close()
    }
  })
})
