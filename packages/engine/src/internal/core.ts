/**
 * The engine proper: routing, scopes, validation and every handler, synchronous over the {@link Store}.
 * `Engine.make` wraps it in Effect and serialises calls (one request at a time).
 *
 * Handlers follow one rule: read and validate everything first (path, query, body, existence, business rules),
 * then write. A rejection is thrown as {@link Rejected} before the first write, so it changes nothing.
 *
 * @internal
 */
import type { EngineRequest, EngineResponse, Seed, SeedClient, Snapshot } from "../Engine.js"
import { makeKey, randomAlnum, randomToken, Sealer } from "./crypto.js"
import {
  DISPLAY_NAME_STRATEGIES,
  deriveOptions,
  KEY_STRATEGIES,
  ordered,
  PROVISIONING_STRATEGIES,
  provisioningTicketUrl,
  SCIM_STRATEGIES,
  SHOW_AS_BUTTON_STRATEGIES,
  STATUS_STRATEGIES
} from "./defaults.js"
import {
  badRequest,
  connectionNotFound,
  failure,
  insufficientScope,
  nameConflict,
  notFound,
  optionsScopeRequired,
  reject,
  Rejected,
  validationError
} from "./errors.js"
import { checkStructure, clone, defineOwn, has, isObject, type JsonObject, own } from "./json.js"
import { parseQuery, type ParsedQuery, type QueryParam } from "./query.js"
import * as Schemas from "./schemas.js"
import { DEFAULT_TOKEN_SCOPES, DEFAULT_USER_ID_ATTRIBUTE, defaultMapping } from "./scim.js"
import { compareKeys, type Entry, Store } from "./store.js"
import { check, validate } from "./validator.js"

/** Connection ids the engine accepts in paths and seeds. */
const ID_PATTERN = "^con_[A-Za-z0-9]+$"
const TOKEN_ID_PATTERN = "^tok_[A-Za-z0-9]+$"
const idPath = { type: "string", maxLength: 64, pattern: ID_PATTERN, description: "The id of the connection" } as const
const tokenIdPath = { type: "string", maxLength: 64, pattern: TOKEN_ID_PATTERN, description: "The id of the scim token" } as const

/** The client every tenant has, so `/oauth/token` works out of the box. */
export const DEFAULT_CLIENT_ID = "emulator-default-client"

/** Scopes a PATCH with `options` and responses with `options` need. */
export const READ_OPTIONS = "read:connections_options"
export const UPDATE_OPTIONS = "update:connections_options"

/** Every scope the engine knows, e.g. for an all-powerful test token. */
export const ALL_SCOPES: ReadonlyArray<string> = [
  "read:connections",
  "create:connections",
  "update:connections",
  "delete:connections",
  READ_OPTIONS,
  UPDATE_OPTIONS,
  "read:connections_keys",
  "create:connections_keys",
  "update:connections_keys",
  "read:scim_config",
  "create:scim_config",
  "update:scim_config",
  "delete:scim_config",
  "read:scim_token",
  "create:scim_token",
  "delete:scim_token",
  "delete:users"
]

/** Fields the projection always keeps (reference §1.2 quirk). */
const STICKY_FIELDS: ReadonlySet<string> = new Set(["id", "is_domain_connection", "authentication", "connected_accounts"])

const INVALID_CURSOR = () => failure(400, "Invalid pagination cursor.", "invalid_query_string")

const iso = (millis: number): string => new Date(millis).toISOString()

/** Configuration of the core. */
export interface CoreOptions {
  readonly tenantDomain: string
  readonly ids: "random" | "sequential"
  readonly defaultClientSecret: string
}

type Handler = (ctx: Context) => EngineResponse

interface Route {
  readonly method: string
  /** Path segments below `/connections`; `:id` and `:tokenId` are parameters. */
  readonly segments: ReadonlyArray<string>
  readonly scopes: ReadonlyArray<string>
  /** All of `scopes` are needed (default: any of them). */
  readonly all?: boolean
  readonly handler: Handler
}

interface Context {
  readonly request: EngineRequest
  readonly id: string
  readonly tokenId: string
  readonly now: number
}

const listQuery: { readonly [key: string]: QueryParam } = {
  per_page: {
    kind: "integer",
    schema: { type: "integer", minimum: 1, maximum: 100, description: "The amount of entries per page. Defaults to 100 if not provided" }
  },
  page: { kind: "integer", schema: { type: "integer", minimum: 0, description: "The page number. Zero based" } },
  include_totals: {
    kind: "boolean",
    schema: {
      type: "boolean",
      description: "Return results inside an object that contains the total result count (true) or as a direct array of results (false, default)."
    }
  },
  from: { kind: "string", schema: { type: "string", maxLength: 1000, description: "Optional Id from which to start selection." } },
  take: { kind: "integer", schema: { type: "integer", minimum: 1, maximum: 100, description: "Number of results per page. Defaults to 50." } },
  strategy: {
    kind: "array",
    schema: {
      type: "array",
      description: "Provide strategies to only retrieve connections with such strategies",
      items: { type: "string", enum: Schemas.LIST_STRATEGIES, description: "Provide strategies to only retrieve connections with such strategies" }
    }
  },
  name: { kind: "string", schema: { type: "string", description: "Provide the name of the connection to retrieve" } },
  ...fieldsQuery()
}

