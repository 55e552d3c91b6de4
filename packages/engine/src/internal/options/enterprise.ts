/**
 * Options of enterprise connections (OIDC, Okta, Entra ID, SAML, PingFederate, AD, ADFS, Google Workspace): the
 * endpoints and certificate facts Auth0 derives from what was sent, and each strategy's defaults.
 *
 * @internal
 */
import { isRecord } from "effect/Predicate"
import { describeCertificate, signingCertOf } from "../crypto.js"
import { has, type JsonObject, own } from "../json.js"
import { readFederationMetadata, readSamlMetadata } from "./samlMetadata.js"
import { copyOf, deepFreeze, type Derive, fill } from "./shared.js"

/** Six fixed fake Microsoft signing-certificate thumbprints (what `waad` connections get). */
const WAAD_THUMBPRINTS = deepFreeze([
  "8d0e7a8e4b1a6a1cf9e0bb5b7c0c7d1c7a3b1e11",
  "a5a1e1f3b4c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5",
  "1fd9e3e40392b30329860d52171ee3695fa507dc",
  "b3dd8b5a42b94bb8a1f1d0e6c2a6c4b5a9e0d1f2",
  "c6e9d3e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6",
  "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c"
])

const origin = (url: unknown): string | undefined => {
  if (typeof url !== "string") return undefined
  try {
    const u = new URL(url)
    return u.protocol === "https:" || u.protocol === "http:" ? `${u.protocol}//${u.host}` : undefined
  } catch {
    return undefined
  }
}

/** A discovery document synthesised from the issuer (the engine never fetches anything). */
const oidcMetadata = (base: string): JsonObject => ({
  issuer: `${base}/`,
  authorization_endpoint: `${base}/authorize`,
  token_endpoint: `${base}/oauth/token`,
  userinfo_endpoint: `${base}/userinfo`,
  jwks_uri: `${base}/.well-known/jwks.json`,
  end_session_endpoint: `${base}/logout`,
  response_types_supported: ["code", "id_token", "code id_token"],
  subject_types_supported: ["public"],
  id_token_signing_alg_values_supported: ["RS256"],
  scopes_supported: ["openid", "profile", "email"]
})

const ENDPOINTS = ["issuer", "authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri"] as const

/** An object option with one key defaulted: `{...given, [key]: given[key] ?? fallback}` for a string `key`. */
const withDefault = (given: unknown, key: string, fallback: string): JsonObject => ({
  ...(isRecord(given) ? given : {}),
  [key]: isRecord(given) && typeof own(given, key) === "string" ? own(given, key) : fallback
})

/** `oidc` and `okta`: discovery metadata, the endpoints it names, the client type, attribute map and PKCE. */
export const oidc: Derive = (user, ctx) => {
  const out = copyOf(user)
  const okta = ctx.strategy === "okta"
  const domain = own(user, "domain")
  // Metadata comes from a discovery document: okta's domain or oidc's `discovery_url`. An oidc `issuer` alone
  // gets none (Auth0 makes no metadata up from it).
  const base = okta
    ? (typeof domain === "string" && domain.length > 0 ? `https://${domain}` : undefined)
    : origin(own(user, "discovery_url"))
  if (base !== undefined && !isRecord(own(user, "oidc_metadata"))) out.oidc_metadata = oidcMetadata(base)
  const metadata = own(out, "oidc_metadata")
  if (isRecord(metadata)) {
    for (const key of ENDPOINTS) {
      const v = own(user, key)
      if ((v === undefined || v === null) && typeof own(metadata, key) === "string") out[key] = own(metadata, key)
    }
  }
  fill(out, user, { type: okta ? "back_channel" : "front_channel", schema_version: "oidc-V4" })
  out.attribute_map = withDefault(own(user, "attribute_map"), "mapping_mode", okta ? "basic_profile" : "bind_all")
  out.connection_settings = withDefault(own(user, "connection_settings"), "pkce", "auto")
  return out
}

/** `waad`: Microsoft's certificate thumbprints, the tenant as app domain, and the identity API defaults. */
export const waad: Derive = (user, ctx) =>
  fill(copyOf(user), user, {
    thumbprints: WAAD_THUMBPRINTS,
    app_domain: ctx.tenantDomain,
    identity_api: "microsoft-identity-platform-v2.0",
    useCommonEndpoint: false,
    should_trust_email_verified_connection: "never_set_emails_as_verified",
    waad_common_endpoint: false,
    use_wsfed: false,
    waad_protocol: "openid-connect"
  })

