/**
 * The connection object Auth0 returns from `GET`, `POST` and `PATCH /connections…`, as a union
 * discriminated by `strategy`.
 *
 * Decoding is forward compatible: unknown top-level fields, unknown option keys and strategies we have
 * never seen all decode, and encoding gives every unknown field back unchanged.
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"
import { ConnectionId } from "./Identifiers.js"
import * as Options from "./ConnectionOptions.js"
import { ListStrategy, STRATEGIES } from "./Strategy.js"

const opt = Options.optional
const { open } = Options

/**
 * Whether the connection is used for authentication during login.
 *
 * @since 0.0.0
 */
export const Authentication = open({ active: Schema.Boolean }).annotations({ identifier: "Authentication" })

/**
 * Whether the connection is used for connected accounts and Token Vault.
 *
 * @since 0.0.0
 */
export const ConnectedAccounts = open({ active: Schema.Boolean, cross_app_access: opt(Schema.Boolean) }).annotations({
  identifier: "ConnectedAccounts"
})

/**
 * Cross App Access requesting-app settings (early access).
 *
 * @since 0.0.0
 */
export const CrossAppAccessRequestingApp = open({ active: Schema.Boolean }).annotations({
  identifier: "CrossAppAccessRequestingApp"
})

/**
 * Cross App Access resource-app settings.
 *
 * @since 0.0.0
 */
export const CrossAppAccessResourceApp = open({ status: Schema.String }).annotations({
  identifier: "CrossAppAccessResourceApp"
})

/**
 * The fields every connection response shares, whatever its strategy.
 *
 * `name` is a plain string here: names created under Auth0's older, looser rules still come back, and a
 * response must never fail to decode because of them.
 *
 * @since 0.0.0
 */
export const connectionFields = {
  id: ConnectionId,
  name: Schema.String,
  display_name: opt(Schema.String),
  realms: opt(Schema.Array(Schema.String)),
  /** @deprecated Use the enabled-clients endpoints (`GET/PATCH /connections/{id}/clients`). */
  enabled_clients: opt(Schema.Array(Schema.String)),
  is_domain_connection: opt(Schema.Boolean),
  show_as_button: opt(Schema.Boolean),
  metadata: opt(Schema.Record({ key: Options.SafeKey, value: Schema.NullOr(Schema.String) })),
  authentication: opt(Authentication),
  connected_accounts: opt(ConnectedAccounts),
  cross_app_access_requesting_app: opt(CrossAppAccessRequestingApp),
  cross_app_access_resource_app: opt(CrossAppAccessResourceApp),
  provisioning_ticket_url: opt(Schema.String)
}

const memberFields = <S extends string, O extends Schema.Schema.Any>(strategy: S, options: O) => ({
  ...connectionFields,
  strategy: Schema.Literal(strategy),
  options: opt(options)
})

/**
 * The schema of the connection variant of one strategy whose options schema is `O`.
 *
 * @since 0.0.0
 */
export type Member<S extends string, O extends Schema.Schema.Any> = Options.Open<ReturnType<typeof memberFields<S, O>>>

const member = <S extends string, O extends Schema.Schema.Any>(identifier: string, strategy: S, options: O): Member<S, O> =>
  open(memberFields(strategy, options)).annotations({ identifier })

/** A database connection. @since 0.0.0 */
export const Auth0Connection: Member<"auth0", typeof Options.Auth0Options> =
  member("Auth0Connection", "auth0", Options.Auth0Options)
/** A Google social connection. @since 0.0.0 */
export const GoogleOAuth2Connection: Member<"google-oauth2", typeof Options.GoogleOAuth2Options> =
  member("GoogleOAuth2Connection", "google-oauth2", Options.GoogleOAuth2Options)
/** A SAML enterprise connection. @since 0.0.0 */
export const SamlpConnection: Member<"samlp", typeof Options.SamlpOptions> =
  member("SamlpConnection", "samlp", Options.SamlpOptions)
/** An OpenID Connect enterprise connection. @since 0.0.0 */
export const OidcConnection: Member<"oidc", typeof Options.OidcOptions> = member("OidcConnection", "oidc", Options.OidcOptions)
/** An Okta Workforce enterprise connection. @since 0.0.0 */
export const OktaConnection: Member<"okta", typeof Options.OktaOptions> = member("OktaConnection", "okta", Options.OktaOptions)
/** An Azure AD / Microsoft Entra ID enterprise connection. @since 0.0.0 */
export const WaadConnection: Member<"waad", typeof Options.WaadOptions> = member("WaadConnection", "waad", Options.WaadOptions)
/** An AD/LDAP connector connection. @since 0.0.0 */
export const AdConnection: Member<"ad", typeof Options.AdOptions> = member("AdConnection", "ad", Options.AdOptions)
/** An ADFS enterprise connection. @since 0.0.0 */
export const AdfsConnection: Member<"adfs", typeof Options.AdfsOptions> = member("AdfsConnection", "adfs", Options.AdfsOptions)
/** A passwordless email connection. @since 0.0.0 */
export const EmailConnection: Member<"email", typeof Options.EmailOptions> =
  member("EmailConnection", "email", Options.EmailOptions)
