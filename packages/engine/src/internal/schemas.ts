/**
 * The request schemas Auth0 validates against (OAS `CreateConnectionRequestContent`,
 * `UpdateConnectionRequestContent`, `ConnectionPropertiesOptions`, sub-resource bodies and query strings).
 * Descriptions are the OAS texts that end up in `… on property <path> (<description>).` messages.
 *
 * @internal
 */
import { SigningAlgorithm } from "@effect-auth0/domain/ConnectionKey"
import {
  BOOLEAN_OPTION_KEYS,
  CUSTOM_SCRIPT_MIN_LENGTH,
  ICON_URL_MAX_LENGTH,
  IdentifierAttribute,
  MAX_NON_PERSISTENT_ATTRS,
  MIN_ATTRIBUTES,
  NON_PERSISTENT_ATTR_MAX_LENGTH,
  OBJECT_OPTION_KEYS,
  PASSWORD_COMPLEXITY_MIN_LENGTH_CEILING,
  PASSWORD_COMPLEXITY_MIN_LENGTH_FLOOR,
  PasswordPolicy,
  PRECEDENCE_LENGTH,
  SetUserRootAttributes,
  USERNAME_MAX_LENGTH_CEILING,
  USERNAME_MIN_LENGTH_FLOOR
} from "@effect-auth0/domain/ConnectionOptions"
import { SynchronizeGroups } from "@effect-auth0/domain/DirectoryProvisioning"
import { MAX_CLIENTS_PER_PATCH } from "@effect-auth0/domain/EnabledClients"
import {
  CLIENT_ID_MAX_LENGTH,
  CONNECTION_NAME_MAX_LENGTH,
  CONNECTION_NAME_PATTERN,
  DIRECTORY_GROUP_ID_MAX_LENGTH,
  DISPLAY_NAME_MAX_LENGTH,
  REALM_MAX_LENGTH
} from "@effect-auth0/domain/Identifiers"
import { MAX_METADATA_KEYS, MAX_METADATA_VALUE_LENGTH } from "@effect-auth0/domain/Metadata"
import {
  SCIM_MAPPING_FIELD_MAX_LENGTH,
  SCIM_SCOPES,
  SCIM_TOKEN_MIN_LIFETIME,
  USER_ID_ATTRIBUTE_MAX_LENGTH
} from "@effect-auth0/domain/Scim"
import { CURRENT_STRATEGIES, STRATEGIES } from "@effect-auth0/domain/Strategy"
import type { JsonSchema } from "./validator.js"

/** Strategies accepted on create: the 55 current values. */
export const CREATE_STRATEGIES: ReadonlyArray<string> = CURRENT_STRATEGIES

/** Strategies accepted by the list filter: the 55 current values, `auth0-adldap`, and the 7 legacy ones that may still exist. */
export const LIST_STRATEGIES: ReadonlyArray<string> = [...STRATEGIES, "auth0-adldap"]

const bool: JsonSchema = { type: "boolean" }

/** The OAS descriptions of the keys typed as an object or `null` (the domain lists the keys). */
const objectOptionDescriptions: { readonly [K in typeof OBJECT_OPTION_KEYS[number]]: string | undefined } = {
  authentication_methods: "Options for enabling authentication methods.",
  passkey_options: "Options for the passkey authentication method",
  password_history: "Options for password history policy",
  password_no_personal_info: "Options for personal info in passwords policy",
  password_dictionary: "Options for password dictionary policy",
  password_options: "Password policy options",
  upstream_params: "Options for adding parameters in the request to the upstream IdP",
  gateway_authentication: "Token-based authentication settings to be applied when connection is using an sms strategy.",
  federated_connections_access_tokens: undefined,
  mfa: "Options for multifactor authentication. Can be used to set active and return_enroll_settings."
}

/** The OAS descriptions of the `attributes` keys. */
const attributeDescriptions: { readonly [K in typeof IdentifierAttribute.Type]: string } = {
  email: "Configuration for the email attribute for users.",
  phone_number: "Configuration for the phone number attribute for users.",
  username: "Configuration for the username attribute for users."
}

