/**
 * The domain's validation (`@effect-auth0/domain`) and the engine accept and refuse the same bodies and ids at
 * every boundary: both take their limits and patterns from the domain's constants, and this proves the two
 * readings of them agree (a case where one accepts and the other refuses fails here).
 */
import { describe, expect, it } from "@effect/vitest"
import * as ConnectionOptions from "@effect-auth0/domain/ConnectionOptions"
import * as ConnectionRequest from "@effect-auth0/domain/ConnectionRequest"
import * as DirectoryProvisioning from "@effect-auth0/domain/DirectoryProvisioning"
import * as Identifiers from "@effect-auth0/domain/Identifiers"
import * as EnabledClients from "@effect-auth0/domain/EnabledClients"
import * as Metadata from "@effect-auth0/domain/Metadata"
import * as Scim from "@effect-auth0/domain/Scim"
import * as Validation from "@effect-auth0/domain/Validation"
import { Effect, Either, Schema } from "effect"
import type * as Engine from "@effect-auth0/engine/Engine"
import { makeClient } from "./helpers.js"

const a = (n: number, c = "a") => c.repeat(n)
/** `n` characters of 2 UTF-16 units each: Auth0 (and so both sides) counts code points. */
const emoji = (n: number) => a(n, "\u{1F600}")
const metadataOf = (keys: number, valueLength = 1) =>
  Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, a(valueLength, "v")]))

const NAME_MAX = Identifiers.CONNECTION_NAME_MAX_LENGTH
const DISPLAY_MAX = Identifiers.DISPLAY_NAME_MAX_LENGTH
const CLIENT_MAX = Identifiers.CLIENT_ID_MAX_LENGTH
const REALM_MAX = Identifiers.REALM_MAX_LENGTH
const KEYS_MAX = Metadata.MAX_METADATA_KEYS
const VALUE_MAX = Metadata.MAX_METADATA_VALUE_LENGTH
const ATTRS_MAX = ConnectionOptions.MAX_NON_PERSISTENT_ATTRS
const ATTR_MAX = ConnectionOptions.NON_PERSISTENT_ATTR_MAX_LENGTH
const ICON_MAX = ConnectionOptions.ICON_URL_MAX_LENGTH
const PW_MIN = ConnectionOptions.PASSWORD_COMPLEXITY_MIN_LENGTH_FLOOR
const PW_MAX = ConnectionOptions.PASSWORD_COMPLEXITY_MIN_LENGTH_CEILING
const withOptions = (options: Record<string, unknown>) => ({ name: "a", strategy: "github", options })
const samlp = (options: Record<string, unknown>) => ({ name: "s", strategy: "samlp", options: { signInEndpoint: "https://idp.example.com/sso", signingCert: "MIIC", ...options } })
const PRECEDENCE = ConnectionOptions.IdentifierAttribute.literals
const PRECEDENCE_LENGTH = ConnectionOptions.PRECEDENCE_LENGTH

/**
 * The generic keys Auth0 types, refused for every strategy as on PATCH: one value of the wrong kind per key, and
 * values it accepts (`null` where the schema allows it). Run as a github create, a samlp create and a PATCH.
 */
