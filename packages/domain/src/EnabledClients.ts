/**
 * The enabled-clients sub-resource: `GET/PATCH /connections/{id}/clients`.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { lengthOf, show } from "./internal/format.js"
import { open, optional } from "./ConnectionOptions.js"
import { ClientId, Cursor } from "./Identifiers.js"

/**
 * The most clients one `PATCH /connections/{id}/clients` may change.
 *
 * @since 0.0.0
 */
export const MAX_CLIENTS_PER_PATCH = 50

/**
 * One client the connection is enabled for.
 *
 * @since 0.0.0
 */
export const EnabledClient = open({ client_id: Schema.String }).annotations({ identifier: "EnabledClient" })

/**
 * @since 0.0.0
 */
export type EnabledClient = typeof EnabledClient.Type

/**
 * A page of enabled clients; `next` is absent on the last page.
 *
 * @since 0.0.0
 */
export const EnabledClientsPage = open({
  clients: Schema.Array(EnabledClient),
  next: optional(Cursor)
}).annotations({ identifier: "EnabledClientsPage" })

/**
 * @since 0.0.0
 */
export type EnabledClientsPage = typeof EnabledClientsPage.Type

/**
 * The largest `take` of `GET /connections/{id}/clients`.
 *
 * @since 0.0.0
 */
export const MAX_CLIENTS_TAKE = 1000

/**
 * Query of `GET /connections/{id}/clients`: `take` 1–1000 (default 50), `from` a previous `next`.
 *
 * @since 0.0.0
 */
export const EnabledClientsParams = Schema.Struct({
  take: optional(Schema.Int.pipe(Schema.between(1, MAX_CLIENTS_TAKE, { message: (i) => `must be an integer from 1 to ${MAX_CLIENTS_TAKE} (got ${show(i.actual)})` }))),
  from: optional(Cursor)
}).annotations({ identifier: "EnabledClientsParams" })

/**
 * @since 0.0.0
 */
export type EnabledClientsParams = typeof EnabledClientsParams.Type

/**
 * One change: `status: true` enables the connection for the client, `false` disables it.
 *
 * @since 0.0.0
 */
export const EnabledClientChange = Schema.Struct({ client_id: ClientId, status: Schema.Boolean }).annotations({
  identifier: "EnabledClientChange"
})

/**
 * @since 0.0.0
 */
export type EnabledClientChange = typeof EnabledClientChange.Type

/**
 * The body of `PATCH /connections/{id}/clients`: 1 to 50 changes.
 *
 * @since 0.0.0
 */
export const UpdateEnabledClients = Schema.Array(EnabledClientChange).pipe(
  Schema.minItems(1, { message: () => "must contain at least 1 change" }),
  Schema.maxItems(MAX_CLIENTS_PER_PATCH, { message: (i) => `must contain at most ${MAX_CLIENTS_PER_PATCH} changes (got ${lengthOf(i.actual)})` }),
  Schema.annotations({ identifier: "UpdateEnabledClients" })
)

/**
 * @since 0.0.0
 */
export type UpdateEnabledClients = typeof UpdateEnabledClients.Type
