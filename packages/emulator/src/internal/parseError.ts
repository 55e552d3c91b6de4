/**
 * One readable line for a schema failure: `path: message; path: message`, used by every answer that refuses a
 * posted value (seeds, settings, fault rules).
 */
import * as ParseResult from "effect/ParseResult"

/** Formats every issue of a parse error on one line. */
export const format = (error: ParseResult.ParseError): string =>
  ParseResult.ArrayFormatter.formatErrorSync(error)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") + ": " : ""}${issue.message}`)
    .join("; ")

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join("")

/**
 * One line per distinct problem, `path: message` with `[i]` for array items. An optional field's "or undefined"
 * branch is dropped when the field has a real problem: the value is there, so only what is wrong with it helps.
 */
export const formatEach = (error: ParseResult.ParseError): string => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
  const lines = issues
    .filter((issue) =>
      !(issue.message.startsWith("Expected undefined, actual") &&
        issues.some((other) => other !== issue && formatPath(other.path) === formatPath(issue.path)))
    )
    .map((issue) => `${issue.path.length > 0 ? `${formatPath(issue.path)}: ` : ""}${issue.message}`)
  return [...new Set(lines)].join("; ")
}
