import { describe, expect, it } from "@effect/vitest"
import * as Engine from "@effect-auth0/engine/Engine"
import { Effect } from "effect"
import { makeClient } from "./helpers.js"

/** A tenant with every kind of state an export carries: secrets, configuration, keys, SCIM and its tokens. */
const populated = Effect.gen(function*() {
  const c = yield* makeClient({ defaultClientSecret: "same", seed: { clients: [{ client_id: "app", client_secret: "app-secret-1", name: "App" }] } })
  const db = yield* c.create({ name: "db", strategy: "auth0", options: { configuration: { API_KEY: "config-secret-1" } } })
  const google = yield* c.create({ name: "g", strategy: "google-oauth2", options: { client_id: "cid", client_secret: "google-secret-1" } })
  const okta = yield* c.create({ name: "okta", strategy: "okta", options: { client_id: "x", client_secret: "okta-secret-1", domain: "a.okta.com" } })
  expect((yield* c.call("POST", `/connections/${okta.id}/keys/rotate`)).status).toBe(201)
  expect((yield* c.call("POST", `/connections/${okta.id}/scim-configuration`)).status).toBe(201)
  expect((yield* c.call("POST", `/connections/${okta.id}/scim-configuration/tokens`, { body: {} })).status).toBe(201)
  return { c, db, google, okta }
})

const SECRETS = ["app-secret-1", "config-secret-1", "google-secret-1", "okta-secret-1"]

describe("Engine export and replace", () => {
  it.effect("an export with secrets recreates the state in another engine; the configuration stays readable", () =>
    Effect.gen(function*() {
      const { c, db, okta } = yield* populated
      const exported = yield* c.engine.exportSeed({ includeSecrets: true })
      const text = JSON.stringify(exported)
      for (const secret of SECRETS) expect(text).toContain(secret)
      const other = yield* makeClient({ defaultClientSecret: "same" })
      yield* other.engine.replace(JSON.parse(text))
      expect(yield* other.engine.exportSeed({ includeSecrets: true })).toEqual(exported)
      const before = yield* c.engine.snapshot
      const after = yield* other.engine.snapshot
      expect(after.keys).toEqual(before.keys)
      expect(after.scim).toEqual(before.scim)
      expect(after.scimTokens).toEqual(before.scimTokens)
      expect(after.scimTokens[okta.id]).toHaveLength(1)
      // Sealed again by the new engine: a ciphertext, not the plain value.
      const stored = after.connections.find((x) => x.id === db.id) as any
      expect(stored.options.configuration.API_KEY).not.toBe("config-secret-1")
      expect((yield* other.call("GET", `/connections/${db.id}`)).status).toBe(200)
      expect(after.clients.find((x) => x.client_id === "app")?.client_secret).toBe("app-secret-1")
    }))

  it.effect("an export of some connections carries only them, with their keys and SCIM; unknown ones are left out", () =>
    Effect.gen(function*() {
      const { c, db, okta } = yield* populated
      const whole = yield* c.engine.exportSeed({ includeSecrets: true })
      const part = yield* c.engine.exportSeed({ includeSecrets: true, only: { ids: [okta.id, "con_unknown000000"], names: ["DB"] } })
      expect((part.connections ?? []).map((x) => x.id)).toEqual([db.id, okta.id])
      expect(part.connections).toEqual((whole.connections ?? []).filter((x) => x.id === db.id || x.id === okta.id))
      expect(part.keys).toEqual(whole.keys)
      expect(Object.keys(part.scimTokens ?? {})).toEqual([okta.id])
      expect(part.clients).toEqual(whole.clients)
      expect((yield* c.engine.exportSeed({ only: {} })).connections).toEqual([])
    }))

  it.effect("an export without secrets masks every secret", () =>
    Effect.gen(function*() {
      const { c, google } = yield* populated
      const exported = yield* c.engine.exportSeed()
      const text = JSON.stringify(exported)
      for (const secret of SECRETS) expect(text).not.toContain(secret)
      expect((exported.connections ?? []).find((x) => x.id === google.id)).toMatchObject({ options: { client_secret: Engine.SECRET_MASK } })
      expect(exported.clients?.find((x) => x.client_id === "app")?.client_secret).toBe(Engine.SECRET_MASK)
      expect(Engine.maskSecrets({ options: { decryptionKey: { key: "k", cert: "c" }, twilio_token: "t" } })).toEqual({
        options: { decryptionKey: { key: Engine.SECRET_MASK, cert: "c" }, twilio_token: Engine.SECRET_MASK }
      })
    }))

  it.effect("replace is all or nothing: a refused seed leaves the state as it was", () =>
    Effect.gen(function*() {
      const { c } = yield* populated
      const before = yield* c.engine.exportSeed({ includeSecrets: true })
      const refused = yield* Effect.flip(c.engine.replace({
        connections: [{ id: "con_aaaaaaaaaaaaaaaa", name: "fine", strategy: "auth0" }, { name: "bad name!", strategy: "auth0" }]
      }))
      expect(refused.message).toContain("seed.connections[1].name")
      const orphan = yield* Effect.flip(c.engine.replace({ connections: [], keys: { con_nope: [] } }))
      expect(orphan.message).toBe("seed.keys.con_nope: no connection of the seed has this id")
      expect(yield* c.engine.exportSeed({ includeSecrets: true })).toEqual(before)
      yield* c.engine.replace({ connections: [{ name: "only", strategy: "auth0" }] })
      expect((yield* c.engine.snapshot).connections.map((x) => x.name)).toEqual(["only"])
    }))
})
