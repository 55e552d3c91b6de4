/**
 * The CLI end to end against the in-process emulator: settings from an env file, exit codes, table and JSON output,
 * and no secret in any output.
 */
import { expect, layer } from "@effect/vitest"
import * as NodeContext from "@effect/platform-node/NodeContext"
import { Console, Effect, Redacted } from "effect"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import * as Cli from "@effect-auth0/cli/Cli"
import { execFile } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const SECRET = "cli-google-secret-5d1e"
const CLIENTS = [
  { client_id: "cliWebApp000000000000000000001", name: "Acme Web" },
  { client_id: "cliMobile00000000000000000002", name: "Acme Mobile" }
]

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "effect-auth0-cli-"))
const file = (name: string, text: string) => {
  const p = path.join(dir, name)
  fs.writeFileSync(p, text)
  return p
}
const clientsFile = file("clients.yaml", CLIENTS.map((c) => `- { client_id: ${c.client_id}, name: ${c.name} }`).join("\n"))

/** The env file pointing the CLI at the emulator (written once the emulator runs). */
const envFile = Effect.map(Emulator.Emulator, (e) =>
  file("tenant.env", [
    `AUTH0_DOMAIN=${e.tenantDomain}`,
    `AUTH0_BASE_URL=${e.baseUrl}`,
    `AUTH0_CLIENT_ID=${e.clientId}`,
    `AUTH0_CLIENT_SECRET="${Redacted.value(e.clientSecret)}"`,
    `AUTH0_RATE_LIMIT=off`,
    `GOOGLE_SECRET=${SECRET}`,
    ...extraEnv
  ].join("\n")))

/** Variables a test adds to the env file. */
const extraEnv: Array<string> = []

/** Runs the CLI with the emulator's env file, capturing stdout and stderr. */
const cli = (...args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const env = yield* envFile
    const out: Array<string> = []
    const err: Array<string> = []
    const current = yield* Console.consoleWith(Effect.succeed)
    const capture = (into: Array<string>) => (...items: ReadonlyArray<unknown>) => Effect.sync(() => void into.push(items.map(String).join(" ")))
    const console: Console.Console = { ...current, log: capture(out), error: capture(err), warn: capture(err), info: capture(out) }
    const withEnv = args.includes("--help") || args.includes("--completions") ? args : [...args, "--env-file", env]
    const code = yield* Cli.run(withEnv).pipe(Console.withConsole(console), Effect.provide(NodeContext.layer))
    return { code, out: out.join("\n"), err: err.join("\n") }
  })

const DESIRED = `connections:
  - name: acme-google
    strategy: google-oauth2
    enabled_clients: [Acme Web]
    options:
      client_id: 1234.apps.googleusercontent.com
      client_secret: { env: GOOGLE_SECRET }
`

