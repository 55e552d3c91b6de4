/**
 * Seeding, reset and snapshots: loading connections and clients as given (atomically: everything is checked,
 * then written), emptying the store, and copying it out as plain JSON.
 *
 * @internal
 */
import { CONNECTION_NAME_MAX_LENGTH, CONNECTION_NAME_PATTERN } from "@effect-auth0/domain/Identifiers"
import { isRecord } from "effect/Predicate"
import { ordered } from "./connectionFields.js"
import { checkStructure, clone, has, type JsonObject, own } from "./json.js"
import { DIRECTORY_STRATEGIES, groupsById, newConfiguration } from "./directoryDefaults.js"
import type { DirectorySnapshot, Seed, SeedClient, Snapshot } from "./protocol.js"
import { ID_SCHEMA } from "./router.js"
import * as Schemas from "./schemas.js"
import { nextConnectionId, type State } from "./state.js"
import { compareKeys, connectionOf, type Entry, entryOf } from "./store.js"
import * as SubResourceSeed from "./subResourceSeed.js"
import { check } from "./validator.js"

/** A seed item that passed every check, with its id when it named one. */
interface Prepared {
  readonly input: JsonObject
  readonly id: string | undefined
}

const NAME_SCHEMA = { type: "string", maxLength: CONNECTION_NAME_MAX_LENGTH, pattern: CONNECTION_NAME_PATTERN.source } as const

/** The first structural problem of any item (a seed of 100k connections is fine, a hostile item is not). */
const structureProblem = (connections: ReadonlyArray<unknown>, clients: ReadonlyArray<unknown>): string | undefined => {
  for (const [label, items] of [["connections", connections], ["clients", clients]] as const) {
    for (let i = 0; i < items.length; i++) {
      const problem = checkStructure(items[i])
      if (problem !== undefined) return `Invalid seed at ${label}[${i}]${problem.path === "" ? "" : `.${problem.path}`}: ${problem.problem}`
    }
  }
  return undefined
}

/** The clients of a seed, or the first problem. */
const readClients = (clients: ReadonlyArray<unknown>): Array<SeedClient> | string => {
  const out: Array<SeedClient> = []
  for (const [i, c] of clients.entries()) {
    if (!isRecord(c) || typeof c.client_id !== "string" || c.client_id.length === 0) return `seed.clients[${i}].client_id must be a non-empty string`
    if (c.client_secret !== undefined && typeof c.client_secret !== "string") return `seed.clients[${i}].client_secret must be a string`
    if (c.name !== undefined && typeof c.name !== "string") return `seed.clients[${i}].name must be a string`
    out.push({
      client_id: c.client_id,
      ...(typeof c.client_secret === "string" ? { client_secret: c.client_secret } : {}),
      ...(typeof c.name === "string" ? { name: c.name } : {})
    })
  }
  return out
}

/** The problem of one seeded connection (names and ids are checked against the store and the seed so far). */
const connectionProblem = (state: State, c: unknown, at: string, seenNames: Set<string>, seenIds: Set<string>): string | undefined => {
  if (!isRecord(c)) return `${at} must be an object`
  const name = own(c, "name")
  const strategy = own(c, "strategy")
  const nameProblem = check(NAME_SCHEMA, name)
  if (nameProblem !== undefined) return `${at}.name: ${nameProblem.rule}`
  if (typeof strategy !== "string" || !Schemas.LIST_STRATEGIES.includes(strategy)) return `${at}.strategy: No enum match for: ${String(strategy)}`
  const lower = (name as string).toLowerCase()
  if (seenNames.has(lower) || state.store.named(lower) !== undefined) return `${at}: a connection named ${String(name)} already exists`
  seenNames.add(lower)
  const id = own(c, "id")
  if (id !== undefined) {
    const idProblem = check(ID_SCHEMA, id)
    if (idProblem !== undefined) return `${at}.id: ${idProblem.rule}`
    if (seenIds.has(id as string) || state.store.byId.has(id as string)) return `${at}: the id ${String(id)} already exists`
    seenIds.add(id as string)
  }
  for (const key of ["options", "metadata", "authentication", "connected_accounts"]) {
    if (c[key] !== undefined && !isRecord(c[key])) return `${at}.${key} must be an object`
  }
  for (const key of ["realms", "enabled_clients"]) {
    const v = own(c, key)
    if (v !== undefined && !(Array.isArray(v) && v.every((s) => typeof s === "string"))) return `${at}.${key} must be an array of strings`
  }
  return undefined
}

