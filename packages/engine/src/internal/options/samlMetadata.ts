/**
 * Reading identity-provider metadata documents: SAML 2.0 metadata (`samlp`'s `metadataXml`) and WS-Federation
 * metadata (`adfs`'s `fedMetadataXml`). The XML is parsed with fast-xml-parser (never with regular expressions);
 * a document that is not well-formed is Auth0's 400.
 *
 * @internal
 */
import { isRecord } from "effect/Predicate"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import { badRequest, reject } from "../errors.js"

/** What a metadata document says about the identity provider. */
export interface IdentityProviderMetadata {
  /** The first single sign-on service (SAML) or passive requestor endpoint (WS-Federation). */
  readonly signInEndpoint?: string | undefined
  /** The binding of that single sign-on service. */
  readonly bindingMethod?: string | undefined
  readonly signOutEndpoint?: string | undefined
  /** The first signing certificate, base64 DER (whitespace removed). */
  readonly signingCertificate?: string | undefined
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Elements are matched by local name: prefixes (`md:`, `ds:`, `fed:`) vary between providers.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  // Entity references are not expanded: metadata has no use for them, and expansion is a denial-of-service vector.
  processEntities: false
})

/** Every value under a key named `name`, depth first, in document order. */
const findAll = (node: unknown, name: string, out: Array<unknown> = []): Array<unknown> => {
  if (Array.isArray(node)) {
    for (const item of node) findAll(item, name, out)
  } else if (isRecord(node)) {
    for (const key of Object.keys(node)) {
      const value = node[key]
      if (key === name) {
        if (Array.isArray(value)) out.push(...value)
        else out.push(value)
      }
      findAll(value, name, out)
    }
  }
  return out
}

const attribute = (node: unknown, name: string): string | undefined => {
  const value = isRecord(node) ? node[`@${name}`] : undefined
  return typeof value === "string" ? value : undefined
}

/** The text of an element (a string, or `#text` when the element also has attributes). */
const text = (node: unknown): string | undefined =>
  typeof node === "string" ? node : isRecord(node) && typeof node["#text"] === "string" ? node["#text"] : undefined

/** The first signing certificate: of a `KeyDescriptor` used for signing, or without a `use`. */
const signingCertificate = (root: unknown): string | undefined => {
  for (const descriptor of findAll(root, "KeyDescriptor")) {
    const use = attribute(descriptor, "use")
    if (use !== undefined && use !== "signing") continue
    const certificate = findAll(descriptor, "X509Certificate").map(text).find((t) => t !== undefined && t.length > 0)
    if (certificate !== undefined) return certificate.replace(/\s+/g, "")
  }
  return undefined
}

/** Parses a document, or rejects the request with a 400 that names the option and the XML problem. */
const parse = (xml: string, option: string): unknown => {
  // Auth0 accepts leading whitespace before the XML declaration, which strict XML forbids.
  const document = xml.trim()
  const valid = XMLValidator.validate(document)
  if (valid !== true) {
    reject(badRequest(`options.${option} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`))
  }
  return parser.parse(document)
}

/** The identity provider's endpoints and signing certificate from SAML 2.0 metadata. */
export const readSamlMetadata = (xml: string): IdentityProviderMetadata => {
  const root = parse(xml, "metadataXml")
  const idp = findAll(root, "IDPSSODescriptor")[0] ?? root
  const signIn = findAll(idp, "SingleSignOnService")[0]
  const signOut = findAll(idp, "SingleLogoutService")[0]
  return {
    signInEndpoint: attribute(signIn, "Location"),
    bindingMethod: attribute(signIn, "Binding"),
    signOutEndpoint: attribute(signOut, "Location"),
    signingCertificate: signingCertificate(idp)
  }
}

/** The passive (WS-Federation) sign-in endpoint from ADFS federation metadata. */
export const readFederationMetadata = (xml: string): IdentityProviderMetadata => {
  const root = parse(xml, "fedMetadataXml")
  const passive = findAll(root, "PassiveRequestorEndpoint")[0]
  return { signInEndpoint: findAll(passive, "Address").map(text).find((t) => t !== undefined) }
}
