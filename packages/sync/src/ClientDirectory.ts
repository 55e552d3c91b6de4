/**
 * `ClientDirectory`: the tenant's applications (clients) by id and name, so desired state can name the clients a
 * connection is enabled for. Read once per plan or export.
 *
 * Sources: a fixed list ({@link layerFromList}), a YAML/JSON file of `{client_id, name}` ({@link layerFromFile}), or
 * any pager of `GET /api/v2/clients?fields=client_id,name` pages ({@link layerFromPages}): wiring the HTTP read is
 * that one layer.
 *
 * @since 0.0.0
 */
import type { CommonError } from "@effect-auth0/http/ConnectionsError"
import * as Clients from "@effect-auth0/domain/Clients"
import type { ClientId, Cursor } from "@effect-auth0/domain/Identifiers"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import * as Validation from "@effect-auth0/domain/Validation"
import { suggest } from "./DefinitionCheck.js"
import { DesiredStateInvalid } from "./SyncError.js"
import * as SourceFile from "./SourceFile.js"

/**
 * One client as the directory knows it (`fields=client_id,name`): the domain's `ClientSummary`.
 *
 * @since 0.0.0
 */
export const Client = Clients.ClientSummary

/**
 * @since 0.0.0
 */
export type Client = Clients.ClientSummary

/**
 * A page of `GET /api/v2/clients?fields=client_id,name&take=…&from=…` (checkpoint paging): the domain's
 * `ClientsPage`, `next` absent on the last page.
 *
 * @since 0.0.0
 */
export const ClientsPage = Clients.ClientsPage

/**
 * @since 0.0.0
 */
export type ClientsPage = Clients.ClientsPage

/**
 * The directory.
 *
 * @since 0.0.0
 */
export interface Service {
  /** Every client of the tenant. */
  readonly list: Effect.Effect<ReadonlyArray<Client>, CommonError>
}

/**
 * The service tag.
 *
 * @since 0.0.0
 */
export class ClientDirectory extends Context.Tag("@effect-auth0/sync/ClientDirectory")<ClientDirectory, Service>() {}

/**
 * A directory of a fixed list of clients.
 *
 * @since 0.0.0
 */
export const layerFromList = (clients: ReadonlyArray<Client>): Layer.Layer<ClientDirectory> =>
  Layer.succeed(ClientDirectory, { list: Effect.succeed(clients) })

/**
 * A directory that follows checkpoint pages: `fetchPage(undefined)`, then `fetchPage(next)` until a page has no
 * `next`.
 *
 * @since 0.0.0
 */
export const fromPages = (fetchPage: (from: Cursor | undefined) => Effect.Effect<ClientsPage, CommonError>): Service => ({
  list: Effect.gen(function*() {
    const out: Array<Client> = []
    let from: Cursor | undefined = undefined
    do {
      const page: ClientsPage = yield* fetchPage(from)
      out.push(...page.clients)
      from = page.next
    } while (from !== undefined)
    return out
  }).pipe(Effect.withSpan("ClientDirectory.list"))
})

/**
 * {@link fromPages} as a layer.
 *
 * @since 0.0.0
 */
export const layerFromPages = (
  fetchPage: (from: Cursor | undefined) => Effect.Effect<ClientsPage, CommonError>
): Layer.Layer<ClientDirectory> => Layer.succeed(ClientDirectory, fromPages(fetchPage))

const decodeClients = Validation.decode(Schema.Array(Client), { errors: "all", onExcessProperty: "ignore" })

/**
 * Reads a list of `{client_id, name}` from a YAML or JSON file (a list, or an object with a `clients` list).
 *
 * @since 0.0.0
 */
export const readFile = (path: string): Effect.Effect<ReadonlyArray<Client>, DesiredStateInvalid, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const text = yield* fs.readFileString(path).pipe(
      Effect.mapError((error) =>
        new DesiredStateInvalid({ file: path, problems: [{ severity: "error", file: path, path: "(root)", message: `cannot read the clients file: ${error.message}` }] })
      )
    )
    const source = SourceFile.parse(path, text)
    if (Either.isLeft(source)) return yield* new DesiredStateInvalid({ file: path, problems: source.left })
    const value = source.right.value
    const list = Predicate.isRecord(value) && Array.isArray(value["clients"]) ? value["clients"] : value
    const listPath: ReadonlyArray<PropertyKey> = list === value ? [] : ["clients"]
    const decoded = decodeClients(list)
    if (Either.isLeft(decoded)) {
      return yield* new DesiredStateInvalid({
        file: path,
        problems: decoded.left.map((issue) => ({
          severity: "error" as const,
          file: path,
          ...source.right.locate([...listPath, ...issue.path]),
          path: Validation.formatPath(issue.path),
          message: issue.message
        }))
      })
    }
    // A clients file names clients; anything else written beside the id and the name is ignored.
    return decoded.right.map((client): Client => ({ client_id: client.client_id, name: client.name }))
  })

/**
 * A directory read from a clients file (see {@link readFile}); the file is read when the layer is built.
 *
 * @since 0.0.0
 */
export const layerFromFile = (path: string): Layer.Layer<ClientDirectory, DesiredStateInvalid, FileSystem.FileSystem> =>
  Layer.effect(ClientDirectory, Effect.map(readFile(path), (clients): Service => ({ list: Effect.succeed(clients) })))

/**
 * How a name resolves: one client, none (with a close name when there is one), or several.
 *
 * @since 0.0.0
 */
export type Resolution =
  | { readonly _tag: "Found"; readonly client: Client }
  | { readonly _tag: "Unknown"; readonly suggestion: string | undefined }
  | { readonly _tag: "Duplicate"; readonly ids: ReadonlyArray<ClientId> }

/**
 * Lookups over one read of the directory.
 *
 * @since 0.0.0
 */
export interface Index {
  readonly byName: (name: string) => Resolution
  readonly nameOf: (id: string) => string | undefined
  readonly hasId: (id: string) => boolean
}

/**
 * Builds the lookups; names are matched exactly (Auth0 lets several clients share a name: that is a `Duplicate`).
 *
 * @since 0.0.0
 */
export const index = (clients: ReadonlyArray<Client>): Index => {
  const byName = new Map<string, Array<Client>>()
  const byId = new Map<string, Client>()
  for (const client of clients) {
    byName.set(client.name, [...(byName.get(client.name) ?? []), client])
    byId.set(client.client_id, client)
  }
  return {
    byName: (name) => {
      const found = byName.get(name) ?? []
      if (found.length === 1) return { _tag: "Found", client: found[0]! }
      if (found.length > 1) return { _tag: "Duplicate", ids: found.map((c) => c.client_id) }
      return { _tag: "Unknown", suggestion: suggest(name, byName.keys()) }
    },
    nameOf: (id) => {
      const client = byId.get(id)
      // A name shared by several clients cannot stand for this one in a file.
      return client !== undefined && byName.get(client.name)?.length === 1 ? client.name : undefined
    },
    hasId: (id) => byId.has(id)
  }
}
