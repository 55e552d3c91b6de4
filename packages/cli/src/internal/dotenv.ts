/**
 * A dotenv file's variables: `KEY=value` lines, optional `export `, `#` comments, single- or double-quoted values
 * (double quotes understand `\n`). A line that is none of these is reported with its number.
 */
import * as Either from "effect/Either"

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/

export const parse = (text: string): Either.Either<ReadonlyMap<string, string>, string> => {
  const out = new Map<string, string>()
  const lines = text.split(/\r?\n/)
  for (const [i, line] of lines.entries()) {
    if (/^\s*(#.*)?$/.test(line)) continue
    const match = LINE.exec(line)
    // The line may hold a secret: report its number only.
    if (match === null) return Either.left(`line ${i + 1} is not KEY=value`)
    const raw = match[2]!
    const value = raw.startsWith("\"") && raw.endsWith("\"") && raw.length >= 2
      ? raw.slice(1, -1).replace(/\\n/g, "\n").replace(/\\"/g, "\"").replace(/\\\\/g, "\\")
      : raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2
      ? raw.slice(1, -1)
      : raw.replace(/\s+#.*$/, "")
    out.set(match[1]!, value)
  }
  return Either.right(out)
}
