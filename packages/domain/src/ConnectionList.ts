/**
 * `GET /connections`: query parameters for offset and checkpoint paging, and the three response shapes.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { show } from "./internal/format.js"
import { Connection } from "./Connection.js"
import { type Open, open, optional } from "./ConnectionOptions.js"
import { Cursor } from "./Identifiers.js"
import { ListStrategy } from "./Strategy.js"

const opt = optional
const pageSize = (max: number) =>
  Schema.Int.pipe(Schema.between(1, max, { message: (i) => `must be an integer from 1 to ${max} (got ${show(i.actual)})` }))

/**
 * The largest `per_page` of offset paging.
 *
 * @since 0.0.0
 */
export const MAX_PER_PAGE = 100

/**
 * The largest `take` of checkpoint paging.
 *
 * @since 0.0.0
 */
export const MAX_TAKE = 100

/**
 * Filters shared by both paging modes.
 *
 * @since 0.0.0
 */
export const listFilterFields = {
  strategy: opt(Schema.Array(ListStrategy)),
  name: opt(Schema.String),
  fields: opt(Schema.Array(Schema.String)),
  include_fields: opt(Schema.Boolean)
}

/**
 * Offset paging: `page` (from 0), `per_page` (1–100), `include_totals`. Auth0 stops offset paging at 1000 records.
 *
 * @since 0.0.0
 */
export const OffsetListParams = Schema.Struct({
  ...listFilterFields,
  page: opt(Schema.Int.pipe(Schema.greaterThanOrEqualTo(0, { message: () => "must be an integer ≥ 0" }))),
  per_page: opt(pageSize(MAX_PER_PAGE)),
  include_totals: opt(Schema.Boolean)
}).annotations({ identifier: "OffsetListParams" })

/**
 * @since 0.0.0
 */
export type OffsetListParams = typeof OffsetListParams.Type

/**
 * Checkpoint paging fields: `from` (a previous page's `next`) and `take` (1–100, default 50). Every checkpoint list
 * of the connections API takes them (connections, the tenant-wide SCIM and directory-provisioning lists,
 * synchronized groups).
 *
 * @since 0.0.0
 */
export const checkpointFields = {
  from: opt(Cursor),
  take: opt(pageSize(MAX_TAKE))
}

/**
 * The query of a checkpoint list without filters.
 *
 * @since 0.0.0
 */
export const CheckpointParams = Schema.Struct(checkpointFields).annotations({ identifier: "CheckpointParams" })

/**
 * @since 0.0.0
 */
export type CheckpointParams = typeof CheckpointParams.Type

/**
 * Checkpoint paging: `from` (a previous page's `next`) and `take` (1–100, default 50).
 *
 * @since 0.0.0
 */
export const CheckpointListParams = Schema.Struct({
  ...listFilterFields,
  ...checkpointFields
}).annotations({ identifier: "CheckpointListParams" })

/**
 * @since 0.0.0
 */
export type CheckpointListParams = typeof CheckpointListParams.Type

/**
 * Response shape 1: a bare array (no `include_totals`, no `from`/`take`).
 *
 * @since 0.0.0
 */
export const ConnectionArray: Schema.Array$<typeof Connection> = Schema.Array(Connection).annotations({ identifier: "ConnectionArray" })

// The page fields are typed by hand so declarations name `Connection` instead of repeating its structure.
const totalsPageFields: {
  total: typeof Schema.JsonNumber
  start: typeof Schema.JsonNumber
  limit: typeof Schema.JsonNumber
  connections: Schema.Array$<typeof Connection>
} = {
  total: Schema.JsonNumber,
  start: Schema.JsonNumber,
  limit: Schema.JsonNumber,
  connections: Schema.Array(Connection)
}

/**
 * Response shape 2: offset page with totals (`include_totals=true`).
 *
 * @since 0.0.0
 */
export const ConnectionsTotalsPage: Open<typeof totalsPageFields> = open(totalsPageFields).annotations({
  identifier: "ConnectionsTotalsPage"
})

/**
 * @since 0.0.0
 */
export type ConnectionsTotalsPage = typeof ConnectionsTotalsPage.Type

const checkpointPageFields: {
  connections: Schema.Array$<typeof Connection>
  next: Schema.optionalWith<typeof Cursor, { exact: true }>
} = {
  connections: Schema.Array(Connection),
  next: opt(Cursor)
}

/**
 * Response shape 3: checkpoint page; `next` is absent on the last page.
 *
 * @since 0.0.0
 */
export const ConnectionsCheckpointPage: Open<typeof checkpointPageFields> = open(checkpointPageFields).annotations({
  identifier: "ConnectionsCheckpointPage"
})

/**
 * @since 0.0.0
 */
export type ConnectionsCheckpointPage = typeof ConnectionsCheckpointPage.Type

/**
 * Any of the three shapes `GET /connections` may return.
 *
 * @since 0.0.0
 */
export const ListConnectionsResponse: Schema.Union<[
  typeof ConnectionArray,
  typeof ConnectionsTotalsPage,
  typeof ConnectionsCheckpointPage
]> = Schema.Union(ConnectionArray, ConnectionsTotalsPage, ConnectionsCheckpointPage).annotations({
  identifier: "ListConnectionsResponse"
})

/**
 * @since 0.0.0
 */
export type ListConnectionsResponse = typeof ListConnectionsResponse.Type
