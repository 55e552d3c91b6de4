import { expect, layer } from "@effect/vitest"
import { Effect } from "effect"
import { Emulator, layer as emulatorLayer } from "@effect-auth0/emulator/Emulator"
import * as Fault from "@effect-auth0/emulator/Fault"
import { api, call } from "./helpers.js"

layer(emulatorLayer(), { excludeTestServices: true })("fault scripting", (it) => {
  const post = (url: string, body: unknown) =>
    call(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })

  it.effect("429 once, then success: the 429 looks like Auth0's, with retry-after", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const added = yield* post(`${emulator.baseUrl}/__emulator/faults`, { method: "GET", path: "/api/v2/connections", status: 429 })
      expect(added.status).toBe(201)
      const limited = yield* api(emulator, "GET", "/connections")
      expect(limited.status).toBe(429)
      expect(limited.body).toMatchObject({ statusCode: 429, errorCode: "too_many_requests" })
      expect(limited.headers.get("retry-after")).toBe("1")
      expect(limited.headers.get("x-ratelimit-remaining")).toBe("0")
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
    }))

  it.effect("503 twice on one path only; other paths and methods are untouched; rules run in order", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* emulator.clearFaults
      yield* post(`${emulator.baseUrl}/__emulator/faults`, [
        { method: "post", path: "/api/v2/connections", status: 503, times: 2 },
        { method: "POST", path: "/api/v2/connections", status: 409, body: { statusCode: 409, error: "Conflict", message: "scripted" } }
      ])
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
      const statuses: Array<number> = []
      for (let i = 0; i < 4; i++) statuses.push((yield* api(emulator, "POST", "/connections", { body: { name: `fault-${i}`, strategy: "auth0" } })).status)
      expect(statuses).toEqual([503, 503, 409, 201])
      expect(yield* emulator.faults).toEqual([])
    }))

  it.effect("custom status, body and headers are sent as given", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* emulator.addFaults([{ path: "/api/v2/connections/*", status: 502, body: "<html>bad gateway</html>", headers: { "content-type": "text/html" } }])
      const answer = yield* api(emulator, "GET", "/connections/con_0000000000000001")
      expect(answer.status).toBe(502)
      expect(answer.headers.get("content-type")).toBe("text/html")
      expect(answer.text).toBe("<html>bad gateway</html>")
    }))

  it.effect("a delay holds the answer, then the request is served normally", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* emulator.addFaults([{ pathRegex: "^/api/v2/connections$", delayMs: 300 }])
      const started = Date.now()
      const answer = yield* api(emulator, "GET", "/connections")
      expect(answer.status).toBe(200)
      expect(Date.now() - started).toBeGreaterThanOrEqual(290)
      expect(yield* emulator.faults).toEqual([])
    }))

  it.effect("a dropped connection fails the client; the server keeps answering", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* emulator.addFaults([{ path: "/api/v2/connections**", drop: true }])
      const dropped = yield* Effect.either(api(emulator, "GET", "/connections"))
      expect(dropped._tag).toBe("Left")
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
      const log = yield* emulator.requests
      expect(log.filter((e) => e.outcome === "dropped").length).toBe(1)
    }))

  it.effect("GET lists the remaining faults, DELETE clears them, and the control plane is never faulted", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* post(`${emulator.baseUrl}/__emulator/faults`, { status: 500, times: 3 })
      yield* api(emulator, "GET", "/connections")
      const listed = yield* call(`${emulator.baseUrl}/__emulator/faults`)
      expect(listed.body).toMatchObject({ faults: [{ status: 500, times: 3, remaining: 2 }] })
      expect((yield* call(`${emulator.baseUrl}/__emulator/faults`, { method: "DELETE" })).status).toBe(204)
      expect((yield* call(`${emulator.baseUrl}/__emulator/faults`)).body).toEqual({ faults: [] })
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
    }))

  it.effect("invalid rules are 400 with a readable message and change nothing", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (const rule of [{ times: 2 }, { status: 200, drop: true }, { status: 99 }, { status: 500, time: 2 }, { pathRegex: "(", status: 500 }, [{ status: 500 }, {}]]) {
        const answer = yield* post(`${emulator.baseUrl}/__emulator/faults`, rule)
        expect(answer.status).toBe(400)
        expect((answer.body as { message: string }).message).toMatch(/^Invalid fault rule: /)
      }
      expect(yield* emulator.faults).toEqual([])
    }))
})

import { describe, it } from "@effect/vitest"

describe("fault path matching", () => {
  it("exact, glob (* within a segment, ** across) and regex", () => {
    const m = (rule: Fault.FaultRule) => Fault.matcher(rule)
    expect(m({ path: "/api/v2/connections" })("GET", "/api/v2/connections")).toBe(true)
    expect(m({ path: "/api/v2/connections" })("GET", "/api/v2/connections/con_1")).toBe(false)
    expect(m({ path: "/api/v2/connections/*" })("GET", "/api/v2/connections/con_1")).toBe(true)
    expect(m({ path: "/api/v2/connections/*" })("GET", "/api/v2/connections/con_1/clients")).toBe(false)
    expect(m({ path: "/api/v2/connections**" })("GET", "/api/v2/connections/con_1/clients")).toBe(true)
    expect(m({ path: "/api/v2/connections.json" })("GET", "/api/v2/connectionsXjson")).toBe(false)
    expect(m({ pathRegex: "/clients$", method: "patch" })("PATCH", "/api/v2/connections/con_1/clients")).toBe(true)
    expect(m({ pathRegex: "/clients$", method: "patch" })("GET", "/api/v2/connections/con_1/clients")).toBe(false)
    expect(m({ method: "*" })("DELETE", "/anything")).toBe(true)
  })
})
