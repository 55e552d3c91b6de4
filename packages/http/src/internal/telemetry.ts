/**
 * The `Auth0-Client` telemetry header, shaped like the official SDK's: base64url(JSON `{name, version, env}`).
 */
import * as Encoding from "effect/Encoding"
import { NAME, VERSION } from "./version.js"

/** What the telemetry header describes. */
export interface ClientInfo {
  readonly name: string
  readonly version: string
  readonly env?: { readonly [runtime: string]: string } | undefined
}

/** Node's version without the leading `v`, when running on Node; `undefined` elsewhere (browsers, workers). */
export const nodeVersion = (): string | undefined => {
  // Read defensively: this package must not require Node (no `process` in browsers and edge runtimes).
  const process = (globalThis as { readonly process?: { readonly versions?: { readonly node?: unknown } } }).process
  const node = process?.versions?.node
  return typeof node === "string" && node.length > 0 ? node : undefined
}

/** This library's own client info. */
export const defaultClientInfo = (): ClientInfo => {
  const node = nodeVersion()
  return { name: NAME, version: VERSION, env: node === undefined ? {} : { node } }
}

/** The header value for a client info. */
export const encode = (info: ClientInfo): string => Encoding.encodeBase64Url(JSON.stringify(info))

/** The header name. */
export const HEADER = "auth0-client"
