/**
 * `/connections/{id}/clients`: the clients a connection is enabled for (checkpoint-paged read, batch change).
 *
 * @internal
 */
import { MAX_CLIENTS_TAKE } from "@effect-auth0/domain/EnabledClients"
import { CURSOR_MAX_LENGTH } from "@effect-auth0/domain/Identifiers"
import { existing, type Handler, readBody, readQuery } from "../context.js"
import { decodeClientCursor, encodeClientCursor } from "../cursors.js"
import type { QuerySpec } from "../query.js"
import * as Schemas from "../schemas.js"
import { connectionOf, entryOf } from "../store.js"

const clientsQuery: QuerySpec = {
  take: {
    kind: "integer",
    schema: { type: "integer", minimum: 1, maximum: MAX_CLIENTS_TAKE, description: "Number of results per page. Defaults to 50." }
  },
  from: { kind: "string", schema: { type: "string", maxLength: CURSOR_MAX_LENGTH, description: "Optional Id from which to start selection." } }
}

/** `GET /connections/{id}/clients`: client ids in order, `take` at a time, with `next` while more remain. */
export const list: Handler = (ctx) => {
  const q = readQuery(ctx, clientsQuery)
  const take = typeof q.take === "number" ? q.take : 50
  const after = typeof q.from === "string" && q.from.length > 0 ? decodeClientCursor(q.from) : undefined
  const entry = existing(ctx)
  const ids = [...(connectionOf(entry).enabled_clients as ReadonlyArray<string>)].sort()
  let start = 0
  if (after !== undefined) {
    while (start < ids.length && ids[start]! <= after) start++
  }
  const page = ids.slice(start, start + take)
  const clients = page.map((client_id) => ({ client_id }))
  const more = start + take < ids.length
  return { status: 200, body: more ? { clients, next: encodeClientCursor(page[page.length - 1]!) } : { clients } }
}

/** `PATCH /connections/{id}/clients`: `status: true` enables, `false` disables; 204. */
export const change: Handler = (ctx) => {
  const changes = readBody(ctx.request.body, Schemas.updateEnabledClients) as ReadonlyArray<{ client_id: string; status: boolean }>
  const entry = existing(ctx)
  const connection = connectionOf(entry)
  const enabled = new Set(connection.enabled_clients as ReadonlyArray<string>)
  for (const c of changes) {
    if (c.status) enabled.add(c.client_id)
    else enabled.delete(c.client_id)
  }
  ctx.state.store.replace(entryOf(entry.id, { ...connection, enabled_clients: [...enabled] }))
  return { status: 204, body: undefined }
}
