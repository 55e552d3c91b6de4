/**
 * Random ids and secrets for the engine and the emulator (client secrets, signing keys, connection ids).
 *
 * @since 0.0.0
 */
import * as NodeCrypto from "node:crypto"

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// Random bytes are drawn from a pool refilled 4 KiB at a time: ids are minted on every create.
let pool = Buffer.alloc(0)
let poolOffset = 0
const randomByte = (): number => {
  if (poolOffset >= pool.length) {
    pool = NodeCrypto.randomBytes(4096)
    poolOffset = 0
  }
  return pool[poolOffset++]!
}

/**
 * `n` random alphanumerics (rejection sampling, so every character is equally likely).
 *
 * @since 0.0.0
 */
export const randomAlnum = (n: number): string => {
  let out = ""
  while (out.length < n) {
    const byte = randomByte()
    if (byte < 248) out += ALNUM[byte % 62]
  }
  return out
}

/**
 * A random base64url string of `bytes` random bytes.
 *
 * @since 0.0.0
 */
export const randomToken = (bytes: number): string => NodeCrypto.randomBytes(bytes).toString("base64url")
