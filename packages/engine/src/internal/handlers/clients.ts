/**
 * `GET /clients`: the tenant's applications by id and name, in client-id order, checkpoint-paged (`from`/`take`),
 * projected by `fields`. The engine holds clients only as credentials for `/oauth/token`; a client secret is
 * never part of an answer.
 *
 * @internal
 */
import { type Handler, readQuery } from "../context.js"
import { idPage } from "../cursors.js"
import type { JsonObject } from "../json.js"
import { projectionOf } from "../presentation.js"
import { CHECKPOINT_QUERY } from "../query.js"
import { fieldsQuery } from "./listConnections.js"

const QUERY = { ...CHECKPOINT_QUERY, ...fieldsQuery }

/** The fields a client has here. */
const FIELDS = ["client_id", "name"] as const

/** `GET /clients`: `{clients, next?}` with `take` or `from`, a bare array without (as Auth0 answers). */
export const list: Handler = (ctx) => {
  const q = readQuery(ctx, QUERY)
  const projection = projectionOf(q)
  const keep = (field: string) => projection === undefined || projection.fields.has(field) === projection.include
  const sorted = [...ctx.state.clients.values()].sort((a, b) => (a.client_id < b.client_id ? -1 : a.client_id > b.client_id ? 1 : 0))
  const present = (client: { readonly client_id: string; readonly name?: string | undefined }): JsonObject => {
    const out: JsonObject = {}
    for (const field of FIELDS) {
      const value = field === "client_id" ? client.client_id : client.name ?? client.client_id
      if (keep(field)) out[field] = value
    }
    return out
  }
  if (q.take === undefined && q.from === undefined) return { status: 200, body: sorted.map(present) }
  const { next, page } = idPage("a1", sorted, (c) => c.client_id, q)
  const clients = page.map(present)
  return { status: 200, body: next === undefined ? { clients } : { clients, next } }
}
