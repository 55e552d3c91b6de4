/**
 * Safe pieces for validation messages. Effect calls a refinement's message function even when the value never
 * reached the refinement (a `null`, an object without a prototype…), so these never throw on any input.
 *
 * @internal
 */

/** The length of a string or array, as text; `?` for anything else. */
export const lengthOf = (value: unknown): string =>
  typeof value === "string" || Array.isArray(value) ? String(value.length) : "?"

/** A value for a message: JSON when it has a short JSON form, else its type. */
export const show = (value: unknown): string => {
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string" || value === null) {
    const text = JSON.stringify(value)
    return text.length <= 80 ? text : `${text.slice(0, 77)}…`
  }
  return value === undefined ? "undefined" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : typeof value
}
