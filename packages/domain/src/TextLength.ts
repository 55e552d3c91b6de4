/**
 * String length as Auth0 measures it: in Unicode code points (JSON-schema `maxLength`, which Auth0's validator
 * applies), not in UTF-16 code units (`string.length`, which counts an emoji as 2).
 *
 * @since 0.0.0
 */
import * as Schema from "effect/Schema"

/**
 * The number of code points of `s` (a lone surrogate counts as one), without allocating.
 *
 * @since 0.0.0
 */
export const codePointLength = (s: string): number => {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

/**
 * A refinement: at most `max` code points. The message names the limit and the value's length; the JSON Schema
 * says `maxLength`, whose standard meaning is code points too.
 *
 * @since 0.0.0
 */
export const maxCodePoints = (max: number, options?: { readonly noun?: string }) =>
<A extends string, I, R>(self: Schema.Schema<A, I, R>): Schema.filter<Schema.Schema<A, I, R>> =>
  self.pipe(Schema.filter((s: A) => codePointLength(s) <= max, {
    message: (issue) =>
      `must be at most ${max} ${options?.noun ?? "characters"} (got ${typeof issue.actual === "string" ? codePointLength(issue.actual) : "?"})`,
    jsonSchema: { maxLength: max },
    // The same description and title as Schema.maxLength, so generated documents read as before.
    title: `maxLength(${max})`,
    description: `a string at most ${max} character(s) long`
  }))
