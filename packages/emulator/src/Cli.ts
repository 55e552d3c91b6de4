/**
 * The emulator's command line: flags and environment variables (flags win), the usage text and the start-up
 * banner. `bin.ts` wires them to {@link Emulator.make}.
 *
 * @since 0.0.0
 */
import { readFile } from "node:fs/promises"
import { parseArgs } from "node:util"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import type * as Engine from "@effect-auth0/engine/Engine"
import * as Emulator from "./Emulator.js"

/**
 * Printed by `--help`.
 *
 * @since 0.0.0
 */
export const usage = `Usage: npm run emulator -- [options]

A local Auth0 Management API emulator for /api/v2/connections (plus POST /oauth/token).

Options (environment variable in brackets; flags win):
  --host <host>             interface to bind [EMULATOR_HOST] (default 127.0.0.1)
  --port <port>             port, 0 = any free port [EMULATOR_PORT] (default 4010)
  --tenant-domain <domain>  tenant domain: token issuer and audience [EMULATOR_TENANT_DOMAIN]
                            (default ${Emulator.DEFAULT_TENANT_DOMAIN})
  --seed <file>             JSON file {"connections": [...], "clients": [...]} or an export to preload
                            [EMULATOR_SEED]
  --rate-limit <rps>        token-bucket rate limit, requests per second (default: off) [EMULATOR_RATE_LIMIT]
  --burst <n>               bucket size (default: the rate limit) [EMULATOR_BURST]
  --latency <ms>            latency added to every API and token request [EMULATOR_LATENCY]
  --client-id <id>          the default client's id (default emulator-default-client) [EMULATOR_CLIENT_ID]
  --client-secret <secret>  the default client's secret (default: generated) [EMULATOR_CLIENT_SECRET]
  --ids <random|sequential> connection ids (default random) [EMULATOR_IDS]
  --directory-provisioning <on|off>
                            the tenant's inbound directory provisioning feature (default on)
                            [EMULATOR_DIRECTORY_PROVISIONING]
  --quiet                   no per-request log lines [EMULATOR_QUIET=1]
  --data-dir <dir>          keep the state in <dir> (state.json and state.journal): restored at start,
                            every change on disk before its answer [EMULATOR_DATA_DIR]
  --admin-key <key>         key the control plane, admin page, docs and token minting require; generated
                            when --host is not a loopback address [EMULATOR_ADMIN_KEY]
  --reset                   with --data-dir: discard the saved state and start from --seed [EMULATOR_RESET=1]
  -h, --help                show this help

Control plane (no auth on loopback; beyond it, the admin key): GET /__emulator/health, POST /__emulator/reset, POST /__emulator/seed,
GET /__emulator/snapshot, GET|POST|DELETE /__emulator/faults, GET /__emulator/token?scope=...,
GET|DELETE /__emulator/requests, GET|PATCH /__emulator/settings, GET /__emulator/export[?secrets=true],
POST /__emulator/import.
`

/**
 * What the command line asks for.
 *
 * @since 0.0.0
 */
export type Command =
  | { readonly _tag: "Help" }
  | { readonly _tag: "Invalid"; readonly message: string }
  | { readonly _tag: "Run"; readonly options: Emulator.EmulatorOptions; readonly seedFile: string | undefined }

const integer = (name: string, raw: string, min: number, max: number): Either.Either<number, string> => {
  const n = Number(raw)
  return raw.trim() !== "" && Number.isInteger(n) && n >= min && n <= max
    ? Either.right(n)
    : Either.left(`${name} must be an integer between ${min} and ${max}, got "${raw}"`)
}

/**
 * Reads flags and environment variables. Never throws.
 *
 * @since 0.0.0
 */
