/**
 * Request bodies for `POST /connections` and `PATCH /connections/{id}`.
 *
 * @since 0.0.0
 */
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Options from "./ConnectionOptions.js"
import { ClientId, ConnectionName, DisplayName, Realm } from "./Identifiers.js"
import { MetadataWrite } from "./Metadata.js"
import { STRATEGIES, Strategy } from "./Strategy.js"
import { TYPED_STRATEGIES } from "./Connection.js"

const opt = Options.optional

/**
 * `{active}`: whether the connection is used for authentication during login (no other keys allowed).
 *
 * @since 0.0.0
 */
export const AuthenticationWrite = Schema.Struct({ active: Schema.Boolean }).annotations({ identifier: "AuthenticationWrite" })

/**
 * `{active, cross_app_access?}`: connected accounts and Token Vault settings.
 *
 * @since 0.0.0
 */
export const ConnectedAccountsWrite = Schema.Struct({ active: Schema.Boolean, cross_app_access: opt(Schema.Boolean) }).annotations({
  identifier: "ConnectedAccountsWrite"
})

/**
 * Fields every create body may carry, whatever the strategy.
 *
 * @since 0.0.0
 */
export const createFields = {
  name: ConnectionName,
  display_name: opt(DisplayName),
  /**
   * @deprecated Use the enabled-clients endpoint (`PATCH /connections/{id}/clients`); tenants that opted out of the
   * legacy behaviour reject this field.
   */
  enabled_clients: opt(Schema.Array(ClientId).annotations({
    description: "DEPRECATED. Use PATCH /connections/{id}/clients to enable the connection for clients."
  })),
  is_domain_connection: opt(Schema.Boolean),
  show_as_button: opt(Schema.Boolean),
  realms: opt(Schema.Array(Realm)),
  metadata: opt(MetadataWrite),
  authentication: opt(AuthenticationWrite),
  connected_accounts: opt(ConnectedAccountsWrite),
  cross_app_access_requesting_app: opt(Schema.Struct({ active: Schema.Boolean })),
  cross_app_access_resource_app: opt(Schema.Struct({ status: Schema.Literal("enabled", "disabled") }))
}

const createMemberFields = <S extends string, O extends Schema.Schema.Any>(strategy: S, options: O) => ({
  ...createFields,
  strategy: Schema.Literal(strategy),
  options: opt(Options.withWriteRules(options))
})

/**
 * The create body of one strategy whose options schema is `O`.
 *
 * @since 0.0.0
 */
export type CreateMember<S extends string, O extends Schema.Schema.Any> = Schema.Struct<ReturnType<typeof createMemberFields<S, O>>>

const createFor = <S extends string, O extends Schema.Schema.Any>(identifier: string, strategy: S, options: O): CreateMember<S, O> =>
  Schema.Struct(createMemberFields(strategy, options)).annotations({ identifier })

/**
 * Strategies that take the generic (open) options on create.
 *
 * @since 0.0.0
 */
export const GENERIC_CREATE_STRATEGIES = STRATEGIES.filter(
  (s): s is Exclude<Strategy, typeof TYPED_STRATEGIES[number]> => !(TYPED_STRATEGIES as ReadonlyArray<string>).includes(s)
)

/** Create body of an `auth0` (database) connection. @since 0.0.0 */
export const CreateAuth0Connection: CreateMember<"auth0", typeof Options.Auth0Options> =
  createFor("CreateAuth0Connection", "auth0", Options.Auth0Options)
/** Create body of a `google-oauth2` connection. @since 0.0.0 */
export const CreateGoogleOAuth2Connection: CreateMember<"google-oauth2", typeof Options.GoogleOAuth2Options> =
  createFor("CreateGoogleOAuth2Connection", "google-oauth2", Options.GoogleOAuth2Options)
/** Create body of a `samlp` connection. @since 0.0.0 */
export const CreateSamlpConnection: CreateMember<"samlp", typeof Options.SamlpOptions> =
  createFor("CreateSamlpConnection", "samlp", Options.SamlpOptions)
/** Create body of an `oidc` connection. @since 0.0.0 */
export const CreateOidcConnection: CreateMember<"oidc", typeof Options.OidcOptions> =
  createFor("CreateOidcConnection", "oidc", Options.OidcOptions)
/** Create body of an `okta` connection. @since 0.0.0 */
export const CreateOktaConnection: CreateMember<"okta", typeof Options.OktaOptions> =
  createFor("CreateOktaConnection", "okta", Options.OktaOptions)
/** Create body of a `waad` connection. @since 0.0.0 */
export const CreateWaadConnection: CreateMember<"waad", typeof Options.WaadOptions> =
  createFor("CreateWaadConnection", "waad", Options.WaadOptions)