layer(Emulator.layer({ seed: { clients: CLIENTS } }), { excludeTestServices: true })("effect-auth0 CLI", (it) => {
  it.effect("plan (exit 2) → apply --yes → plan (exit 0); JSON plan; no secret anywhere", () =>
    Effect.gen(function*() {
      yield* Effect.flatMap(Emulator.Emulator, (e) => e.reset)
      const desired = file("desired.yaml", DESIRED)
      const plan = yield* cli("plan", desired)
      expect(plan.code).toBe(2)
      expect(plan.out).toContain("+ create acme-google (google-oauth2)")
      expect(plan.out).toContain("+ Acme Web (cliWebApp000000000000000000001)")
      expect(plan.out).toMatch(/acme-google options\.client_secret \(env:GOOGLE_SECRET\): set \(sha256:[0-9a-f]{16}\)/)
      expect(plan.out).toContain("Plan: 1 to create, 0 to update, 0 to replace, 0 to delete, 1 enabled-clients change; 0 unchanged.")
      const refused = yield* cli("apply", desired)
      expect(refused.code).toBe(1)
      expect(refused.err).toContain("refusing to apply without confirmation in a non-interactive run")
      expect((yield* Effect.flatMap(Emulator.Emulator, (e) => e.engine.snapshot)).connections).toEqual([])
      const applied = yield* cli("apply", desired, "--yes")
      expect(applied.code).toBe(0)
      expect(applied.err).toContain("[2/2] enabled clients acme-google (+1 -0)")
      const again = yield* cli("plan", desired, "--json")
      expect(again.code).toBe(0)
      expect(JSON.parse(again.out).summary).toEqual({ create: 0, update: 0, replace: 0, delete: 0, enabledClients: 0, scim: 0, unchanged: 1 })
      for (const output of [plan, refused, applied, again]) expect(`${output.out}\n${output.err}`).not.toContain(SECRET)
    }))

  it.effect("plan --out then apply --plan; a plan for another file version is refused", () =>
    Effect.gen(function*() {
      yield* Effect.flatMap(Emulator.Emulator, (e) => e.reset)
      const desired = file("saved.yaml", DESIRED)
      const planFile = path.join(dir, "plan.json")
      expect((yield* cli("plan", desired, "--out", planFile)).code).toBe(2)
      expect(fs.readFileSync(planFile, "utf8")).not.toContain(SECRET)
      file("saved.yaml", DESIRED.replace("[Acme Web]", "[Acme Web, Acme Mobile]"))
      const stale = yield* cli("apply", desired, "--plan", planFile)
      expect(stale.code).toBe(1)
      expect(stale.err).toContain("plan refused (DesiredState)")
      file("saved.yaml", DESIRED)
      const applied = yield* cli("apply", desired, "--plan", planFile)
      expect(applied.code).toBe(0)
      expect((yield* cli("plan", desired)).code).toBe(0)
    }))

  it.effect("export --out → plan shows no changes", () =>
    Effect.gen(function*() {
      yield* Effect.flatMap(Emulator.Emulator, (e) => e.reset)
      expect((yield* cli("apply", file("seed.yaml", DESIRED), "--yes")).code).toBe(0)
      const exported = path.join(dir, "exported.yaml")
      const result = yield* cli("export", "--out", exported)
      expect(result.code).toBe(0)
      expect(result.err).toContain("ACME_GOOGLE_CLIENT_SECRET  (acme-google options.client_secret)")
      const text = fs.readFileSync(exported, "utf8")
      expect(text).toContain("- Acme Web")
      expect(text).not.toContain(SECRET)
      // The exported file names its own variable: give it the value through the env file.
      extraEnv.push(`ACME_GOOGLE_CLIENT_SECRET=${SECRET}`)
      const plan = yield* cli("plan", exported)
      expect(plan.err).toBe("")
      expect(plan.out).toContain("No changes.")
      expect(plan.code).toBe(0)
    }))

  it.effect("bad input: malformed YAML and a missing secret variable exit 1 with a located message, writing nothing", () =>
    Effect.gen(function*() {
      yield* Effect.flatMap(Emulator.Emulator, (e) => e.reset)
      const broken = yield* cli("plan", file("broken.yaml", "connections:\n  - name: a\n    strategy: [auth0\n"))
      expect(broken.code).toBe(1)
      expect(broken.err).toMatch(/broken\.yaml:\d+:\d+ {2}error {2}\(root\): invalid YAML/)
      const missing = yield* cli("apply", file("missing.yaml", DESIRED.replace("GOOGLE_SECRET", "NOT_SET_ANYWHERE")), "--yes")
      expect(missing.code).toBe(1)
      expect(missing.err).toContain("env:NOT_SET_ANYWHERE")
      expect(missing.err).toContain("set NOT_SET_ANYWHERE in the environment")
      const unknown = yield* cli("plan", file("unknown.yaml", DESIRED.replace("[Acme Web]", "[Nobody]")))
      expect(unknown.code).toBe(1)
      expect(unknown.err).toContain(`no client named "Nobody"`)
      expect((yield* Effect.flatMap(Emulator.Emulator, (e) => e.engine.snapshot)).connections).toEqual([])
    }))

  it.effect("an apply that stops part way says what stays and how to finish; running it again converges", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.Emulator
      yield* emulator.reset
      extraEnv.push("AUTH0_MAX_RETRIES=0")
      const desired = file("partial.yaml", DESIRED)
      yield* emulator.addFaults([{ method: "PATCH", path: "/api/v2/connections/*/clients", status: 503, times: 1 }])
      const stopped = yield* cli("apply", desired, "--yes")
      expect(stopped.code).toBe(1)
      expect(stopped.err).toContain("Stopped after 1 of 2 writes: those stay. Run plan to see what remains; apply again to finish.")
      const remaining = yield* cli("plan", desired, "--json")
      expect(JSON.parse(remaining.out).actions.map((a: { _tag: string }) => a._tag)).toEqual(["enabled-clients"])
      expect((yield* cli("apply", desired, "--yes")).code).toBe(0)
      expect((yield* cli("plan", desired)).code).toBe(0)
      extraEnv.pop()
    }))

  it.effect("connections list|get|create|enable-client|disable-client|delete", () =>
    Effect.gen(function*() {
      yield* Effect.flatMap(Emulator.Emulator, (e) => e.reset)
      const created = yield* cli("connections", "create", "people-db", "--strategy", "auth0", "--options", `{"passwordPolicy":"good"}`)
      expect(created.code).toBe(0)
      expect(created.out).toMatch(/^Created people-db \(con_[A-Za-z0-9]+\)\.$/)
      const invalid = yield* cli("connections", "create", "bad_name", "--strategy", "auth0")
      expect(invalid.code).toBe(1)
      expect(invalid.err).toContain("name: must start and end with a letter or digit")
      // Client names resolve through the tenant's own clients (GET /clients), or through a clients file when given.
      expect((yield* cli("connections", "enable-client", "people-db", "Acme Mobile")).code).toBe(0)
      const viaFile = yield* cli("connections", "enable-client", "people-db", "Acme Web", "--clients", clientsFile)
      expect(viaFile.code).toBe(0)
      expect((yield* cli("connections", "disable-client", "people-db", "Acme Web")).code).toBe(0)
      const list = yield* cli("connections", "list")
      expect(list.out.split("\n")[0]).toMatch(/^NAME\s+STRATEGY\s+ID\s+CLIENTS$/)
      expect(list.out.split("\n")[1]).toMatch(/^people-db\s+auth0\s+con_\w+\s+1$/)
      const bogus = yield* cli("connections", "list", "--strategy", "bogus")
      expect([bogus.code, bogus.err]).toEqual([1, "error (CliError): --strategy: not a known strategy: bogus"])
      expect((yield* cli("connections", "list", "--strategy", "samlp")).out.split("\n")).toHaveLength(1)
      const json = JSON.parse((yield* cli("connections", "list", "--json")).out)
      expect(json.map((c: { name: string }) => c.name)).toEqual(["people-db"])
      const got = yield* cli("connections", "get", "people-db")
      expect(got.out).toContain("passwordPolicy: good")
      expect((yield* cli("connections", "disable-client", "people-db", "Acme Mobile")).code).toBe(0)
      expect((yield* cli("connections", "list")).out.split("\n")[1]).toMatch(/\s0$/)
      expect((yield* cli("connections", "delete", "people-db")).code).toBe(1)
      const deleted = yield* cli("connections", "delete", "people-db", "--yes")
      expect(deleted.code).toBe(0)
      const missing = yield* cli("connections", "get", "people-db")
      expect(missing.code).toBe(1)
      expect(missing.err).toContain(`no connection named "people-db"`)
    }))

  it.effect("--help on every command, completions, and an unknown flag exits 1", () =>
    Effect.gen(function*() {
      for (const args of [["--help"], ["plan", "--help"], ["apply", "--help"], ["export", "--help"], ["connections", "list", "--help"]]) {
        const result = yield* cli(...args)
        expect(result.code, args.join(" ")).toBe(0)
        expect(`${result.out}${result.err}`, args.join(" ")).toContain("USAGE")
      }
      const completions = yield* cli("--completions", "bash")
      expect(completions.code).toBe(0)
      expect(completions.out).toContain("effect-auth0")
      expect((yield* cli("plan", "--no-such-flag")).code).toBe(1)
    }))
})

it_bin()

/** The installed bin runs the TypeScript sources with no build step. */
function it_bin() {
  const root = fileURLToPath(new URL("../../../", import.meta.url))
  layer(NodeContext.layer)("bin", (it) => {
    it.effect("node_modules/.bin/effect-auth0 --help exits 0", () =>
      Effect.promise(() =>
        new Promise<{ code: number | null; stdout: string }>((resolve) => {
          const child = execFile(path.join(root, "node_modules/.bin/effect-auth0"), ["plan", "--help"], { cwd: root, timeout: 30_000 }, (error, stdout) =>
            resolve({ code: error === null ? 0 : (error as { code?: number }).code ?? 1, stdout }))
          child.stdin?.end()
        })
      ).pipe(Effect.map(({ code, stdout }) => {
        expect(code).toBe(0)
        expect(stdout).toContain("--prune")
      })), 40_000)
  })
}
