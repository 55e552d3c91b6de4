/**
 * A substitution codec for the store's JSON texts. The quoted strings that recur across connections (keys with their
 * colon, common values) each become one or two control characters. `JSON.stringify` never writes a raw character
 * below U+0020 (it escapes them), so those characters are free to stand for substrings, and decoding is one pass that
 * cannot mistake a code for text. Realistic connections shrink to about half, and a read costs a few microseconds,
 * where deflate cost ~30 µs a read and left native memory behind.
 *
 * @internal
 */

/** Encodes a JSON text and decodes it back exactly. */
export interface Codec {
  readonly encode: (text: string) => string
  readonly decode: (packed: string) => string
}

// One-character codes U+0001–U+001C; two-character codes: U+001D–U+001F followed by a printable ASCII character.
const SINGLE = Array.from({ length: 0x1c }, (_, i) => String.fromCharCode(i + 1))
const DOUBLE = [0x1d, 0x1e, 0x1f].flatMap((p) => Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(p, 0x20 + i)))
const CODE = /[\x1d-\x1f][\x20-\x7e]|[\x01-\x1c]/g
// A quoted string (escapes included) of 2–64 characters, with the colon that makes it a key.
const CANDIDATE = /"(?:[^"\\]|\\.){2,64}":?/g

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")

/**
 * The codec for texts like `sample`'s: the substrings that save the most across the sample (occurrences × length
 * saved, in at least 2 % of the texts) get the codes, the best ones the one-character codes.
 */
export const learn = (sample: ReadonlyArray<string>): Codec => {
  const counts = new Map<string, number>()
  for (const text of sample) for (const [m] of text.matchAll(CANDIDATE)) counts.set(m, (counts.get(m) ?? 0) + 1)
  const least = Math.max(2, Math.ceil(sample.length / 50))
  const tokens = [...counts]
    .filter(([token, n]) => n >= least && token.length > 2)
    .sort((a, b) => b[1] * (b[0].length - 1) - a[1] * (a[0].length - 1))
    .slice(0, SINGLE.length + DOUBLE.length)
    .map(([token]) => token)
  const codes = [...SINGLE, ...DOUBLE]
  const codeOf = new Map(tokens.map((t, i) => [t, codes[i]!]))
  const tokenOf = new Map(tokens.map((t, i) => [codes[i]!, t]))
  if (tokens.length === 0) return { encode: (text) => text, decode: (packed) => packed }
  // Longest first: the alternation takes the first alternative that matches.
  const pattern = new RegExp([...tokens].sort((a, b) => b.length - a.length).map(escape).join("|"), "g")
  return {
    encode: (text) => text.replace(pattern, (m) => codeOf.get(m)!),
    decode: (packed) => packed.replace(CODE, (c) => tokenOf.get(c)!)
  }
}
