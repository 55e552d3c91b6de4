import * as FileSystem from "@effect/platform/FileSystem"
import * as NodeContext from "@effect/platform-node/NodeContext"
import { describe, expect, it } from "@effect/vitest"
import { Console, Effect } from "effect"
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { errorsOf, lintSource } from "../connections-lint/lint.js"
import { ExitCode, main } from "../connections-lint/main.js"

const samples = fileURLToPath(new URL("../connections-lint/samples/", import.meta.url))
const root = fileURLToPath(new URL("../../", import.meta.url))

/** Runs the CLI's main function, capturing what it prints. */
const runMain = (args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const lines: Array<string> = []
    const capture = (...args: ReadonlyArray<unknown>) => Effect.sync(() => void lines.push(args.map(String).join(" ")))
    const current = yield* Console.consoleWith(Effect.succeed)
    const console: Console.Console = { ...current, log: capture, error: capture, warn: capture }
    const code = yield* main(args).pipe(Console.withConsole(console))
    return { code, lines }
  }).pipe(Effect.provide(NodeContext.layer))

describe("connections-lint", () => {
  it.effect("accepts the valid YAML and JSON samples (exit 0)", () =>
    Effect.gen(function*() {
      const { code, lines } = yield* runMain([`${samples}connections.yaml`, `${samples}connections.json`])
      expect(code).toBe(ExitCode.ok)
      expect(lines).toEqual(["✓ 6 definitions in 2 files: no problems"])
    }))

  it.effect("reports every problem of the broken sample with line, entry and field path (exit 1)", () =>
    Effect.gen(function*() {
      const { code, lines } = yield* runMain([`${samples}broken.yaml`])
      expect(code).toBe(ExitCode.problems)
      const found = lines.slice(0, -1).map((l) => {
        const m = /^.*broken\.yaml:(\d+):\d+ {2}error {2}entry \[(\d)\] "([^"]+)" {2}([^:]+): (.*)$/.exec(l)
        expect(m, l).not.toBeNull()
        return `${m![1]} [${m![2]}] ${m![4]}`
      })
      expect(found).toEqual([
        "3 [0] name",
        "9 [1] options.signatureAlgorithm",
        "10 [1] options.debug",
        "12 [2] strategy",
        "15 [3] strategy",
        "19 [4] display_nme",
        "21 [4] options.passwordPolicy",
        "22 [4] options.password_history.size",
        "24 [5] name"
      ])
      expect(lines.join("\n")).toContain(`display_nme: unknown field (did you mean "display_name"?)`)
      // The two allowed literals are reported on one line, with the value found.
      const algorithm = lines.filter((l) => l.includes("options.signatureAlgorithm:"))
      expect(algorithm).toHaveLength(1)
      expect(algorithm[0]).toMatch(/"rsa-sha1" \| "rsa-sha256".*"rsa-sha512"/)
      expect(lines.join("\n")).toContain(`entry [1] already defines "acme-saml"`)
      expect(lines.at(-1)).toBe("✗ 9 problems in 6 definitions (6 definitions, 1 file checked)")
    }))

  it("checks the options even when a top-level field is wrong", () => {
    const report = lintSource("x.json", JSON.stringify([{ name: "bad name", strategy: "auth0", options: { passwordPolicy: "strong" } }]))
    expect(errorsOf(report).map((p) => p.path)).toEqual(["name", "options.passwordPolicy"])
    expect(report.problems.every((p) => p.line === 1)).toBe(true)
  })

  it("warns about deprecated strategies and enabled_clients without failing", () => {
    const report = lintSource("x.yaml", "- name: old\n  strategy: yammer\n- name: db\n  strategy: auth0\n  enabled_clients: [abc]\n")
    expect(errorsOf(report)).toEqual([])
    expect(report.problems.map((p) => [p.severity, p.line, p.path])).toEqual([["warning", 2, "strategy"], ["warning", 5, "enabled_clients"]])
  })

  it("reports syntax errors and wrong document shapes as file problems", () => {
    const json = lintSource("defs.json", `[{ "name": "a", "strategy": "auth0", }]`)
    expect(json.problems).toHaveLength(1)
    expect(json.problems[0]!.message).toMatch(/^invalid JSON/)

    const yaml = lintSource("defs.yaml", "- name: a\n  strategy: [auth0\n")
    expect(yaml.problems.length).toBeGreaterThan(0)
    expect(yaml.problems[0]!.message).toMatch(/^invalid YAML/)
    expect(yaml.problems[0]!.line).toBeGreaterThanOrEqual(2)

    const shape = lintSource("defs.yaml", "name: a\nstrategy: auth0\n")
    expect(errorsOf(shape).map((p) => p.message)).toEqual([
      "expected a list of connection definitions (or an object with a `connections` list), found an object without a `connections` list"
    ])
  })

  it.scoped("exits 2 on a missing file and with no arguments", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const dir = yield* fs.makeTempDirectoryScoped()
      const missing = yield* runMain([`${dir}/nope.yaml`])
      expect(missing.code).toBe(ExitCode.usage)
      expect(missing.lines[0]).toContain("cannot read file")
      const none = yield* runMain([])
      expect(none.code).toBe(ExitCode.usage)
      expect(none.lines[0]).toMatch(/^usage:/)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.effect("--help and -h print the usage to stdout and exit 0, even with files", () =>
    Effect.gen(function*() {
      for (const args of [["--help"], ["-h"], ["--help", "examples/connections-lint/samples/broken.yaml"]]) {
        const out: Array<string> = []
        const err: Array<string> = []
        const current = yield* Console.consoleWith(Effect.succeed)
        const console: Console.Console = {
          ...current,
          log: (...a: ReadonlyArray<unknown>) => Effect.sync(() => void out.push(a.map(String).join(" "))),
          error: (...a: ReadonlyArray<unknown>) => Effect.sync(() => void err.push(a.map(String).join(" ")))
        }
        const code = yield* main(args).pipe(Console.withConsole(console), Effect.provide(NodeContext.layer))
        expect(code).toBe(ExitCode.ok)
        expect(out[0]).toMatch(/^usage: connections-lint /)
        expect(err).toEqual([])
      }
    }))

  it("runs as a CLI: `npx tsx --conditions=source examples/connections-lint/main.ts …` exits 1 on problems", async () => {
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ["--import", "tsx", "--conditions=source", "examples/connections-lint/main.ts", "examples/connections-lint/samples/broken.yaml"],
        { cwd: root },
        (error, stdout) => resolve({ code: error === null ? 0 : (error.code as number | null), stdout })
      )
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain("examples/connections-lint/samples/broken.yaml:3:11  error  entry [0] \"my connection\"  name:")
  })
})