const genericOptionCases: ReadonlyArray<readonly [label: string, options: Record<string, unknown>, accepted: boolean]> = [
  ...ConnectionOptions.BOOLEAN_OPTION_KEYS.flatMap((key) => [
    [`${key} true`, { [key]: true }, true] as const,
    [`${key} a string`, { [key]: "yes" }, false] as const
  ]),
  ...ConnectionOptions.OBJECT_OPTION_KEYS.flatMap((key) => [
    [`${key} null`, { [key]: null }, true] as const,
    [`${key} an array`, { [key]: [] }, false] as const,
    [`${key} a string`, { [key]: "x" }, false] as const
  ]),
  [`precedence of ${PRECEDENCE_LENGTH} attributes`, { precedence: [...PRECEDENCE].reverse() }, true],
  [`precedence of ${PRECEDENCE_LENGTH - 1} attributes`, { precedence: PRECEDENCE.slice(1) }, false],
  ["precedence with a repeated attribute", { precedence: [PRECEDENCE[0], PRECEDENCE[0], PRECEDENCE[1]] }, false],
  ["precedence with an unknown attribute", { precedence: [PRECEDENCE[0], PRECEDENCE[1], "nickname"] }, false],
  ["attributes empty", { attributes: {} }, false],
  ["attributes null", { attributes: null }, false],
  ["attributes with another key", { attributes: { email: {}, nickname: {} } }, false],
  ["attributes.email a string", { attributes: { email: "x" } }, false],
  ["customScripts with a script", { customScripts: { login: "function login() {}" } }, true],
  ["customScripts with an empty script", { customScripts: { login: "" } }, false],
  ["customScripts an array", { customScripts: ["x"] }, false],
  ["passwordPolicy null", { passwordPolicy: null }, true],
  ["passwordPolicy excellent", { passwordPolicy: "excellent" }, true],
  ["passwordPolicy unknown", { passwordPolicy: "strong" }, false],
  ["set_user_root_attributes on_first_login", { set_user_root_attributes: "on_first_login" }, true],
  ["set_user_root_attributes unknown", { set_user_root_attributes: "sometimes" }, false],
  ["configuration with a null value", { configuration: { k: "v", n: null } }, true],
  ["configuration with a number value", { configuration: { k: 1 } }, false],
  ["strategy_version a string", { strategy_version: "2" }, false],
  ["domain_aliases of a number", { domain_aliases: [1] }, false],
  [`icon_url of ${ICON_MAX + 1} characters`, { icon_url: `https://${a(ICON_MAX - 7)}` }, false],
  [`${ATTRS_MAX + 1} non_persistent_attrs`, { non_persistent_attrs: Array.from({ length: ATTRS_MAX + 1 }, (_, i) => `f${i}`) }, false]
]

