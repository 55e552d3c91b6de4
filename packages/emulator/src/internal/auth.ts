/**
 * Access tokens: minting the emulator's HS256 client-credentials tokens and checking the bearer token of a
 * Management API request (signature, expiry, issuer, audience) into the scopes it grants.
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ApiError from "@effect-auth0/domain/ApiError"
import * as Jwt from "./jwt.js"
import { errorReply, type Reply, reply } from "./reply.js"

/** Who a valid bearer token speaks for. */
export interface Caller {
  readonly scopes: ReadonlySet<string>
  readonly clientId: string | undefined
}

/** The token authority of one emulator. */
export interface Tokens {
  readonly issuer: string
  /** The Management API audience, `https://{tenantDomain}/api/v2/`. */
  readonly audience: string
  /** Every audience a token may name: the tenant's and the emulator's own URL, with and without the final slash. */
  readonly audiences: ReadonlyArray<string>
  readonly mint: (scopes: Iterable<string>, lifetimeSeconds: number, clientId: string, audience?: string) => Effect.Effect<string>
  /** The caller of an `Authorization` header, or Auth0's 400/401 answer. */
  readonly authenticate: (header: string | undefined) => Effect.Effect<Either.Either<Caller, Reply>>
}

/** What tokens are bound to. */
export interface TokensOptions {
  readonly tenantDomain: string
  /** The emulator's origin, e.g. `http://127.0.0.1:4010`. */
  readonly baseUrl: string
  readonly signingKey: Uint8Array
  /** Epoch milliseconds on the emulator's (live) clock. */
  readonly now: Effect.Effect<number>
}

const invalidToken: Reply = reply(401, { ...ApiError.makeBody(401, "Invalid token"), attributes: { error: "Invalid token" } }, {
  "www-authenticate": "Token error=\"Invalid token\""
})

/** The token authority for a tenant served at `baseUrl`. */
export const make = (options: TokensOptions): Tokens => {
  const issuer = `https://${options.tenantDomain}/`
  const audience = `https://${options.tenantDomain}/api/v2/`
  const audiences = [audience, audience.slice(0, -1), `${options.baseUrl}/api/v2/`, `${options.baseUrl}/api/v2`]
  return {
    issuer,
    audience,
    audiences,
    mint: (scopes, lifetime, clientId, aud = audience) =>
      Effect.map(options.now, (millis) => {
        const iat = Math.floor(millis / 1000)
        return Jwt.sign({
          iss: issuer,
          sub: `${clientId}@clients`,
          aud,
          iat,
          exp: iat + lifetime,
          azp: clientId,
          gty: "client-credentials",
          scope: [...new Set(scopes)].join(" ")
        }, options.signingKey)
      }),
    authenticate: (header) =>
      Effect.map(options.now, (millis): Either.Either<Caller, Reply> => {
        if (header === undefined || header.trim() === "") return Either.left(errorReply(401, "Missing authentication"))
        const match = /^Bearer +([^\s]+) *$/i.exec(header)
        if (match === null) return Either.left(errorReply(400, "Bad HTTP authentication header format", "Bearer"))
        const result = Jwt.verify(match[1]!, { key: options.signingKey, now: Math.floor(millis / 1000), issuer, audiences })
        if (result._tag === "Invalid") return Either.left(invalidToken)
        return Either.right({
          scopes: result.scopes,
          clientId: typeof result.claims.azp === "string" ? result.claims.azp : undefined
        })
      })
  }
}