function fieldsQuery(): { readonly [key: string]: QueryParam } {
  return {
    fields: {
      kind: "string",
      schema: {
        type: "string",
        description:
          "A comma separated list of fields to include or exclude (depending on include_fields) from the result, empty to retrieve all fields"
      }
    },
    include_fields: {
      kind: "boolean",
      schema: {
        type: "boolean",
        description: "<code>true</code> if the fields specified are to be included in the result, <code>false</code> otherwise (defaults to <code>true</code>)"
      }
    }
  }
}

const clientsQuery: { readonly [key: string]: QueryParam } = {
  take: { kind: "integer", schema: { type: "integer", minimum: 1, maximum: 1000, description: "Number of results per page. Defaults to 50." } },
  from: { kind: "string", schema: { type: "string", maxLength: 1000, description: "Optional Id from which to start selection." } }
}

const usersQuery: { readonly [key: string]: QueryParam } = {
  email: { kind: "string", schema: { type: "string", format: "email", maxLength: 512, description: "The email of the user to delete" } }
}

/** Checkpoint cursors: base64url of the last item's sort key. Opaque to callers, stable across writes. */
const encodeCursor = (entry: Entry): string => Buffer.from(JSON.stringify(["c1", entry.lower, entry.name, entry.id])).toString("base64url")

const decodeCursor = (cursor: string): { lower: string; name: string; id: string } => {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return reject(INVALID_CURSOR())
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
    if (
      Array.isArray(parsed) && parsed.length === 4 && parsed[0] === "c1" &&
      typeof parsed[1] === "string" && typeof parsed[2] === "string" && typeof parsed[3] === "string" &&
      parsed[2].toLowerCase() === parsed[1]
    ) {
      return { lower: parsed[1], name: parsed[2], id: parsed[3] }
    }
  } catch {
    // fall through: any undecodable cursor is Auth0's 400
  }
  return reject(INVALID_CURSOR())
}

const encodeClientCursor = (clientId: string): string => Buffer.from(JSON.stringify(["e1", clientId])).toString("base64url")

const decodeClientCursor = (cursor: string): string => {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return reject(INVALID_CURSOR())
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
    if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === "e1" && typeof parsed[1] === "string") return parsed[1]
  } catch {
    // fall through
  }
  return reject(INVALID_CURSOR())
}

/** Checks a body's structure (depth, size, forbidden keys) before any schema runs. */
const checkBody = (body: unknown): void => {
  // No body at all is left to the schema: "Expected type object but found type undefined".
  if (body === undefined) return
  const problem = checkStructure(body)
  if (problem !== undefined) reject(validationError("Payload", problem.problem, problem.path))
}

/** The engine's state and behaviour. */
export class Core {
  readonly store = new Store()
  readonly sealer = new Sealer()
  private readonly clientsById = new Map<string, SeedClient>()
  private readonly initialClients: ReadonlyArray<SeedClient>
  private sequence = 0
  private tokenSequence = 0
  private readonly routes: ReadonlyArray<Route>

  constructor(readonly options: CoreOptions, initialClients: ReadonlyArray<SeedClient>) {
    const defaultClient: SeedClient = { client_id: DEFAULT_CLIENT_ID, client_secret: options.defaultClientSecret, name: "Default App" }
    this.initialClients = [defaultClient, ...initialClients.filter((c) => c.client_id !== DEFAULT_CLIENT_ID)]
    for (const c of this.initialClients) this.clientsById.set(c.client_id, c)
    this.routes = this.makeRoutes()
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Entry point

  handle(request: EngineRequest, now: number): EngineResponse {
    try {
      return this.dispatch(request, now)
    } catch (e) {
      if (e instanceof Rejected) return e.response
      // A bug or an input we did not foresee: still a 4xx envelope, never a crash.
      return failure(400, "Bad Request", "invalid_request")
    }
  }

  private dispatch(request: EngineRequest, now: number): EngineResponse {
    const method = typeof request.method === "string" ? request.method.toUpperCase() : ""
    const path = typeof request.path === "string" ? request.path : ""
    const parts = path.split("/")
    if (parts[0] !== "" || parts[1] !== "connections") return notFound()
    const segments = parts.slice(2)
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue
      let id = ""
      let tokenId = ""
      let ok = true
      for (let i = 0; i < segments.length; i++) {
        const want = route.segments[i]!
        const got = segments[i]!
        if (want === ":id") id = got
        else if (want === ":tokenId") tokenId = got
        else if (want !== got) {
          ok = false
          break
        }
      }
      if (!ok) continue
      if ((id === "" && route.segments.includes(":id")) || (tokenId === "" && route.segments.includes(":tokenId"))) continue
      if (route.method !== method) continue
      const scopes = request.scopes instanceof Set ? request.scopes : new Set<string>()
      const granted = route.all === true ? route.scopes.every((s) => scopes.has(s)) : route.scopes.some((s) => scopes.has(s))
      if (!granted) return insufficientScope(route.scopes, route.all === true)
      if (id !== "") {
        const problem = check(idPath, id)
        if (problem !== undefined) return validationError("Path", problem.rule, "id", problem.description)
      }
      if (tokenId !== "") {
        const problem = check(tokenIdPath, tokenId)
        if (problem !== undefined) return validationError("Path", problem.rule, "tokenId", problem.description)
      }
      return route.handler({ request, id, tokenId, now })
    }
    // Auth0 answers 404 for unknown routes and for a known path with an unsupported method alike.
    return notFound()
  }