/** Create bodies at each boundary, with whether Auth0 accepts them (both readings must say the same). */
const createCases: ReadonlyArray<readonly [label: string, body: Record<string, unknown>, accepted: boolean]> = [
  ["name of 1 character", { name: "a", strategy: "auth0" }, true],
  [`name of ${NAME_MAX} characters`, { name: a(NAME_MAX), strategy: "auth0" }, true],
  [`name of ${NAME_MAX + 1} characters`, { name: a(NAME_MAX + 1), strategy: "auth0" }, false],
  ["empty name", { name: "", strategy: "auth0" }, false],
  ["name with single hyphens", { name: "a-b-c1", strategy: "auth0" }, true],
  ["name of mixed case and digits", { name: "Ab9Z", strategy: "auth0" }, true],
  ["name starting with a hyphen", { name: "-ab", strategy: "auth0" }, false],
  ["name ending with a hyphen", { name: "ab-", strategy: "auth0" }, false],
  ["name with a double hyphen", { name: "a--b", strategy: "auth0" }, false],
  ["name with an underscore", { name: "a_b", strategy: "auth0" }, false],
  ["name with a space", { name: "a b", strategy: "auth0" }, false],
  ["name with a non-ASCII letter", { name: "caf\u00e9", strategy: "auth0" }, false],
  ["unknown strategy", { name: "a", strategy: "nope" }, false],
  [`display_name of ${DISPLAY_MAX} characters`, { name: "a", strategy: "auth0", display_name: a(DISPLAY_MAX) }, true],
  [`display_name of ${DISPLAY_MAX + 1} characters`, { name: "a", strategy: "auth0", display_name: a(DISPLAY_MAX + 1) }, false],
  [`metadata with ${KEYS_MAX} keys`, { name: "a", strategy: "auth0", metadata: metadataOf(KEYS_MAX) }, true],
  [`metadata with ${KEYS_MAX + 1} keys`, { name: "a", strategy: "auth0", metadata: metadataOf(KEYS_MAX + 1) }, false],
  [`metadata value of ${VALUE_MAX} characters`, { name: "a", strategy: "auth0", metadata: metadataOf(1, VALUE_MAX) }, true],
  [`metadata value of ${VALUE_MAX + 1} characters`, { name: "a", strategy: "auth0", metadata: metadataOf(1, VALUE_MAX + 1) }, false],
  ["metadata value null", { name: "a", strategy: "auth0", metadata: { k: null } }, true],
  [`metadata value of ${VALUE_MAX} emoji`, { name: "a", strategy: "auth0", metadata: { k: emoji(VALUE_MAX) } }, true],
  [`metadata value of ${VALUE_MAX + 1} emoji`, { name: "a", strategy: "auth0", metadata: { k: emoji(VALUE_MAX + 1) } }, false],
  ["metadata with an empty key", { name: "a", strategy: "auth0", metadata: { "": "v" } }, true],
  [`display_name of ${DISPLAY_MAX} emoji`, { name: "a", strategy: "auth0", display_name: emoji(DISPLAY_MAX) }, true],
  [`realm of ${REALM_MAX} emoji`, { name: "a", strategy: "auth0", realms: [emoji(REALM_MAX)] }, true],
  ["client id with a space", { name: "a", strategy: "auth0", enabled_clients: ["a b"] }, true],
  ["metadata value a number", { name: "a", strategy: "auth0", metadata: { k: 1 } }, false],
  [`client id of ${CLIENT_MAX} characters`, { name: "a", strategy: "auth0", enabled_clients: [a(CLIENT_MAX)] }, true],
  [`client id of ${CLIENT_MAX + 1} characters`, { name: "a", strategy: "auth0", enabled_clients: [a(CLIENT_MAX + 1)] }, false],
  ["empty client id", { name: "a", strategy: "auth0", enabled_clients: [""] }, false],
  [`realm of ${REALM_MAX} characters`, { name: "a", strategy: "auth0", realms: [a(REALM_MAX)] }, true],
  [`realm of ${REALM_MAX + 1} characters`, { name: "a", strategy: "auth0", realms: [a(REALM_MAX + 1)] }, false],
  ["empty realm", { name: "a", strategy: "auth0", realms: [""] }, false],
  [`${ATTRS_MAX} non_persistent_attrs`, withOptions({ non_persistent_attrs: Array.from({ length: ATTRS_MAX }, (_, i) => `f${i}`) }), true],
  [`${ATTRS_MAX + 1} non_persistent_attrs`, withOptions({ non_persistent_attrs: Array.from({ length: ATTRS_MAX + 1 }, (_, i) => `f${i}`) }), false],
  [`non_persistent_attrs entry of ${ATTR_MAX} characters`, withOptions({ non_persistent_attrs: [a(ATTR_MAX)] }), true],
  [`non_persistent_attrs entry of ${ATTR_MAX + 1} characters`, withOptions({ non_persistent_attrs: [a(ATTR_MAX + 1)] }), false],
  [`icon_url of ${ICON_MAX} characters`, withOptions({ icon_url: `https://${a(ICON_MAX - 8)}` }), true],
  [`icon_url of ${ICON_MAX + 1} characters`, withOptions({ icon_url: `https://${a(ICON_MAX - 7)}` }), false],
  [`non_persistent_attrs entry of ${ATTR_MAX} emoji`, withOptions({ non_persistent_attrs: [emoji(ATTR_MAX)] }), true],
  ["username length 1 to 128", { name: "db", strategy: "auth0", options: { validation: { username: { min: 1, max: 128 } } } }, true],
  ["username min 0", { name: "db", strategy: "auth0", options: { validation: { username: { min: 0, max: 15 } } } }, false],
  ["username max 129", { name: "db", strategy: "auth0", options: { validation: { username: { min: 1, max: 129 } } } }, false],
  // Auth0 checks every strategy's options against one generic schema: `validation` and the password options
  // are refused for a github connection as for a database one.
  ["username bounds on github", withOptions({ validation: { username: { min: 1, max: 128 } } }), true],
  ["username min 0 on github", withOptions({ validation: { username: { min: 0, max: 15 } } }), false],
  ["validation null", { name: "db", strategy: "auth0", options: { validation: null } }, true],
  ["validation.requires_username (recorded 400)", { name: "db", strategy: "auth0", options: { validation: { requires_username: true } } }, false],
  ["validation with another key on github", withOptions({ validation: { other: 1 } }), false],
  ["validation.username with another key", { name: "db", strategy: "auth0", options: { validation: { username: { min: 1, max: 5, x: 1 } } } }, false],
  ["validation.username without max", { name: "db", strategy: "auth0", options: { validation: { username: { min: 1 } } } }, false],
  [`password min_length ${PW_MIN}`, { name: "db", strategy: "auth0", options: { password_complexity_options: { min_length: PW_MIN } } }, true],
  [`password min_length ${PW_MAX}`, { name: "db", strategy: "auth0", options: { password_complexity_options: { min_length: PW_MAX } } }, true],
  [`password min_length ${PW_MIN - 1}`, { name: "db", strategy: "auth0", options: { password_complexity_options: { min_length: PW_MIN - 1 } } }, false],
  [`password min_length ${PW_MAX + 1}`, { name: "db", strategy: "auth0", options: { password_complexity_options: { min_length: PW_MAX + 1 } } }, false],
  ["password min_length not an integer", { name: "db", strategy: "auth0", options: { password_complexity_options: { min_length: 8.5 } } }, false],
  ["password_complexity_options with another key (kept)", { name: "db", strategy: "auth0", options: { password_complexity_options: { x: 1 } } }, true],
  [`password min_length ${PW_MAX + 1} on github`, withOptions({ password_complexity_options: { min_length: PW_MAX + 1 } }), false],
  ["unknown option key (kept)", withOptions({ some_future_option: { x: 1 } }), true],
  ...genericOptionCases.flatMap(([label, options, accepted]) => [
    [`${label} on github`, withOptions(options), accepted] as const,
    [`${label} on samlp`, samlp(options), accepted] as const
  ]),
  ["unknown top-level key", { name: "a", strategy: "auth0", nope: 1 }, false],
  ["authentication without active", { name: "a", strategy: "auth0", authentication: {} }, false]
]