/** A passwordless SMS connection. @since 0.0.0 */
export const SmsConnection: Member<"sms", typeof Options.SmsOptions> = member("SmsConnection", "sms", Options.SmsOptions)
/** A GitHub social connection. @since 0.0.0 */
export const GitHubConnection: Member<"github", typeof Options.GitHubOptions> =
  member("GitHubConnection", "github", Options.GitHubOptions)
/** A generic OAuth 2.0 connection. @since 0.0.0 */
export const OAuth2Connection: Member<"oauth2", typeof Options.OAuth2Options> =
  member("OAuth2Connection", "oauth2", Options.OAuth2Options)

/**
 * The strategies whose `options` have a dedicated schema.
 *
 * @since 0.0.0
 */
export const TYPED_STRATEGIES = [
  "auth0", "google-oauth2", "samlp", "oidc", "okta", "waad", "ad", "adfs", "email", "sms", "github", "oauth2"
] as const

/**
 * Known strategies (the create enum plus `auth0-adldap`) whose options we type no further than the common keys.
 *
 * @since 0.0.0
 */
export const GENERIC_STRATEGIES = [...STRATEGIES, "auth0-adldap" as const].filter(
  (s): s is Exclude<ListStrategy, typeof TYPED_STRATEGIES[number]> => !(TYPED_STRATEGIES as ReadonlyArray<string>).includes(s)
)

const genericConnectionFields = {
  ...connectionFields,
  strategy: Schema.Literal(...GENERIC_STRATEGIES),
  options: opt(Options.GenericOptions)
}

/**
 * A connection of a known strategy without a dedicated options schema.
 *
 * @since 0.0.0
 */
export const GenericConnection: Options.Open<typeof genericConnectionFields> = open(genericConnectionFields).annotations({
  identifier: "GenericConnection"
})

const knownStrategies: ReadonlySet<string> = new Set<string>([...STRATEGIES, "auth0-adldap"])

/**
 * A strategy value this library has never seen (Auth0 adds providers without notice). Typed as a plain
 * `string` on purpose: a branded string would stop TypeScript from narrowing the union on `strategy`.
 *
 * @since 0.0.0
 */
export const UnknownStrategy = Schema.String.pipe(
  Schema.filter((s) => !knownStrategies.has(s), {
    message: () => "must not be a known strategy",
    jsonSchema: { not: { enum: [...knownStrategies] } }
  }),
  Schema.annotations({ identifier: "UnknownStrategy" })
)

const unknownStrategyConnectionFields = {
  ...connectionFields,
  strategy: UnknownStrategy,
  options: opt(Options.GenericOptions)
}

/**
 * A connection whose strategy this library does not know: it still decodes, with open options.
 *
 * @since 0.0.0
 */
export const UnknownStrategyConnection: Options.Open<typeof unknownStrategyConnectionFields> = open(unknownStrategyConnectionFields).annotations({
  identifier: "UnknownStrategyConnection"
})

/**
 * A connection of a strategy this library knows: `===` on `strategy` narrows it to one variant exactly.
 *
 * @since 0.0.0
 */
export const KnownConnection: Schema.Union<[
  typeof Auth0Connection,
  typeof GoogleOAuth2Connection,
  typeof SamlpConnection,
  typeof OidcConnection,
  typeof OktaConnection,
  typeof WaadConnection,
  typeof AdConnection,
  typeof AdfsConnection,
  typeof EmailConnection,
  typeof SmsConnection,
  typeof GitHubConnection,
  typeof OAuth2Connection,
  typeof GenericConnection
]> = Schema.Union(
  Auth0Connection,
  GoogleOAuth2Connection,
  SamlpConnection,
  OidcConnection,
  OktaConnection,
  WaadConnection,
  AdConnection,
  AdfsConnection,
  EmailConnection,
  SmsConnection,
  GitHubConnection,
  OAuth2Connection,
  GenericConnection
).annotations({ identifier: "KnownConnection" })

/**
 * @since 0.0.0
 */
export type KnownConnection = typeof KnownConnection.Type

/**
 * A connection, discriminated by `strategy`, including strategies this library has never seen.
 *
 * `if (c.strategy === "samlp") c.options?.signInEndpoint` type-checks; because a connection of an unknown
 * strategy could in principle carry any name, use {@link isStrategy} (or {@link isKnown} first) to narrow to
 * exactly one variant with fully typed options.
 *
 * @since 0.0.0
 */
export const Connection: Schema.Union<[typeof KnownConnection, typeof UnknownStrategyConnection]> = Schema.Union(
  KnownConnection,
  UnknownStrategyConnection
).annotations({
  identifier: "Connection",
  title: "Connection",
  description: "An Auth0 connection"
})

/**
 * @since 0.0.0
 */
export type Connection = typeof Connection.Type

/**
 * True when the connection's strategy is one this library knows.
 *
 * @since 0.0.0
 */
export const isKnown = (connection: Connection): connection is KnownConnection => knownStrategies.has(connection.strategy)

/**
 * Narrows a connection to the variant of one strategy, with its typed options.
 *
 * @since 0.0.0
 */
