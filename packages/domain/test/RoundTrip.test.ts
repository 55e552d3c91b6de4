/**
 * Round trips over generated values: for every schema the package exports, `decode(encode(x))` gives `x` back,
 * and the JSON text of `encode(x)` decodes and encodes to the same JSON (so nothing is lost on the wire).
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, FastCheck, Schema } from "effect"
import * as Domain from "@effect-auth0/domain"

type AnySchema = Schema.Schema<any, any, never>

// Every schema of every module, found by walking the public namespaces, so a new export is covered at once.
const exported: ReadonlyArray<readonly [string, AnySchema]> = Object.entries(Domain).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter((entry): entry is [string, AnySchema] => Schema.isSchema(entry[1]))
    .map(([name, schema]) => [`${module}.${name}`, schema] as const)
)

// Small generated values keep the suite fast: the `unknown` values of open objects grow quickly otherwise.
FastCheck.configureGlobal({ baseSize: "xsmall" })
// Connections, options and lists of them are large values: fewer runs each (they share most of their parts).
const heavy = /^(Connection\.|ConnectionOptions\.\w+Options$|ConnectionList\.(Connection|List)|ConnectionRequest\.Create)/
const runsFor = (name: string) => (heavy.test(name) ? 100 : 200)

describe("round trips over Arbitrary values", () => {
  it("covers every schema the brief names", () => {
    const names = new Set(exported.map(([name]) => name))
    const required = [
      "Strategy.Strategy", "Strategy.ListStrategy",
      "Identifiers.ConnectionId", "Identifiers.ConnectionName", "Identifiers.DisplayName", "Identifiers.ClientId",
      "Identifiers.Realm", "Identifiers.ScimTokenId", "Identifiers.Cursor",
      "Metadata.Metadata", "Metadata.MetadataWrite",
      "ConnectionOptions.GenericOptions", "ConnectionOptions.Auth0Options", "ConnectionOptions.GoogleOAuth2Options",
      "ConnectionOptions.SamlpOptions", "ConnectionOptions.OidcOptions", "ConnectionOptions.OktaOptions",
      "ConnectionOptions.WaadOptions", "ConnectionOptions.AdOptions", "ConnectionOptions.AdfsOptions",
      "ConnectionOptions.EmailOptions", "ConnectionOptions.SmsOptions", "ConnectionOptions.GitHubOptions",
      "ConnectionOptions.OAuth2Options",
      "Connection.Auth0Connection", "Connection.GoogleOAuth2Connection", "Connection.SamlpConnection",
      "Connection.OidcConnection", "Connection.OktaConnection", "Connection.WaadConnection", "Connection.AdConnection",
      "Connection.AdfsConnection", "Connection.EmailConnection", "Connection.SmsConnection",
      "Connection.GitHubConnection", "Connection.OAuth2Connection", "Connection.GenericConnection",
      "Connection.UnknownStrategyConnection", "Connection.Connection", "Connection.KnownConnection",
      "Connection.ConnectionProjection", "Connection.ConnectionDeleted",
      "ConnectionRequest.CreateConnection", "ConnectionRequest.CreateAuth0Connection",
      "ConnectionRequest.CreateGenericConnection", "ConnectionRequest.UpdateConnection",
      "ConnectionRequest.OptionsWrite",
      "ConnectionList.OffsetListParams", "ConnectionList.CheckpointListParams", "ConnectionList.ConnectionArray",
      "ConnectionList.ConnectionsTotalsPage", "ConnectionList.ConnectionsCheckpointPage",
      "ConnectionList.ListConnectionsResponse",
      "EnabledClients.EnabledClient", "EnabledClients.EnabledClientsPage", "EnabledClients.EnabledClientsParams",
      "EnabledClients.EnabledClientChange", "EnabledClients.UpdateEnabledClients",
      "ConnectionKey.ConnectionKey", "ConnectionKey.ConnectionKeys", "ConnectionKey.KeysRequest",
      "Scim.ScimMapping", "Scim.ScimConfiguration", "Scim.CreateScimConfiguration", "Scim.UpdateScimConfiguration",
      "Scim.ScimDefaultMapping", "Scim.ScimToken", "Scim.ScimTokens", "Scim.CreatedScimToken", "Scim.CreateScimToken",
      "Scim.ScimConfigurationsPage", "ConnectionList.CheckpointParams",
      "Identifiers.SynchronizationId", "Identifiers.DirectoryGroupId",
      "DirectoryProvisioning.DirectoryProvisioning", "DirectoryProvisioning.CreateDirectoryProvisioning",
      "DirectoryProvisioning.UpdateDirectoryProvisioning", "DirectoryProvisioning.DirectoryDefaultMapping",
      "DirectoryProvisioning.Synchronization", "DirectoryProvisioning.SynchronizedGroupsPage",
      "DirectoryProvisioning.SynchronizedGroups", "DirectoryProvisioning.DirectoryProvisioningsPage",
      "ApiError.ApiErrorBody"
    ]
    expect(required.filter((name) => !names.has(name))).toEqual([])
    // Every create variant is exported too.
    expect(exported.filter(([name]) => /^ConnectionRequest\.Create\w+Connection$/.test(name)).length).toBe(13)
  })

  for (const [name, schema] of exported) {
    it(name, () => {
      const encode = Schema.encodeSync(schema)
      const decode = Schema.decodeUnknownSync(schema)
      FastCheck.assert(
        FastCheck.property(Arbitrary.make(schema), (value) => {
          const encoded = encode(value)
          expect(decode(encoded)).toEqual(value)
          const text = JSON.stringify(encoded)
          // `undefined` (only possible for the `unknown` write value itself) has no JSON form.
          if (text !== undefined) {
            const json: unknown = JSON.parse(text)
            expect(encode(decode(json))).toEqual(json)
          }
        }),
        { numRuns: runsFor(name) }
      )
    })
  }
})