/** PATCH bodies at each boundary. */
const updateCases: ReadonlyArray<readonly [label: string, body: Record<string, unknown>, accepted: boolean]> = [
  ["empty body", {}, false],
  [`display_name of ${DISPLAY_MAX} characters`, { display_name: a(DISPLAY_MAX) }, true],
  [`display_name of ${DISPLAY_MAX + 1} characters`, { display_name: a(DISPLAY_MAX + 1) }, false],
  [`metadata with ${KEYS_MAX} keys`, { metadata: metadataOf(KEYS_MAX) }, true],
  [`metadata with ${KEYS_MAX + 1} keys`, { metadata: metadataOf(KEYS_MAX + 1) }, false],
  [`metadata value of ${VALUE_MAX} characters`, { metadata: metadataOf(1, VALUE_MAX) }, true],
  [`metadata value of ${VALUE_MAX + 1} characters`, { metadata: metadataOf(1, VALUE_MAX + 1) }, false],
  [`client id of ${CLIENT_MAX} characters`, { enabled_clients: [a(CLIENT_MAX)] }, true],
  [`client id of ${CLIENT_MAX + 1} characters`, { enabled_clients: [a(CLIENT_MAX + 1)] }, false],
  ["enabled_clients null", { enabled_clients: null }, true],
  ["client id with whitespace", { enabled_clients: [" a\tb "] }, true],
  ["metadata with an empty key", { metadata: { "": null } }, true],
  [`metadata value of ${VALUE_MAX} emoji`, { metadata: { k: emoji(VALUE_MAX) } }, true],
  [`metadata value of ${VALUE_MAX + 1} emoji`, { metadata: { k: emoji(VALUE_MAX + 1) } }, false],
  [`realm of ${REALM_MAX} characters`, { realms: [a(REALM_MAX)] }, true],
  [`realm of ${REALM_MAX + 1} characters`, { realms: [a(REALM_MAX + 1)] }, false],
  ["name (cannot change)", { name: "b" }, false],
  ["strategy (cannot change)", { strategy: "auth0" }, false],
  ["options null", { options: null }, true],
  // PATCH options are checked against the same generic schema, whatever the connection's strategy.
  ["validation.requires_username", { options: { validation: { requires_username: true } } }, false],
  ["username bounds 1 to 128", { options: { validation: { username: { min: 1, max: 128 } } } }, true],
  ["username max 129", { options: { validation: { username: { min: 1, max: 129 } } } }, false],
  [`password min_length ${PW_MAX}`, { options: { password_complexity_options: { min_length: PW_MAX } } }, true],
  [`password min_length ${PW_MIN - 1}`, { options: { password_complexity_options: { min_length: PW_MIN - 1 } } }, false],
  ["an unknown option key (kept)", { options: { some_future_option: 1 } }, true],
  ...genericOptionCases.map(([label, options, accepted]) => [label, { options }, accepted] as const)
]