/** Create body of an `ad` connection. @since 0.0.0 */
export const CreateAdConnection: CreateMember<"ad", typeof Options.AdOptions> =
  createFor("CreateAdConnection", "ad", Options.AdOptions)
/** Create body of an `adfs` connection. @since 0.0.0 */
export const CreateAdfsConnection: CreateMember<"adfs", typeof Options.AdfsOptions> =
  createFor("CreateAdfsConnection", "adfs", Options.AdfsOptions)
/** Create body of an `email` connection. @since 0.0.0 */
export const CreateEmailConnection: CreateMember<"email", typeof Options.EmailOptions> =
  createFor("CreateEmailConnection", "email", Options.EmailOptions)
/** Create body of an `sms` connection. @since 0.0.0 */
export const CreateSmsConnection: CreateMember<"sms", typeof Options.SmsOptions> =
  createFor("CreateSmsConnection", "sms", Options.SmsOptions)
/** Create body of a `github` connection. @since 0.0.0 */
export const CreateGitHubConnection: CreateMember<"github", typeof Options.GitHubOptions> =
  createFor("CreateGitHubConnection", "github", Options.GitHubOptions)
/** Create body of an `oauth2` connection. @since 0.0.0 */
export const CreateOAuth2Connection: CreateMember<"oauth2", typeof Options.OAuth2Options> =
  createFor("CreateOAuth2Connection", "oauth2", Options.OAuth2Options)
const createGenericFields = {
  ...createFields,
  strategy: Schema.Literal(...GENERIC_CREATE_STRATEGIES),
  options: opt(Options.withWriteRules(Options.GenericOptions))
}

/** Create body of a connection whose strategy takes the generic (open) options. @since 0.0.0 */
export const CreateGenericConnection: Schema.Struct<typeof createGenericFields> = Schema.Struct(createGenericFields).annotations({
  identifier: "CreateGenericConnection"
})

/**
 * The body of `POST /connections`, discriminated by `strategy` so `options` is typed per strategy.
 * Unknown top-level keys are rejected (Auth0: `additionalProperties: false`); unknown option keys are kept.
 *
 * @since 0.0.0
 */
export const CreateConnection: Schema.Union<[
  typeof CreateAuth0Connection,
  typeof CreateGoogleOAuth2Connection,
  typeof CreateSamlpConnection,
  typeof CreateOidcConnection,
  typeof CreateOktaConnection,
  typeof CreateWaadConnection,
  typeof CreateAdConnection,
  typeof CreateAdfsConnection,
  typeof CreateEmailConnection,
  typeof CreateSmsConnection,
  typeof CreateGitHubConnection,
  typeof CreateOAuth2Connection,
  typeof CreateGenericConnection
]> = Schema.Union(
  CreateAuth0Connection,
  CreateGoogleOAuth2Connection,
  CreateSamlpConnection,
  CreateOidcConnection,
  CreateOktaConnection,
  CreateWaadConnection,
  CreateAdConnection,
  CreateAdfsConnection,
  CreateEmailConnection,
  CreateSmsConnection,
  CreateGitHubConnection,
  CreateOAuth2Connection,
  CreateGenericConnection
).annotations({ identifier: "CreateConnection", title: "CreateConnection", description: "The body of POST /connections" })

/**
 * The create schema of one strategy (validating against one variant gives precise messages).
 *
 * @since 0.0.0
 */
export const createSchemaFor = (strategy: string): Schema.Schema<any, any> => {
  switch (strategy) {
    case "auth0": return CreateAuth0Connection
    case "google-oauth2": return CreateGoogleOAuth2Connection
    case "samlp": return CreateSamlpConnection
    case "oidc": return CreateOidcConnection
    case "okta": return CreateOktaConnection
    case "waad": return CreateWaadConnection
    case "ad": return CreateAdConnection
    case "adfs": return CreateAdfsConnection
    case "email": return CreateEmailConnection
    case "sms": return CreateSmsConnection
    case "github": return CreateGitHubConnection
    case "oauth2": return CreateOAuth2Connection
    default: return CreateGenericConnection
  }
}

/**
 * @since 0.0.0
 */
export type CreateConnection = typeof CreateConnection.Type

const createConnectionFieldsFields = { ...createFields, strategy: Strategy, options: opt(Options.GenericOptions) }

/**
 * The create body checked field by field with one flat schema (any strategy, open options). Validation runs
 * this first so every top-level problem is reported with its own path, before the strategy-specific options.
 *
 * @since 0.0.0
 */
