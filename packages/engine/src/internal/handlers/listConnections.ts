/**
 * `GET /connections`: offset paging (`page`, `per_page`, `include_totals`) or checkpoint paging (`from`, `take`),
 * filtered by `strategy` and `name`, projected by `fields`.
 *
 * @internal
 */
import { MAX_PER_PAGE, MAX_TAKE } from "@effect-auth0/domain/ConnectionList"
import { CURSOR_MAX_LENGTH } from "@effect-auth0/domain/Identifiers"
import { type Handler, readQuery, type RequestContext } from "../context.js"
import { decodeConnectionCursor, encodeConnectionCursor } from "../cursors.js"
import type { EngineResponse } from "../protocol.js"
import { present, type Projection, projectionOf } from "../presentation.js"
import type { ParsedQuery, QuerySpec } from "../query.js"
import * as Schemas from "../schemas.js"
import { compareKeys, type Entry } from "../store.js"

/** `fields` and `include_fields`: the projection `GET /connections` and `GET /connections/{id}` accept. */
export const fieldsQuery: QuerySpec = {
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

const listQuery: QuerySpec = {
  per_page: {
    kind: "integer",
    schema: { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, description: "The amount of entries per page. Defaults to 100 if not provided" }
  },
  page: { kind: "integer", schema: { type: "integer", minimum: 0, description: "The page number. Zero based" } },
  include_totals: {
    kind: "boolean",
    schema: {
      type: "boolean",
      description: "Return results inside an object that contains the total result count (true) or as a direct array of results (false, default)."
    }
  },
  from: { kind: "string", schema: { type: "string", maxLength: CURSOR_MAX_LENGTH, description: "Optional Id from which to start selection." } },
  take: { kind: "integer", schema: { type: "integer", minimum: 1, maximum: MAX_TAKE, description: "Number of results per page. Defaults to 50." } },
  strategy: {
    kind: "array",
    schema: {
      type: "array",
      description: "Provide strategies to only retrieve connections with such strategies",
      items: { type: "string", enum: Schemas.LIST_STRATEGIES, description: "Provide strategies to only retrieve connections with such strategies" }
    }
  },
  name: { kind: "string", schema: { type: "string", description: "Provide the name of the connection to retrieve" } },
  ...fieldsQuery
}

/** What a list request asks for once its query is read. */
interface Listing {
  readonly ctx: RequestContext
  readonly q: ParsedQuery
  readonly projection: Projection | undefined
  /** The `name` filter, when given. */
  readonly name: string | undefined
  readonly strategies: ReadonlySet<string> | undefined
  readonly matches: (e: Entry) => boolean
}

/** The one connection a `name` filter can match (names are unique, case-insensitively). */
const byName = (l: Listing, name: string): Array<Entry> => {
  const e = l.ctx.state.store.named(name)
  return e !== undefined && l.matches(e) ? [e] : []
}

const checkpointPage = (l: Listing): EngineResponse => {
  const take = typeof l.q.take === "number" ? l.q.take : 50
  const after = typeof l.q.from === "string" && l.q.from.length > 0 ? decodeConnectionCursor(l.q.from) : undefined
  const page: Array<Entry> = []
  let more = false
  if (l.name !== undefined) {
    page.push(...byName(l, l.name).filter((e) => after === undefined || compareKeys(e, after) > 0))
  } else {
    for (const e of l.ctx.state.store.sorted.after(after)) {
      if (!l.matches(e)) continue
      if (page.length === take) {
        more = true
        break
      }
      page.push(e)
    }
  }
  const connections = page.map((e) => present(e, l.ctx.request.scopes, l.projection))
  return { status: 200, body: more ? { connections, next: encodeConnectionCursor(page[page.length - 1]!) } : { connections } }
}

const offsetPage = (l: Listing): EngineResponse => {
  const perPage = typeof l.q.per_page === "number" ? l.q.per_page : 100
  const start = (typeof l.q.page === "number" ? l.q.page : 0) * perPage
  const sorted = l.ctx.state.store.sorted
  let total: number
  let slice: ReadonlyArray<Entry>
  if (l.name === undefined && l.strategies === undefined) {
    // No filter: the sorted index pages without materialising the list.
    total = sorted.size
    slice = sorted.slice(start, start + perPage)
  } else {
    const all = l.name !== undefined ? byName(l, l.name) : sorted.toArray().filter(l.matches)
    total = all.length
    slice = all.slice(start, start + perPage)
  }
  const connections = slice.map((e) => present(e, l.ctx.request.scopes, l.projection))
  return { status: 200, body: l.q.include_totals === true ? { total, start, limit: perPage, connections } : connections }
}

/** `GET /connections`: checkpoint paging when `from` or `take` is present, offset paging otherwise. */
export const list: Handler = (ctx) => {
  const q = readQuery(ctx, listQuery)
  const strategies = Array.isArray(q.strategy) ? new Set<string>(q.strategy) : undefined
  const name = typeof q.name === "string" ? q.name : undefined
  const listing: Listing = {
    ctx,
    q,
    projection: projectionOf(q),
    name,
    strategies,
    matches: (e) => (strategies === undefined || strategies.has(e.strategy)) && (name === undefined || e.name === name)
  }
  return q.take !== undefined || q.from !== undefined ? checkpointPage(listing) : offsetPage(listing)
}
