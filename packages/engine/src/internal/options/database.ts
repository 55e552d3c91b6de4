/**
 * Options of database (`auth0`) and passwordless (`email`, `sms`) connections: their defaults and the business
 * rules Auth0 enforces on `attributes`.
 *
 * @internal
 */
import { IdentifierAttribute } from "@effect-auth0/domain/ConnectionOptions"
import { isRecord } from "effect/Predicate"
import { badRequest, reject } from "../errors.js"
import { defineOwn, has, type JsonObject, own } from "../json.js"
import { copyKeys, copyOf, deepFreeze, type Derive, type DeriveContext, fill } from "./shared.js"

const AUTH0_MFA = deepFreeze({ active: true, return_enroll_settings: true })

const AUTH0_AUTHENTICATION_METHODS = deepFreeze({
  password: { enabled: true, api_behavior: "required", signup_behavior: "allow" },
  passkey: { enabled: false }
})

const AUTH0_PASSKEY_OPTIONS = deepFreeze({ challenge_ui: "both", progressive_enrollment_enabled: true, local_enrollment_enabled: true })

const PASSWORD_OPTIONS_DEFAULTS: Readonly<Record<string, JsonObject>> = deepFreeze({
  complexity: {
    character_type_rule: "all",
    identical_characters: "allow",
    sequential_characters: "allow",
    max_length_exceeded: "error",
    min_length: 15,
    character_types: []
  },
  profile_data: {
    active: false,
    blocked_fields: ["name", "username", "nickname", "email", "phone_number", "user_metadata.name", "user_metadata.first", "user_metadata.last"]
  },
  history: { active: false, size: 3 },
  dictionary: { active: false, custom: [], default: "en_100k" }
})

const IDENTIFIERS = IdentifierAttribute.literals

/** Business rules on `attributes`; a broken one rejects the request with Auth0's 400. */
const checkAttributes = (options: JsonObject, ctx: DeriveContext): void => {
  const attributes = own(options, "attributes")
  if (!isRecord(attributes)) return
  let active = false
  for (const name of IDENTIFIERS) {
    const attribute = own(attributes, name)
    if (!isRecord(attribute)) continue
    const identifier = own(attribute, "identifier")
    if (isRecord(identifier) && own(identifier, "active") === true) active = true
    const signup = own(attribute, "signup")
    if (own(attribute, "profile_required") === true && isRecord(signup) && own(signup, "status") === "inactive") {
      reject(badRequest(`attribute ${name} must also be required on signup`))
    }
  }
  // The identifier check comes first; `requires_username: false` goes with `attributes` (Auth0 answers 201).
  if (!active) reject(badRequest("attributes must contain one active identifier"))
  if (own(options, "requires_username") === true) reject(badRequest("Cannot set both options.attributes and options.requires_username"))
  if (has(options, "validation") && own(options, "validation") !== null) {
    reject(badRequest("Cannot set both options.attributes and options.validation"))
  }
  if (ctx.mode === "update") checkEmailUniqueness(attributes, ctx.previous)
}

/** A PATCH may not add a non-unique email attribute nor flip `unique` on an existing one. */
const checkEmailUniqueness = (attributes: JsonObject, previous: JsonObject | undefined): void => {
  const email = own(attributes, "email")
  if (!isRecord(email)) return
  const previousAttributes = previous === undefined ? undefined : own(previous, "attributes")
  const previousEmail = isRecord(previousAttributes) ? own(previousAttributes, "email") : undefined
  // Auth0 treats a missing `unique` as true (terraform-provider-auth0 PR #1670).
  const unique = own(email, "unique") ?? true
  if (!isRecord(previousEmail)) {
    if (unique !== true) reject(badRequest("cannot add non-unique email attribute"))
  } else if (unique !== (own(previousEmail, "unique") ?? true)) {
    reject(badRequest("cannot patch unique property on email attribute"))
  }
}

/** `attributes.email` gets `verification_method: "link"` and `unique: true` when omitted. */
const completeAttributes = (attributes: JsonObject): JsonObject => {
  const out = copyOf(attributes)
  const email = own(attributes, "email")
  if (isRecord(email)) out.email = fill(copyOf(email), email, { unique: true, verification_method: "link" })
  return out
}

/** Each `password_options` section is completed with Auth0's defaults; unknown sections are kept. */
const completePasswordOptions = (given: JsonObject): JsonObject => {
  const out: JsonObject = {}
  for (const [section, defaults] of Object.entries(PASSWORD_OPTIONS_DEFAULTS)) {
    const user = own(given, section)
    const merged: JsonObject = { ...defaults }
    if (isRecord(user)) copyKeys(merged, user)
    out[section] = merged
  }
  for (const key of Object.keys(given)) if (!has(out, key)) defineOwn(out, key, given[key])
  return out
}

/** `auth0`: MFA, password policy and strategy version on create; authentication methods and passkeys always. */
export const auth0: Derive = (user, ctx) => {
  checkAttributes(user, ctx)
  const out: JsonObject = {}
  // Key order follows the recordings: mfa, the password policy, the caller's keys, then the derived ones.
  if (ctx.mode === "create") {
    if (!has(user, "mfa")) out.mfa = AUTH0_MFA
    // Recordings up to 2025 show `passwordPolicy: "good"` here; the newest (2026-08) show no `passwordPolicy` and a
    // complete default `password_options` instead. The engine follows the newest.
    if (!has(user, "passwordPolicy") && !has(user, "password_options")) out.password_options = completePasswordOptions({})
    if (!has(user, "strategy_version")) out.strategy_version = 2
  }
  copyKeys(out, user)
  fill(out, user, {
    authentication_methods: AUTH0_AUTHENTICATION_METHODS,
    passkey_options: AUTH0_PASSKEY_OPTIONS,
    brute_force_protection: true
  })
  const passwordOptions = own(user, "password_options")
  if (isRecord(passwordOptions)) out.password_options = completePasswordOptions(passwordOptions)
  const attributes = own(user, "attributes")
  if (isRecord(attributes)) out.attributes = completeAttributes(attributes)
  return out
}

/** `email` and `sms`: brute-force protection on unless sent. */
export const passwordless: Derive = (user) => fill(copyOf(user), user, { brute_force_protection: true })
