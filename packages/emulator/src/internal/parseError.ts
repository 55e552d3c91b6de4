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
