import * as Net from "node:net"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as Path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted, Schedule } from "effect"
import * as Cli from "@effect-auth0/emulator/Cli"
import { exitOf, startBanner, startCli } from "./cliProcess.js"
import { call } from "./helpers.js"

describe("Cli.parse", () => {
  it("defaults: 127.0.0.1:4010, request log on, no rate limit", () => {
    const command = Cli.parse([], {})
    expect(command._tag).toBe("Run")
    if (command._tag !== "Run") return
    expect(command.options).toMatchObject({ host: "127.0.0.1", port: 4010, rateLimit: undefined, requestLogLevel: "Info" })
    expect(command.seedFile).toBeUndefined()
  })

  it("reads environment variables, and flags win over them", () => {
    const env = { EMULATOR_PORT: "5000", EMULATOR_HOST: "0.0.0.0", EMULATOR_TENANT_DOMAIN: "env.example.com", EMULATOR_RATE_LIMIT: "5", EMULATOR_SEED: "/tmp/seed.json", EMULATOR_CLIENT_SECRET: "from-env" }
    const fromEnv = Cli.parse([], env)
    expect(fromEnv._tag === "Run" && fromEnv.options).toMatchObject({ port: 5000, host: "0.0.0.0", tenantDomain: "env.example.com", rateLimit: { requestsPerSecond: 5 } })
    expect(fromEnv._tag === "Run" && fromEnv.seedFile).toBe("/tmp/seed.json")
    expect(fromEnv._tag === "Run" && Redacted.value(fromEnv.options.clientSecret as Redacted.Redacted<string>)).toBe("from-env")
    const flags = Cli.parse(["--port", "0", "--rate-limit=2.5", "--burst", "4", "--latency", "15", "--client-id", "my-app", "--quiet"], env)
    expect(flags._tag === "Run" && flags.options).toMatchObject({
      port: 0,
      rateLimit: { requestsPerSecond: 2.5, burst: 4 },
      latencyMs: 15,
      clientId: "my-app",
      requestLogLevel: "None"
    })
  })

  it("--directory-provisioning on|off and EMULATOR_DIRECTORY_PROVISIONING set the tenant feature; the flag wins", () => {
    const options = (argv: ReadonlyArray<string>, env: Record<string, string>) => {
      const command = Cli.parse(argv, env)
      if (command._tag !== "Run") throw new Error(`expected Run, got ${command._tag}`)
      return command.options
    }
    expect(options([], {}).directoryProvisioning).toBeUndefined()
    expect(options([], { EMULATOR_DIRECTORY_PROVISIONING: "off" }).directoryProvisioning).toBe(false)
    expect(options(["--directory-provisioning", "on"], { EMULATOR_DIRECTORY_PROVISIONING: "off" }).directoryProvisioning).toBe(true)
    expect(Cli.parse([], { EMULATOR_DIRECTORY_PROVISIONING: "yes" })).toMatchObject({ _tag: "Invalid", message: '--directory-provisioning must be on or off, got "yes"' })
  })

  it("refuses bad values and unknown flags with a message", () => {
    for (const argv of [["--port", "70000"], ["--port", "abc"], ["--rate-limit", "0"], ["--burst", "3"], ["--latency", "-1"], ["--ids", "uuid"], ["--directory-provisioning", "maybe"], ["--nope"], ["positional"]]) {
      const command = Cli.parse(argv, {})
      expect(command._tag, argv.join(" ")).toBe("Invalid")
    }
    expect(Cli.parse(["--help"], {})._tag).toBe("Help")
    expect(Cli.parse(["-h"], {})._tag).toBe("Help")
  })

  it.effect("loadSeed reads a valid file and reports invalid ones", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(Path.join(tmpdir(), "emulator-seed-"))
      const good = Path.join(dir, "good.json")
      writeFileSync(good, JSON.stringify({ connections: [{ name: "seeded", strategy: "auth0" }], clients: [{ client_id: "c" }] }))
      expect(yield* Cli.loadSeed(good)).toEqual({ connections: [{ name: "seeded", strategy: "auth0" }], clients: [{ client_id: "c" }] })
      const bad = Path.join(dir, "bad.json")
      writeFileSync(bad, "{ nope")
      expect((yield* Effect.flip(Cli.loadSeed(bad))).message).toContain("not valid JSON")
      expect((yield* Effect.flip(Cli.loadSeed(Path.join(dir, "missing.json")))).message).toContain("cannot read seed file")
    }))
})

