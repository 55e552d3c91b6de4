/**
 * The official SDK's sample, rewritten as an Effect program.
 *
 * Before (`auth0` SDK):
 *
 *   const client = new ManagementClient({ token: "<token>" })
 *   await client.connections.create({ name: "name", strategy: "ad" })   // throws ConflictError, body: unknown
 *
 * After: the same call through `ConnectionsService`, with the layers composed once at the edge and each typed error
 * handled by its tag. Run it:
 *
 *   npx tsx --conditions=source examples/create-connection.ts [name]
 *
 * With no AUTH0_DOMAIN / AUTH0_BASE_URL it runs against an emulator started in-process. It exits 0 when it created
 * the connection, 3 when a connection of that name already existed (nothing created, nothing wrong), and 1 when it
 * was rejected (a bad name, a missing scope) or failed.
 */
import type { Connection } from "@effect-auth0/domain/Connection"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { describeError } from "./lib/format.js"
import { isMain, runExample } from "./lib/runtime.js"

/** What happened to the requested connection. */
export type Outcome =
  | { readonly _tag: "Created"; readonly connection: Connection }
  | { readonly _tag: "AlreadyExisted"; readonly connection: Connection }
  | { readonly _tag: "Rejected"; readonly reason: string }

/** The exit status of each outcome: only a connection this run created is a plain success. */
export const exitCodeOf = (outcome: Outcome): number => {
  switch (outcome._tag) {
    case "Created":
      return 0
    case "AlreadyExisted":
      return 3
    case "Rejected":
      return 1
  }
}

/**
 * Creates an AD/LDAP connection called `name`, or finds the one that already has that name.
 * A name that Auth0 would refuse is rejected before any request (`InvalidRequest` with `source: "local"`).
 */
export const createAdConnection = Effect.fn("examples.createAdConnection")(function*(rawName: string) {
  const connections = yield* ConnectionsService
  // Names come from outside (argv here): plain strings are fine, `create` validates them before sending anything.
  const connection = yield* connections.create({ name: rawName, strategy: "ad" })
  return { _tag: "Created", connection } as Outcome
}, (effect, rawName) =>
  effect.pipe(
    Effect.catchTags({
      // 409 connection_conflict: the name is taken. Idempotent scripts treat that as success.
      Conflict: () =>
        Effect.flatMap(ConnectionsService, (connections) => connections.findByName(rawName)).pipe(
          Effect.flatMap(Option.match({
            onNone: () => Effect.succeed<Outcome>({ _tag: "Rejected", reason: `"${rawName}" is taken, but not visible to this token` }),
            onSome: (connection) => Effect.succeed<Outcome>({ _tag: "AlreadyExisted", connection })
          }))
        ),
      InvalidRequest: (error) =>
        Effect.succeed<Outcome>({
          _tag: "Rejected",
          reason: error.source === "local" && error.issues.length > 0 && error.issues.every((i) => i.path === "name")
            ? `invalid name: ${error.issues.map((i) => i.message).join("; ")}`
            : [describeError(error), ...error.issues.map((i) => `  ${i.path}: ${i.message}`)].join("\n")
        }),
      InsufficientScope: (error) =>
        Effect.succeed<Outcome>({ _tag: "Rejected", reason: `the token needs ${error.requiredScopes.join(", ") || "more scopes"} (${error.message})` })
    })
  ))

/**
 * The whole program: create, print, and delete again when we created it (so the example can be rerun).
 * Unauthorized, RateLimited, ServerError and TransportError are left in the error channel for the caller.
 */
export const program = (rawName: string) =>
  Effect.gen(function*() {
    const connections = yield* ConnectionsService
    const outcome = yield* createAdConnection(rawName)
    switch (outcome._tag) {
      case "Created":
        yield* Console.log(`created ${outcome.connection.name} (${outcome.connection.id}, strategy ${outcome.connection.strategy})`)
        break
      case "AlreadyExisted":
        yield* Console.log(`${outcome.connection.name} already exists (${outcome.connection.id}): nothing to do`)
        break
      case "Rejected":
        yield* Console.log(`not created: ${outcome.reason}`)
        break
    }
    if (outcome._tag === "Created") {
      yield* connections.delete(outcome.connection.id)
      yield* Console.log(`deleted ${outcome.connection.id} again`)
    }
    return outcome
  })

// The edge: `runExample` provides `ConnectionsHttp.layerConfig().pipe(Layer.provide(NodeHttpClient.layerUndici))`
// when AUTH0_DOMAIN / AUTH0_BASE_URL is set, or the same HTTP layer pointed at an in-process emulator otherwise
// (see lib/runtime.ts). `program` itself only asks for `ConnectionsService`.
// Exit status: see `exitCodeOf` (a failure in the error channel exits 1 through `runExample`).
if (isMain(import.meta.url)) {
  runExample(program(process.argv[2] ?? "corp-ad").pipe(
    Effect.tap((outcome) => Effect.sync(() => void (process.exitCode = exitCodeOf(outcome))))
  ))
}
