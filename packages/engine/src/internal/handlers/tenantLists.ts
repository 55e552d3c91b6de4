/**
 * The tenant-wide lists: `GET /connections-scim-configurations` and `GET /connections-directory-provisionings`,
 * every configuration of the tenant in connection-id order, checkpoint-paged (`from`/`take`).
 *
 * @internal
 */
import { type Handler, readQuery } from "../context.js"
import { idPage } from "../cursors.js"
import { clone, type JsonObject } from "../json.js"
import { CHECKPOINT_QUERY } from "../query.js"
import type { SubResources } from "../store.js"
import { present, requireFeature } from "./directoryProvisioning.js"

/** The connection ids whose sub-resources pass `has`, sorted (ids are unique, so the order is stable). */
const idsWith = (sub: ReadonlyMap<string, SubResources>, has: (s: SubResources) => boolean): Array<string> =>
  [...sub.entries()].filter(([, s]) => has(s)).map(([id]) => id).sort()

const itself = (id: string) => id

/** `GET /connections-scim-configurations`: `{scim_configurations, next?}`. */
export const listScimConfigurations: Handler = (ctx) => {
  const q = readQuery(ctx, CHECKPOINT_QUERY)
  const subs = ctx.state.store.sub
  const { next, page } = idPage("s1", idsWith(subs, (s) => s.scim !== undefined), itself, q)
  const scim_configurations = page.map((id) => clone(subs.get(id)!.scim!))
  return { status: 200, body: next === undefined ? { scim_configurations } : { scim_configurations, next } }
}

/** `GET /connections-directory-provisionings`: `{directory_provisionings, next?}`; 403 when the feature is off. */
export const listDirectoryProvisionings: Handler = (ctx) => {
  requireFeature(ctx)
  const q = readQuery(ctx, CHECKPOINT_QUERY)
  const subs = ctx.state.store.sub
  const { next, page } = idPage("d1", idsWith(subs, (s) => s.directory !== undefined), itself, q)
  const directory_provisionings = page.map((id) => {
    const sub = subs.get(id)! as SubResources & { readonly directory: JsonObject }
    return present(sub, ctx.now)
  })
  return { status: 200, body: next === undefined ? { directory_provisionings } : { directory_provisionings, next } }
}
