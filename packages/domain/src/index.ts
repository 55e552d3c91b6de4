/**
 * `@effect-auth0/domain`: branded types and Effect Schemas for the Auth0 Management API connections resource.
 *
 * @since 0.0.0
 */

/** Strategies (identity providers) and their families. @since 0.0.0 */
export * as Strategy from "./Strategy.js"
/** Branded ids and names. @since 0.0.0 */
export * as Identifiers from "./Identifiers.js"
/** Connection metadata (≤10 keys, values ≤255). @since 0.0.0 */
export * as Metadata from "./Metadata.js"
/** Strategy-specific options objects. @since 0.0.0 */
export * as ConnectionOptions from "./ConnectionOptions.js"
/** The connection object, discriminated by strategy. @since 0.0.0 */
export * as Connection from "./Connection.js"
/** Create and update bodies. @since 0.0.0 */
export * as ConnectionRequest from "./ConnectionRequest.js"
/** List parameters and the three list response shapes. @since 0.0.0 */
export * as ConnectionList from "./ConnectionList.js"
/** Enabled clients. @since 0.0.0 */
export * as EnabledClients from "./EnabledClients.js"
/** Connection signing keys. @since 0.0.0 */
export * as ConnectionKey from "./ConnectionKey.js"
/** SCIM configuration and tokens. @since 0.0.0 */
export * as Scim from "./Scim.js"
/** Inbound directory provisioning (Google Workspace). @since 0.0.0 */
export * as DirectoryProvisioning from "./DirectoryProvisioning.js"
/** The tenant's clients by id and name. @since 0.0.0 */
export * as Clients from "./Clients.js"
/** Auth0's error envelope. @since 0.0.0 */
export * as ApiError from "./ApiError.js"
/** Validation issues with field paths. @since 0.0.0 */
export * as Validation from "./Validation.js"
/** JSON Schema documents of the request and response bodies. @since 0.0.0 */
export * as JsonSchemas from "./JsonSchemas.js"
/** Compiled decoders with Effect's results, for hot response paths. @since 0.0.0 */
export * as FastDecode from "./FastDecode.js"
/** String length in code points, as Auth0 counts it. @since 0.0.0 */
export * as TextLength from "./TextLength.js"
