/**
 * Where the CLI's settings come from: flags first, then the `--env-file`, then the environment (`AUTH0_*`, read by
 * `ConnectionsHttp.layerConfig`). The same desired state points at dev, stage or prod by changing the env file.
 *
 * @since 0.0.0
 */
import * as Options from "@effect/cli/Options"
import * as FileSystem from "@effect/platform/FileSystem"
import { MAX_TAKE } from "@effect-auth0/domain/ConnectionList"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as UndiciHttpClient from "@effect-auth0/http/UndiciHttpClient"
import * as ClientDirectory from "@effect-auth0/sync/ClientDirectory"
import type { DesiredStateInvalid } from "@effect-auth0/sync/SyncError"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Dotenv from "./internal/dotenv.js"

/**
 * The settings flags every tenant command takes.
 *
 * @since 0.0.0
 */
export const options = {
  envFile: Options.text("env-file").pipe(
    Options.withDescription("dotenv file with AUTH0_* settings and secret variables (wins over the environment)"),
    Options.optional
  ),
  domain: Options.text("domain").pipe(Options.withDescription("tenant domain (AUTH0_DOMAIN)"), Options.optional),
  baseUrl: Options.text("base-url").pipe(Options.withDescription("Management API base URL, e.g. an emulator (AUTH0_BASE_URL)"), Options.optional),
  token: Options.redacted("token").pipe(Options.withDescription("Management API token (AUTH0_TOKEN)"), Options.optional),
  clientId: Options.text("client-id").pipe(Options.withDescription("client id for client credentials (AUTH0_CLIENT_ID)"), Options.optional),
  clientSecret: Options.redacted("client-secret").pipe(Options.withDescription("client secret (AUTH0_CLIENT_SECRET)"), Options.optional),
  clients: Options.text("clients").pipe(
    Options.withDescription("YAML/JSON list of {client_id, name} used to resolve client names (AUTH0_CLIENTS_FILE)"),
    Options.optional
  )
}

/**
 * The parsed settings flags.
 *
 * @since 0.0.0
 */
export interface Values {
  readonly envFile: Option.Option<string>
  readonly domain: Option.Option<string>
  readonly baseUrl: Option.Option<string>
  readonly token: Option.Option<Redacted.Redacted<string>>
  readonly clientId: Option.Option<string>
  readonly clientSecret: Option.Option<Redacted.Redacted<string>>
  readonly clients: Option.Option<string>
}

/**
 * The env file cannot be read or parsed.
 *
 * @since 0.0.0
 */
export class EnvFileError extends Schema.TaggedError<EnvFileError>("@effect-auth0/cli/EnvFileError")("EnvFileError", {
  file: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `--env-file ${this.file}: ${this.reason}`
  }
}

/**
 * The config provider of a run: the env file's variables, then the process environment.
 *
 * @since 0.0.0
 */
export const provider = (values: Values): Effect.Effect<ConfigProvider.ConfigProvider, EnvFileError, FileSystem.FileSystem> =>
  Option.match(values.envFile, {
    onNone: () => Effect.succeed(ConfigProvider.fromEnv()),
    onSome: (file) =>
      Effect.gen(function*() {
        const fs = yield* FileSystem.FileSystem
        const text = yield* fs.readFileString(file).pipe(Effect.mapError((e) => new EnvFileError({ file, reason: `cannot be read (${e.message})` })))
        const parsed = Dotenv.parse(text)
        if (Either.isLeft(parsed)) return yield* new EnvFileError({ file, reason: parsed.left })
        return ConfigProvider.fromMap(new Map(parsed.right)).pipe(ConfigProvider.orElse(() => ConfigProvider.fromEnv()))
      })
  })

const overrides = (values: Values): ConnectionsHttp.Options => {
  const out: { -readonly [K in keyof ConnectionsHttp.Options]: ConnectionsHttp.Options[K] } = {}
  if (Option.isSome(values.domain)) out.domain = values.domain.value
  if (Option.isSome(values.baseUrl)) out.baseUrl = values.baseUrl.value
  if (Option.isSome(values.token)) out.token = values.token.value
  if (Option.isSome(values.clientId)) out.clientId = values.clientId.value
  if (Option.isSome(values.clientSecret)) out.clientSecret = values.clientSecret.value
  return out
}

/**
 * The tenant named in plans: the domain, else the base URL.
 *
 * @since 0.0.0
 */
export const tenant = (values: Values): Effect.Effect<string, ConfigError.ConfigError> =>
  Effect.map(ConnectionsHttp.configRaw, (config) => {
    const merged = { ...config, ...overrides(values) }
    return merged.domain ?? merged.baseUrl ?? "(unknown tenant)"
  })

/** How a missing setting is named in errors: the variable and the flag that set it. */
const FLAG_AND_VARIABLE_NAMES = {
  domain: "AUTH0_DOMAIN (--domain)",
  baseUrl: "AUTH0_BASE_URL (--base-url)",
  token: "AUTH0_TOKEN (--token)",
  clientId: "AUTH0_CLIENT_ID (--client-id)",
  clientSecret: "AUTH0_CLIENT_SECRET (--client-secret)",
  tokenUrl: "AUTH0_TOKEN_URL"
} as const

/**
 * The HTTP `ConnectionsService` of these settings.
 *
 * @since 0.0.0
 */
export const connections = (values: Values): Layer.Layer<ConnectionsService, ConfigError.ConfigError> =>
  Layer.unwrapEffect(Effect.gen(function*() {
    const fromEnv = yield* ConnectionsHttp.configRaw
    // Flags win over the environment; a missing setting is named by its variable and its flag.
    const options = yield* ConnectionsHttp.validate({ ...fromEnv, ...overrides(values) }, FLAG_AND_VARIABLE_NAMES)
    return ConnectionsHttp.layer(options)
  })).pipe(Layer.provide(UndiciHttpClient.layer))

/**
 * The clients file of these settings (`--clients`, else `AUTH0_CLIENTS_FILE`), if any.
 *
 * @since 0.0.0
 */
export const clientsFile = (values: Values): Effect.Effect<Option.Option<string>, ConfigError.ConfigError> =>
  Option.isSome(values.clients)
    ? Effect.succeed(values.clients)
    : Effect.map(Config.option(Config.string("AUTH0_CLIENTS_FILE")), Option.filter((s) => s.length > 0))

/** The tenant's clients read over the Management API (`GET /clients?fields=client_id,name`), page by page. */
const tenantDirectory: Layer.Layer<ClientDirectory.ClientDirectory, never, ConnectionsService> = Layer.effect(
  ClientDirectory.ClientDirectory,
  Effect.map(ConnectionsService, (connections) =>
    ClientDirectory.fromPages((from) => connections.listClients(from === undefined ? { take: MAX_TAKE } : { from, take: MAX_TAKE })))
)

/**
 * The client directory of these settings: the clients file when one is given (`--clients`, `AUTH0_CLIENTS_FILE`),
 * otherwise the tenant's own clients, read once per command (needs `read:clients`).
 *
 * @since 0.0.0
 */
export const directory = (
  values: Values
): Layer.Layer<ClientDirectory.ClientDirectory, ConfigError.ConfigError | DesiredStateInvalid, FileSystem.FileSystem | ConnectionsService> =>
  Layer.unwrapEffect(Effect.map(clientsFile(values), Option.match({
    onNone: (): Layer.Layer<ClientDirectory.ClientDirectory, DesiredStateInvalid, FileSystem.FileSystem | ConnectionsService> => tenantDirectory,
    onSome: (file) => ClientDirectory.layerFromFile(file)
  })))
