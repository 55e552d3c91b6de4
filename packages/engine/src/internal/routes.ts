/**
 * The route table: one row per endpoint of the connections API (method, path, the scopes it needs, its handler):
 * the paths below `/connections`, and the two tenant-wide lists, which are top-level paths.
 * Rows are tried in order; a new endpoint is a handler in `handlers/` and a row here.
 *
 * @internal
 */
import * as Clients from "./handlers/clients.js"
import * as Connections from "./handlers/connections.js"
import * as DirectoryProvisioning from "./handlers/directoryProvisioning.js"
import * as EnabledClients from "./handlers/enabledClients.js"
import * as Keys from "./handlers/keys.js"
import { list as listConnections } from "./handlers/listConnections.js"
import * as ScimConfiguration from "./handlers/scimConfiguration.js"
import * as ScimTokens from "./handlers/scimTokens.js"
import * as SynchronizedGroups from "./handlers/synchronizedGroups.js"
import * as TenantLists from "./handlers/tenantLists.js"
import * as Users from "./handlers/users.js"
import { route, type Route } from "./router.js"

const READ_DIRECTORY = "read:directory_provisionings"
const UPDATE_DIRECTORY = "update:directory_provisionings"
const GROUPS = ":id/directory-provisioning/synchronized-groups"

/** Every endpoint the engine answers. */
export const ROUTES: ReadonlyArray<Route> = [
  route("GET", "", ["read:connections"], listConnections),
  route("POST", "", ["create:connections"], Connections.create),
  route("GET", ":id", ["read:connections"], Connections.get),
  route("PATCH", ":id", ["update:connections"], Connections.update),
  route("DELETE", ":id", ["delete:connections"], Connections.remove),
  route("GET", ":id/status", ["read:connections"], Connections.status),
  route("GET", ":id/clients", ["read:connections"], EnabledClients.list),
  route("PATCH", ":id/clients", ["update:connections"], EnabledClients.change),
  route("DELETE", ":id/users", ["delete:users"], Users.removeByEmail),
  route("GET", ":id/keys", ["read:connections_keys"], Keys.list),
  route("POST", ":id/keys", ["create:connections_keys"], Keys.provision),
  route("POST", ":id/keys/rotate", ["create:connections_keys", "update:connections_keys"], Keys.rotate, "all"),
  route("GET", ":id/scim-configuration", ["read:scim_config"], ScimConfiguration.get),
  route("POST", ":id/scim-configuration", ["create:scim_config"], ScimConfiguration.create),
  route("PATCH", ":id/scim-configuration", ["update:scim_config"], ScimConfiguration.update),
  route("DELETE", ":id/scim-configuration", ["delete:scim_config"], ScimConfiguration.remove),
  route("GET", ":id/scim-configuration/default-mapping", ["read:scim_config"], ScimConfiguration.defaultMappingOf),
  route("GET", ":id/scim-configuration/tokens", ["read:scim_token"], ScimTokens.list),
  route("POST", ":id/scim-configuration/tokens", ["create:scim_token"], ScimTokens.create),
  route("DELETE", ":id/scim-configuration/tokens/:tokenId", ["delete:scim_token"], ScimTokens.remove),
  route("GET", "/connections-scim-configurations", ["read:scim_config"], TenantLists.listScimConfigurations),
  route("GET", ":id/directory-provisioning", [READ_DIRECTORY], DirectoryProvisioning.get),
  route("POST", ":id/directory-provisioning", ["create:directory_provisionings"], DirectoryProvisioning.create),
  route("PATCH", ":id/directory-provisioning", [UPDATE_DIRECTORY], DirectoryProvisioning.update),
  route("DELETE", ":id/directory-provisioning", ["delete:directory_provisionings"], DirectoryProvisioning.remove),
  route("GET", ":id/directory-provisioning/default-mapping", [READ_DIRECTORY], DirectoryProvisioning.defaultMappingOf),
  route("POST", ":id/directory-provisioning/synchronizations", ["create:directory_provisionings"], DirectoryProvisioning.synchronize),
  route("GET", GROUPS, [READ_DIRECTORY], SynchronizedGroups.list),
  route("PUT", GROUPS, [UPDATE_DIRECTORY], SynchronizedGroups.replace),
  route("POST", GROUPS, [UPDATE_DIRECTORY], SynchronizedGroups.add),
  route("DELETE", GROUPS, [UPDATE_DIRECTORY], SynchronizedGroups.removeSome),
  route("GET", "/connections-directory-provisionings", [READ_DIRECTORY], TenantLists.listDirectoryProvisionings),
  route("GET", "/clients", ["read:clients"], Clients.list)
]
