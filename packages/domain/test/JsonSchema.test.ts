/**
 * The committed `json-schema/*.schema.json` files are what the Schemas generate today, and they say what
 * decoding does: open objects allow additional properties, the create and update bodies do not.
 */
import { describe, expect, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import * as JsonSchemas from "@effect-auth0/domain/JsonSchemas"

type JsonObject = { readonly [key: string]: unknown }

const directory = new URL("../json-schema/", import.meta.url)
const committed = (fileName: string): string | undefined => {
  try {
    return readFileSync(new URL(fileName, directory), "utf8")
  } catch {
    return undefined
  }
}
const generated = JsonSchemas.generate()
const document = (fileName: string): JsonObject => {
  const file = generated.find((f) => f.fileName === fileName)
  if (file === undefined) throw new Error(`${fileName} is not generated`)
  return JSON.parse(file.content) as JsonObject
}
const defs = (fileName: string) => document(fileName)["$defs"] as Record<string, JsonObject>

/** Every sub-schema of a document, depth first. */
const walk = function*(value: unknown): Generator<JsonObject> {
  if (Array.isArray(value)) for (const item of value) yield* walk(item)
  else if (typeof value === "object" && value !== null) {
    yield value as JsonObject
    for (const child of Object.values(value)) yield* walk(child)
  }
}

describe("committed JSON Schema files", () => {
  it("are exactly the three documented files", () => {
    expect(generated.map((f) => f.fileName)).toEqual([
      "CreateConnection.schema.json",
      "UpdateConnection.schema.json",
      "Connection.schema.json"
    ])
  })

  for (const { content, fileName } of generated) {
    it(`${fileName} is up to date`, () => {
      const onDisk = committed(fileName)
      const hint = `json-schema/${fileName} is stale or missing: run \`npm run generate:json-schema -w @effect-auth0/domain\` and commit the result`
      expect(onDisk !== undefined && onDisk === content, hint).toBe(true)
    })
  }

  it("are pretty-printed JSON with a trailing newline", () => {
    for (const { content } of generated) {
      expect(content.endsWith("}\n")).toBe(true)
      expect(content).toBe(`${JSON.stringify(JSON.parse(content), null, 2)}\n`)
      expect(JSON.parse(content)).toMatchObject({ $schema: "http://json-schema.org/draft-07/schema#" })
    }
  })
})

describe("what the JSON Schema says", () => {
  it("CreateConnection: closed top level, open options", () => {
    const create = defs("CreateConnection.schema.json")
    const variants = ((create["CreateConnection"]!["anyOf"]) as ReadonlyArray<{ $ref: string }>).map((r) => r.$ref.replace("#/$defs/", ""))
    expect(variants).toHaveLength(13)
    for (const variant of variants) {
      const body = create[variant]!
      expect(body["additionalProperties"], variant).toBe(false)
      expect(body["required"], variant).toEqual(["name", "strategy"])
      const options = (body["properties"] as Record<string, { $ref: string }>)["options"]!.$ref.replace("#/$defs/", "")
      expect(create[options]!["additionalProperties"], options).toBe(true)
    }
    expect(create["ConnectionName"]).toMatchObject({ type: "string", minLength: 1, maxLength: 128, pattern: "^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$" })
    expect(create["DisplayName"]).toMatchObject({ type: "string", maxLength: 128 })
    expect(create["MetadataWrite"]).toMatchObject({
      type: "object",
      maxProperties: 10,
      additionalProperties: { type: ["string", "null"], maxLength: 255 }
    })
    // Secrets are plain strings on the wire.
    expect(create["Secret"]).toEqual({ type: "string" })
  })

  it("UpdateConnection: closed, at least one property, no name or strategy, open options", () => {
    const update = defs("UpdateConnection.schema.json")["UpdateConnection"]!
    expect(update).toMatchObject({ type: "object", additionalProperties: false, minProperties: 1 })
    expect(Object.keys(update["properties"] as object)).not.toContain("name")
    expect(Object.keys(update["properties"] as object)).not.toContain("strategy")
    // Any option key, any value (secrets included, as plain strings).
    const optionsWrite = defs("UpdateConnection.schema.json")["OptionsWrite"]!
    expect(optionsWrite).toMatchObject({ type: "object", additionalProperties: { $ref: "#/$defs/UnknownWrite" } })
    expect(defs("UpdateConnection.schema.json")["UnknownWrite"]).toEqual({})
  })

  it("Connection: every variant and its options allow additional properties", () => {
    const connection = defs("Connection.schema.json")
    const objects = Object.entries(connection).filter(([name]) => /Connection$|Options$/.test(name) && name !== "KnownConnection" && name !== "Connection")
    expect(objects.length).toBeGreaterThanOrEqual(26)
    for (const [name, schema] of objects) expect(schema["additionalProperties"], name).toBe(true)
    expect(connection["UnknownStrategy"]).toMatchObject({ type: "string", not: { enum: expect.arrayContaining(["auth0", "samlp", "auth0-adldap"]) } })
  })

  it("has no Effect-internal `$id`s and no closed object where decoding keeps unknown keys", () => {
    for (const { fileName } of generated) {
      for (const schema of walk(document(fileName))) {
        expect(schema["$id"], fileName).toBeUndefined()
        expect(schema["patternProperties"], fileName).toBeUndefined()
        // An object with a propertyNames rule is a record or an open struct: it must accept extra keys.
        if (schema["propertyNames"] !== undefined) expect(schema["additionalProperties"], fileName).not.toBe(false)
      }
    }
  })
})

describe("JsonSchemas.normalize", () => {
  it("turns Effect's unknown into {} and an every-key patternProperties into additionalProperties", () => {
    expect(JsonSchemas.normalize({ $id: "/schemas/unknown", title: "unknown" })).toEqual({})
    expect(JsonSchemas.normalize({ type: "object", patternProperties: { "": { $id: "/schemas/unknown", title: "unknown" } } })).toEqual({
      type: "object",
      additionalProperties: true
    })
    expect(JsonSchemas.normalize({ type: "object", patternProperties: { "": { type: "string" } } })).toEqual({
      type: "object",
      additionalProperties: { type: "string" }
    })
    // A real pattern is left alone.
    expect(JsonSchemas.normalize({ patternProperties: { "^x-": { type: "string" } } })).toEqual({ patternProperties: { "^x-": { type: "string" } } })
  })
})
