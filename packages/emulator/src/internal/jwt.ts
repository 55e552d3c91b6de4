/**
 * HS256 JSON Web Tokens with node:crypto: enough to sign the emulator's access tokens and to verify them strictly
 * (algorithm pinned, constant-time signature check, expiry, issuer, audience).
 */
import { createHmac, timingSafeEqual } from "node:crypto"
import { isRecord } from "effect/Predicate"

/** Claims of an emulator access token (the same set Auth0 puts in a client-credentials token). */
export interface AccessTokenClaims {
  readonly iss: string
  readonly sub: string
  readonly aud: string | ReadonlyArray<string>
  readonly iat: number
  readonly exp: number
  readonly azp: string
  readonly gty: string
  readonly scope: string
  readonly [key: string]: unknown
}

const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT", kid: "emulator" })).toString("base64url")
const BASE64URL = /^[A-Za-z0-9_-]+$/

const signature = (key: Uint8Array, input: string): Buffer => createHmac("sha256", key).update(input).digest()

/** Signs claims into a compact JWS. */
export const sign = (claims: AccessTokenClaims, key: Uint8Array): string => {
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`
  return `${input}.${signature(key, input).toString("base64url")}`
}

/** What a token must satisfy besides its signature. */
export interface VerifyOptions {
  readonly key: Uint8Array
  /** Epoch seconds. */
  readonly now: number
  readonly issuer: string
  /** Any one of these must be the `aud` claim (or be in it when it is an array). */
  readonly audiences: ReadonlyArray<string>
}

/** The outcome of a verification; `reason` is for debugging only and never reaches a client. */
export type VerifyResult =
  | { readonly _tag: "Valid"; readonly claims: Record<string, unknown>; readonly scopes: ReadonlySet<string> }
  | { readonly _tag: "Invalid"; readonly reason: string }

const invalid = (reason: string): VerifyResult => ({ _tag: "Invalid", reason })

const parseJsonObject = (part: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"))
    return isRecord(value) ? value as Record<string, unknown> : undefined
  } catch {
    return undefined
  }
}

/** Verifies a compact JWS signed by {@link sign}. Never throws. */
export const verify = (token: string, options: VerifyOptions): VerifyResult => {
  const parts = token.split(".")
  if (parts.length !== 3 || !parts.every((p) => BASE64URL.test(p))) return invalid("not a compact JWS")
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string]
  const header = parseJsonObject(headerPart)
  // Pinning the algorithm rules out `alg: none` and algorithm-confusion tokens.
  if (header === undefined || header.alg !== "HS256") return invalid("unsupported header")
  const expected = signature(options.key, `${headerPart}.${payloadPart}`)
  const actual = Buffer.from(signaturePart, "base64url")
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return invalid("bad signature")
  const claims = parseJsonObject(payloadPart)
  if (claims === undefined) return invalid("payload is not an object")
  if (typeof claims.exp !== "number" || claims.exp <= options.now) return invalid("expired")
  if (typeof claims.nbf === "number" && claims.nbf > options.now) return invalid("not yet valid")
  if (claims.iss !== options.issuer) return invalid("issuer")
  const aud = claims.aud
  const audiences = typeof aud === "string" ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === "string") : []
  if (!audiences.some((a) => options.audiences.includes(a))) return invalid("audience")
  const scope = typeof claims.scope === "string" ? claims.scope : ""
  return { _tag: "Valid", claims, scopes: new Set(scope.split(" ").filter((s) => s.length > 0)) }
}
