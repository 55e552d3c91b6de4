/**
 * `connections list|get|create|delete|enable-client|disable-client`: the connections API for people.
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Prompt from "@effect/cli/Prompt"
import type { Connection } from "@effect-auth0/domain/Connection"
import { ConnectionId, type ClientId } from "@effect-auth0/domain/Identifiers"
import * as Validation from "@effect-auth0/domain/Validation"
import { type ByIdError, ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as ClientDirectory from "@effect-auth0/sync/ClientDirectory"
import * as DefinitionCheck from "@effect-auth0/sync/DefinitionCheck"
import * as Chunk from "effect/Chunk"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { stringify } from "yaml"
import * as Render from "../Render.js"
import * as Settings from "../Settings.js"
import { CliError, decodeStrategies } from "./io.js"
import { withTenant } from "./tenant.js"

const json = Options.boolean("json").pipe(Options.withDescription("print JSON instead of text"))
const target = Args.text({ name: "connection" }).pipe(Args.withDescription("connection id (con_…) or name"))
const isId = Schema.is(ConnectionId)

/** The connection with this id or name. */
const find = (idOrName: string): Effect.Effect<Connection, ByIdError | CliError, ConnectionsService> =>
  Effect.flatMap(ConnectionsService, (service): Effect.Effect<Connection, ByIdError | CliError> =>
    isId(idOrName)
      ? service.get(idOrName)
      : Effect.flatMap(service.findByName(idOrName), (found) =>
        Option.isSome(found) ? Effect.succeed(found.value) : Effect.fail(new CliError({ message: `no connection named "${idOrName}"` }))))

// Secrets are `Redacted` in a decoded connection: JSON and YAML print them as <redacted>.
const printable = (connection: Connection): unknown => JSON.parse(JSON.stringify(connection))

const list = Command.make("list", {
  settings: Settings.options,
  name: Options.text("name").pipe(Options.withDescription("only this name"), Options.optional),
  strategy: Options.text("strategy").pipe(Options.withDescription("only this strategy (repeatable)"), Options.repeated),
  json
}, ({ json, name, settings, strategy }) =>
  withTenant(settings, () =>
    Effect.gen(function*() {
      const service = yield* ConnectionsService
      const strategies = yield* decodeStrategies(strategy)
      const all = Chunk.toReadonlyArray(yield* Stream.runCollect(service.stream({ name: Option.getOrUndefined(name), strategy: strategies })))
      if (json) return yield* Console.log(JSON.stringify(all.map(printable), null, 2))
      yield* Console.log(Render.table(
        ["NAME", "STRATEGY", "ID", "CLIENTS"],
        all.map((c) => [c.name, c.strategy, c.id, c.enabled_clients === undefined ? "-" : String(c.enabled_clients.length)])
      ))
    }))).pipe(Command.withDescription("List connections (name, strategy, id, number of enabled clients)"))

const get = Command.make("get", { settings: Settings.options, connection: target, json }, ({ connection, json, settings }) =>
  withTenant(settings, () =>
    Effect.gen(function*() {
      const found = printable(yield* find(connection))
      yield* Console.log(json ? JSON.stringify(found, null, 2) : stringify(found, { lineWidth: 0 }).trimEnd())
    }))).pipe(Command.withDescription("Show one connection (secrets shown as <redacted>)"))