/** The facts of the signing certificate (`signingCert`): its PEM, thumbprint, expiry and subject; `false` if unreadable. */
const addCertificateFacts = (out: JsonObject, signingCert: unknown): boolean => {
  const cert = typeof signingCert === "string" ? describeCertificate(signingCert) : undefined
  if (cert === undefined) return false
  // The order of the recordings: expires, subject, thumbprints, cert.
  if (cert.expires !== undefined) out.expires = cert.expires
  if (cert.subject !== undefined) out.subject = cert.subject
  out.thumbprints = [cert.thumbprint]
  out.cert = cert.pem
  return true
}

/**
 * What an inline `metadataXml` gives, for the keys not sent: `signingCert` (base64 of the certificate's PEM), the
 * sign-in and sign-out endpoints and the sign-in binding. The document itself is not kept.
 */
const addMetadataFacts = (out: JsonObject, user: JsonObject, xml: string): void => {
  const metadata = readSamlMetadata(xml)
  delete out.metadataXml
  const signingCert = metadata.signingCertificate === undefined ? undefined : signingCertOf(metadata.signingCertificate)
  const facts: JsonObject = {}
  if (signingCert !== undefined) facts.signingCert = signingCert
  if (metadata.signInEndpoint !== undefined) facts.signInEndpoint = metadata.signInEndpoint
  if (metadata.signOutEndpoint !== undefined) facts.signOutEndpoint = metadata.signOutEndpoint
  if (metadata.bindingMethod !== undefined) facts.bindingMethod = metadata.bindingMethod
  fill(out, user, facts)
}

/**
 * The assertion decryption default of new SAML connections. The newest recordings (2026) add it; earlier ones do
 * not have it, and the engine follows the newest.
 */
const ASSERTION_DECRYPTION_SETTINGS = deepFreeze({ algorithm_profile: "v2026-1" })

/**
 * `samlp`: what an inline `metadataXml` gives, the signing certificate's facts and the assertion decryption default. `signatureAlgorithm` and
 * `digestAlgorithm` are not added when absent.
 */
export const samlp: Derive = (user, ctx) => {
  const out = copyOf(user)
  const metadataXml = own(user, "metadataXml")
  if (typeof metadataXml === "string") addMetadataFacts(out, user, metadataXml)
  addCertificateFacts(out, own(out, "signingCert"))
  return ctx.mode === "create" ? fill(out, user, { assertion_decryption_settings: ASSERTION_DECRYPTION_SETTINGS }) : out
}

/**
 * `pingfederate`: the sign-in endpoint from `pingFederateBaseUrl`; `signingCert` is turned into `cert` and
 * `thumbprints` (and its other facts) and not returned itself; the signature and digest algorithm defaults.
 */
export const pingfederate: Derive = (user) => {
  const out = copyOf(user)
  const base = own(user, "pingFederateBaseUrl")
  if (typeof base === "string" && !has(user, "signInEndpoint")) out.signInEndpoint = `${base.replace(/\/+$/, "")}/idp/SSO.saml2`
  if (addCertificateFacts(out, own(user, "signingCert"))) delete out.signingCert
  return fill(out, user, { signatureAlgorithm: "rsa-sha256", digestAlgorithm: "sha256" })
}

/** `ad`: no IP restriction, and brute-force protection on at create. */
export const ad: Derive = (user, ctx) => {
  const out = fill(copyOf(user), user, { ips: null })
  return ctx.mode === "create" ? fill(out, user, { brute_force_protection: true }) : out
}

/** `adfs`: the sign-in endpoint of `fedMetadataXml` (unless sent), no thumbprints, and emails trusted as verified. */
export const adfs: Derive = (user) => {
  const out = fill(copyOf(user), user, { thumbprints: [] })
  const xml = own(user, "fedMetadataXml")
  const signInEndpoint = typeof xml === "string" ? readFederationMetadata(xml).signInEndpoint : undefined
  if (signInEndpoint !== undefined) fill(out, user, { signInEndpoint })
  return fill(out, user, { should_trust_email_verified_connection: "always_set_emails_as_verified" })
}

/**
 * `google-apps`: the email and profile scopes and the login defaults. The users API (`api_enable_users`) stays off
 * unless sent.
 */
export const googleApps: Derive = (user) => {
  const out = fill(copyOf(user), user, { email: true, profile: true })
  const scope = ["email", "profile"].filter((flag) => out[flag] === true)
  return fill(out, user, { scope, handle_login_from_social: true, map_user_id_to_id: false })
}
