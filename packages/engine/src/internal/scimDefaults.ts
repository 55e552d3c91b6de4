/**
 * Auth0's default SCIM attribute mapping: 32 pairs, following Auth0's documented default mapping of the SCIM core
 * and enterprise user schemas.
 *
 * @internal
 */

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"

const pairs: ReadonlyArray<readonly [scim: string, auth0: string]> = [
  ["userName", "preferred_username"],
  ["emails[primary eq true].value", "email"],
  ["externalId", "app_metadata.external_id"],
  ["active", "blocked"],
  ["displayName", "name"],
  ["name.givenName", "given_name"],
  ["name.familyName", "family_name"],
  ["name.middleName", "app_metadata.middle_name"],
  ["name.honorificPrefix", "app_metadata.honorific_prefix"],
  ["name.honorificSuffix", "app_metadata.honorific_suffix"],
  ["nickName", "nickname"],
  ["photos[type eq \"photo\"].value", "picture"],
  ["phoneNumbers[primary eq true].value", "app_metadata.primary_phone_number"],
  ["phoneNumbers[type eq \"mobile\"].value", "app_metadata.mobile_phone_number"],
  ["addresses[type eq \"work\"].streetAddress", "app_metadata.street_address"],
  ["addresses[type eq \"work\"].locality", "app_metadata.city"],
  ["addresses[type eq \"work\"].region", "app_metadata.state"],
  ["addresses[type eq \"work\"].postalCode", "app_metadata.postal_code"],
  ["addresses[type eq \"work\"].formatted", "app_metadata.postal_address"],
  ["addresses[type eq \"work\"].country", "app_metadata.country"],
  ["profileUrl", "app_metadata.profile_url"],
  ["title", "app_metadata.title"],
  ["userType", "app_metadata.user_type"],
  ["preferredLanguage", "app_metadata.preferred_language"],
  ["locale", "app_metadata.locale"],
  ["timezone", "app_metadata.timezone"],
  [`${ENTERPRISE}:employeeNumber`, "app_metadata.employee_id"],
  [`${ENTERPRISE}:costCenter`, "app_metadata.cost_center"],
  [`${ENTERPRISE}:organization`, "app_metadata.organization"],
  [`${ENTERPRISE}:division`, "app_metadata.division"],
  [`${ENTERPRISE}:department`, "app_metadata.department"],
  [`${ENTERPRISE}:manager.value`, "app_metadata.manager"]
]

/** A fresh copy of the default mapping, `{auth0, scim}` items. */
export const defaultMapping = (): Array<{ auth0: string; scim: string }> => pairs.map(([scim, auth0]) => ({ auth0, scim }))

/** The default `user_id_attribute`. */
export const DEFAULT_USER_ID_ATTRIBUTE = "externalId"

/** Scopes a SCIM token gets when the request names none. */
export const DEFAULT_TOKEN_SCOPES: ReadonlyArray<string> = ["get:users", "post:users", "put:users", "patch:users", "delete:users"]
