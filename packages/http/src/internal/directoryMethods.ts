/**
 * The service methods of directory provisioning (Google Workspace) and the tenant-wide lists (SCIM configurations,
 * directory provisionings, the clients read by id and name): one endpoint
 * each, a span `ConnectionsService.<method>`, and an `execute` of its declaration in `endpoints.ts`.
 */
import type * as ConnectionList from "@effect-auth0/domain/ConnectionList"
import type * as DirectoryProvisioning from "@effect-auth0/domain/DirectoryProvisioning"
import type { ConnectionId } from "@effect-auth0/domain/Identifiers"
import type { Service } from "../ConnectionsService.js"
import type { Endpoint, ErrorTag } from "./endpoint.js"
import * as Endpoints from "./endpoints.js"
import type { Executor } from "./executor.js"
import { onConnection } from "./methods.js"
import { traced } from "./traced.js"

/** The directory-provisioning methods and the tenant-wide lists. */
export type DirectoryMethods = Pick<
  Service,
  | "listClients"
  | "listScimConfigurations"
  | "getDirectoryProvisioning"
  | "createDirectoryProvisioning"
  | "updateDirectoryProvisioning"
  | "deleteDirectoryProvisioning"
  | "getDirectoryDefaultMapping"
  | "createSynchronization"
  | "listSynchronizedGroups"
  | "replaceSynchronizedGroups"
  | "addSynchronizedGroups"
  | "deleteSynchronizedGroups"
  | "listDirectoryProvisionings"
>

/** The methods over `executor`. */
export const make = (executor: Executor): DirectoryMethods => {
  const { execute } = executor
  const groupsChange = <T extends ErrorTag>(
    method: keyof Service,
    endpoint: Endpoint<typeof Endpoints.replaceSynchronizedGroups.path, never, DirectoryProvisioning.SynchronizedGroups, void, T>
  ) =>
    traced(`ConnectionsService.${method}`)(function*(id: ConnectionId, body: DirectoryProvisioning.SynchronizedGroups) {
      yield* execute(endpoint, { params: { id }, body })
    }, { attributes: (id, body) => ({ "connection.id": id, "auth0.groups": body.groups.length }) })
  return {
    listClients: traced("ConnectionsService.listClients")(function*(params?: ConnectionList.CheckpointParams) {
      return (yield* execute(Endpoints.listClients, { query: params ?? {} })).value
    }),
    listScimConfigurations: traced("ConnectionsService.listScimConfigurations")(function*(params?: ConnectionList.CheckpointParams) {
      return (yield* execute(Endpoints.listScimConfigurations, { query: params ?? {} })).value
    }),
    getDirectoryProvisioning: traced("ConnectionsService.getDirectoryProvisioning")(function*(id: ConnectionId) {
      return (yield* execute(Endpoints.getDirectoryProvisioning, { params: { id } })).value
    }, onConnection),
    createDirectoryProvisioning: traced("ConnectionsService.createDirectoryProvisioning")(
      function*(id: ConnectionId, body?: DirectoryProvisioning.CreateDirectoryProvisioning) {
        return (yield* execute(Endpoints.createDirectoryProvisioning, { params: { id }, body: body ?? {} })).value
      },
      onConnection
    ),
    updateDirectoryProvisioning: traced("ConnectionsService.updateDirectoryProvisioning")(
      function*(id: ConnectionId, body: DirectoryProvisioning.UpdateDirectoryProvisioning) {
        return (yield* execute(Endpoints.updateDirectoryProvisioning, { params: { id }, body })).value
      },
      onConnection
    ),
    deleteDirectoryProvisioning: traced("ConnectionsService.deleteDirectoryProvisioning")(function*(id: ConnectionId) {
      yield* execute(Endpoints.deleteDirectoryProvisioning, { params: { id } })
    }, onConnection),
    getDirectoryDefaultMapping: traced("ConnectionsService.getDirectoryDefaultMapping")(function*(id: ConnectionId) {
      return (yield* execute(Endpoints.getDirectoryDefaultMapping, { params: { id } })).value
    }, onConnection),
    createSynchronization: traced("ConnectionsService.createSynchronization")(function*(id: ConnectionId) {
      return (yield* execute(Endpoints.createSynchronization, { params: { id } })).value
    }, { ...onConnection, attributesOf: (synchronization) => ({ "auth0.synchronization.id": synchronization.synchronization_id }) }),
    listSynchronizedGroups: traced("ConnectionsService.listSynchronizedGroups")(function*(id: ConnectionId, params?: ConnectionList.CheckpointParams) {
      return (yield* execute(Endpoints.listSynchronizedGroups, { params: { id }, query: params ?? {} })).value
    }, onConnection),
    replaceSynchronizedGroups: groupsChange("replaceSynchronizedGroups", Endpoints.replaceSynchronizedGroups),
    addSynchronizedGroups: groupsChange("addSynchronizedGroups", Endpoints.addSynchronizedGroups),
    deleteSynchronizedGroups: groupsChange("deleteSynchronizedGroups", Endpoints.deleteSynchronizedGroups),
    listDirectoryProvisionings: traced("ConnectionsService.listDirectoryProvisionings")(function*(params?: ConnectionList.CheckpointParams) {
      return (yield* execute(Endpoints.listDirectoryProvisionings, { query: params ?? {} })).value
    })
  }
}