/** Typed keys of the generic options object (the rest is open: unknown keys are kept as sent). */
const optionsProperties: { readonly [key: string]: JsonSchema } = {
  validation: {
    type: ["object", "null"],
    description: "Options for validation",
    additionalProperties: false,
    properties: {
      username: {
        type: ["object", "null"],
        description: "Options for username validation",
        required: ["min", "max"],
        additionalProperties: false,
        properties: {
          min: { type: "integer", minimum: USERNAME_MIN_LENGTH_FLOOR, description: "Minimum allowed length" },
          max: { type: "integer", maximum: USERNAME_MAX_LENGTH_CEILING, description: "Maximum allowed length" }
        }
      }
    }
  },
  non_persistent_attrs: {
    type: "array",
    maxItems: MAX_NON_PERSISTENT_ATTRS,
    description: "An array of user fields that should not be stored in the Auth0 database",
    items: { type: "string", maxLength: NON_PERSISTENT_ATTR_MAX_LENGTH }
  },
  precedence: {
    type: "array",
    minItems: PRECEDENCE_LENGTH,
    maxItems: PRECEDENCE_LENGTH,
    uniqueItems: true,
    description: "Order of precedence for attribute types",
    items: { type: "string", enum: IdentifierAttribute.literals }
  },
  attributes: {
    type: "object",
    minProperties: MIN_ATTRIBUTES,
    description: "Attribute configuration",
    additionalProperties: false,
    properties: Object.fromEntries(
      IdentifierAttribute.literals.map((name) => [name, { type: "object", description: attributeDescriptions[name] }])
    )
  },
  ...Object.fromEntries(BOOLEAN_OPTION_KEYS.map((key) => [key, bool])),
  ...Object.fromEntries(OBJECT_OPTION_KEYS.map((key): [string, JsonSchema] => {
    const description = objectOptionDescriptions[key]
    return [key, description === undefined ? { type: ["object", "null"] } : { type: ["object", "null"], description }]
  })),
  customScripts: {
    type: "object",
    description: "A map of scripts used to integrate with a custom database.",
    additionalProperties: { type: "string", minLength: CUSTOM_SCRIPT_MIN_LENGTH }
  },
  passwordPolicy: {
    type: ["string", "null"],
    enum: [...PasswordPolicy.literals, null],
    description: "Password strength level"
  },
  password_complexity_options: {
    type: ["object", "null"],
    description: "Password complexity options",
    properties: {
      min_length: {
        type: "integer",
        minimum: PASSWORD_COMPLEXITY_MIN_LENGTH_FLOOR,
        maximum: PASSWORD_COMPLEXITY_MIN_LENGTH_CEILING,
        description: "Minimum password length"
      }
    }
  },
  set_user_root_attributes: {
    type: "string",
    enum: SetUserRootAttributes.literals,
    description: "When using an external IdP, this flag determines  whether 'name', 'given_name', 'family_name', 'nickname', and 'picture' attributes are updated. In addition, it also determines whether the user is created when user doesnt exist previously. Possible values are 'on_each_login' (default value, it configures the connection to automatically create the user if necessary and update the root attributes from the external IdP with each user login. When this setting is used, root attributes cannot be independently updated), 'on_first_login' (configures the connection to create the user and set the root attributes on first login only, allowing them to be independently updated thereafter), and 'never_on_login' (configures the connection not to create the user and not to set the root attributes from the external IdP, allowing them to be independently updated)."
  },
  configuration: {
    type: ["object", "null"],
    description: "A hash of configuration key/value pairs.",
    additionalProperties: { type: ["string", "null"] }
  },
  strategy_version: { type: "number", description: "Version 1 is deprecated, use version 2." },
  icon_url: { type: "string", maxLength: ICON_URL_MAX_LENGTH, description: "URL for the icon. Must use HTTPS." },
  domain_aliases: { type: "array", description: "List of the domains that can be authenticated using the identity provider.", items: { type: "string" } }
}