/** Connection ids in paths. */
const idCases: ReadonlyArray<readonly [id: string, accepted: boolean]> = [
  ["con_abc123XYZ", true],
  [`con_${a(Identifiers.CONNECTION_ID_MAX_LENGTH - 4)}`, true],
  [`con_${a(Identifiers.CONNECTION_ID_MAX_LENGTH - 3)}`, false],
  ["con_", false],
  ["con_a-b", false],
  ["con_a_b", false],
  ["cn_abc", false],
  ["CON_abc", false],
  ["abc", false]
]

/** SCIM token ids in paths. */
const tokenIdCases: ReadonlyArray<readonly [id: string, accepted: boolean]> = [
  ["tok_abc123", true],
  [`tok_${a(Identifiers.SCIM_TOKEN_ID_MAX_LENGTH - 4)}`, true],
  [`tok_${a(Identifiers.SCIM_TOKEN_ID_MAX_LENGTH - 3)}`, false],
  ["tok_", false],
  ["tok-abc", false],
  ["tok_a.b", false],
  ["abc", false]
]

/** Directory-provisioning create bodies and synchronized-groups bodies at each boundary. */
const directoryCases: ReadonlyArray<readonly [label: string, body: Record<string, unknown>, accepted: boolean]> = [
  ["empty body", {}, true],
  ["one mapping", { mapping: [{ auth0: "email", idp: "primaryEmail" }] }, true],
  ["no mapping items", { mapping: [] }, false],
  ["an empty auth0 field", { mapping: [{ auth0: "", idp: "x" }] }, false],
  ["a mapping item without idp", { mapping: [{ auth0: "email" }] }, false],
  ["a mapping item with another key", { mapping: [{ auth0: "email", idp: "x", other: 1 }] }, false],
  ["synchronize_groups selected", { synchronize_groups: "selected" }, true],
  ["synchronize_groups unknown", { synchronize_groups: "some" }, false],
  ["synchronize_automatically not a boolean", { synchronize_automatically: "yes" }, false],
  ["an unknown key", { extra: 1 }, false]
]
const groupsCases: ReadonlyArray<readonly [label: string, body: Record<string, unknown>, accepted: boolean]> = [
  ["no groups", { groups: [] }, true],
  ["a group with every fact", { groups: [{ id: "g", name: "G", email: "g@example.com", direct_members_count: 0 }] }, true],
  [`an id of ${Identifiers.DIRECTORY_GROUP_ID_MAX_LENGTH} characters`, { groups: [{ id: a(Identifiers.DIRECTORY_GROUP_ID_MAX_LENGTH) }] }, true],
  [`an id of ${Identifiers.DIRECTORY_GROUP_ID_MAX_LENGTH + 1} characters`, { groups: [{ id: a(Identifiers.DIRECTORY_GROUP_ID_MAX_LENGTH + 1) }] }, false],
  ["an empty id", { groups: [{ id: "" }] }, false],
  ["an empty email (recorded)", { groups: [{ id: "g", email: "" }] }, false],
  ["a negative member count", { groups: [{ id: "g", direct_members_count: -1 }] }, false],
  ["no groups key", {}, false]
]

/** `PATCH /connections/{id}/clients` bodies. */
const enabledClientsCases: ReadonlyArray<readonly [label: string, body: unknown, accepted: boolean]> = [
  ["a client id", [{ client_id: "abc", status: true }], true],
  ["a client id with a space", [{ client_id: "a b", status: true }], true],
  ["an empty client id", [{ client_id: "", status: true }], false],
  [`a client id of ${CLIENT_MAX} emoji`, [{ client_id: emoji(CLIENT_MAX), status: false }], true],
  [`a client id of ${CLIENT_MAX + 1} characters`, [{ client_id: a(CLIENT_MAX + 1), status: false }], false]
]

