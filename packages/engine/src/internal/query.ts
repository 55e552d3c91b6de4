/**
 * Query-string parsing with Auth0's coercions and `Query validation error: …` messages.
 *
 * @internal
 */
import { MAX_TAKE } from "@effect-auth0/domain/ConnectionList"
import { CURSOR_MAX_LENGTH } from "@effect-auth0/domain/Identifiers"
import { reject, validationError } from "./errors.js"
import { check, type JsonSchema } from "./validator.js"

/** How one query parameter is read. */
export interface QueryParam {
  readonly kind: "integer" | "boolean" | "string" | "array"
  readonly schema: JsonSchema
}

/** The parameters an endpoint reads, by name. */
export type QuerySpec = { readonly [key: string]: QueryParam }

/** Parsed parameters (only those present). */
export type ParsedQuery = { readonly [key: string]: number | boolean | string | ReadonlyArray<string> | undefined }

const coerce = (kind: QueryParam["kind"], raw: string): number | boolean | string | { readonly wrong: string } => {
  switch (kind) {
    case "integer": {
      if (/^-?\d{1,15}$/.test(raw)) return Number(raw)
      return { wrong: /^-?(\d+\.\d*|\.\d+|\d{16,})$/.test(raw) ? "number" : "string" }
    }
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : { wrong: "string" }
    default:
      return raw
  }
}

/** Reads and validates the parameters in `spec`; unknown parameters are ignored, as Auth0 does for most. */
export const parseQuery = (
  query: ReadonlyArray<readonly [string, string]>,
  spec: QuerySpec
): ParsedQuery => {
  const values = new Map<string, Array<string>>()
  for (const pair of query) {
    if (!Array.isArray(pair) || typeof pair[0] !== "string" || typeof pair[1] !== "string") continue
    const [key, value] = pair
    if (!Object.prototype.hasOwnProperty.call(spec, key)) continue
    const list = values.get(key)
    if (list === undefined) values.set(key, [value])
    else list.push(value)
  }
  const out: Record<string, number | boolean | string | ReadonlyArray<string>> = {}
  for (const key of Object.keys(spec)) {
    const param = spec[key]!
    const raw = values.get(key)
    if (raw === undefined) continue
    let value: number | boolean | string | ReadonlyArray<string>
    if (param.kind === "array") {
      value = raw
    } else {
      if (raw.length > 1) {
        return reject(validationError("Query", `Expected type ${param.kind} but found type array`, key, param.schema.description))
      }
      const coerced = coerce(param.kind, raw[0]!)
      if (typeof coerced === "object") {
        return reject(validationError("Query", `Expected type ${param.kind} but found type ${coerced.wrong}`, key, param.schema.description))
      }
      value = coerced
    }
    const problem = check(param.schema, value, key)
    if (problem !== undefined) return reject(validationError("Query", problem.rule, problem.path, problem.description))
    out[key] = value
  }
  return out
}


/**
 * `take` (1–100) and `from` of the checkpoint lists below the connections (the tenant-wide SCIM and
 * directory-provisioning lists, synchronized groups).
 */
export const CHECKPOINT_QUERY: QuerySpec = {
  take: { kind: "integer", schema: { type: "integer", minimum: 1, maximum: MAX_TAKE, description: "Number of results per page. Defaults to 50." } },
  from: { kind: "string", schema: { type: "string", maxLength: CURSOR_MAX_LENGTH, description: "Optional Id from which to start selection." } }
}
