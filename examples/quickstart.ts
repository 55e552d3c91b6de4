/**
 * The quickstart (`npm start`): create, list, update and delete connections, and handle two typed errors provoked
 * on purpose. With no AUTH0_DOMAIN / AUTH0_BASE_URL it starts the emulator in-process; with them it runs against
 * that tenant (and deletes everything it created).
 *
 *   npm start
 *   npx tsx --conditions=source examples/quickstart.ts
 */
import type { Connection } from "@effect-auth0/domain/Connection"
import { ConnectionName } from "@effect-auth0/domain/Identifiers"
import { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as Chunk from "effect/Chunk"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { describeError, table } from "./lib/format.js"
import { isMain, runExample } from "./lib/runtime.js"

/** What the quickstart did, for its test. */
export interface QuickstartResult {
  readonly created: ReadonlyArray<Connection>
  readonly listed: ReadonlyArray<Connection>
  /** The typed errors provoked on purpose, by tag. */
  readonly provoked: ReadonlyArray<string>
  /** The options of the database connection after `updateOptions`. */
  readonly updatedOptions: { readonly [key: string]: unknown }
  /** Connections of ours still there after the clean-up (should be none). */
  readonly leftOver: number
}

const step = (n: number, title: string) => Console.log(`\n${n}. ${title}`)
const indent = (text: string) => text.split("\n").map((l) => `   ${l}`).join("\n")

/**
 * The quickstart program. Everything it creates is deleted when it ends, whatever happens: each create is paired
 * with its delete by `Effect.acquireRelease`.
 */
export const quickstart = Effect.fn("examples.quickstart")(function*(options?: { readonly prefix?: string | undefined }) {
  const connections = yield* ConnectionsService
  // A unique prefix, so runs against a real tenant never collide with existing connections.
  const prefix = options?.prefix ?? `quickstart-${Date.now().toString(36)}`
  const provoked: Array<string> = []

  const result = yield* Effect.scoped(Effect.gen(function*() {
    const create = (body: Parameters<typeof connections.create>[0]) =>
      Effect.acquireRelease(connections.create(body), (c) =>
        connections.delete(c.id).pipe(
          Effect.tap((deleted) => Console.log(indent(`deleted ${c.name}${Option.match(deleted, { onNone: () => " (was already gone)", onSome: (d) => ` at ${d.deleted_at}` })}`))),
          Effect.orDie
        ))

    yield* step(1, "Create a database connection")
    const db = yield* create({
      name: ConnectionName.make(`${prefix}-db`),
      strategy: "auth0",
      options: { passwordPolicy: "good", brute_force_protection: true, password_history: { enable: true, size: 5 } }
    })
    yield* Console.log(indent(`${db.id}  ${db.name}  strategy=${db.strategy}  realms=${JSON.stringify(db.realms ?? [])}`))
    if (db.strategy === "auth0" && db.options !== undefined) {
      yield* Console.log(indent(`options (with Auth0's defaults filled in): ${Object.keys(db.options).sort().join(", ")}`))
    }

    yield* step(2, "Create a SAML and a Google connection")
    const saml = yield* create({
      name: ConnectionName.make(`${prefix}-saml`),
      strategy: "samlp",
      options: { signInEndpoint: "https://idp.example.com/saml/sso", signatureAlgorithm: "rsa-sha256", digestAlgorithm: "sha256" }
    })
    const google = yield* create({ name: ConnectionName.make(`${prefix}-google`), strategy: "google-oauth2", options: { scope: ["email", "profile"] } })
    yield* Console.log(indent(`${saml.id}  ${saml.name}\n${google.id}  ${google.name}`))

    yield* step(3, "List them (stream follows the pages; filtered by strategy on the server)")
    const listed = Chunk.toReadonlyArray(
      yield* connections.stream({ strategy: ["auth0", "samlp", "google-oauth2"] }).pipe(
        Stream.filter((c) => c.name.startsWith(`${prefix}-`)),
        Stream.runCollect
      )
    )
    yield* Console.log(indent(table(
      ["id", "name", "strategy", "realms"],
      listed.map((c) => ({ id: c.id, name: c.name, strategy: c.strategy, realms: (c.realms ?? []).join(",") }))
    )))

    yield* step(4, "Provoke a Conflict: create the database connection again")
    const again = yield* connections.create({ name: ConnectionName.make(`${prefix}-db`), strategy: "auth0" }).pipe(
      Effect.catchTag("Conflict", (error) =>
        Effect.gen(function*() {
          provoked.push(error._tag)
          yield* Console.log(indent(`✗ ${describeError(error)}`))
          // The usual way to handle it: the name is taken, so use the connection that has it.
          const existing = yield* connections.findByName(`${prefix}-db`)
          yield* Console.log(indent(`handled with Effect.catchTag("Conflict", …) → findByName found ${Option.match(existing, { onNone: () => "nothing", onSome: (c) => c.id })}`))
          return Option.getOrThrow(existing)
        }))
    )

    yield* step(5, "Provoke an InvalidRequest: a metadata value longer than Auth0's 255 characters")
    const description = `Created by the effect-auth0 quickstart. ${"This sentence is here only to make the value too long. ".repeat(5)}`
    yield* connections.update(again.id, { metadata: { description } }).pipe(
      Effect.catchTag("InvalidRequest", (error) =>
        Effect.gen(function*() {
          provoked.push(error._tag)
          const where = error.source === "local" ? "caught by local validation, nothing was sent" : `rejected by Auth0 (${error.statusCode} ${error.errorCode ?? ""})`
          yield* Console.log(indent(`✗ InvalidRequest, ${where}:`))
          for (const issue of error.issues) yield* Console.log(indent(`    ${issue.path}: ${issue.message}`))
          yield* Console.log(indent(`handled with Effect.catchTag("InvalidRequest", …) → retried with the value cut to 255 characters`))
          return yield* connections.update(again.id, { metadata: { description: description.slice(0, 255) } })
        }))
    )

    yield* step(6, "Change one option with updateOptions (PATCH replaces all options; this keeps the others)")
    const updated = yield* connections.updateOptions(db.id, (current) => ({ ...current, passwordPolicy: "excellent" }))
    const updatedOptions: { readonly [key: string]: unknown } = updated.options ?? {}
    yield* Console.log(indent(`passwordPolicy=${String(updatedOptions.passwordPolicy)}, brute_force_protection=${String(updatedOptions.brute_force_protection)}, password_history=${JSON.stringify(updatedOptions.password_history)}`))

    yield* step(7, "Clean up (the scope closes: every create's release deletes it)")
    return { created: [db, saml, google], listed, updatedOptions }
  }))

  const gone = yield* connections.get(result.created[0]!.id).pipe(
    Effect.as("still there"),
    Effect.catchTag("ConnectionNotFound", (error) =>
      Effect.sync(() => {
        provoked.push(error._tag)
        return `✗ ${describeError(error)} (expected: it was deleted)`
      }))
  )
  yield* Console.log(indent(`get(${result.created[0]!.id}) → ${gone}`))
  const leftOver = yield* connections.stream().pipe(Stream.filter((c) => c.name.startsWith(`${prefix}-`)), Stream.runCount)
  yield* Console.log(`\nDone: ${result.created.length} connections created and deleted, typed errors handled: ${provoked.join(", ")}.`)
  return { ...result, provoked, leftOver } satisfies QuickstartResult
})

if (isMain(import.meta.url)) runExample(quickstart())
