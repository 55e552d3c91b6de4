/**
 * The admin page and Swagger UI in a real browser: Debian's Chromium (`/usr/bin/chromium`, which `.ci/run`
 * installs when missing) driven by `playwright-core`. Each test keeps a screenshot in `test-artifacts/` (ignored by
 * git). One Chromium serves the file (launching it costs seconds on 2 cores); each test gets its own page in a
 * fresh browser context, so no cookie, storage or cache carries over between tests.
 */
import { existsSync, mkdirSync } from "node:fs"
import * as Path from "node:path"
import { expect, layer } from "@effect/vitest"
import { Context, Effect, Layer, Redacted } from "effect"
import * as Emulator from "@effect-auth0/emulator/Emulator"
import { type Browser, chromium, type Page } from "playwright-core"
import { api, call } from "./helpers.js"

const CHROMIUM = "/usr/bin/chromium"
const ARTIFACTS = Path.resolve(import.meta.dirname, "../test-artifacts")

/** The file's one headless Chromium. */
class Chromium extends Context.Tag("test/Chromium")<Chromium, Browser>() {}

const ChromiumLive = Layer.scoped(
  Chromium,
  Effect.gen(function*() {
    if (!existsSync(CHROMIUM)) {
      return yield* Effect.die(new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it)`))
    }
    return yield* Effect.acquireRelease(
      Effect.promise((): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] })),
      (b) => Effect.promise(() => b.close())
    )
  })
)

/** A page in a fresh browser context for the scope (page and context close with it). */
const page = Effect.flatMap(Chromium, (browser) =>
  Effect.acquireRelease(
    Effect.promise((): Promise<Page> => browser.newPage({ viewport: { width: 1400, height: 1000 } })),
    (p) => Effect.promise(() => p.context().close())
  ))

const screenshot = (p: Page, name: string) =>
  Effect.promise(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    await p.screenshot({ path: Path.join(ARTIFACTS, `${name}.png`), fullPage: true })
  })

const step = <A>(f: () => Promise<A>) => Effect.promise(f)

layer(ChromiumLive, { excludeTestServices: true })("in a real browser", (it) => {
  it.scoped("admin page: lists the seeded connections, shows one created through the API, and a fault added from it fails the next call", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make({
        adminKey: "browser-key",
        seed: { connections: [{ name: "alpha-db", strategy: "auth0" }, { name: "beta-google", strategy: "google-oauth2" }] }
      })
      const p = yield* page
      yield* step(() => p.goto(`${emulator.adminUrl}?key=browser-key`))
      const rows = p.locator("#connections tr")
      yield* step(() => rows.filter({ hasText: "alpha-db" }).waitFor())
      yield* step(() => rows.filter({ hasText: "beta-google" }).waitFor())

      const created = yield* api(emulator, "POST", "/connections", {
        body: { name: "gamma-okta", strategy: "okta", options: { client_id: "x", client_secret: "gamma-secret", domain: "a.okta.com" } }
      })
      expect(created.status).toBe(201)
      yield* step(() => rows.filter({ hasText: "gamma-okta" }).waitFor({ timeout: 5000 }))
      yield* step(() => p.fill("#filter-name", "gamma"))
      yield* step(() => p.waitForFunction("document.querySelectorAll('#connections tr').length === 1"))
      yield* step(() => rows.filter({ hasText: "gamma-okta" }).click())
      const json = yield* step(() => p.locator("#connection-json").textContent())
      expect(json).toContain("\"client_secret\": \"********\"")
      expect(json).not.toContain("gamma-secret")

      yield* step(() => p.selectOption("#fault-method", "GET"))
      yield* step(() => p.fill("#fault-path", "/api/v2/connections"))
      yield* step(() => p.fill("#fault-status", "503"))
      yield* step(() => p.click("#fault-add"))
      yield* step(() => p.locator("#faults tr").filter({ hasText: "503" }).waitFor())
      const failed = yield* api(emulator, "GET", "/connections")
      expect(failed.status).toBe(503)
      expect(failed.body).toMatchObject({ statusCode: 503 })
      expect((yield* api(emulator, "GET", "/connections")).status).toBe(200)
      // The request log shows it, with the fault that answered.
      yield* step(() => p.locator("#requests tr").filter({ hasText: "503" }).filter({ hasText: "#1" }).waitFor())
      yield* step(() => p.fill("#filter-name", ""))
      yield* screenshot(p, "admin-page")
      expect(yield* emulator.faults).toEqual([])
    }), 30_000)

  it.scoped("Swagger UI renders, and its Try it out on GET /connections succeeds with the admin token", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make({ seed: { connections: [{ name: "listed-in-swagger", strategy: "auth0" }] } })
      const p = yield* page
      yield* step(() => p.goto(emulator.docsUrl))
      yield* step(() => p.locator(".swagger-ui .info .title").filter({ hasText: "Auth0 Management API emulator" }).waitFor())
      yield* step(() => p.click(".auth-wrapper .authorize"))
      const bearer = p.locator(".auth-container").filter({ hasText: "bearer" })
      yield* step(() => bearer.locator("input").fill(Redacted.value(emulator.adminToken)))
      yield* step(() => bearer.locator("button.authorize").click())
      yield* step(() => p.click("button.btn-done"))
      const operation = p.locator(".opblock-get").filter({ has: p.locator(`[data-path="/api/v2/connections"]`) })
      yield* step(() => operation.locator(".opblock-summary").first().click())
      yield* step(() => operation.locator("button.try-out__btn").click())
      yield* step(() => operation.locator("button.execute").click())
      const status = operation.locator(".live-responses-table .response .response-col_status").first()
      yield* step(() => status.waitFor())
      expect((yield* step(() => status.textContent()))?.trim()).toBe("200")
      const body = yield* step(() => operation.locator(".live-responses-table .response-col_description pre").first().textContent())
      expect(body).toContain("listed-in-swagger")
      yield* screenshot(p, "swagger-ui")
      // The request went through the emulator's Management API, authenticated.
      const log = yield* call(`${emulator.baseUrl}/__emulator/requests`)
      expect((log.body as any).requests.some((r: any) => r.path === "/api/v2/connections" && r.status === 200)).toBe(true)
    }), 45_000)
})