/** A seeded connection is stored as given (it already exists in Auth0's format); only missing basics are filled. */
const seededConnection = (state: State, id: string, input: JsonObject): JsonObject => {
  const c: JsonObject = clone(input)
  c.id = id
  const options = own(input, "options")
  const configuration = isRecord(options) ? own(options, "configuration") : undefined
  if (isRecord(options) && isRecord(configuration)) c.options = { ...clone(options), configuration: state.sealer.sealValues(configuration) }
  if (!has(c, "is_domain_connection")) c.is_domain_connection = false
  if (!has(c, "authentication")) c.authentication = { active: true }
  if (!has(c, "connected_accounts")) c.connected_accounts = { active: false }
  c.enabled_clients = Array.isArray(c.enabled_clients) ? [...new Set(c.enabled_clients as ReadonlyArray<string>)] : []
  if (!Array.isArray(c.realms) || c.realms.length === 0) c.realms = [input.name as string]
  return ordered(c)
}

/** A directory-provisioning item of a seed, checked, with the connection it belongs to. */
interface PreparedDirectory {
  readonly entry: Entry
  readonly input: JsonObject
  readonly groups: ReadonlyArray<JsonObject>
}

/** The directory-provisioning items of a seed, checked against the store and the seed's own connections. */
const prepareDirectories = (state: State, items: unknown, seeded: ReadonlyArray<Entry>): Array<PreparedDirectory> | string => {
  if (!Array.isArray(items)) return "seed.directoryProvisionings must be an array"
  // The seed's own connections first, then the store's (without copying the store).
  const seededById = new Map<string, Entry>(seeded.map((e) => [e.id, e] as const))
  const seededByLower = new Map<string, Entry>(seeded.map((e) => [e.lower, e] as const))
  const byId = (id: string) => seededById.get(id) ?? state.store.byId.get(id)
  const byName = (name: string) => seededByLower.get(name.toLowerCase()) ?? state.store.named(name)
  const out: Array<PreparedDirectory> = []
  const seen = new Set<string>()
  for (const [i, item] of items.entries()) {
    const at = `seed.directoryProvisionings[${i}]`
    if (!isRecord(item)) return `${at} must be an object`
    const { connection_id, connection_name, groups, ...body } = item
    const entry = typeof connection_id === "string"
      ? byId(connection_id)
      : typeof connection_name === "string" ? byName(connection_name) : undefined
    if (entry === undefined) return `${at}: no connection with this connection_id or connection_name`
    if (!DIRECTORY_STRATEGIES.has(entry.strategy)) return `${at}: the ${entry.strategy} connection ${entry.name} has no directory provisioning (only google-apps)`
    if (seen.has(entry.id) || state.store.sub.get(entry.id)?.directory !== undefined) return `${at}: ${entry.name} already has directory provisioning`
    seen.add(entry.id)
    const problem = check(Schemas.directoryProvisioning, body) ?? check(Schemas.synchronizedGroups, { groups: groups ?? [] })
    if (problem !== undefined) return `${at}${problem.path === "" ? "" : `.${problem.path}`}: ${problem.rule}`
    out.push({ entry, input: body as JsonObject, groups: (groups ?? []) as ReadonlyArray<JsonObject> })
  }
  return out
}