/** `ConnectionPropertiesOptions`: open, with its known keys typed. */
export const options: JsonSchema = {
  type: "object",
  description: "In order to return options in the response, the `read:connections_options` scope must be present",
  properties: optionsProperties
}

const metadata: JsonSchema = {
  type: "object",
  maxProperties: MAX_METADATA_KEYS,
  description:
    "Metadata associated with the connection in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.",
  additionalProperties: { type: ["string", "null"], maxLength: MAX_METADATA_VALUE_LENGTH, description: "Metadata associated with the connection." }
}

const commonTopLevel: { readonly [key: string]: JsonSchema } = {
  display_name: { type: "string", maxLength: DISPLAY_NAME_MAX_LENGTH, description: "Connection name used in the new universal login experience" },
  enabled_clients: {
    type: "array",
    description:
      "DEPRECATED property. Use the PATCH /v2/connections/{id}/clients endpoint to enable the connection for a set of clients.",
    items: { type: "string", minLength: 1, maxLength: CLIENT_ID_MAX_LENGTH, description: "The id of the client" }
  },
  is_domain_connection: {
    type: "boolean",
    description:
      "<code>true</code> promotes to a domain-level connection so that third-party applications can use it. <code>false</code> does not promote the connection, so only first-party applications with the connection enabled can use it. (Defaults to <code>false</code>.)"
  },
  show_as_button: {
    type: "boolean",
    description:
      "Enables showing a button for the connection in the login page (new experience only). If false, it will be usable only by HRD. (Defaults to <code>false</code>.)"
  },
  realms: {
    type: "array",
    description:
      "Defines the realms for which the connection will be used (ie: email domains). If the array is empty or the property is not specified, the connection name will be added as realm.",
    items: { type: "string", minLength: 1, maxLength: REALM_MAX_LENGTH, description: "The realm where this connection belongs" }
  },
  metadata,
  authentication: {
    type: "object",
    description: "Configure the purpose of a connection to be used for authentication during login.",
    required: ["active"],
    additionalProperties: false,
    properties: { active: bool }
  },
  connected_accounts: {
    type: "object",
    description: "Configure the purpose of a connection to be used for connected accounts and Token Vault.",
    required: ["active"],
    additionalProperties: false,
    properties: { active: bool, cross_app_access: bool }
  },
  cross_app_access_requesting_app: {
    type: "object",
    description: "Configures the connection to be used as a Cross App Access requesting app.",
    required: ["active"],
    additionalProperties: false,
    properties: { active: bool }
  },
  cross_app_access_resource_app: {
    type: "object",
    description: "Configures the connection to be used as a Cross App Access resource app.",
    required: ["status"],
    additionalProperties: false,
    properties: { status: { type: "string", enum: ["enabled", "disabled"] } }
  }
}

/** `POST /connections` body. */
export const createConnection: JsonSchema = {
  type: "object",
  required: ["name", "strategy"],
  additionalProperties: false,
  properties: {
    name: {
      type: "string",
      maxLength: CONNECTION_NAME_MAX_LENGTH,
      pattern: CONNECTION_NAME_PATTERN.source,
      description:
        "The name of the connection. Must start and end with an alphanumeric character and can only contain alphanumeric characters and '-'. Max length 128"
    },
    strategy: { type: "string", enum: CREATE_STRATEGIES, description: "The identity provider identifier for the connection" },
    options,
    ...commonTopLevel
  }
}

/** `PATCH /connections/{id}` body. */
export const updateConnection: JsonSchema = {
  type: "object",
  minProperties: 1,
  additionalProperties: false,
  properties: {
    ...commonTopLevel,
    options: { ...options, type: ["object", "null"] },
    enabled_clients: { ...commonTopLevel.enabled_clients!, type: ["array", "null"] },
    cross_app_access_resource_app: { ...commonTopLevel.cross_app_access_resource_app!, type: ["object", "null"] }
  }
}

