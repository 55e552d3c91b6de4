/**
 * The emulator the benchmarks run against, started by the benchmark itself on 127.0.0.1: either in this process
 * or in a child process (so the client's CPU time is measured apart from the server's). Both are driven through
 * the emulator's HTTP control plane (`/__emulator/*`), which works the same either way.
 */
import { type ChildProcess, spawn } from "node:child_process"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as Redacted from "effect/Redacted"
import { type RateLimitOptions, tenantFetch } from "@effect-auth0/emulator/Emulator"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "..")

/** Where the emulator runs. */
export type EmulatorMode = "in-process" | "child"

/** What the benchmarks need from a running emulator. */
export interface BenchEmulator {
  /** Where it runs; `replay`: recorded answers served by `replay.ts`, not the emulator. */
  readonly mode: EmulatorMode | "replay"
  readonly baseUrl: string
  readonly apiUrl: string
  readonly tenantDomain: string
  /** A token with every connections scope. */
  readonly token: Redacted.Redacted<string>
  /** Calls the control plane; resolves to the parsed JSON body (undefined when empty). */
  readonly control: (method: string, path: string, body?: unknown) => Promise<unknown>
  /** A `fetch` that sends `https://{tenantDomain}/…` to the emulator (for the official SDK). */
  readonly fetch: typeof globalThis.fetch
  readonly close: () => Promise<void>
}

/** Settings for a bench emulator. */
export interface BenchEmulatorOptions {
  readonly mode?: EmulatorMode | undefined
  readonly rateLimit?: RateLimitOptions | undefined
  readonly seed?: { readonly connections?: ReadonlyArray<Record<string, unknown>> } | undefined
}

/** What the child sends back once it listens. */
interface Ready {
  readonly baseUrl: string
  readonly apiUrl: string
  readonly tenantDomain: string
  readonly token: string
}

const TENANT = "bench-tenant.us.auth0.com"

const makeControl = (baseUrl: string) => async (method: string, p: string, body?: unknown): Promise<unknown> => {
  const res = await globalThis.fetch(`${baseUrl}${p}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } })
  })
  const text = await res.text()
  if (res.status >= 400) throw new Error(`control ${method} ${p} answered ${res.status}: ${text.slice(0, 500)}`)
  return text === "" ? undefined : JSON.parse(text)
}

/** Starts an emulator for a benchmark. */
export const startBenchEmulator = async (options: BenchEmulatorOptions = {}): Promise<BenchEmulator> => {
  const mode = options.mode ?? "child"
  if (mode === "in-process") {
    const { startEmulator } = await import("@effect-auth0/emulator/Emulator")
    const e = await startEmulator({
      tenantDomain: TENANT,
      requestLogLevel: "None",
      ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
      ...(options.seed === undefined ? {} : { seed: options.seed })
    })
    return {
      mode,
      baseUrl: e.baseUrl,
      apiUrl: e.apiUrl,
      tenantDomain: e.tenantDomain,
      token: e.adminToken,
      control: makeControl(e.baseUrl),
      fetch: e.fetch,
      close: e.close
    }
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx", path.join(here, "emulator-child.ts")],
    { cwd: root, stdio: ["pipe", "ignore", "pipe", "ipc"] }
  )
  let stderr = ""
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()))
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once("message", (m) => resolve(m as Ready))
    child.once("error", reject)
    child.once("exit", (code) => reject(new Error(`emulator child exited with ${code}: ${stderr.slice(-2000)}`)))
    child.send({ tenantDomain: TENANT, rateLimit: options.rateLimit, seed: options.seed })
  })
  const closed = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  return {
    mode,
    baseUrl: ready.baseUrl,
    apiUrl: ready.apiUrl,
    tenantDomain: ready.tenantDomain,
    token: Redacted.make(ready.token),
    control: makeControl(ready.baseUrl),
    fetch: tenantFetch(ready.tenantDomain, ready.baseUrl),
    close: async () => {
      // Closing stdin tells the child to stop; kill it (by its own pid) if it does not within 5 s.
      child.stdin!.end()
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
      await closed
      clearTimeout(timer)
    }
  }
}

/** Counts of the request log by status (cleared with {@link clearRequestLog}). */
export const requestCounts = async (e: BenchEmulator): Promise<{ total: number; byStatus: Record<string, number> }> => {
  const r = await e.control("GET", "/__emulator/requests") as { total: number; byStatus: Record<string, number> }
  return { total: r.total, byStatus: r.byStatus }
}

/** Empties the request log. */
export const clearRequestLog = (e: BenchEmulator): Promise<unknown> => e.control("DELETE", "/__emulator/requests")

/** The connections in the store (wire JSON). */
export const snapshotConnections = async (e: BenchEmulator): Promise<ReadonlyArray<Record<string, unknown>>> => {
  const s = await e.control("GET", "/__emulator/snapshot") as { connections: ReadonlyArray<Record<string, unknown>> }
  return s.connections
}