export const CreateConnectionFields: Schema.Struct<typeof createConnectionFieldsFields> = Schema.Struct(createConnectionFieldsFields)
  .annotations({ identifier: "CreateConnectionFields" })

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

const containsRedacted = (root: unknown): boolean => {
  // Iterative, so a hostile 100 000-level value cannot overflow the stack; `seen` guards against cycles.
  const stack: Array<unknown> = [root]
  const seen = new Set<unknown>()
  while (stack.length > 0) {
    const value = stack.pop()
    if (Redacted.isRedacted(value)) return true
    if ((Array.isArray(value) || isPlainObject(value)) && !seen.has(value)) {
      seen.add(value)
      for (const child of Object.values(value)) stack.push(child)
    }
  }
  return false
}

// A key is set with defineProperty so that `"__proto__"` stays an ordinary key instead of setting a prototype.
const setKey = (target: Record<string, unknown> | Array<unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })

const unwrapRedacted = (root: unknown): unknown => {
  if (!containsRedacted(root)) return root
  // Copies arrays and plain objects (other objects are kept as they are), replacing each Redacted with its value.
  const shell = (value: unknown): unknown =>
    Redacted.isRedacted(value) ? Redacted.value(value) : Array.isArray(value) ? new Array(value.length) : isPlainObject(value) ? {} : value
  const out = shell(root)
  const stack: Array<readonly [Record<string, unknown> | Array<unknown>, Record<string, unknown> | Array<unknown>]> = []
  const copies = new Map<unknown, unknown>([[root, out]])
  if (out !== root && (Array.isArray(root) || isPlainObject(root))) stack.push([root, out as Record<string, unknown>])
  while (stack.length > 0) {
    const [source, target] = stack.pop()!
    for (const [key, child] of Object.entries(source)) {
      const known = copies.get(child)
      if (known !== undefined) {
        setKey(target, key, known)
        continue
      }
      const copy = shell(child)
      setKey(target, key, copy)
      if (copy !== child && (Array.isArray(child) || isPlainObject(child))) {
        copies.set(child, copy)
        stack.push([child, copy as Record<string, unknown>])
      }
    }
  }
  return out
}

/**
 * Any JSON value in a write; `Redacted` values inside it are unwrapped on encode.
 *
 * @since 0.0.0
 */
export const UnknownWrite = Schema.transform(Schema.Unknown, Schema.Unknown, {
  strict: true,
  decode: (value) => value,
  encode: unwrapRedacted
}).annotations({ identifier: "UnknownWrite" })

/**
 * An options object in a write whose strategy is not known statically: every key is kept, and `Redacted`
 * values anywhere inside are unwrapped on encode (so a secret is sent, never the text `<redacted>`).
 *
 * @since 0.0.0
 */
export const OptionsWrite = Schema.Record({ key: Options.SafeKey, value: UnknownWrite }).annotations({ identifier: "OptionsWrite" })

/**
 * The body of `PATCH /connections/{id}`: at least one property; `name` and `strategy` cannot be changed.
 *
 * **`options` replaces the connection's whole options object** — keys you leave out are removed by Auth0.
 * Use `ConnectionsService.updateOptions` for a read-modify-write that keeps every key you do not touch.
 *
 * @since 0.0.0
 */
export const UpdateConnection = Schema.Struct({
  display_name: opt(DisplayName),
  options: opt(Schema.NullOr(Options.withWriteRules(OptionsWrite))),
  /** @deprecated Use the enabled-clients endpoint (`PATCH /connections/{id}/clients`). */
  enabled_clients: opt(Schema.NullOr(Schema.Array(ClientId))),
  is_domain_connection: opt(Schema.Boolean),
  show_as_button: opt(Schema.Boolean),
  realms: opt(Schema.Array(Realm)),
  metadata: opt(MetadataWrite),
  authentication: opt(AuthenticationWrite),
  connected_accounts: opt(ConnectedAccountsWrite),
  cross_app_access_requesting_app: opt(Schema.Struct({ active: Schema.Boolean })),
  cross_app_access_resource_app: opt(Schema.NullOr(Schema.Struct({ status: Schema.Literal("enabled", "disabled") })))
}).pipe(
  Schema.filter((body) => Object.keys(body).length >= 1 || "must set at least one property", {
    jsonSchema: { minProperties: 1 }
  }),
  Schema.annotations({
    identifier: "UpdateConnection",
    title: "UpdateConnection",
    description:
      "The body of PATCH /connections/{id}. At least one property; name and strategy cannot be changed. options replaces the whole options object."
  })
)

/**
 * @since 0.0.0
 */
export type UpdateConnection = typeof UpdateConnection.Type