const create = Command.make("create", {
  settings: Settings.options,
  name: Args.text({ name: "name" }),
  strategy: Options.text("strategy").pipe(Options.withDescription("the connection's strategy, e.g. auth0, google-oauth2, oidc")),
  displayName: Options.text("display-name").pipe(Options.optional),
  options: Options.text("options").pipe(Options.withDescription("the options as a JSON object"), Options.optional),
  json
}, ({ displayName, json, name, options, settings, strategy }) =>
  withTenant(settings, () =>
    Effect.gen(function*() {
      const parsedOptions = Option.isNone(options) ? undefined : yield* Effect.try({
        try: () => JSON.parse(options.value) as unknown,
        catch: (e) => new CliError({ message: `--options is not JSON: ${e instanceof Error ? e.message : String(e)}` })
      })
      const body = DefinitionCheck.check({
        name,
        strategy,
        ...(Option.isSome(displayName) ? { display_name: displayName.value } : {}),
        ...(parsedOptions === undefined ? {} : { options: parsedOptions })
      })
      if (Either.isLeft(body)) {
        return yield* new CliError({ message: `invalid connection:\n${body.left.map((i) => `  ${Validation.formatIssue(i)}`).join("\n")}` })
      }
      const created = yield* Effect.flatMap(ConnectionsService, (s) => s.create(body.right))
      yield* Console.log(json ? JSON.stringify(printable(created), null, 2) : `Created ${created.name} (${created.id}).`)
    }))).pipe(Command.withDescription("Create a connection (validated locally first; never a duplicate, even when retried)"))

const remove = Command.make("delete", {
  settings: Settings.options,
  connection: target,
  yes: Options.boolean("yes").pipe(Options.withAlias("y"), Options.withDescription("do not ask for confirmation"))
}, ({ connection, settings, yes }) =>
  withTenant(settings, () =>
    Effect.gen(function*() {
      const found = yield* find(connection)
      const ok = yes
        ? true
        : process.stdin.isTTY === true
        ? yield* Prompt.run(Prompt.confirm({ message: `Delete ${found.name} (${found.id}) and its users?`, initial: false }))
        : yield* new CliError({ message: "refusing to delete without confirmation in a non-interactive run: pass --yes" })
      if (!ok) return yield* Console.error("Nothing deleted.")
      yield* Effect.flatMap(ConnectionsService, (s) => s.delete(found.id))
      yield* Console.log(`Deleted ${found.name} (${found.id}).`)
    }))).pipe(Command.withDescription("Delete a connection (asks first unless --yes)"))

/** A client given by name (through the directory) or id. */
const clientId = (nameOrId: string) =>
  Effect.flatMap(ClientDirectory.ClientDirectory, (d) => d.list).pipe(
    Effect.flatMap((clients) => {
      const index = ClientDirectory.index(clients)
      if (index.hasId(nameOrId)) return Effect.succeed(nameOrId as ClientId)
      const found = index.byName(nameOrId)
      if (found._tag === "Found") return Effect.succeed(found.client.client_id)
      if (found._tag === "Duplicate") return Effect.fail(new CliError({ message: `several clients are named "${nameOrId}" (${found.ids.join(", ")}): give the id` }))
      // Not in the directory (or no directory): taken as an id; Auth0 answers 400 for an unknown one.
      return Effect.succeed(nameOrId as ClientId)
    })
  )

const toggle = (name: "enable-client" | "disable-client", status: boolean) =>
  Command.make(name, { settings: Settings.options, connection: target, client: Args.text({ name: "client" }).pipe(Args.withDescription("client id or name")) }, ({
    client,
    connection,
    settings
  }) =>
    withTenant(settings, () =>
      Effect.gen(function*() {
        const found = yield* find(connection)
        const id = yield* clientId(client)
        yield* Effect.flatMap(ConnectionsService, (s) => s.updateEnabledClients(found.id, [{ client_id: id, status }]))
        yield* Console.log(`${status ? "Enabled" : "Disabled"} ${found.name} for client ${id}.`)
      }))).pipe(Command.withDescription(`${status ? "Enable" : "Disable"} a connection for a client (by id, or by name with --clients)`))

/** `connections …`. */
export const connections = Command.make("connections").pipe(
  Command.withDescription("The connections API for people: list, get, create, delete, enable-client, disable-client"),
  Command.withSubcommands([list, get, create, remove, toggle("enable-client", true), toggle("disable-client", false)])
)
