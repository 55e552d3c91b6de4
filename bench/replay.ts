/**
 * The replay server of the client benchmark: the emulator's own answers to the benchmark's requests, recorded once
 * and served from memory by `replay-server.mjs` in a child process. Against the emulator, at concurrency 16 every
 * client (raw `fetch` included) reaches the emulator's ceiling, so their ratio measures the server; against the
 * replay server the clients set the pace, so the ratio measures what each client costs.
 */
import { spawn } from "node:child_process"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as Redacted from "effect/Redacted"
import { tenantFetch } from "@effect-auth0/emulator/Emulator"
import type { BenchEmulator } from "./emulator.js"

const here = path.dirname(fileURLToPath(import.meta.url))

/** One recorded answer. */
interface Answer {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: string
}

// Connection-level headers belong to the server that sends them, not to the answer.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date"])

const record = async (response: Response): Promise<Answer> => {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) headers[name] = value
  })
  return { status: response.status, headers, body: await response.text() }
}

/** What to record: the connection ids read, the page size listed, and the body of a create. */
export interface Recording {
  readonly ids: ReadonlyArray<string>
  readonly take: number
  readonly createBody: unknown
}

/**
 * Records `emulator`'s answers to a get of each id, a list page and one create, then serves them from a replay
 * server, which behaves as a {@link BenchEmulator} without a control plane (same tenant domain and token).
 */
export const startReplay = async (emulator: BenchEmulator, recording: Recording): Promise<BenchEmulator> => {
  const authorization = `Bearer ${Redacted.value(emulator.token)}`
  const get: Record<string, Answer> = {}
  for (const id of recording.ids) get[id] = await record(await fetch(`${emulator.apiUrl}/connections/${id}`, { headers: { authorization } }))
  const list = await record(await fetch(`${emulator.apiUrl}/connections?take=${recording.take}`, { headers: { authorization } }))
  const create = await record(await fetch(`${emulator.apiUrl}/connections`, {
    method: "POST",
    headers: { authorization, "content-type": "application/json" },
    body: JSON.stringify(recording.createBody)
  }))
  for (const answer of [list, create, ...Object.values(get)]) {
    if (answer.status >= 300) throw new Error(`replay: the emulator answered ${answer.status} while recording: ${answer.body.slice(0, 300)}`)
  }
  const child = spawn(process.execPath, [path.join(here, "replay-server.mjs")], { stdio: ["pipe", "ignore", "pipe", "ipc"] })
  let stderr = ""
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()))
  const { origin } = await new Promise<{ origin: string }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { origin: string }))
    child.once("error", reject)
    child.once("exit", (code) => reject(new Error(`replay server exited with ${code}: ${stderr.slice(-2000)}`)))
    child.send({ get, list, create })
  })
  const closed = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  return {
    mode: "replay",
    baseUrl: origin,
    apiUrl: `${origin}/api/v2`,
    tenantDomain: emulator.tenantDomain,
    token: emulator.token,
    control: () => Promise.reject(new Error("the replay server has no control plane")),
    fetch: tenantFetch(emulator.tenantDomain, origin),
    close: async () => {
      child.stdin!.end()
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
      await closed
      clearTimeout(timer)
    }
  }
}

/**
 * What a benchmark runs against: `emulator` as it is, or (`replay`) its answers recorded by {@link startReplay} and
 * served by a replay server, the emulator closed once they are recorded.
 */
export const startServer = async (server: "emulator" | "replay", emulator: BenchEmulator, recording: Recording): Promise<BenchEmulator> => {
  if (server === "emulator") return emulator
  try {
    return await startReplay(emulator, recording)
  } finally {
    await emulator.close()
  }
}