/** True while a process with this id exists. */
const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/** Whether a port on 127.0.0.1 can be bound (nothing listens on it). */
const portIsFree = (port: number) =>
  Effect.async<boolean>((resume) => {
    const server = Net.createServer()
    server.once("error", () => resume(Effect.succeed(false)))
    server.listen(port, "127.0.0.1", () => server.close(() => resume(Effect.succeed(true))))
  })

describe("CLI", () => {
  it.live("prints the URLs and credentials, serves them, and stops cleanly on SIGTERM", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(Path.join(tmpdir(), "emulator-cli-"))
      const seed = Path.join(dir, "seed.json")
      writeFileSync(seed, JSON.stringify({ connections: [{ name: "from-seed-file", strategy: "auth0" }] }))
      const { banner, child } = yield* startCli(["--port", "0", "--tenant-domain", "cli.example.com", "--seed", seed, "--client-secret", "cli-secret"])
      const baseUrl = /Base URL: +(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1]
      const token = /Admin token[^\n]*\n +(\S+)/.exec(banner)?.[1]
      expect(baseUrl).toBeDefined()
      expect(token).toBeDefined()
      expect(banner).toContain(`Management API:  ${baseUrl}/api/v2`)
      expect(banner).toContain("Client ID:       emulator-default-client")
      expect(banner).toContain("Client secret:   cli-secret")
      const list = yield* call(`${baseUrl}/api/v2/connections`, { headers: { authorization: `Bearer ${token}` } })
      expect(list.status).toBe(200)
      expect((list.body as ReadonlyArray<{ name: string }>).map((c) => c.name)).toEqual(["from-seed-file"])
      const grant = yield* call(`${baseUrl}/oauth/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials&client_id=emulator-default-client&client_secret=cli-secret&audience=https%3A%2F%2Fcli.example.com%2Fapi%2Fv2%2F"
      })
      expect(grant.status).toBe(200)
      child.kill("SIGTERM")
      expect(yield* exitOf(child)).toBe(0)
      expect((yield* Effect.either(call(`${baseUrl}/__emulator/health`)))._tag).toBe("Left")
    }).pipe(Effect.scoped), 30_000)

  it.live("npm run emulator is one node process: SIGTERM to npm ends it and frees the port", () =>
    Effect.gen(function*() {
      const { banner, child } = yield* startBanner("npm", ["run", "--silent", "emulator", "--", "--port", "0", "--quiet"])
      const pid = Number(/PID: +(\d+)/.exec(banner)?.[1])
      const port = Number(/Base URL: +http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)?.[1])
      expect(pid).toBeGreaterThan(0)
      expect(port).toBeGreaterThan(0)
      expect(isRunning(pid)).toBe(true)
      expect(yield* portIsFree(port)).toBe(false)
      expect((yield* call(`http://127.0.0.1:${port}/__emulator/health`)).status).toBe(200)
      child.kill("SIGTERM")
      yield* exitOf(child)
      // npm is gone; the node process it started must be too, without holding the port.
      yield* Effect.retry(
        Effect.filterOrFail(Effect.sync(() => isRunning(pid)), (running) => !running, () => new Error(`process ${pid} still running`)),
        Schedule.spaced("100 millis").pipe(Schedule.upTo("10 seconds"))
      )
      expect(isRunning(pid)).toBe(false)
      expect(yield* portIsFree(port)).toBe(true)
    }).pipe(Effect.scoped), 60_000)

  it.live("SIGINT stops the emulator too", () =>
    Effect.gen(function*() {
      const { banner, child } = yield* startCli(["--port", "0", "--quiet"])
      const port = Number(/Base URL: +http:\/\/127\.0\.0\.1:(\d+)/.exec(banner)?.[1])
      expect(/PID: +(\d+)/.exec(banner)?.[1]).toBe(String(child.pid))
      child.kill("SIGINT")
      expect(yield* exitOf(child)).toBe(0)
      expect(yield* portIsFree(port)).toBe(true)
    }).pipe(Effect.scoped), 30_000)
})