export const isStrategy = <S extends KnownConnection["strategy"]>(connection: Connection, strategy: S): connection is ConnectionOf<S> =>
  connection.strategy === strategy

/**
 * One handler per strategy: `match`'s exhaustive form lists every known strategy plus `unknown`.
 *
 * @since 0.0.0
 */
export type StrategyCases<R> = { readonly [S in KnownConnection["strategy"]]: (connection: ConnectionOf<S>) => R }

/**
 * The handlers of {@link match}: either some strategies plus `orElse` (every other connection, unknown strategies
 * included), or every known strategy plus `unknown` (checked by the compiler: a strategy added to this library
 * becomes a type error until it is handled).
 *
 * @since 0.0.0
 */
export type MatchCases<R> =
  | (Partial<StrategyCases<R>> & { readonly orElse: (connection: Connection) => R; readonly unknown?: never })
  | (StrategyCases<R> & { readonly unknown: (connection: typeof UnknownStrategyConnection.Type) => R; readonly orElse?: never })

/**
 * Runs the handler of the connection's strategy, with the connection narrowed to that strategy's variant (typed
 * options), falling back to `orElse` (or `unknown` for a strategy this library has never seen):
 *
 * ```ts
 * const endpoint = Connection.match(c, {
 *   samlp: (saml) => saml.options?.signInEndpoint,
 *   orElse: () => undefined
 * })
 * ```
 *
 * @since 0.0.0
 */
export const match = <R>(connection: Connection, cases: MatchCases<R>): R => {
  const handlers = cases as Partial<Record<string, (connection: Connection) => R>>
  const handler = isKnown(connection) ? handlers[connection.strategy] : handlers["unknown"]
  if (handler !== undefined) return handler(connection)
  // Only the `orElse` form gets here when the types were respected: the exhaustive form handles every strategy.
  const orElse = (cases as { readonly orElse?: (connection: Connection) => R }).orElse
  if (orElse === undefined) throw new Error(`Connection.match: no handler for strategy "${connection.strategy}" and no orElse`)
  return orElse(connection)
}

/**
 * The wire (JSON) form of a connection.
 *
 * @since 0.0.0
 */
export type ConnectionEncoded = typeof Connection.Encoded

/**
 * The connection variant for one strategy: its dedicated variant, or `GenericConnection` for a known strategy
 * without one (whose `strategy` is a union of literals, which a plain `Extract` would turn into `never`).
 *
 * @since 0.0.0
 */
export type ConnectionOf<S extends KnownConnection["strategy"]> = KnownConnection extends infer C
  ? C extends { readonly strategy: infer T } ? S extends T ? C : never : never
  : never

/**
 * The options schema for a strategy (the open generic one for strategies without a dedicated schema).
 * Use it to encode options back to JSON with secrets unwrapped.
 *
 * @since 0.0.0
 */
export const optionsSchemaFor = (strategy: string): Schema.Schema<any, any> => {
  switch (strategy) {
    case "auth0": return Options.Auth0Options
    case "google-oauth2": return Options.GoogleOAuth2Options
    case "samlp": return Options.SamlpOptions
    case "oidc": return Options.OidcOptions
    case "okta": return Options.OktaOptions
    case "waad": return Options.WaadOptions
    case "ad": return Options.AdOptions
    case "adfs": return Options.AdfsOptions
    case "email": return Options.EmailOptions
    case "sms": return Options.SmsOptions
    case "github": return Options.GitHubOptions
    case "oauth2": return Options.OAuth2Options
    default: return Options.GenericOptions
  }
}

const connectionProjectionFields = {
  id: ConnectionId,
  name: opt(Schema.String),
  strategy: opt(Schema.String),
  options: opt(Options.UnknownKeys),
  display_name: connectionFields.display_name,
  realms: connectionFields.realms,
  enabled_clients: connectionFields.enabled_clients,
  is_domain_connection: connectionFields.is_domain_connection,
  show_as_button: connectionFields.show_as_button,
  metadata: connectionFields.metadata,
  authentication: connectionFields.authentication,
  connected_accounts: connectionFields.connected_accounts,
  cross_app_access_requesting_app: connectionFields.cross_app_access_requesting_app,
  cross_app_access_resource_app: connectionFields.cross_app_access_resource_app,
  provisioning_ticket_url: connectionFields.provisioning_ticket_url
}

/**
 * A connection as returned with a `fields` projection: only `id` is certain to be present.
 *
 * @since 0.0.0
 */
export const ConnectionProjection: Options.Open<typeof connectionProjectionFields> = open(connectionProjectionFields).annotations({
  identifier: "ConnectionProjection"
})

/**
 * @since 0.0.0
 */
export type ConnectionProjection = typeof ConnectionProjection.Type

/**
 * The body of `202 Accepted` from `DELETE /connections/{id}`.
 *
 * @since 0.0.0
 */
export const ConnectionDeleted = open({ deleted_at: Schema.String }).annotations({ identifier: "ConnectionDeleted" })

/**
 * @since 0.0.0
 */
export type ConnectionDeleted = typeof ConnectionDeleted.Type
