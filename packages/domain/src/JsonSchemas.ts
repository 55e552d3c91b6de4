/**
 * JSON Schema documents for the request and response bodies, generated from the Effect Schemas with
 * `JSONSchema.make`. `scripts/generate-json-schema.ts` writes them to `json-schema/`, and a test fails when a
 * committed file no longer matches.
 *
 * @since 0.0.0
 */
import * as JSONSchema from "effect/JSONSchema"
import type * as Schema from "effect/Schema"
import { Connection } from "./Connection.js"
import { CreateConnection, UpdateConnection } from "./ConnectionRequest.js"

/**
 * A JSON value, as found in a JSON Schema document.
 *
 * @since 0.0.0
 */
export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

/**
 * One generated file: its name inside `json-schema/` and the schema it describes.
 *
 * @since 0.0.0
 */
export interface JsonSchemaFile {
  readonly fileName: string
  readonly schema: Schema.Schema<any, any, never>
}

/**
 * The generated files: the bodies of `POST` and `PATCH /connections` and the connection Auth0 returns.
 *
 * @since 0.0.0
 */
export const FILES: ReadonlyArray<JsonSchemaFile> = [
  { fileName: "CreateConnection.schema.json", schema: CreateConnection },
  { fileName: "UpdateConnection.schema.json", schema: UpdateConnection },
  { fileName: "Connection.schema.json", schema: Connection }
]

const isObject = (value: unknown): value is { readonly [key: string]: unknown } =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const isEffectUnknown = (value: { readonly [key: string]: unknown }): boolean =>
  value["$id"] === "/schemas/unknown" && Object.keys(value).every((k) => k === "$id" || k === "title")

/**
 * Makes `JSONSchema.make` output say what decoding does, in the plainest JSON Schema:
 *
 * - `unknown` becomes `{}` (any value). Effect writes `{"$id": "/schemas/unknown"}` at every use, and one
 *   `$id` repeated across a document is an error for validators such as Ajv.
 * - A record keyed by a refined string (our open objects, whose extra keys are kept) comes out as
 *   `patternProperties: {"": S}`: that is `additionalProperties: S` spelled differently, and
 *   `additionalProperties` is what readers and code generators understand (`true` when `S` is `{}`).
 *
 * @since 0.0.0
 */
export const normalize = (value: unknown): Json => {
  if (Array.isArray(value)) return value.map(normalize)
  if (!isObject(value)) return value as Json
  if (isEffectUnknown(value)) return {}
  const out: { [key: string]: Json } = {}
  for (const [key, child] of Object.entries(value)) out[key] = normalize(child)
  const pattern = out["patternProperties"]
  if (isObject(pattern) && Object.keys(pattern).length === 1 && "" in pattern) {
    const every = pattern[""] as Json
    delete out["patternProperties"]
    // A schema that already states `additionalProperties` (an annotation) keeps it: it says more.
    if (!("additionalProperties" in out)) {
      out["additionalProperties"] = isObject(every) && Object.keys(every).length === 0 ? true : every
    }
  }
  return out
}

/**
 * The JSON Schema (draft-07) of a schema's encoded (JSON) side, normalized with {@link normalize}.
 *
 * @since 0.0.0
 */
export const make = (schema: Schema.Schema<any, any, never>): Json => normalize(JSONSchema.make(schema))

/**
 * The text of a schema file: two-space indented JSON with a trailing newline.
 *
 * @since 0.0.0
 */
export const render = (schema: Schema.Schema<any, any, never>): string => `${JSON.stringify(make(schema), null, 2)}\n`

/**
 * Every file of `json-schema/` with its expected content.
 *
 * @since 0.0.0
 */
export const generate = (): ReadonlyArray<{ readonly fileName: string; readonly content: string }> =>
  FILES.map(({ fileName, schema }) => ({ fileName, content: render(schema) }))