const MAPPING_MAX = Scim.SCIM_MAPPING_FIELD_MAX_LENGTH
const USER_ID_MAX = Scim.USER_ID_ATTRIBUTE_MAX_LENGTH
/** `PATCH /connections/{id}/scim-configuration` bodies. */
const scimCases: ReadonlyArray<readonly [label: string, body: Record<string, unknown>, accepted: boolean]> = [
  ["an empty mapping", { user_id_attribute: "externalId", mapping: [] }, true],
  [`mapping fields of ${MAPPING_MAX} emoji`, { user_id_attribute: "externalId", mapping: [{ auth0: emoji(MAPPING_MAX), scim: emoji(MAPPING_MAX) }] }, true],
  [`an auth0 field of ${MAPPING_MAX + 1} characters`, { user_id_attribute: "externalId", mapping: [{ auth0: a(MAPPING_MAX + 1) }] }, false],
  [`a scim field of ${MAPPING_MAX + 1} characters`, { user_id_attribute: "externalId", mapping: [{ scim: a(MAPPING_MAX + 1) }] }, false],
  ["a mapping item with another key", { user_id_attribute: "externalId", mapping: [{ auth0: "a", scim: "b", other: "c" }] }, false],
  [`user_id_attribute of ${USER_ID_MAX} emoji`, { user_id_attribute: emoji(USER_ID_MAX), mapping: [] }, true],
  [`user_id_attribute of ${USER_ID_MAX + 1} characters`, { user_id_attribute: a(USER_ID_MAX + 1), mapping: [] }, false],
  ["an empty user_id_attribute", { user_id_attribute: "", mapping: [] }, false],
  ["no mapping", { user_id_attribute: "externalId" }, false]
]

const LIFETIME_MIN = Scim.SCIM_TOKEN_MIN_LIFETIME
/** `POST /connections/{id}/scim-configuration/tokens` bodies. */
const scimTokenCases: ReadonlyArray<readonly [label: string, body: Record<string, unknown>, accepted: boolean]> = [
  ["empty body", {}, true],
  [`token_lifetime ${LIFETIME_MIN - 1}`, { token_lifetime: LIFETIME_MIN - 1 }, false],
  [`token_lifetime ${LIFETIME_MIN} (OAS minimum, inclusive)`, { token_lifetime: LIFETIME_MIN }, true],
  ["token_lifetime null", { token_lifetime: null }, true],
  ["token_lifetime not an integer", { token_lifetime: 1000.5 }, false],
  ["every scope", { scopes: [...Scim.SCIM_SCOPES] }, true],
  ["no scopes", { scopes: [] }, false],
  ["an unknown scope", { scopes: ["read:users"] }, false],
  ["a repeated scope", { scopes: ["get:users", "get:users"] }, false],
  ["an unknown key", { lifetime: 1000 }, false]
]

const EMAIL_MAX = Identifiers.USER_EMAIL_MAX_LENGTH
const emailOf = (length: number) => `${a(length - "@example.com".length)}@example.com`
/** The `email` of `DELETE /connections/{id}/users`. */
const userEmailCases: ReadonlyArray<readonly [label: string, email: string, accepted: boolean]> = [
  ["an address", "a+b@example.com", true],
  [`an address of ${EMAIL_MAX} characters`, emailOf(EMAIL_MAX), true],
  [`an address of ${EMAIL_MAX + 1} characters`, emailOf(EMAIL_MAX + 1), false],
  [`an address of ${EMAIL_MAX} characters with emoji`, `${emoji(EMAIL_MAX - 12)}@example.com`, true],
  ["not an address", "someone", false],
  ["an address with a space", "a b@example.com", false],
  ["empty", "", false]
]

const decodeUpdate = Validation.decode(ConnectionRequest.UpdateConnection)
const decodeId = Schema.decodeUnknownEither(Identifiers.ConnectionId)
const decodeTokenId = Schema.decodeUnknownEither(Identifiers.ScimTokenId)

/** The domain's verdict, and the engine's status (`success` when it accepts, 400 otherwise), both as `accepted` says. */
const expectAgreement = (domainAccepts: boolean, engine: Engine.EngineResponse, accepted: boolean, success: number) => {
  expect(domainAccepts, "domain").toBe(accepted)
  expect(engine.status, JSON.stringify(engine.body)).toBe(accepted ? success : 400)
}

/**
 * The engine's answer to `method` `/connections/{id}{path}` with `body`, on a fresh connection of `strategy`, after a
 * `POST /connections/{id}{setup}` when given (the sub-resource the request needs).
 */
const answerOn = (strategy: string, method: string, path: string, body: unknown, setup?: string) =>
  Effect.gen(function*() {
    const c = yield* makeClient()
    const created = yield* c.create({ name: "target", strategy })
    if (setup !== undefined) yield* c.call("POST", `/connections/${created.id}${setup}`)
    return yield* c.call(method, `/connections/${created.id}${path}`, { body })
  })

