/**
 * Plain-JSON helpers that are safe on hostile input: own-property checks only, no prototype walks, no recursion
 * deeper than the engine accepts.
 *
 * @internal
 */

/** A JSON object (never an array, never null). */
export type JsonObject = Record<string, unknown>

/** Own-property read: never reaches `Object.prototype` (`__proto__`, `constructor`, `toString`…). */
export const own = (o: JsonObject, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined

/** Own-property test. */
export const has = (o: JsonObject, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** Keys that would reach an object's prototype if assigned naively; the engine refuses them anywhere in a body. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"])

/** Nesting accepted in a body (Auth0 documents no limit; this only protects the process from hostile input). */
export const MAX_DEPTH = 32

/** Largest body the engine accepts, measured as the number of JSON nodes. */
export const MAX_NODES = 100_000

/**
 * Walks a parsed body iteratively and reports the first structural problem: too deep, too large, a forbidden key,
 * or a value JSON cannot carry (functions, symbols, bigints, non-finite numbers).
 */
export const checkStructure = (value: unknown): { readonly path: string; readonly problem: string } | undefined => {
  const stack: Array<readonly [unknown, string, number]> = [[value, "", 0]]
  let nodes = 0
  while (stack.length > 0) {
    const [v, path, depth] = stack.pop()!
    nodes++
    if (nodes > MAX_NODES) return { path, problem: `Body has more than ${MAX_NODES} values` }
    if (depth > MAX_DEPTH) return { path, problem: `Object nesting deeper than ${MAX_DEPTH} levels` }
    if (v === null || typeof v === "string" || typeof v === "boolean") continue
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return { path, problem: "Expected a finite number" }
      continue
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`, depth + 1])
      continue
    }
    if (typeof v === "object") {
      const proto = Object.getPrototypeOf(v)
      if (proto !== Object.prototype && proto !== null) return { path, problem: "Expected a plain JSON object" }
      for (const key of Object.keys(v)) {
        // An `undefined` property is what JSON leaves out: accepted, and dropped by `clone`.
        if ((v as JsonObject)[key] === undefined) continue
        if (FORBIDDEN_KEYS.has(key)) return { path: path === "" ? key : `${path}.${key}`, problem: `Property name not allowed: ${key}` }
        stack.push([(v as JsonObject)[key], path === "" ? key : `${path}.${key}`, depth + 1])
      }
      continue
    }
    return { path, problem: `Unsupported value of type ${typeof v}` }
  }
  return undefined
}

/** Sets an own data property; for `__proto__`, assignment would replace the prototype instead. */
export const defineOwn = (o: JsonObject, key: string, value: unknown): void => {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Deep copy of a JSON value that was already checked with {@link checkStructure}. */
export const clone = <A>(value: A): A => {
  if (value === null || typeof value !== "object") return value
  if (Array.isArray(value)) return value.map(clone) as A
  const out: JsonObject = {}
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue
    const v = (value as JsonObject)[key]
    if (v === undefined) continue
    if (key === "__proto__") defineOwn(out, key, clone(v))
    else out[key] = clone(v)
  }
  return out as A
}

/** JSON type name as z-schema reports it (`integer` for whole numbers). */
export const typeName = (u: unknown): string =>
  u === null
    ? "null"
    : Array.isArray(u)
    ? "array"
    : typeof u === "number"
    ? (Number.isInteger(u) ? "integer" : "number")
    : typeof u

/** Deep structural equality of two JSON values. */
export const equal = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as ReadonlyArray<unknown>
    return a.length === bb.length && a.every((x, i) => equal(x, bb[i]))
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return ka.length === kb.length && ka.every((k) => has(b as JsonObject, k) && equal((a as JsonObject)[k], (b as JsonObject)[k]))
}
