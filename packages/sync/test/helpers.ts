/**
 * Shared fixtures: a tenant's clients, the fake and the emulator wired for sync, desired state from text, and
 * secrets given through a config provider (as `--env-file` does).
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as Engine from "@effect-auth0/engine/Engine"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import * as ConnectionsHttp from "@effect-auth0/http/ConnectionsHttp"
import type { ConnectionsService } from "@effect-auth0/http/ConnectionsService"
import * as ConnectionsMemory from "@effect-auth0/testing/ConnectionsMemory"
import { ConfigProvider, Effect, Either, Layer } from "effect"
import * as ClientDirectory from "@effect-auth0/sync/ClientDirectory"
import * as DesiredState from "@effect-auth0/sync/DesiredState"
import type { ClientId } from "@effect-auth0/domain/Identifiers"
import type * as FileSystem from "@effect/platform/FileSystem"

/** The tenant's applications: two with unique names, two sharing one. */
export const CLIENTS: ReadonlyArray<ClientDirectory.Client> = [
  { client_id: "appWeb000000000000000000000001" as ClientId, name: "Acme Web" },
  { client_id: "appMobile000000000000000000002" as ClientId, name: "Acme Mobile" },
  { client_id: "appTwinA0000000000000000000003" as ClientId, name: "Twin" },
  { client_id: "appTwinB0000000000000000000004" as ClientId, name: "Twin" }
]

export const WEB = CLIENTS[0]!.client_id
export const MOBILE = CLIENTS[1]!.client_id

/** The fake tenant (engine behind `ConnectionsService`), the fixed client directory and the file system. */
export const fake = (
  seed: Engine.Seed = {}
): Layer.Layer<ConnectionsService | Engine.Engine | ClientDirectory.ClientDirectory | FileSystem.FileSystem> =>
  Layer.mergeAll(
    ConnectionsMemory.layer({ clients: CLIENTS.map(({ client_id, name }) => ({ client_id, name })), ...seed }),
    ClientDirectory.layerFromList(CLIENTS),
    NodeFileSystem.layer
  )

/** The HTTP client for an emulator (no client-side rate limit unless given, quick retries). */
export const httpFor = (emulator: Emulator.Service, overrides: ConnectionsHttp.Options = {}): Layer.Layer<ConnectionsService> =>
  ConnectionsHttp.layer({
    domain: emulator.tenantDomain,
    baseUrl: emulator.baseUrl,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
    rateLimit: false,
    maxRetries: 4,
    retryBaseDelay: "10 millis",
    timeout: "5 seconds",
    ...overrides
  }).pipe(Layer.provide(NodeHttpClient.layerUndici))

/** Desired state from text (throws on invalid input: tests of invalid input use `DesiredState.fromText`). */
export const desired = (text: string, file = "/tmp/desired.yaml"): DesiredState.DesiredState =>
  Either.getOrThrowWith(DesiredState.fromText(file, text), (e) => new Error(e.message))

/** Runs `effect` with these variables as the only environment (what `--env-file` provides). */
export const withEnv = (variables: Record<string, string>) => <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.withConfigProvider(effect, ConfigProvider.fromMap(new Map(Object.entries(variables))))
