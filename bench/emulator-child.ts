/**
 * An emulator in its own process for the benchmarks (see emulator.ts): receives its options over IPC, answers with
 * its URLs and an admin token over IPC (never printed), and stops when its stdin closes.
 */
import * as Redacted from "effect/Redacted"
import { startEmulator } from "@effect-auth0/emulator/Emulator"

process.once("message", (m: unknown) => {
  const options = m as {
    tenantDomain: string
    rateLimit?: { requestsPerSecond: number; burst?: number }
    seed?: { connections?: Array<Record<string, unknown>> }
  }
  startEmulator({
    tenantDomain: options.tenantDomain,
    requestLogLevel: "None",
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.seed === undefined ? {} : { seed: options.seed })
  }).then((e) => {
    process.send!({ baseUrl: e.baseUrl, apiUrl: e.apiUrl, tenantDomain: e.tenantDomain, token: Redacted.value(e.adminToken) })
    process.stdin.resume()
    process.stdin.once("end", () => {
      e.close().then(() => process.exit(0), () => process.exit(1))
    })
  }, (error: unknown) => {
    console.error(error)
    process.exit(1)
  })
})
