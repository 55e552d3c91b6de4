/**
 * Opaque "encryption" of `options.configuration` values, and fake key material.
 *
 * @internal
 */
import * as NodeCrypto from "node:crypto"

import { randomToken } from "../Random.js"
import { defineOwn, type JsonObject } from "./json.js"

export { randomAlnum, randomToken } from "../Random.js"

/**
 * Encrypts `options.configuration` values the way Auth0 returns them: opaque base64 that only this engine can read
 * back. A value that already is one of our ciphertexts stays as it is, so a read-modify-write keeps it.
 */
export class Sealer {
  private readonly key = NodeCrypto.randomBytes(32)

  /** True when `value` is a ciphertext this sealer produced. */
  isSealed(value: string): boolean {
    return this.open(value) !== undefined
  }

  seal(plain: string): string {
    const iv = NodeCrypto.randomBytes(12)
    const cipher = NodeCrypto.createCipheriv("aes-256-gcm", this.key, iv)
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")
  }

  /** A copy of `configuration` with every plain string value sealed (ours stay as they are, other values too). */
  sealValues(configuration: JsonObject): JsonObject {
    const out: JsonObject = {}
    for (const key of Object.keys(configuration)) {
      const v = configuration[key]
      defineOwn(out, key, typeof v === "string" && !this.isSealed(v) ? this.seal(v) : v)
    }
    return out
  }

  /** The plain text, for tests that need to prove the value round-trips (never put it in a response). */
  open(value: string): string | undefined {
    try {
      const raw = Buffer.from(value, "base64")
      if (raw.length < 28 || raw.toString("base64") !== value) return undefined
      const decipher = NodeCrypto.createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, 12))
      decipher.setAuthTag(raw.subarray(12, 28))
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8")
    } catch {
      return undefined
    }
  }
}

/** PEM armour, 64 characters a line. Connection keys come with CRLF line ends, SAML certificates with LF. */
const pem = (label: string, der: Buffer, eol: "\r\n" | "\n" = "\r\n"): string => {
  const b64 = der.toString("base64")
  const lines: Array<string> = []
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64))
  return `-----BEGIN ${label}-----${eol}${lines.join(eol)}${eol}-----END ${label}-----${eol}`
}

const PEM_BODY = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/

/** The DER of a certificate given as base64 DER, as PEM, or as base64 of PEM (how Auth0 returns `signingCert`). */
const certificateDer = (given: string): Buffer | undefined => {
  const base64 = (s: string): Buffer | undefined => {
    const cleaned = s.replace(/\s+/g, "")
    return cleaned.length > 0 && /^[A-Za-z0-9+/]+=*$/.test(cleaned) ? Buffer.from(cleaned, "base64") : undefined
  }
  const armoured = PEM_BODY.exec(given)
  if (armoured !== null) return base64(armoured[1]!)
  const der = base64(given)
  if (der === undefined) return undefined
  const inner = PEM_BODY.exec(der.toString("latin1"))
  return inner === null ? der : base64(inner[1]!)
}

/** `signingCert` as Auth0 returns it: base64 of the certificate's PEM (LF line ends). */
export const signingCertOf = (base64Der: string): string | undefined => {
  const der = certificateDer(base64Der)
  return der === undefined ? undefined : Buffer.from(pem("CERTIFICATE", der, "\n")).toString("base64")
}

/** A signing key in Auth0's `ConnectionKey` shape. The certificate is random bytes in PEM armour, not a real X.509. */
export const makeKey = (connectionName: string, algorithm: string): Record<string, unknown> => {
  const der = NodeCrypto.randomBytes(720)
  const sha1 = NodeCrypto.createHash("sha1").update(der).digest("hex")
  return {
    kid: randomToken(16),
    cert: pem("CERTIFICATE", der),
    pkcs: pem("PKCS7", Buffer.concat([Buffer.from([0x30, 0x82]), der])),
    fingerprint: sha1.toUpperCase().match(/.{2}/g)!.join(":"),
    thumbprint: sha1,
    algorithm,
    key_use: "signing",
    subject_dn: `/CN=${connectionName}`
  }
}

/** SHA-1 thumbprint (hex) of a certificate (see {@link certificateDer}), plus what X.509 parsing gives, when it parses. */
export const describeCertificate = (
  base64: string
): { readonly pem: string; readonly thumbprint: string; readonly expires?: string; readonly subject?: Record<string, string> } | undefined => {
  const der = certificateDer(base64)
  if (der === undefined) return undefined
  const thumbprint = NodeCrypto.createHash("sha1").update(der).digest("hex")
  try {
    const x509 = new NodeCrypto.X509Certificate(der)
    const subject: Record<string, string> = {}
    const names: Record<string, string> = { C: "countryName", ST: "stateOrProvinceName", O: "organizationName", CN: "commonName", L: "localityName" }
    for (const line of x509.subject.split("\n")) {
      const [k, ...v] = line.split("=")
      const name = k === undefined ? undefined : names[k]
      if (name !== undefined) subject[name] = v.join("=")
    }
    return { pem: pem("CERTIFICATE", der, "\n"), thumbprint, expires: new Date(x509.validTo).toISOString(), subject }
  } catch {
    return { pem: pem("CERTIFICATE", der, "\n"), thumbprint }
  }
}
