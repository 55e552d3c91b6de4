import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Engine from "@effect-auth0/engine/Engine"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import { call } from "./helpers.js"

const withEmulator = <A, E>(f: (emulator: Emulator.Service) => Effect.Effect<A, E>) =>
  Effect.scoped(Effect.flatMap(Emulator.make(), f))

/** Every `$ref` in a JSON value. */
const refs = (value: unknown, out: Array<string> = []): Array<string> => {
  if (Array.isArray(value)) for (const v of value) refs(v, out)
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) k === "$ref" && typeof v === "string" ? out.push(v) : refs(v, out)
  }
  return out
}

describe("API docs", () => {
  it.live("the OpenAPI 3.1 document describes every engine endpoint, the token endpoint and the control plane", () =>
    withEmulator((emulator) =>
      Effect.gen(function*() {
        const answer = yield* call(`${emulator.baseUrl}/__emulator/openapi.json`)
        expect(answer.status).toBe(200)
        const doc = answer.body as any
        expect(doc.openapi).toBe("3.1.0")
        for (const endpoint of Engine.ENDPOINTS) {
          expect(doc.paths[`/api/v2${endpoint.path}`]?.[endpoint.method.toLowerCase()], `${endpoint.method} ${endpoint.path}`).toBeDefined()
        }
        expect(doc.paths["/oauth/token"].post).toBeDefined()
        for (const path of ["/__emulator/export", "/__emulator/import", "/__emulator/faults", "/__emulator/settings"]) expect(doc.paths[path]).toBeDefined()
        // Generated from the domain schemas: the create body is the domain's union, every reference resolves.
        const create = doc.paths["/api/v2/connections"].post
        expect(create.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/CreateConnection" })
        expect(doc.components.schemas.CreateConnection.anyOf.length).toBeGreaterThan(5)
        expect(create.responses["201"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Connection" })
        const names = doc.paths["/api/v2/connections"].get.parameters.map((p: any) => p.name)
        expect(names).toEqual(expect.arrayContaining(["strategy", "name", "fields", "page", "per_page", "include_totals", "from", "take"]))
        for (const ref of refs(doc)) {
          expect(ref.startsWith("#/components/schemas/"), ref).toBe(true)
          expect(doc.components.schemas[ref.slice("#/components/schemas/".length)], ref).toBeDefined()
        }
      })))

  it.live("Swagger UI and its assets come from the emulator itself (no CDN); other names are 404", () =>
    withEmulator((emulator) =>
      Effect.gen(function*() {
        const page = yield* call(`${emulator.baseUrl}/__emulator/docs`)
        expect(page.status).toBe(200)
        expect(page.headers.get("content-type")).toContain("text/html")
        expect(page.text).not.toMatch(/https?:\/\//)
        const bundle = yield* call(`${emulator.baseUrl}/__emulator/docs/swagger-ui-bundle.js`)
        expect(bundle.status).toBe(200)
        expect(bundle.headers.get("content-type")).toContain("javascript")
        expect(bundle.text).toContain("SwaggerUIBundle")
        expect((yield* call(`${emulator.baseUrl}/__emulator/docs/swagger-ui.css`)).status).toBe(200)
        expect((yield* call(`${emulator.baseUrl}/__emulator/docs/package.json`)).status).toBe(404)
        expect((yield* call(`${emulator.baseUrl}/__emulator/docs/..%2F..%2Fpackage.json`)).status).toBe(404)
      })))

  it.live("the admin page is plain HTML with no external assets; a fault can be removed by id", () =>
    withEmulator((emulator) =>
      Effect.gen(function*() {
        const page = yield* call(`${emulator.baseUrl}/__emulator/`)
        expect(page.status).toBe(200)
        expect(page.text).toContain("<table>")
        expect(page.text).not.toMatch(/(src|href)="https?:/)
        const [first, second] = yield* emulator.addFaults([{ path: "/a", status: 500 }, { path: "/b", status: 500 }])
        expect((yield* call(`${emulator.baseUrl}/__emulator/faults/${first!.id}`, { method: "DELETE" })).status).toBe(204)
        expect((yield* call(`${emulator.baseUrl}/__emulator/faults/${first!.id}`, { method: "DELETE" })).status).toBe(404)
        expect((yield* call(`${emulator.baseUrl}/__emulator/faults/x`, { method: "DELETE" })).status).toBe(400)
        expect((yield* emulator.faults).map((f) => f.id)).toEqual([second!.id])
      })))
})