  private makeRoutes(): ReadonlyArray<Route> {
    const r = (method: string, path: string, scopes: ReadonlyArray<string>, handler: Handler, all?: boolean): Route => ({
      method,
      segments: path === "" ? [] : path.split("/"),
      scopes,
      handler,
      ...(all === undefined ? {} : { all })
    })
    return [
      r("GET", "", ["read:connections"], (c) => this.list(c)),
      r("POST", "", ["create:connections"], (c) => this.create(c)),
      r("GET", ":id", ["read:connections"], (c) => this.get(c)),
      r("PATCH", ":id", ["update:connections"], (c) => this.update(c)),
      r("DELETE", ":id", ["delete:connections"], (c) => this.delete(c)),
      r("GET", ":id/status", ["read:connections"], (c) => this.status(c)),
      r("GET", ":id/clients", ["read:connections"], (c) => this.getClients(c)),
      r("PATCH", ":id/clients", ["update:connections"], (c) => this.patchClients(c)),
      r("DELETE", ":id/users", ["delete:users"], (c) => this.deleteUsers(c)),
      r("GET", ":id/keys", ["read:connections_keys"], (c) => this.getKeys(c)),
      r("POST", ":id/keys", ["create:connections_keys"], (c) => this.createKeys(c)),
      r("POST", ":id/keys/rotate", ["create:connections_keys", "update:connections_keys"], (c) => this.rotateKeys(c), true),
      r("GET", ":id/scim-configuration", ["read:scim_config"], (c) => this.getScim(c)),
      r("POST", ":id/scim-configuration", ["create:scim_config"], (c) => this.createScim(c)),
      r("PATCH", ":id/scim-configuration", ["update:scim_config"], (c) => this.updateScim(c)),
      r("DELETE", ":id/scim-configuration", ["delete:scim_config"], (c) => this.deleteScim(c)),
      r("GET", ":id/scim-configuration/default-mapping", ["read:scim_config"], (c) => this.scimDefaultMapping(c)),
      r("GET", ":id/scim-configuration/tokens", ["read:scim_token"], (c) => this.listTokens(c)),
      r("POST", ":id/scim-configuration/tokens", ["create:scim_token"], (c) => this.createToken(c)),
      r("DELETE", ":id/scim-configuration/tokens/:tokenId", ["delete:scim_token"], (c) => this.deleteToken(c))
    ]
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  private nextId(): string {
    if (this.options.ids === "sequential") {
      do {
        this.sequence++
      } while (this.store.byId.has(`con_${String(this.sequence).padStart(16, "0")}`))
      return `con_${String(this.sequence).padStart(16, "0")}`
    }
    let id: string
    do id = `con_${randomAlnum(16)}`
    while (this.store.byId.has(id))
    return id
  }

  private nextTokenId(): string {
    if (this.options.ids === "sequential") return `tok_${String(++this.tokenSequence).padStart(16, "0")}`
    return `tok_${randomAlnum(16)}`
  }

  private existing(id: string): Entry {
    return this.store.byId.get(id) ?? reject(connectionNotFound())
  }

  private query(ctx: Context, spec: { readonly [key: string]: QueryParam }): ParsedQuery {
    return parseQuery(Array.isArray(ctx.request.query) ? ctx.request.query : [], spec)
  }

  /** A response copy of a stored connection: without `options` unless the caller may read them, then projected. */
  private present(entry: Entry, scopes: ReadonlySet<string>, projection?: { fields: ReadonlySet<string>; include: boolean }): JsonObject {
    const out: JsonObject = {}
    const connection = entry.connection
    const showOptions = scopes.has(READ_OPTIONS)
    for (const key of Object.keys(connection)) {
      if (key === "options" && !showOptions) continue
      if (projection !== undefined && projection.fields.size > 0 && !STICKY_FIELDS.has(key)) {
        if (projection.include !== projection.fields.has(key)) continue
      }
      if (key === "__proto__") defineOwn(out, key, clone(connection[key]))
      else out[key] = clone(connection[key])
    }
    return out
  }

  private projection(q: ParsedQuery): { fields: ReadonlySet<string>; include: boolean } | undefined {
    const fields = q.fields
    if (typeof fields !== "string") return undefined
    const set = new Set(fields.split(",").map((f) => f.trim()).filter((f) => f.length > 0))
    return { fields: set, include: q.include_fields !== false }
  }

  private entryFor(id: string, connection: JsonObject): Entry {
    const name = String(connection.name)
    return { id, name, lower: name.toLowerCase(), strategy: String(connection.strategy), connection }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // /connections

  private list(ctx: Context): EngineResponse {
    const q = this.query(ctx, listQuery)
    const projection = this.projection(q)
    const strategies = Array.isArray(q.strategy) ? new Set<string>(q.strategy) : undefined
    const name = typeof q.name === "string" ? q.name : undefined
    const matches = (e: Entry) => (strategies === undefined || strategies.has(e.strategy)) && (name === undefined || e.name === name)
    const scopes = ctx.request.scopes
    const checkpoint = q.take !== undefined || q.from !== undefined
    if (checkpoint) {
      const take = typeof q.take === "number" ? q.take : 50
      const after = typeof q.from === "string" && q.from.length > 0 ? decodeCursor(q.from) : undefined
      const page: Array<Entry> = []
      let more = false
      if (name !== undefined) {
        // Name filter: at most one candidate, found by its index.
        const e = this.store.byLower.get(name.toLowerCase())
        if (e !== undefined && matches(e) && (after === undefined || compareKeys(e, after) > 0)) page.push(e)
      } else {
        for (const e of this.store.sorted.after(after)) {
          if (!matches(e)) continue
          if (page.length === take) {
            more = true
            break
          }
          page.push(e)
        }
      }
      const connections = page.map((e) => this.present(e, scopes, projection))
      return { status: 200, body: more ? { connections, next: encodeCursor(page[page.length - 1]!) } : { connections } }
    }
    const perPage = typeof q.per_page === "number" ? q.per_page : 100
    const pageNumber = typeof q.page === "number" ? q.page : 0
    const start = pageNumber * perPage
    let total: number
    let slice: ReadonlyArray<Entry>
    if (name !== undefined) {
      const e = this.store.byLower.get(name.toLowerCase())
      const all = e !== undefined && matches(e) ? [e] : []
      total = all.length
      slice = all.slice(start, start + perPage)
    } else if (strategies === undefined) {
      total = this.store.sorted.size
      slice = this.store.sorted.slice(start, start + perPage)
    } else {
      const all = this.store.sorted.toArray().filter(matches)
      total = all.length
      slice = all.slice(start, start + perPage)
    }
    const connections = slice.map((e) => this.present(e, scopes, projection))
    if (q.include_totals === true) {
      return { status: 200, body: { total, start, limit: perPage, connections } }
    }
    return { status: 200, body: connections }
  }

  private create(ctx: Context): EngineResponse {
    const body = ctx.request.body
    checkBody(body)
    validate("Payload", Schemas.createConnection, body)
    const input = body as JsonObject
    const name = input.name as string
    const strategy = input.strategy as string
    if (this.store.byLower.has(name.toLowerCase())) return nameConflict()
    if (has(input, "cross_app_access_requesting_app") && (strategy === "auth0" || strategy === "email" || strategy === "sms")) {
      return badRequest("Cross App Access Requesting App is not supported for this connection.", "operation_not_supported")
    }
    const options = deriveOptions(isObject(input.options) ? input.options : undefined, {
      mode: "create",
      strategy,
      name,
      tenantDomain: this.options.tenantDomain,
      sealer: this.sealer
    })
    const id = this.nextId()
    const connection = this.buildConnection(id, input, options)
    const entry = this.entryFor(id, connection)
    this.store.insert(entry)
    if (KEY_STRATEGIES.has(strategy)) this.store.subOf(id).keys = this.freshKeys(name, "RS256", ctx.now)
    return { status: 201, body: this.present(entry, new Set([READ_OPTIONS])) }
  }

  private buildConnection(id: string, input: JsonObject, options: JsonObject): JsonObject {
    const name = input.name as string
    const strategy = input.strategy as string
    const c: JsonObject = { id, options, strategy, name }
    if (PROVISIONING_STRATEGIES.has(strategy)) c.provisioning_ticket_url = provisioningTicketUrl(this.options.tenantDomain, strategy)
    c.is_domain_connection = typeof input.is_domain_connection === "boolean" ? input.is_domain_connection : false
    if (typeof input.show_as_button === "boolean") c.show_as_button = input.show_as_button
    else if (SHOW_AS_BUTTON_STRATEGIES.has(strategy)) c.show_as_button = false
    if (typeof input.display_name === "string") c.display_name = input.display_name
    else if (DISPLAY_NAME_STRATEGIES.has(strategy)) c.display_name = name
    c.authentication = isObject(input.authentication) ? clone(input.authentication) : { active: true }
    c.connected_accounts = isObject(input.connected_accounts) ? clone(input.connected_accounts) : { active: false }
    if (isObject(input.cross_app_access_requesting_app)) c.cross_app_access_requesting_app = clone(input.cross_app_access_requesting_app)
    if (isObject(input.cross_app_access_resource_app)) c.cross_app_access_resource_app = clone(input.cross_app_access_resource_app)
    c.enabled_clients = Array.isArray(input.enabled_clients) ? [...new Set(input.enabled_clients as ReadonlyArray<string>)] : []
    c.realms = Array.isArray(input.realms) && input.realms.length > 0 ? [...(input.realms as ReadonlyArray<string>)] : [name]
    if (isObject(input.metadata)) c.metadata = clone(input.metadata)
    return c
  }

  private get(ctx: Context): EngineResponse {
    const q = this.query(ctx, fieldsQuery())
    const entry = this.existing(ctx.id)
    return { status: 200, body: this.present(entry, ctx.request.scopes, this.projection(q)) }
  }

  private update(ctx: Context): EngineResponse {
    const body = ctx.request.body
    checkBody(body)
    validate("Payload", Schemas.updateConnection, body)
    const patch = body as JsonObject
    if (has(patch, "options") && !ctx.request.scopes.has(UPDATE_OPTIONS)) return optionsScopeRequired()
    const entry = this.existing(ctx.id)
    const previous = entry.connection
    if (
      has(patch, "cross_app_access_requesting_app") &&
      (entry.strategy === "auth0" || entry.strategy === "email" || entry.strategy === "sms")
    ) {
      return badRequest("Cross App Access Requesting App is not supported for this connection.", "operation_not_supported")
    }
    const next: JsonObject = { ...previous }
    if (has(patch, "options")) {
      const given = patch.options
      next.options = deriveOptions(isObject(given) ? given : undefined, {
        mode: "update",
        strategy: entry.strategy,
        name: entry.name,
        tenantDomain: this.options.tenantDomain,
        sealer: this.sealer,
        previous: isObject(previous.options) ? previous.options : undefined
      })
    }
    for (const key of ["is_domain_connection", "show_as_button", "authentication", "connected_accounts", "cross_app_access_requesting_app", "metadata"]) {
      if (has(patch, key)) next[key] = clone(patch[key])
    }
    if (has(patch, "cross_app_access_resource_app")) {
      if (patch.cross_app_access_resource_app === null) delete next.cross_app_access_resource_app
      else next.cross_app_access_resource_app = clone(patch.cross_app_access_resource_app)
    }
    if (typeof patch.display_name === "string") next.display_name = patch.display_name
    else if (DISPLAY_NAME_STRATEGIES.has(entry.strategy)) {
      // OAS: "If display_name is not included in the request, the field will be overwritten with the name value."
      // Applied only where Auth0 defaults display_name to the name, so other strategies never gain one (fact 4).
      next.display_name = entry.name
    }
    if (Array.isArray(patch.enabled_clients)) next.enabled_clients = [...new Set(patch.enabled_clients as ReadonlyArray<string>)]
    if (Array.isArray(patch.realms)) next.realms = patch.realms.length > 0 ? [...(patch.realms as ReadonlyArray<string>)] : [entry.name]
    const updated = this.entryFor(entry.id, ordered(next))
    this.store.replace(updated)
    return { status: 200, body: this.present(updated, ctx.request.scopes) }
  }

  private delete(ctx: Context): EngineResponse {
    const removed = this.store.remove(ctx.id)
    // Auth0 never answers 404 here: an unknown or already-deleted id is a 204 with no body.
    return removed === undefined ? { status: 204, body: undefined } : { status: 202, body: { deleted_at: iso(ctx.now) } }
  }

  private status(ctx: Context): EngineResponse {
    const entry = this.existing(ctx.id)
    // The emulated AD/LDAP connector is always online; other strategies have no connector to report on.
    if (STATUS_STRATEGIES.has(entry.strategy)) return { status: 200, body: undefined }
    return failure(404, "Connection status is only available for AD/LDAP connections")
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Enabled clients

  private getClients(ctx: Context): EngineResponse {
    const q = this.query(ctx, clientsQuery)
    const take = typeof q.take === "number" ? q.take : 50
    const after = typeof q.from === "string" && q.from.length > 0 ? decodeClientCursor(q.from) : undefined
    const entry = this.existing(ctx.id)
    const ids = [...(entry.connection.enabled_clients as ReadonlyArray<string>)].sort()
    let start = 0
    if (after !== undefined) {
      while (start < ids.length && ids[start]! <= after) start++
    }
    const page = ids.slice(start, start + take)
    const clients = page.map((client_id) => ({ client_id }))
    const more = start + take < ids.length
    return { status: 200, body: more ? { clients, next: encodeClientCursor(page[page.length - 1]!) } : { clients } }
  }

  private patchClients(ctx: Context): EngineResponse {
    const body = ctx.request.body
    checkBody(body)
    validate("Payload", Schemas.updateEnabledClients, body)
    const entry = this.existing(ctx.id)
    const enabled = new Set(entry.connection.enabled_clients as ReadonlyArray<string>)
    for (const change of body as ReadonlyArray<{ client_id: string; status: boolean }>) {
      if (change.status) enabled.add(change.client_id)
      else enabled.delete(change.client_id)
    }
    this.store.replace(this.entryFor(entry.id, { ...entry.connection, enabled_clients: [...enabled] }))
    return { status: 204, body: undefined }
  }

  private deleteUsers(ctx: Context): EngineResponse {
    const q = this.query(ctx, usersQuery)
    if (typeof q.email !== "string") return validationError("Query", "Missing required property: email")
    const entry = this.existing(ctx.id)
    if (entry.strategy !== "auth0") return badRequest("Connection must be a database connection", "operation_not_supported")
    // The engine stores no users: deleting one that does not exist is Auth0's 204 too.
    return { status: 204, body: undefined }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Keys

  private freshKeys(name: string, algorithm: string, now: number): ReadonlyArray<JsonObject> {
    return [
      { ...makeKey(name, algorithm), current: true, current_since: iso(now) },
      { ...makeKey(name, algorithm), next: true }
    ]
  }

  private keysBody(ctx: Context): string {
    const body = ctx.request.body === undefined || ctx.request.body === null ? {} : ctx.request.body
    checkBody(body)
    validate("Payload", Schemas.keysRequest, body)
    const alg = own(body as JsonObject, "signing_alg")
    return typeof alg === "string" ? alg : "RS256"
  }

  private keysSupported(entry: Entry): void {
    if (!KEY_STRATEGIES.has(entry.strategy)) {
      reject(badRequest("Connection keys are only supported for OIDC and Okta connections", "operation_not_supported"))
    }
  }

  private getKeys(ctx: Context): EngineResponse {
    const entry = this.existing(ctx.id)
    const keys = this.store.sub.get(entry.id)?.keys ?? []
    return { status: 200, body: keys.map(clone) }
  }

  private createKeys(ctx: Context): EngineResponse {
    const alg = this.keysBody(ctx)
    const entry = this.existing(ctx.id)
    this.keysSupported(entry)
    const existing = this.store.sub.get(entry.id)?.keys ?? []
    if (existing.length > 0) return failure(409, "Keys already exist for this connection", "key_conflict")
    const keys = this.freshKeys(entry.name, alg, ctx.now)
    this.store.subOf(entry.id).keys = keys
    return { status: 201, body: keys.map(clone) }
  }

  private rotateKeys(ctx: Context): EngineResponse {
    const alg = this.keysBody(ctx)
    const entry = this.existing(ctx.id)
    this.keysSupported(entry)
    const keys = this.store.sub.get(entry.id)?.keys ?? []
    const current = keys.find((k) => k.current === true)
    const next = keys.find((k) => k.next === true)
    if (current === undefined || next === undefined) {
      return badRequest("The connection has no keys to rotate: provision them with POST /keys first", "operation_not_supported")
    }
    const strip = (k: JsonObject): JsonObject => {
      const { current: _c, next: _n, previous: _p, current_since: _s, ...rest } = k
      return rest
    }
    const fresh: JsonObject = { ...makeKey(entry.name, alg), next: true }
    // Rotation shifts: current → previous, next → current, and a new next key (reference §1.10).
    this.store.subOf(entry.id).keys = [
      { ...strip(current), previous: true },
      { ...strip(next), current: true, current_since: iso(ctx.now) },
      fresh
    ]
    return { status: 201, body: clone(fresh) }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // SCIM

  private scimEntry(ctx: Context): Entry {
    const entry = this.existing(ctx.id)
    if (!SCIM_STRATEGIES.has(entry.strategy)) {
      reject(
        failure(
          404,
          "This connection type does not support SCIM. Please see our documentation for the currently supported connection types: https://auth0.com/docs/authenticate/protocols/scim/configure-inbound-scim."
        )
      )
    }
    return entry
  }

  private tenantName(): string {
    return this.options.tenantDomain.split(".")[0] ?? this.options.tenantDomain
  }

  private getScim(ctx: Context): EngineResponse {
    const entry = this.scimEntry(ctx)
    const scim = this.store.sub.get(entry.id)?.scim
    return scim === undefined ? notFound() : { status: 200, body: clone(scim) }
  }

  private createScim(ctx: Context): EngineResponse {
    const body = ctx.request.body === undefined || ctx.request.body === null ? {} : ctx.request.body
    checkBody(body)
    validate("Payload", Schemas.createScim, body)
    const entry = this.scimEntry(ctx)
    if (this.store.sub.get(entry.id)?.scim !== undefined) {
      return failure(409, "A SCIM configuration already exists for this connection", "scim_configuration_conflict")
    }
    const input = body as JsonObject
    const scim: JsonObject = {
      connection_id: entry.id,
      connection_name: entry.name,
      strategy: entry.strategy,
      tenant_name: this.tenantName(),
      user_id_attribute: typeof input.user_id_attribute === "string" ? input.user_id_attribute : DEFAULT_USER_ID_ATTRIBUTE,
      mapping: Array.isArray(input.mapping) ? clone(input.mapping) : defaultMapping(),
      created_at: iso(ctx.now),
      updated_on: iso(ctx.now)
    }
    this.store.subOf(entry.id).scim = scim
    return { status: 201, body: clone(scim) }
  }

  private updateScim(ctx: Context): EngineResponse {
    const body = ctx.request.body
    checkBody(body)
    validate("Payload", Schemas.updateScim, body)
    const entry = this.scimEntry(ctx)
    const scim = this.store.sub.get(entry.id)?.scim
    if (scim === undefined) return notFound()
    const input = body as JsonObject
    const updated: JsonObject = { ...scim, user_id_attribute: input.user_id_attribute, mapping: clone(input.mapping), updated_on: iso(ctx.now) }
    this.store.subOf(entry.id).scim = updated
    return { status: 200, body: clone(updated) }
  }

  private deleteScim(ctx: Context): EngineResponse {
    const entry = this.scimEntry(ctx)
    const sub = this.store.sub.get(entry.id)
    if (sub !== undefined) {
      delete sub.scim
      delete sub.scimTokens
    }
    return { status: 204, body: undefined }
  }

  private scimDefaultMapping(ctx: Context): EngineResponse {
    this.scimEntry(ctx)
    return { status: 200, body: { mapping: defaultMapping() } }
  }

  private scimConfigured(ctx: Context): Entry {
    const entry = this.scimEntry(ctx)
    if (this.store.sub.get(entry.id)?.scim === undefined) reject(notFound())
    return entry
  }

  private listTokens(ctx: Context): EngineResponse {
    const entry = this.scimConfigured(ctx)
    return { status: 200, body: (this.store.sub.get(entry.id)?.scimTokens ?? []).map(clone) }
  }

  private createToken(ctx: Context): EngineResponse {
    const body = ctx.request.body === undefined || ctx.request.body === null ? {} : ctx.request.body
    checkBody(body)
    validate("Payload", Schemas.createScimToken, body)
    const entry = this.scimConfigured(ctx)
    const tokens = this.store.sub.get(entry.id)?.scimTokens ?? []
    if (tokens.length >= 2) return failure(409, "Maximum of 2 tokens already issued for this connection")
    const input = body as JsonObject
    const lifetime = typeof input.token_lifetime === "number" ? input.token_lifetime : undefined
    const stored: JsonObject = {
      token_id: this.nextTokenId(),
      scopes: Array.isArray(input.scopes) ? [...(input.scopes as ReadonlyArray<string>)] : [...DEFAULT_TOKEN_SCOPES],
      created_at: iso(ctx.now),
      ...(lifetime === undefined ? {} : { valid_until: iso(ctx.now + lifetime * 1000) })
    }
    this.store.subOf(entry.id).scimTokens = [...tokens, stored]
    // The secret exists only in this response: the store keeps no copy of it.
    return { status: 201, body: { token_id: stored.token_id, token: `scim_${randomToken(32)}`, ...clone(stored) } }
  }

  private deleteToken(ctx: Context): EngineResponse {
    const entry = this.scimConfigured(ctx)
    const tokens = this.store.sub.get(entry.id)?.scimTokens ?? []
    if (!tokens.some((t) => t.token_id === ctx.tokenId)) return notFound()
    this.store.subOf(entry.id).scimTokens = tokens.filter((t) => t.token_id !== ctx.tokenId)
    return { status: 204, body: undefined }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Seed, reset, snapshot

  /** Loads a seed atomically: everything is checked first, then written; the message names the first problem. */
  seed(seed: Seed, now: number): string | undefined {
    if (!isObject(seed)) return "The seed must be an object"
    const connections = own(seed, "connections") ?? []
    const clients = own(seed, "clients") ?? []
    if (!Array.isArray(connections)) return "seed.connections must be an array"
    if (!Array.isArray(clients)) return "seed.clients must be an array"
    // Structure is checked per item: a seed of 100k connections is fine, a hostile item is not.
    for (const [label, items] of [["connections", connections], ["clients", clients]] as const) {
      for (let i = 0; i < items.length; i++) {
        const problem = checkStructure(items[i])
        if (problem !== undefined) return `Invalid seed at ${label}[${i}]${problem.path === "" ? "" : `.${problem.path}`}: ${problem.problem}`
      }
    }
    const newClients: Array<SeedClient> = []
    for (const [i, c] of clients.entries()) {
      if (!isObject(c) || typeof c.client_id !== "string" || c.client_id.length === 0) return `seed.clients[${i}].client_id must be a non-empty string`
      if (c.client_secret !== undefined && typeof c.client_secret !== "string") return `seed.clients[${i}].client_secret must be a string`
      if (c.name !== undefined && typeof c.name !== "string") return `seed.clients[${i}].name must be a string`
      newClients.push({
        client_id: c.client_id,
        ...(typeof c.client_secret === "string" ? { client_secret: c.client_secret } : {}),
        ...(typeof c.name === "string" ? { name: c.name } : {})
      })
    }
    const seenIds = new Set<string>()
    const seenNames = new Set<string>()
    const prepared: Array<{ input: JsonObject; id: string | undefined }> = []
    for (const [i, c] of connections.entries()) {
      if (!isObject(c)) return `seed.connections[${i}] must be an object`
      const name = own(c, "name")
      const strategy = own(c, "strategy")
      const at = `seed.connections[${i}]`
      const nameProblem = check(
        { type: "string", maxLength: 128, pattern: Schemas.NAME_PATTERN },
        name
      )
      if (nameProblem !== undefined) return `${at}.name: ${nameProblem.rule}`
      if (typeof strategy !== "string" || !Schemas.LIST_STRATEGIES.includes(strategy)) return `${at}.strategy: No enum match for: ${String(strategy)}`
      const lower = (name as string).toLowerCase()
      if (seenNames.has(lower) || this.store.byLower.has(lower)) return `${at}: a connection named ${String(name)} already exists`
      seenNames.add(lower)
      const id = own(c, "id")
      if (id !== undefined) {
        const idProblem = check(idPath, id)
        if (idProblem !== undefined) return `${at}.id: ${idProblem.rule}`
        if (seenIds.has(id as string) || this.store.byId.has(id as string)) return `${at}: the id ${String(id)} already exists`
        seenIds.add(id as string)
      }
      for (const key of ["options", "metadata", "authentication", "connected_accounts"]) {
        if (c[key] !== undefined && !isObject(c[key])) return `${at}.${key} must be an object`
      }
      for (const key of ["realms", "enabled_clients"]) {
        const v = own(c, key)
        if (v !== undefined && !(Array.isArray(v) && v.every((s) => typeof s === "string"))) return `${at}.${key} must be an array of strings`
      }
      prepared.push({ input: c, id: typeof id === "string" ? id : undefined })
    }
    // Everything checked: write.
    for (const c of newClients) this.clientsById.set(c.client_id, c)
    const entries: Array<Entry> = []
    for (const { input, id: given } of prepared) {
      const id = given ?? this.nextIdAvoiding(seenIds)
      entries.push(this.entryFor(id, this.seededConnection(id, input)))
    }
    this.store.insertMany(entries)
    void now
    return undefined
  }

  private nextIdAvoiding(reserved: ReadonlySet<string>): string {
    let id: string
    do id = this.nextId()
    while (reserved.has(id))
    return id
  }

  /** A seeded connection is stored as given (it already exists in Auth0's format); only missing basics are filled. */
  private seededConnection(id: string, input: JsonObject): JsonObject {
    const c: JsonObject = clone(input)
    c.id = id
    const name = input.name as string
    const options = own(input, "options")
    if (isObject(options) && isObject(own(options, "configuration"))) {
      c.options = { ...clone(options), configuration: this.sealConfiguration(own(options, "configuration") as JsonObject) }
    }
    if (!has(c, "is_domain_connection")) c.is_domain_connection = false
    if (!has(c, "authentication")) c.authentication = { active: true }
    if (!has(c, "connected_accounts")) c.connected_accounts = { active: false }
    c.enabled_clients = Array.isArray(c.enabled_clients) ? [...new Set(c.enabled_clients as ReadonlyArray<string>)] : []
    if (!Array.isArray(c.realms) || c.realms.length === 0) c.realms = [name]
    return ordered(c)
  }

  private sealConfiguration(configuration: JsonObject): JsonObject {
    const out: JsonObject = {}
    for (const key of Object.keys(configuration)) {
      const v = configuration[key]
      Object.defineProperty(out, key, {
        value: typeof v === "string" && !this.sealer.isSealed(v) ? this.sealer.seal(v) : v,
        enumerable: true,
        writable: true,
        configurable: true
      })
    }
    return out
  }

  reset(): void {
    this.store.clear()
    this.clientsById.clear()
    for (const c of this.initialClients) this.clientsById.set(c.client_id, c)
    this.sequence = 0
    this.tokenSequence = 0
  }

  clients(): ReadonlyArray<SeedClient> {
    return [...this.clientsById.values()].map((c) => ({ ...c }))
  }

  snapshot(): Snapshot {
    const enabledClients: Record<string, ReadonlyArray<string>> = {}
    const keys: Record<string, ReadonlyArray<Record<string, unknown>>> = {}
    const scim: Record<string, Record<string, unknown>> = {}
    const scimTokens: Record<string, ReadonlyArray<Record<string, unknown>>> = {}
    const sorted = this.store.sorted.toArray()
    for (const e of sorted) {
      enabledClients[e.id] = [...(e.connection.enabled_clients as ReadonlyArray<string>)]
      const sub = this.store.sub.get(e.id)
      if (sub?.keys !== undefined && sub.keys.length > 0) keys[e.id] = sub.keys.map(clone)
      if (sub?.scim !== undefined) scim[e.id] = clone(sub.scim)
      if (sub?.scimTokens !== undefined && sub.scimTokens.length > 0) scimTokens[e.id] = sub.scimTokens.map(clone)
    }
    return {
      connections: sorted.map((e) => clone(e.connection)),
      enabledClients,
      keys,
      scim,
      scimTokens,
      clients: this.clients()
    }
  }
}