/** `PATCH /connections/{id}/clients` body. */
export const updateEnabledClients: JsonSchema = {
  type: "array",
  minItems: 1,
  maxItems: MAX_CLIENTS_PER_PATCH,
  items: {
    type: "object",
    required: ["client_id", "status"],
    additionalProperties: false,
    properties: {
      client_id: { type: "string", minLength: 1, maxLength: CLIENT_ID_MAX_LENGTH, description: "The client_id of the client to be the subject to change status" },
      status: { type: "boolean", description: "Whether the connection is enabled or not for this client_id" }
    }
  }
}


/** `POST /keys` and `POST /keys/rotate` bodies. */
export const keysRequest: JsonSchema = {
  type: "object",
  additionalProperties: false,
  properties: { signing_alg: { type: "string", enum: SigningAlgorithm.literals, description: "Signing algorithm" } }
}

const scimMapping: JsonSchema = {
  type: "array",
  description: "The mapping between auth0 and SCIM",
  items: {
    type: "object",
    additionalProperties: false,
    properties: {
      auth0: { type: "string", maxLength: SCIM_MAPPING_FIELD_MAX_LENGTH, description: "The field location in the auth0 schema" },
      scim: { type: "string", maxLength: SCIM_MAPPING_FIELD_MAX_LENGTH, description: "The field location in the SCIM schema" }
    }
  }
}

const userIdAttribute: JsonSchema = {
  type: "string",
  minLength: 1,
  maxLength: USER_ID_ATTRIBUTE_MAX_LENGTH,
  description: "User ID attribute for generating unique user ids"
}

/** `POST /scim-configuration` body (may be `{}` or absent). */
export const createScim: JsonSchema = {
  type: "object",
  additionalProperties: false,
  properties: { user_id_attribute: userIdAttribute, mapping: scimMapping }
}

/** `PATCH /scim-configuration` body: both fields required. */
export const updateScim: JsonSchema = {
  type: "object",
  required: ["user_id_attribute", "mapping"],
  additionalProperties: false,
  properties: { user_id_attribute: userIdAttribute, mapping: scimMapping }
}

/** `POST /scim-configuration/tokens` body. */
export const createScimToken: JsonSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    scopes: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      description: "The scopes of the scim token",
      items: { type: "string", enum: SCIM_SCOPES }
    },
    token_lifetime: { type: ["integer", "null"], minimum: SCIM_TOKEN_MIN_LIFETIME, description: "Lifetime of the token in seconds. Must be greater than 900" }
  }
}

const directoryMapping: JsonSchema = {
  type: "array",
  minItems: 1,
  description: "The mapping between Auth0 and IDP user attributes",
  items: {
    type: "object",
    required: ["auth0", "idp"],
    additionalProperties: false,
    properties: {
      auth0: { type: "string", minLength: 1, description: "The field location in the Auth0 schema" },
      idp: { type: "string", minLength: 1, description: "The field location in the IDP schema" }
    }
  }
}

/** `POST` and `PATCH /directory-provisioning` bodies (both may be `{}` or absent). */
export const directoryProvisioning: JsonSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    mapping: directoryMapping,
    synchronize_automatically: { type: "boolean", description: "Whether periodic automatic synchronization is enabled" },
    synchronize_groups: { type: "string", enum: SynchronizeGroups.literals, description: "Which directory groups are synchronized" }
  }
}

/** `PUT`, `POST` and `DELETE …/synchronized-groups` body: groups by id, with the directory's facts about them (descriptions as recorded, no final period). */
export const synchronizedGroups: JsonSchema = {
  type: "object",
  required: ["groups"],
  additionalProperties: false,
  properties: {
    groups: {
      type: "array",
      description: "Google Workspace Directory groups",
      items: {
        type: "object",
        required: ["id"],
        additionalProperties: false,
        properties: {
          id: { type: "string", minLength: 1, maxLength: DIRECTORY_GROUP_ID_MAX_LENGTH, description: "Google Workspace Directory group ID" },
          name: { type: "string", description: "Google Workspace Directory group name" },
          email: { type: "string", format: "email", description: "Google Workspace Directory group email" },
          direct_members_count: { type: "integer", minimum: 0, description: "Number of direct members in the Google Workspace Directory group" }
        }
      }
    }
  }
}
