/**
 * `/connections/{id}/directory-provisioning`: a Google Workspace connection's inbound directory provisioning
 * (read, create, update, delete, Auth0's default mapping) and its synchronizations.
 *
 * @internal
 */
import { existing, type Handler, iso, optionalBody, readBody, type RequestContext } from "../context.js"
import {
  DIRECTORY_STRATEGIES,
  defaultDirectoryMapping,
  newConfiguration,
  synchronizationActive,
  synchronizationStatus
} from "../directoryDefaults.js"
import { failure, notFound, reject } from "../errors.js"
import { clone, type JsonObject } from "../json.js"
import * as Schemas from "../schemas.js"
import { nextSynchronizationId } from "../state.js"
import type { Entry, SubResources } from "../store.js"

/** Auth0's 403 when the tenant's directory-provisioning feature is off (no recording shows an `errorCode`). */
export const requireFeature = (ctx: RequestContext): void => {
  if (!ctx.state.features.directoryProvisioning) {
    reject(failure(403, "The inbound directory provisioning feature is not enabled for this tenant"))
  }
}

/**
 * The connection named by the path, when the feature is on and its strategy has directory provisioning. No
 * recording shows Auth0's answer for another strategy: the engine answers the 400 `operation_not_supported`
 * Auth0 gives for a connection feature a strategy lacks ("Cross App Access Requesting App is not supported for
 * this connection."), worded for this feature.
 */
export const directoryEntry = (ctx: RequestContext): Entry => {
  const entry = existing(ctx)
  if (!DIRECTORY_STRATEGIES.has(entry.strategy)) {
    reject(failure(400, "Directory provisioning is not supported for this connection.", "operation_not_supported"))
  }
  return entry
}

/** The connection's sub-resources when it has a directory-provisioning configuration; otherwise the plain 404. */
export const configured = (ctx: RequestContext, entry: Entry): SubResources & { readonly directory: JsonObject } => {
  const sub = ctx.state.store.sub.get(entry.id)
  return sub?.directory === undefined ? reject(notFound()) : (sub as SubResources & { readonly directory: JsonObject })
}

/** A configuration going out: the stored fields plus the latest synchronization's status at `now`. */
export const present = (sub: SubResources & { readonly directory: JsonObject }, now: number): JsonObject => {
  const out = clone(sub.directory)
  if (sub.synchronization !== undefined) {
    const { since, status } = synchronizationStatus(sub.synchronization, now)
    out.last_synchronization_at = iso(since)
    out.last_synchronization_status = status
  }
  return out
}

/** `GET`: the configuration, or 404 when none was created. */
export const get: Handler = (ctx) => {
  requireFeature(ctx)
  return { status: 200, body: present(configured(ctx, directoryEntry(ctx)), ctx.now) }
}

/** `POST`: 201 with the new configuration (Auth0's defaults for what the body leaves out); 409 when one exists. */
export const create: Handler = (ctx) => {
  requireFeature(ctx)
  const input = readBody(optionalBody(ctx), Schemas.directoryProvisioning) as JsonObject
  const entry = directoryEntry(ctx)
  if (ctx.state.store.sub.get(entry.id)?.directory !== undefined) {
    return failure(409, "Directory provisioning is already enabled on the specified connection")
  }
  const directory = newConfiguration(entry, input, ctx.now)
  const sub = ctx.state.store.subOf(entry.id)
  sub.directory = directory
  return { status: 201, body: present({ ...sub, directory }, ctx.now) }
}

/** `PATCH`: changes the fields the body has (`mapping` is replaced); 404 when there is no configuration. */
export const update: Handler = (ctx) => {
  requireFeature(ctx)
  const input = readBody(optionalBody(ctx), Schemas.directoryProvisioning) as JsonObject
  const sub = configured(ctx, directoryEntry(ctx))
  const directory: JsonObject = { ...sub.directory, updated_at: iso(ctx.now) }
  for (const key of ["mapping", "synchronize_automatically", "synchronize_groups"]) {
    if (input[key] !== undefined) directory[key] = clone(input[key])
  }
  const stored = ctx.state.store.subOf(ctx.id)
  stored.directory = directory
  return { status: 200, body: present({ ...stored, directory }, ctx.now) }
}

/** `DELETE`: removes the configuration, its synchronization and its groups; 204 whether or not there was one. */
export const remove: Handler = (ctx) => {
  requireFeature(ctx)
  const entry = directoryEntry(ctx)
  const sub = ctx.state.store.sub.get(entry.id)
  if (sub !== undefined) {
    delete sub.directory
    delete sub.synchronization
    delete sub.groups
  }
  return { status: 204, body: undefined }
}

/** `GET …/default-mapping`: Auth0's default mapping for a Google Workspace directory. */
export const defaultMappingOf: Handler = (ctx) => {
  requireFeature(ctx)
  directoryEntry(ctx)
  return { status: 200, body: { mapping: defaultDirectoryMapping() } }
}

/** `POST …/synchronizations`: 201 with a pending synchronization; 409 while the previous one has not completed. */
export const synchronize: Handler = (ctx) => {
  requireFeature(ctx)
  const sub = configured(ctx, directoryEntry(ctx))
  if (synchronizationActive(sub.synchronization, ctx.now)) {
    return failure(409, "A synchronization has already been requested or is in progress for the connection")
  }
  const id = nextSynchronizationId(ctx.state)
  ctx.state.store.subOf(ctx.id).synchronization = { id, requestedAt: ctx.now }
  return { status: 201, body: { connection_id: ctx.id, synchronization_id: id, status: "pending" } }
}