export const parse = (argv: ReadonlyArray<string>, env: Readonly<Record<string, string | undefined>>): Command => {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: "string" },
        port: { type: "string" },
        "tenant-domain": { type: "string" },
        seed: { type: "string" },
        "rate-limit": { type: "string" },
        burst: { type: "string" },
        latency: { type: "string" },
        "client-id": { type: "string" },
        "client-secret": { type: "string" },
        ids: { type: "string" },
        "directory-provisioning": { type: "string" },
        quiet: { type: "boolean" },
        "data-dir": { type: "string" },
        reset: { type: "boolean" },
        "admin-key": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    }).values
  } catch (error) {
    return { _tag: "Invalid", message: error instanceof Error ? error.message : String(error) }
  }
  if (values.help === true) return { _tag: "Help" }
  const pick = (flag: string, variable: string): string | undefined => {
    const value = values[flag]
    if (typeof value === "string") return value
    const fromEnv = env[variable]
    return fromEnv === undefined || fromEnv === "" ? undefined : fromEnv
  }
  const errors: Array<string> = []
  const num = (flag: string, variable: string, min: number, max: number): number | undefined => {
    const raw = pick(flag, variable)
    if (raw === undefined) return undefined
    const n = integer(`--${flag}`, raw, min, max)
    if (Either.isLeft(n)) {
      errors.push(n.left)
      return undefined
    }
    return n.right
  }
  const port = num("port", "EMULATOR_PORT", 0, 65535) ?? 4010
  const burst = num("burst", "EMULATOR_BURST", 1, 1_000_000)
  const latency = num("latency", "EMULATOR_LATENCY", 0, 600_000)
  const rateRaw = pick("rate-limit", "EMULATOR_RATE_LIMIT")
  const rate = rateRaw === undefined ? undefined : Number(rateRaw)
  if (rate !== undefined && !(Number.isFinite(rate) && rate > 0 && rate <= 1_000_000)) {
    errors.push(`--rate-limit must be a positive number of requests per second, got "${rateRaw}"`)
  }
  if (burst !== undefined && rateRaw === undefined) errors.push("--burst needs --rate-limit")
  if (values.reset === true && pick("data-dir", "EMULATOR_DATA_DIR") === undefined) errors.push("--reset needs --data-dir")
  const ids = pick("ids", "EMULATOR_IDS")
  if (ids !== undefined && ids !== "random" && ids !== "sequential") errors.push(`--ids must be random or sequential, got "${ids}"`)
  const directory = pick("directory-provisioning", "EMULATOR_DIRECTORY_PROVISIONING")
  if (directory !== undefined && directory !== "on" && directory !== "off") {
    errors.push(`--directory-provisioning must be on or off, got "${directory}"`)
  }
  const tenantDomain = pick("tenant-domain", "EMULATOR_TENANT_DOMAIN")
  if (tenantDomain !== undefined && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(tenantDomain)) {
    errors.push(`--tenant-domain must be a host name, got "${tenantDomain}"`)
  }
  if (errors.length > 0) return { _tag: "Invalid", message: errors.join("\n") }
  const clientSecret = pick("client-secret", "EMULATOR_CLIENT_SECRET")
  const adminKey = pick("admin-key", "EMULATOR_ADMIN_KEY")
  const flag = (name: string, variable: string) => values[name] === true || env[variable] === "1" || env[variable] === "true"
  const quiet = flag("quiet", "EMULATOR_QUIET")
  return {
    _tag: "Run",
    seedFile: pick("seed", "EMULATOR_SEED"),
    options: {
      host: pick("host", "EMULATOR_HOST") ?? "127.0.0.1",
      port,
      tenantDomain,
      rateLimit: rate === undefined ? undefined : { requestsPerSecond: rate, burst },
      latencyMs: latency,
      clientId: pick("client-id", "EMULATOR_CLIENT_ID"),
      clientSecret: clientSecret === undefined ? undefined : Redacted.make(clientSecret),
      ids: ids as "random" | "sequential" | undefined,
      directoryProvisioning: directory === undefined ? undefined : directory === "on",
      requestLogLevel: quiet ? "None" : "Info",
      dataDir: pick("data-dir", "EMULATOR_DATA_DIR"),
      resetData: flag("reset", "EMULATOR_RESET"),
      adminKey: adminKey === undefined ? undefined : Redacted.make(adminKey)
    }
  }
}

/**
 * Reads and validates a seed file.
 *
 * @since 0.0.0
 */
export const loadSeed = (file: string): Effect.Effect<Engine.Seed, Emulator.EmulatorError> =>
  Effect.tryPromise({
    try: () => readFile(file, "utf8"),
    catch: (error) =>
      new Emulator.EmulatorError({ reason: "Seed", message: `cannot read seed file ${file}: ${error instanceof Error ? error.message : String(error)}` })
  }).pipe(
    Effect.flatMap((text) =>
      Effect.try({
        try: (): unknown => JSON.parse(text),
        catch: () => new Emulator.EmulatorError({ reason: "Seed", message: `seed file ${file} is not valid JSON` })
      })
    ),
    Effect.flatMap((json) =>
      Either.match(Emulator.decodeSeed(json), {
        onLeft: (message) => Effect.fail(new Emulator.EmulatorError({ reason: "Seed", message: `seed file ${file}: ${message}` })),
        onRight: Effect.succeed
      })
    ),
    Effect.withSpan("Cli.loadSeed")
  )

/**
 * The start-up banner. It prints the default client's secret and an admin token on purpose: they are the
 * emulator's own development credentials, and printing them is how a developer gets started. With `pid`, it
 * names the process to signal to stop it.
 *
 * @since 0.0.0
 */
export const banner = (emulator: Emulator.Service, pid?: number): string => {
  const key = emulator.adminKey === undefined ? undefined : Redacted.value(emulator.adminKey)
  return [
    "Auth0 Management API emulator (connections) is listening",
    ...(emulator.loopbackOnly ? [] : [
      `  WARNING: listening on ${emulator.host}: the emulator is reachable from the network. The control plane,`,
      "  the admin page, the docs and token minting need the admin key (header x-emulator-admin-key)."
    ]),
    ...(pid === undefined ? [] : [`  PID:             ${pid} (SIGINT or SIGTERM stops it)`]),
    `  Base URL:        ${emulator.baseUrl}`,
    `  Management API:  ${emulator.apiUrl}`,
    `  Token endpoint:  ${emulator.tokenUrl}`,
    `  Tenant domain:   ${emulator.tenantDomain} (audience ${emulator.audience})`,
    `  Client ID:       ${emulator.clientId}`,
    `  Client secret:   ${Redacted.value(emulator.clientSecret)}`,
    `  Admin token (all scopes, valid 30 days):`,
    `  ${Redacted.value(emulator.adminToken)}`,
    `  Control plane:   ${emulator.baseUrl}/__emulator/health (see --help)`,
    ...(key === undefined ? [] : [`  Admin key:       ${key}`]),
    `  Admin page:      ${emulator.adminUrl}${key === undefined ? "" : `?key=${encodeURIComponent(key)}`}`,
    `  API docs:        ${emulator.docsUrl} (OpenAPI: ${emulator.baseUrl}/__emulator/openapi.json)`,
    "Press Ctrl+C to stop."
  ].join("\n")
}
