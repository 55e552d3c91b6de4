/**
 * The tenant's applications (clients), as far as the connections API needs them: id and name, to name the clients
 * a connection is enabled for (`GET /api/v2/clients?fields=client_id,name`, checkpoint-paged).
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { open, optional } from "./ConnectionOptions.js"
import { ClientId, Cursor } from "./Identifiers.js"

/**
 * A client's id and name (unknown fields kept; secrets are never asked for).
 *
 * @since 0.0.0
 */
export const ClientSummary = open({ client_id: ClientId, name: Schema.String }).annotations({ identifier: "ClientSummary" })

/**
 * @since 0.0.0
 */
export type ClientSummary = typeof ClientSummary.Type

/**
 * A checkpoint page of `GET /clients`; `next` is absent on the last page.
 *
 * @since 0.0.0
 */
export const ClientsPage = open({
  clients: Schema.Array(ClientSummary),
  next: optional(Cursor)
}).annotations({ identifier: "ClientsPage" })

/**
 * @since 0.0.0
 */
export type ClientsPage = typeof ClientsPage.Type
