/**
 * A small JSON-schema validator that reports its first problem with z-schema's wording, which is what Auth0's
 * `Payload validation error: …` messages use.
 *
 * @internal
 */
import { EMAIL_PATTERN } from "@effect-auth0/domain/Identifiers"
import { codePointLength } from "@effect-auth0/domain/TextLength"
import { isRecord } from "effect/Predicate"
import { type Location, reject, showValue, validationError } from "./errors.js"
import { has, type JsonObject, typeName } from "./json.js"

/** JSON types as JSON schema names them. */
export type JsonType = "object" | "array" | "string" | "integer" | "number" | "boolean" | "null"

/** The subset of JSON schema the engine needs. */
export interface JsonSchema {
  readonly type?: JsonType | ReadonlyArray<JsonType>
  readonly description?: string
  readonly properties?: { readonly [key: string]: JsonSchema }
  readonly required?: ReadonlyArray<string>
  /** `false` forbids unknown keys; a schema validates each of them; absent or `true` accepts anything. */
  readonly additionalProperties?: boolean | JsonSchema
  readonly minProperties?: number
  readonly maxProperties?: number
  readonly items?: JsonSchema
  readonly minItems?: number
  readonly maxItems?: number
  readonly uniqueItems?: boolean
  readonly minLength?: number
  readonly maxLength?: number
  readonly pattern?: string
  readonly enum?: ReadonlyArray<string | number | boolean | null>
  readonly minimum?: number
  readonly maximum?: number
  /** Custom format checks (`email`, `uri`). */
  readonly format?: "email" | "uri"
}

/** One problem: the z-schema rule text, the property path (`""` for the root) and the description there. */
export interface Problem {
  readonly rule: string
  readonly path: string
  readonly description?: string | undefined
}

const matchesType = (t: JsonType, value: unknown): boolean => {
  switch (t) {
    case "null":
      return value === null
    case "array":
      return Array.isArray(value)
    case "object":
      return isRecord(value)
    case "integer":
      return typeof value === "number" && Number.isInteger(value)
    case "number":
      return typeof value === "number"
    case "string":
      return typeof value === "string"
    case "boolean":
      return typeof value === "boolean"
  }
}

const compiled = new Map<string, RegExp>()
const regex = (pattern: string): RegExp => {
  let r = compiled.get(pattern)
  if (r === undefined) {
    r = new RegExp(pattern, "u")
    compiled.set(pattern, r)
  }
  return r
}

const EMAIL = EMAIL_PATTERN

const join = (path: string, key: string): string => (path === "" ? key : `${path}.${key}`)

/** The first problem of `value` against `schema`, or `undefined` when it is valid. */
export const check = (schema: JsonSchema, value: unknown, path: string = ""): Problem | undefined => {
  const at = (rule: string): Problem => ({ rule, path, description: schema.description })
  if (schema.type !== undefined) {
    const types: ReadonlyArray<JsonType> = typeof schema.type === "string" ? [schema.type] : schema.type
    if (!types.some((t) => matchesType(t, value))) {
      return at(`Expected type ${types.join(",")} but found type ${typeName(value)}`)
    }
  }
  if (schema.enum !== undefined && !schema.enum.some((e) => e === value)) {
    return at(`No enum match for: ${showValue(value)}`)
  }
  if (typeof value === "string") {
    // Code points, as z-schema counts them (the domain counts the same way).
    const length = codePointLength(value)
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      return at(`String is too long (${length} chars), maximum ${schema.maxLength}`)
    }
    if (schema.minLength !== undefined && length < schema.minLength) {
      return at(`String is too short (${length} chars), minimum ${schema.minLength}`)
    }
    if (schema.pattern !== undefined && !regex(schema.pattern).test(value)) {
      return at(`String does not match pattern ${schema.pattern}: ${showValue(value)}`)
    }
    if (schema.format === "email" && !EMAIL.test(value)) {
      return at(`Object didn't pass validation for format email: ${showValue(value)}`)
    }
    if (schema.format === "uri" && !/^https?:\/\/[^\s]+$/.test(value)) {
      return at(`Object didn't pass validation for format uri: ${showValue(value)}`)
    }
  }
  if (typeof value === "number") {
    if (schema.maximum !== undefined && value > schema.maximum) return at(`Value ${value} is greater than maximum ${schema.maximum}`)
    if (schema.minimum !== undefined && value < schema.minimum) return at(`Value ${value} is less than minimum ${schema.minimum}`)
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return at(`Array is too long (${value.length}), maximum ${schema.maxItems}`)
    if (schema.minItems !== undefined && value.length < schema.minItems) return at(`Array is too short (${value.length}), minimum ${schema.minItems}`)
    if (schema.uniqueItems === true) {
      const seen = new Map<string, number>()
      for (let i = 0; i < value.length; i++) {
        const key = JSON.stringify(value[i])
        const first = seen.get(key)
        if (first !== undefined) return at(`Array items are not unique (indexes ${first} and ${i})`)
        seen.set(key, i)
      }
    }
    if (schema.items !== undefined) {
      for (let i = 0; i < value.length; i++) {
        const problem = check(schema.items, value[i], `${path}[${i}]`)
        if (problem !== undefined) return problem
      }
    }
  }
  if (isRecord(value)) {
    const keys = Object.keys(value)
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
      return at(`Too many properties defined (${keys.length}), maximum ${schema.maxProperties}`)
    }
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
      return at(`Too few properties defined (${keys.length}), minimum ${schema.minProperties}`)
    }
    for (const key of schema.required ?? []) {
      if (!has(value, key)) return at(`Missing required property: ${key}`)
    }
    const props = schema.properties ?? {}
    if (schema.additionalProperties === false) {
      const extra = keys.filter((k) => !Object.prototype.hasOwnProperty.call(props, k))
      if (extra.length > 0) return at(`Additional properties not allowed: ${extra.map(showValue).join(",")}`)
    }
    for (const key of keys) {
      const sub = Object.prototype.hasOwnProperty.call(props, key)
        ? props[key]
        : typeof schema.additionalProperties === "object"
        ? schema.additionalProperties
        : undefined
      if (sub !== undefined) {
        const problem = check(sub, (value as JsonObject)[key], join(path, key))
        if (problem !== undefined) return problem
      }
    }
  }
  return undefined
}

/** Validates, rejecting the request with Auth0's 400 for the first problem. */
export const validate = (location: Location, schema: JsonSchema, value: unknown): void => {
  const problem = check(schema, value)
  if (problem !== undefined) reject(validationError(location, problem.rule, problem.path, problem.description))
}