const isAccepted = <A, I>(schema: Schema.Schema<A, I, never>) => (input: unknown) => Either.isRight(Validation.decode(schema)(input))

describe("domain and engine agree on every boundary", () => {
  it.effect.each(createCases)("POST /connections: %s", ([, body, accepted]) =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const engine = yield* c.call("POST", "/connections", { body })
      expectAgreement(Either.isRight(Validation.decodeCreateConnection(body)), engine, accepted, 201)
    }))

  it.effect.each(updateCases)("PATCH /connections/{id}: %s", ([, body, accepted]) =>
    Effect.map(answerOn("auth0", "PATCH", "", body), (engine) => expectAgreement(Either.isRight(decodeUpdate(body)), engine, accepted, 200)))

  it.effect.each(directoryCases)("POST /connections/{id}/directory-provisioning: %s", ([, body, accepted]) =>
    Effect.map(
      answerOn("google-apps", "POST", "/directory-provisioning", body),
      (engine) => expectAgreement(isAccepted(DirectoryProvisioning.CreateDirectoryProvisioning)(body), engine, accepted, 201)
    ))

  it.effect.each(groupsCases)("PUT …/synchronized-groups: %s", ([, body, accepted]) =>
    Effect.map(
      answerOn("google-apps", "PUT", "/directory-provisioning/synchronized-groups", body, "/directory-provisioning"),
      (engine) => expectAgreement(isAccepted(DirectoryProvisioning.SynchronizedGroups)(body), engine, accepted, 204)
    ))

  it.effect.each(enabledClientsCases)("PATCH /connections/{id}/clients: %s", ([, body, accepted]) =>
    Effect.map(
      answerOn("auth0", "PATCH", "/clients", body),
      (engine) => expectAgreement(isAccepted(EnabledClients.UpdateEnabledClients)(body), engine, accepted, 204)
    ))

  it.effect.each(scimCases)("PATCH …/scim-configuration: %s", ([, body, accepted]) =>
    Effect.map(
      answerOn("okta", "PATCH", "/scim-configuration", body, "/scim-configuration"),
      (engine) => expectAgreement(isAccepted(Scim.UpdateScimConfiguration)(body), engine, accepted, 200)
    ))

  it.effect.each(scimCases.filter(([, body]) => "mapping" in body))("POST …/scim-configuration: %s", ([, body, accepted]) =>
    Effect.map(
      answerOn("okta", "POST", "/scim-configuration", body),
      (engine) => expectAgreement(isAccepted(Scim.CreateScimConfiguration)(body), engine, accepted, 201)
    ))

  it.effect.each(scimTokenCases)("POST …/scim-configuration/tokens: %s", ([, body, accepted]) =>
    Effect.map(answerOn("okta", "POST", "/scim-configuration/tokens", body, "/scim-configuration"), (engine) => {
      expect(Either.isRight(Validation.encode(Scim.CreateScimToken)(body as Scim.CreateScimToken)), "domain encode").toBe(accepted)
      expectAgreement(isAccepted(Scim.CreateScimToken)(body), engine, accepted, 201)
    }))

  it.effect.each(userEmailCases)("DELETE /connections/{id}/users?email=: %s", ([, email, accepted]) =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const created = yield* c.create({ name: "db", strategy: "auth0" })
      const engine = yield* c.call("DELETE", `/connections/${created.id}/users`, { query: [["email", email]] })
      expectAgreement(isAccepted(Identifiers.UserEmail)(email), engine, accepted, 204)
    }))

  it.effect.each(idCases)("connection id %s", ([id, accepted]) =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const engine = yield* c.call("GET", `/connections/${id}`)
      // A well-formed id of no connection is a 404; a malformed one never reaches the store.
      expectAgreement(Either.isRight(decodeId(id)), engine, accepted, 404)
      const seeded = yield* Effect.either(c.engine.seed({ connections: [{ id, name: "seeded", strategy: "auth0" }] }))
      expect(Either.isRight(seeded), "seed").toBe(accepted)
    }))

  it.effect.each(tokenIdCases)("SCIM token id %s", ([id, accepted]) =>
    Effect.gen(function*() {
      const c = yield* makeClient()
      const engine = yield* c.call("DELETE", `/connections/con_missing/scim-configuration/tokens/${id}`)
      expectAgreement(Either.isRight(decodeTokenId(id)), engine, accepted, 404)
    }))
})