/** Loads a seed atomically: everything is checked first, then written; the message names the first problem. */
export const seed = (state: State, data: Seed, now: number): string | undefined => {
  if (!isRecord(data)) return "The seed must be an object"
  const connections = own(data, "connections") ?? []
  const clients = own(data, "clients") ?? []
  if (!Array.isArray(connections)) return "seed.connections must be an array"
  if (!Array.isArray(clients)) return "seed.clients must be an array"
  const structural = structureProblem(connections, clients)
  if (structural !== undefined) return structural
  const newClients = readClients(clients)
  if (typeof newClients === "string") return newClients
  const seenIds = new Set<string>()
  const seenNames = new Set<string>()
  const prepared: Array<Prepared> = []
  for (const [i, c] of connections.entries()) {
    const problem = connectionProblem(state, c, `seed.connections[${i}]`, seenNames, seenIds)
    if (problem !== undefined) return problem
    const id = own(c as JsonObject, "id")
    prepared.push({ input: c as JsonObject, id: typeof id === "string" ? id : undefined })
  }
  const sub = SubResourceSeed.read(data as JsonObject, seenIds)
  if (typeof sub === "string") return sub
  // Ids are minted before the directory items are checked (they may name a seeded connection), but nothing is
  // written until every item passed.
  const entries: Array<Entry> = prepared.map(({ id: given, input }) => {
    const id = given ?? nextConnectionId(state, seenIds)
    seenIds.add(id)
    return entryOf(id, seededConnection(state, id, input))
  })
  const directories = prepareDirectories(state, own(data, "directoryProvisionings") ?? [], entries)
  if (typeof directories === "string") return directories
  // Everything checked: write.
  for (const c of newClients) state.clients.set(c.client_id, c)
  state.store.insertMany(entries)
  for (const d of directories) {
    const resources = state.store.subOf(d.entry.id)
    resources.directory = newConfiguration(d.entry, d.input, now)
    resources.groups = groupsById(d.groups)
  }
  SubResourceSeed.write(state.store, sub)
  return undefined
}

/** Empties the store; the initial clients stay, sequences restart. */
export const reset = (state: State): void => {
  state.store.clear()
  state.clients.clear()
  for (const c of state.initialClients) state.clients.set(c.client_id, c)
  state.sequence = 0
  state.tokenSequence = 0
  state.synchronizationSequence = 0
}

/** The tenant's clients (copies). */
export const clientList = (state: State): ReadonlyArray<SeedClient> => [...state.clients.values()].map((c) => ({ ...c }))

/** Which connections a partial snapshot or export covers: by id and/or by name (case-insensitive); unknown ones are skipped. */
export interface Selection {
  readonly ids?: ReadonlyArray<string> | undefined
  readonly names?: ReadonlyArray<string> | undefined
}

/** The entries of a selection, each once, in list order; the whole list without one. */
const selected = (state: State, selection: Selection | undefined): ReadonlyArray<Entry> => {
  if (selection === undefined) return state.store.sorted.toArray()
  const found = new Map<string, Entry>()
  for (const id of selection.ids ?? []) {
    const e = state.store.byId.get(id)
    if (e !== undefined) found.set(e.id, e)
  }
  for (const name of selection.names ?? []) {
    const e = state.store.named(name)
    if (e !== undefined) found.set(e.id, e)
  }
  return [...found.values()].sort(compareKeys)
}

/** A copy of the store (or of the selected connections), connections in list order. */
export const snapshot = (state: State, selection?: Selection): Snapshot => {
  const enabledClients: Record<string, ReadonlyArray<string>> = {}
  const keys: Record<string, ReadonlyArray<Record<string, unknown>>> = {}
  const scim: Record<string, Record<string, unknown>> = {}
  const scimTokens: Record<string, ReadonlyArray<Record<string, unknown>>> = {}
  const directoryProvisioning: Record<string, DirectorySnapshot> = {}
  const sorted = selected(state, selection)
  const connections: Array<JsonObject> = []
  for (const e of sorted) {
    const connection = connectionOf(e)
    connections.push(connection)
    enabledClients[e.id] = [...(connection.enabled_clients as ReadonlyArray<string>)]
    const sub = state.store.sub.get(e.id)
    if (sub?.keys !== undefined && sub.keys.length > 0) keys[e.id] = sub.keys.map(clone)
    if (sub?.scim !== undefined) scim[e.id] = clone(sub.scim)
    if (sub?.scimTokens !== undefined && sub.scimTokens.length > 0) scimTokens[e.id] = sub.scimTokens.map(clone)
    if (sub?.directory !== undefined) {
      const sync = sub.synchronization
      directoryProvisioning[e.id] = {
        configuration: clone(sub.directory),
        ...(sync === undefined ? {} : { synchronization: { synchronization_id: sync.id, requested_at: new Date(sync.requestedAt).toISOString() } }),
        groups: (sub.groups ?? []).map(clone)
      }
    }
  }
  return {
    connections,
    enabledClients,
    keys,
    scim,
    scimTokens,
    directoryProvisioning,
    clients: clientList(state)
  }
}
