/**
 * Connection metadata: at most 10 keys, string values of at most 255 characters (code points, as Auth0 counts).
 * Any key is accepted, the empty one too: Auth0's schema constrains only the count and the values.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { SafeKey } from "./ConnectionOptions.js"
import { codePointLength, maxCodePoints } from "./TextLength.js"

/**
 * The most keys Auth0 accepts in `metadata`.
 *
 * @since 0.0.0
 */
export const MAX_METADATA_KEYS = 10

/**
 * The longest metadata value Auth0 accepts.
 *
 * @since 0.0.0
 */
export const MAX_METADATA_VALUE_LENGTH = 255

/**
 * A metadata value: a string of at most 255 code points.
 *
 * @since 0.0.0
 */
export const MetadataValue = Schema.String.pipe(
  maxCodePoints(MAX_METADATA_VALUE_LENGTH),
  Schema.annotations({ identifier: "MetadataValue" })
)

/**
 * A metadata key: any string but `__proto__` (Auth0 accepts the empty key; `__proto__` could not be kept safely).
 *
 * @since 0.0.0
 */
export const MetadataKey = SafeKey.annotations({ identifier: "MetadataKey" })

// One filter checks the key count and every value together, so a body with 11 keys *and* a 256-character value
// reports both problems (a refinement on top of a refined record would stay silent until the values pass).
const checks = (record: { readonly [key: string]: string | null }): ReadonlyArray<Schema.FilterIssue> => {
  const issues: Array<Schema.FilterIssue> = []
  const keys = Object.keys(record)
  if (keys.length > MAX_METADATA_KEYS) {
    issues.push({ path: [], message: `must have at most ${MAX_METADATA_KEYS} keys (got ${keys.length})` })
  }
  for (const key of keys) {
    const value = record[key]
    const length = typeof value === "string" ? codePointLength(value) : 0
    if (length > MAX_METADATA_VALUE_LENGTH) {
      issues.push({ path: [key], message: `must be at most ${MAX_METADATA_VALUE_LENGTH} characters (got ${length})` })
    }
  }
  return issues
}

// `patternProperties` with the empty pattern (every key) is where JSONSchema.make puts the values of a record
// keyed by a refined string such as SafeKey, so the value limits go there too.
const jsonSchema = (valueType: string | ReadonlyArray<string>) => ({
  maxProperties: MAX_METADATA_KEYS,
  patternProperties: { "": { type: valueType, maxLength: MAX_METADATA_VALUE_LENGTH } }
})

/**
 * Metadata as returned by Auth0 and as sent on create: string values only.
 *
 * @since 0.0.0
 */
export const Metadata = Schema.Record({ key: SafeKey, value: Schema.String }).pipe(
  Schema.filter(checks, { jsonSchema: jsonSchema("string") }),
  Schema.annotations({
    identifier: "Metadata",
    description: "Metadata associated with the connection: at most 10 keys, string values of at most 255 characters"
  })
)

/**
 * @since 0.0.0
 */
export type Metadata = typeof Metadata.Type

/**
 * Metadata in a write: a `null` value is allowed (Auth0's schema accepts string or null values).
 *
 * @since 0.0.0
 */
export const MetadataWrite = Schema.Record({ key: SafeKey, value: Schema.NullOr(Schema.String) }).pipe(
  Schema.filter(checks, { jsonSchema: jsonSchema(["string", "null"]) }),
  Schema.annotations({
    identifier: "MetadataWrite",
    description: "Metadata in a create or update: at most 10 keys, values a string (≤255) or null"
  })
)

/**
 * @since 0.0.0
 */
export type MetadataWrite = typeof MetadataWrite.Type
