/**
 * The OpenAPI 3.1 document of what the emulator implements, served at `/__emulator/openapi.json`: every endpoint
 * of the engine's route table (`Engine.ENDPOINTS`, so a new endpoint appears by itself), `POST /oauth/token` and the
 * control plane. Bodies are the domain's schemas (and the emulator's own seed and fault schemas) turned into JSON
 * Schema by `effect/JSONSchema`, never written by hand.
 */
import * as ApiError from "@effect-auth0/domain/ApiError"
import * as Clients from "@effect-auth0/domain/Clients"
import * as Connection from "@effect-auth0/domain/Connection"
import * as ConnectionKey from "@effect-auth0/domain/ConnectionKey"
import * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as DirectoryProvisioning from "@effect-auth0/domain/DirectoryProvisioning"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import { normalize } from "@effect-auth0/domain/JsonSchemas"
import * as Scim from "@effect-auth0/domain/Scim"
import * as Engine from "@effect-auth0/engine/Engine"
import * as JSONSchema from "effect/JSONSchema"
import * as Schema from "effect/Schema"
import * as Fault from "../Fault.js"
import { SeedSchema } from "./seed.js"

type AnySchema = Schema.Schema<any, any, never>

/** The bodies of one Management API endpoint and its success status. */
interface Bodies {
  readonly request?: AnySchema
  readonly response?: AnySchema
  readonly status: number
}

/** The bodies of the engine's endpoints, by `METHOD path`; an endpoint missing here is described without bodies. */
const API_BODIES: Readonly<Record<string, Bodies>> = {
  "GET /connections": { response: ConnectionList.ListConnectionsResponse, status: 200 },
  "POST /connections": { request: ConnectionRequest.CreateConnection, response: Connection.Connection, status: 201 },
  "GET /connections/{id}": { response: Connection.Connection, status: 200 },
  "PATCH /connections/{id}": { request: ConnectionRequest.UpdateConnection, response: Connection.Connection, status: 200 },
  "DELETE /connections/{id}": { status: 202 },
  "GET /connections/{id}/status": { status: 200 },
  "GET /connections/{id}/clients": { response: EnabledClients.EnabledClientsPage, status: 200 },
  "PATCH /connections/{id}/clients": { request: EnabledClients.UpdateEnabledClients, status: 204 },
  "DELETE /connections/{id}/users": { status: 204 },
  "GET /connections/{id}/keys": { response: ConnectionKey.ConnectionKeys, status: 200 },
  "POST /connections/{id}/keys": { request: ConnectionKey.KeysRequest, response: ConnectionKey.ConnectionKeys, status: 201 },
  "POST /connections/{id}/keys/rotate": { request: ConnectionKey.KeysRequest, response: ConnectionKey.RotatedKey, status: 201 },
  "GET /connections/{id}/scim-configuration": { response: Scim.ScimConfiguration, status: 200 },
  "POST /connections/{id}/scim-configuration": { request: Scim.CreateScimConfiguration, response: Scim.ScimConfiguration, status: 201 },
  "PATCH /connections/{id}/scim-configuration": { request: Scim.UpdateScimConfiguration, response: Scim.ScimConfiguration, status: 200 },
  "DELETE /connections/{id}/scim-configuration": { status: 204 },
  "GET /connections/{id}/scim-configuration/default-mapping": { response: Scim.ScimDefaultMapping, status: 200 },
  "GET /connections/{id}/scim-configuration/tokens": { response: Scim.ScimTokens, status: 200 },
  "POST /connections/{id}/scim-configuration/tokens": { request: Scim.CreateScimToken, response: Scim.CreatedScimToken, status: 201 },
  "DELETE /connections/{id}/scim-configuration/tokens/{tokenId}": { status: 204 },
  "GET /connections-scim-configurations": { response: Scim.ScimConfigurationsPage, status: 200 },
  "GET /connections/{id}/directory-provisioning": { response: DirectoryProvisioning.DirectoryProvisioning, status: 200 },
  "POST /connections/{id}/directory-provisioning": {
    request: DirectoryProvisioning.CreateDirectoryProvisioning,
    response: DirectoryProvisioning.DirectoryProvisioning,
    status: 201
  },
  "PATCH /connections/{id}/directory-provisioning": {
    request: DirectoryProvisioning.UpdateDirectoryProvisioning,
    response: DirectoryProvisioning.DirectoryProvisioning,
    status: 200
  },
  "DELETE /connections/{id}/directory-provisioning": { status: 204 },
  "GET /connections/{id}/directory-provisioning/default-mapping": { response: DirectoryProvisioning.DirectoryDefaultMapping, status: 200 },
  "POST /connections/{id}/directory-provisioning/synchronizations": { response: DirectoryProvisioning.Synchronization, status: 201 },
  "GET /connections/{id}/directory-provisioning/synchronized-groups": { response: DirectoryProvisioning.SynchronizedGroupsPage, status: 200 },
  "PUT /connections/{id}/directory-provisioning/synchronized-groups": { request: DirectoryProvisioning.SynchronizedGroups, status: 204 },
  "POST /connections/{id}/directory-provisioning/synchronized-groups": { request: DirectoryProvisioning.SynchronizedGroups, status: 204 },
  "DELETE /connections/{id}/directory-provisioning/synchronized-groups": { request: DirectoryProvisioning.SynchronizedGroups, status: 204 },
  "GET /connections-directory-provisionings": { response: DirectoryProvisioning.DirectoryProvisioningsPage, status: 200 },
  "GET /clients": { response: Clients.ClientsPage, status: 200 }
}

