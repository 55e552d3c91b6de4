/**
 * `/connections/{id}/directory-provisioning/synchronized-groups`: the directory groups a Google Workspace
 * connection synchronizes (checkpoint-paged read; replace with `PUT`, add with `POST`, remove with `DELETE`).
 *
 * @internal
 */
import { type Handler, readBody, readQuery, type RequestContext } from "../context.js"
import { idPage } from "../cursors.js"
import { groupsById, synchronizationActive } from "../directoryDefaults.js"
import { failure } from "../errors.js"
import { clone, type JsonObject } from "../json.js"
import { CHECKPOINT_QUERY } from "../query.js"
import * as Schemas from "../schemas.js"
import type { SubResources } from "../store.js"
import { configured, directoryEntry, requireFeature } from "./directoryProvisioning.js"

const idOf = (group: JsonObject): string => group.id as string


/** The body's groups, and the connection's configured sub-resources (feature, strategy and configuration checked). */
const readChange = (ctx: RequestContext): { readonly groups: ReadonlyArray<JsonObject>; readonly sub: SubResources } => {
  requireFeature(ctx)
  const body = readBody(ctx.request.body, Schemas.synchronizedGroups) as { readonly groups: ReadonlyArray<JsonObject> }
  const sub = configured(ctx, directoryEntry(ctx))
  return { groups: body.groups, sub }
}

/** `GET`: the selected groups in id order, `take` at a time, with `next` while more remain. */
export const list: Handler = (ctx) => {
  requireFeature(ctx)
  const q = readQuery(ctx, CHECKPOINT_QUERY)
  const sub = configured(ctx, directoryEntry(ctx))
  const { next, page } = idPage("g1", sub.groups ?? [], idOf, q)
  const groups = page.map(clone)
  return { status: 200, body: next === undefined ? { groups } : { groups, next } }
}

/**
 * `PUT`: the selection becomes exactly the body's groups; 204. Auth0 documents a 409 here without saying when; the
 * engine answers it while a synchronization is pending or in progress (the selection it reads cannot change
 * under it), with the wording of the synchronization's own 409.
 */
export const replace: Handler = (ctx) => {
  const { groups, sub } = readChange(ctx)
  if (synchronizationActive(sub.synchronization, ctx.now)) {
    return failure(409, "The synchronized groups cannot be changed while a synchronization has been requested or is in progress for the connection")
  }
  ctx.state.store.subOf(ctx.id).groups = groupsById(groups)
  return { status: 204, body: undefined }
}

/** `POST` (documented only in Auth0's newest API docs): adds the body's groups to the selection; 204. */
export const add: Handler = (ctx) => {
  const { groups, sub } = readChange(ctx)
  ctx.state.store.subOf(ctx.id).groups = groupsById([...(sub.groups ?? []), ...groups])
  return { status: 204, body: undefined }
}

/** `DELETE` (documented only in Auth0's newest API docs): removes the body's groups (by id) from the selection; 204. */
export const removeSome: Handler = (ctx) => {
  const { groups, sub } = readChange(ctx)
  const gone = new Set(groups.map(idOf))
  ctx.state.store.subOf(ctx.id).groups = (sub.groups ?? []).filter((g) => !gone.has(idOf(g)))
  return { status: 204, body: undefined }
}
