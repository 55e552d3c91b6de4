/**
 * Writes `json-schema/*.schema.json` from the domain Schemas: `npm run generate:json-schema -w @effect-auth0/domain`.
 * The content comes from `JsonSchemas.generate`, which `test/JsonSchema.test.ts` also uses to detect stale files.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { generate } from "@effect-auth0/domain/JsonSchemas"

const directory = new URL("../json-schema/", import.meta.url)
mkdirSync(directory, { recursive: true })
for (const { fileName, content } of generate()) {
  writeFileSync(new URL(fileName, directory), content)
  console.log(`wrote json-schema/${fileName} (${content.length} bytes)`)
}