/** The query parameters of the list endpoint, from the domain's parameter schemas. */
const LIST_PARAMS: ReadonlyArray<AnySchema> = [ConnectionList.OffsetListParams, ConnectionList.CheckpointListParams]

/** The control plane: method, path, summary, and the request body schema when it takes one. */
const CONTROL: ReadonlyArray<readonly [string, string, string, AnySchema?]> = [
  ["get", "/__emulator/health", "Health, URLs and the current settings"],
  ["post", "/__emulator/reset", "Empty the store and re-apply the startup seed; clear faults and the request log"],
  ["post", "/__emulator/seed", "Add connections and clients", SeedSchema],
  ["get", "/__emulator/snapshot", "The engine's snapshot, secrets masked"],
  ["get", "/__emulator/export", "The whole state in the seed format (secrets masked unless ?secrets=true)"],
  ["post", "/__emulator/import", "Replace the whole state with an export, all or nothing", SeedSchema],
  ["get", "/__emulator/faults", "The queued fault rules"],
  ["post", "/__emulator/faults", "Queue one fault rule or an array of rules", Schema.Union(Fault.FaultRule, Schema.Array(Fault.FaultRule))],
  ["delete", "/__emulator/faults", "Clear the fault rules"],
  ["get", "/__emulator/token", "Mint an access token (?scope=a b&expires_in=S&client_id=X)"],
  ["get", "/__emulator/requests", "The request log"],
  ["delete", "/__emulator/requests", "Clear the request log"],
  ["get", "/__emulator/settings", "Rate limit and latency"],
  ["patch", "/__emulator/settings", "Change the rate limit and/or the latency"]
]

const json = (schema: unknown) => ({ "application/json": { schema } })

/**
 * Builds the document. Its server is `/`, relative to where the document is read from, so "Try it out" reaches the
 * emulator by whatever address the browser used.
 */
export const make = (): Record<string, unknown> => {
  const definitions: Record<string, JSONSchema.JsonSchema7> = {}
  const ref = (schema: AnySchema) =>
    normalize(JSONSchema.fromAST(schema.ast, { definitions, definitionPath: "#/components/schemas/", target: "openApi3.1" }))
  /** The properties of an object schema, following a top-level `$ref` into the definitions. */
  const propertiesOf = (schema: AnySchema): Record<string, unknown> => {
    const top = ref(schema) as { $ref?: string; properties?: Record<string, unknown> }
    const target = top.$ref === undefined ? top : normalize(definitions[top.$ref.split("/").pop()!]) as typeof top
    return target.properties ?? {}
  }
  const errorBody = ref(ApiError.ApiErrorBody)
  const errors = { "4XX": { description: "Auth0's error envelope", content: json(errorBody) } }
  const paths: Record<string, Record<string, unknown>> = {}
  const add = (path: string, method: string, operation: Record<string, unknown>) => {
    paths[path] = { ...paths[path], [method]: operation }
  }
  for (const endpoint of Engine.ENDPOINTS) {
    const bodies = API_BODIES[`${endpoint.method} ${endpoint.path}`] ?? { status: 200 }
    const pathParams = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }))
    const listParams = endpoint.method === "GET" && endpoint.path === "/connections"
      ? [...new Map(LIST_PARAMS.flatMap((s) => Object.entries(propertiesOf(s)))).entries()]
        .map(([name, schema]) => ({ name, in: "query", required: false, schema }))
      : []
    add(`/api/v2${endpoint.path}`, endpoint.method.toLowerCase(), {
      tags: ["Management API"],
      summary: `${endpoint.method} ${endpoint.path} (scopes: ${endpoint.needs} of ${endpoint.scopes.join(", ")})`,
      security: [{ bearer: endpoint.scopes }],
      parameters: [...pathParams, ...listParams],
      ...(bodies.request === undefined ? {} : { requestBody: { required: true, content: json(ref(bodies.request)) } }),
      responses: {
        [String(bodies.status)]: bodies.response === undefined
          ? { description: "Success" }
          : { description: "Success", content: json(ref(bodies.response)) },
        ...errors
      }
    })
  }
  add("/oauth/token", "post", {
    tags: ["Authentication API"],
    summary: "Client-credentials grant: an access token for the Management API",
    requestBody: {
      required: true,
      content: {
        "application/x-www-form-urlencoded": {
          schema: {
            type: "object",
            required: ["grant_type", "client_id", "client_secret", "audience"],
            properties: Object.fromEntries(["grant_type", "client_id", "client_secret", "audience", "scope"].map((k) => [k, { type: "string" }]))
          }
        }
      }
    },
    responses: { "200": { description: "An access token" }, "4XX": { description: "An OAuth error `{error, error_description}`" } }
  })
  for (const [method, path, summary, body] of CONTROL) {
    add(path, method, {
      tags: ["Control plane"],
      summary,
      security: [{ adminKey: [] }, {}],
      ...(body === undefined ? {} : { requestBody: { required: true, content: json(ref(body)) } }),
      responses: { "200": { description: "Success" }, "4XX": { description: "Refused", content: json(errorBody) } }
    })
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Auth0 Management API emulator (connections)",
      version: "0.0.0",
      description: "What the emulator implements: the /api/v2 connections endpoints, POST /oauth/token and the control plane."
    },
    servers: [{ url: "/" }],
    tags: [{ name: "Management API" }, { name: "Authentication API" }, { name: "Control plane" }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(definitions).map(([k, v]) => [k, normalize(v)])),
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A token from POST /oauth/token or the admin token of the banner" },
        adminKey: { type: "apiKey", in: "header", name: "x-emulator-admin-key", description: "Required when the emulator listens beyond loopback" }
      }
    }
  }
}
