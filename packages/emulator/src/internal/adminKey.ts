/**
 * Who gets into the control plane. On loopback (the default) nobody else can reach it, so it is open. Bound to any
 * other address, the emulator is reachable from the network: then the control plane, the admin page, the docs and
 * token minting (`/__emulator/token`) need the admin key, sent as the `x-emulator-admin-key` header, or once as
 * `?key=` (a browser opening the URL the banner prints), which sets an HTTP-only cookie for the pages' own requests.
 * `/__emulator/health` stays open for health checks: it tells nothing secret.
 */
import { createHash, timingSafeEqual } from "node:crypto"
import * as Wire from "@effect-auth0/engine/Wire"
import type * as HttpApp from "@effect/platform/HttpApp"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { errorReply, toResponse } from "./reply.js"

/** The header that carries the key. */
export const HEADER = "x-emulator-admin-key"

/** The cookie a `?key=` visit sets. */
export const COOKIE = "emulator_admin_key"

/** True for every address that only this machine can reach. */
export const isLoopback = (host: string): boolean =>
  host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host) || host === "::ffff:127.0.0.1"

const digest = (value: string) => createHash("sha256").update(value).digest()

/** Compares in constant time (hashes first, so lengths do not leak either). */
const matches = (key: Redacted.Redacted<string>, candidate: string | undefined): boolean =>
  candidate !== undefined && timingSafeEqual(digest(Redacted.value(key)), digest(candidate))

const refused = toResponse(errorReply(
  401,
  `The control plane needs the emulator's admin key: send it in the ${HEADER} header, or open the admin page with ?key= (the banner prints both)`,
  "admin_key_required"
))

/** The gate in front of control-plane routes; with no key, everything passes. */
export const gate = (key: Redacted.Redacted<string> | undefined) =>
<E, R>(app: HttpApp.Default<E, R>): HttpApp.Default<E, R | HttpServerRequest.HttpServerRequest> =>
  key === undefined ? app : Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) => {
    const target = Wire.splitTarget(request.originalUrl)
    if (target.path.replace(/\/+$/, "") === "/__emulator/health") return app
    const header = request.headers[HEADER]
    if (matches(key, header) || matches(key, request.cookies[COOKIE])) return app
    const fromQuery = (Wire.parseQuery(target.search) ?? []).find(([k]) => k === "key")?.[1]
    if (!matches(key, fromQuery)) return Effect.succeed(refused)
    return Effect.map(app, (response) =>
      HttpServerResponse.setHeader(
        response,
        "set-cookie",
        `${COOKIE}=${encodeURIComponent(Redacted.value(key))}; Path=/__emulator; HttpOnly; SameSite=Strict`
      ))
  })
