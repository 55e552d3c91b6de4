/**
 * The official `auth0` v7 SDK pointed at a bench emulator: `ManagementClient` with a static `token` and a custom
 * `fetch` that sends `https://{tenant}/api/v2/…` to the emulator (the wrapper always builds an https URL from
 * `domain` and drops a custom `fetcher`, but passes `fetch` through to the generated clients).
 */
import { ManagementClient } from "auth0"
import * as Redacted from "effect/Redacted"
import type { BenchEmulator } from "./emulator.js"

/** A ManagementClient for the emulator, with the SDK's defaults (2 retries on 408/429/5xx, 60 s timeout). */
export const makeSdk = (emulator: BenchEmulator): ManagementClient =>
  new ManagementClient({
    domain: emulator.tenantDomain,
    token: Redacted.value(emulator.token),
    fetch: emulator.fetch
  })
