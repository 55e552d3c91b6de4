/**
 * Signing keys of OIDC and Okta connections: `GET /keys`, `POST /keys`, `POST /keys/rotate`.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { open, optional } from "./ConnectionOptions.js"

const opt = optional

/**
 * A connection signing key. Only the flag that is true among `current`/`next`/`previous` is present.
 *
 * @since 0.0.0
 */
export const ConnectionKey = open({
  kid: Schema.String,
  cert: Schema.String,
  pkcs: opt(Schema.String),
  current: opt(Schema.Boolean),
  next: opt(Schema.Boolean),
  previous: opt(Schema.Boolean),
  current_since: opt(Schema.String),
  fingerprint: opt(Schema.String),
  thumbprint: opt(Schema.String),
  algorithm: opt(Schema.String),
  key_use: opt(Schema.String),
  subject_dn: opt(Schema.String)
}).annotations({ identifier: "ConnectionKey" })

/**
 * @since 0.0.0
 */
export type ConnectionKey = typeof ConnectionKey.Type

/**
 * The answer to `POST /connections/{id}/keys/rotate`: the new next key's `kid` and `cert` (`GET /keys` has the rest).
 *
 * @since 0.0.0
 */
export const RotatedKey = open({ kid: Schema.String, cert: Schema.String }).annotations({ identifier: "RotatedKey" })

/**
 * @since 0.0.0
 */
export type RotatedKey = typeof RotatedKey.Type

/**
 * The keys of a connection.
 *
 * @since 0.0.0
 */
export const ConnectionKeys = Schema.Array(ConnectionKey).annotations({ identifier: "ConnectionKeys" })

/**
 * Signing algorithms accepted when creating or rotating keys.
 *
 * @since 0.0.0
 */
export const SigningAlgorithm = Schema.Literal("RS256", "RS384", "RS512", "PS256", "PS384", "ES256", "ES384").annotations({
  identifier: "SigningAlgorithm"
})

/**
 * @since 0.0.0
 */
export type SigningAlgorithm = typeof SigningAlgorithm.Type

/**
 * The body of `POST /keys` and `POST /keys/rotate`.
 *
 * @since 0.0.0
 */
export const KeysRequest = Schema.Struct({ signing_alg: opt(SigningAlgorithm) }).annotations({ identifier: "KeysRequest" })

/**
 * @since 0.0.0
 */
export type KeysRequest = typeof KeysRequest.Type
