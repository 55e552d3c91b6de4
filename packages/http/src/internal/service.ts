/**
 * The `ConnectionsService` over an executor: the endpoint methods (`methods.ts`), the derived operations
 * (`derived.ts`) and `create` (`create.ts`). The HTTP client and the in-memory fake are both this, over different
 * `HttpClient`s.
 */
import { ConnectionsService, type Service } from "../ConnectionsService.js"
import * as Create from "./create.js"
import * as Derived from "./derived.js"
import * as DirectoryMethods from "./directoryMethods.js"
import type { Executor } from "./executor.js"
import * as KeyedLock from "./keyedLock.js"
import * as Methods from "./methods.js"

/** The service; its locks (per connection for `options`, per name for creates) belong to it. */
export const make = (executor: Executor): Service => {
  // Read-modify-writes of `options`, one at a time per connection id.
  const optionLocks = KeyedLock.make(() => undefined)
  const connection = Methods.connectionMethods(executor, optionLocks)
  const subResources = Methods.subResourceMethods(executor)
  const directory = DirectoryMethods.make(executor)
  const derived = Derived.make(executor, { ...directory, list: connection.list, getEnabledClients: subResources.getEnabledClients }, optionLocks)
  return ConnectionsService.of({
    ...connection,
    ...subResources,
    ...directory,
    ...derived,
    create: Create.make(executor, derived.findByName),
    rateLimit: executor.rateLimit
  })
}
