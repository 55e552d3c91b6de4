/**
 * Files of connection definitions (YAML or JSON) read with their positions, and problems reported against them as
 * `file:line:col` plus the field path. Shared by the desired-state reader and the connections-lint example.
 *
 * @since 0.0.0
 */
import * as Either from "effect/Either"
import * as Predicate from "effect/Predicate"
import { isCollection, isMap, isNode, isSeq, LineCounter, parseDocument } from "yaml"

/**
 * How bad a finding is: errors stop the run, warnings are printed only.
 *
 * @since 0.0.0
 */
export type Severity = "error" | "warning"

/**
 * A 1-based line and column; both absent when the file gives no position (e.g. it could not be read).
 *
 * @since 0.0.0
 */
export interface Located {
  readonly line?: number | undefined
  readonly column?: number | undefined
}

/**
 * One finding, located as precisely as the file allows.
 *
 * @since 0.0.0
 */
export interface Problem extends Located {
  readonly severity: Severity
  readonly file: string
  /** The definition the problem belongs to: its 0-based index in the list and its name, when it has one. */
  readonly entry?: { readonly index: number; readonly name?: string | undefined } | undefined
  /** Field path inside the entry, e.g. `options.signInEndpoint` or `realms[1]`; `(root)` for the entry itself. */
  readonly path: string
  readonly message: string
}

/**
 * A parsed file: its plain value and a way to find where a path of it is written.
 *
 * @since 0.0.0
 */
export interface Source {
  readonly file: string
  /** The document as plain JSON-like data. */
  readonly value: unknown
  /**
   * Where `path` is written; a missing path points at its nearest existing parent (a missing key at its object).
   */
  readonly locate: (path: ReadonlyArray<PropertyKey>) => Located
  /** What the top of the document is (`a list`, `an object`, `an empty document`, …), for messages. */
  readonly shape: string
}

const isJsonFile = (file: string) => file.toLowerCase().endsWith(".json")

/**
 * Parses the text of one file. A `.json` file must be strict JSON; anything else is read as YAML (a superset of
 * JSON). Syntax errors come back as located problems (the rest of such a document means nothing).
 *
 * @since 0.0.0
 */
export const parse = (file: string, text: string): Either.Either<Source, ReadonlyArray<Problem>> => {
  if (isJsonFile(file)) {
    try {
      JSON.parse(text)
    } catch (e) {
      return Either.left([{ severity: "error", file, path: "(root)", message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` }])
    }
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    return Either.left(doc.errors.map((e): Problem => {
      const pos = lineCounter.linePos(e.pos[0])
      return { severity: "error", file, line: pos.line, column: pos.col, path: "(root)", message: `invalid YAML: ${e.message.split("\n")[0]}` }
    }))
  }
  const locate = (path: ReadonlyArray<PropertyKey>): Located => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0])
        return { line: pos.line, column: pos.col }
      }
    }
    return {}
  }
  const contents = doc.contents
  const shape = contents === null
    ? "an empty document"
    : isSeq(contents)
    ? "a list"
    : isMap(contents)
    ? "an object"
    : isCollection(contents)
    ? "a collection"
    : "a single value"
  return Either.right({ file, value: doc.toJS(), locate, shape })
}

/**
 * The definitions of a file: a list at the top, or the `connections` list of an object. `listPath` is where the
 * list sits (for {@link Source.locate}).
 *
 * @since 0.0.0
 */
export const definitionsOf = (
  source: Source
): Either.Either<{ readonly list: ReadonlyArray<unknown>; readonly listPath: ReadonlyArray<PropertyKey> }, Problem> => {
  const root = source.value
  if (Array.isArray(root)) return Either.right({ list: root, listPath: [] })
  if (Predicate.isRecord(root) && Array.isArray(root["connections"])) return Either.right({ list: root["connections"], listPath: ["connections"] })
  const shape = source.shape
  return Either.left({
    severity: "error",
    file: source.file,
    ...source.locate([]),
    path: "(root)",
    message: `expected a list of connection definitions (or an object with a \`connections\` list), found ${
      shape === "an object" ? "an object without a `connections` list" : shape
    }`
  })
}

/**
 * The name of a definition, when it has a string one.
 *
 * @since 0.0.0
 */
export const nameOf = (definition: unknown): string | undefined =>
  Predicate.isRecord(definition) && typeof definition["name"] === "string" ? definition["name"] : undefined

/**
 * Problems in file order (line, then column).
 *
 * @since 0.0.0
 */
export const sortProblems = (problems: ReadonlyArray<Problem>): ReadonlyArray<Problem> =>
  [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))

/**
 * One line per problem: `file:line:col  error  entry [2] "name"  options.x: message`.
 *
 * @since 0.0.0
 */
export const formatProblem = (p: Problem): string => {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`
  const entry = p.entry === undefined ? "" : `entry [${p.entry.index}]${p.entry.name === undefined ? "" : ` "${p.entry.name}"`}  `
  return `${where}  ${p.severity}  ${entry}${p.path}: ${p.message}`
}

/**
 * The findings that stop a run.
 *
 * @since 0.0.0
 */
export const errorsOf = (problems: ReadonlyArray<Problem>): ReadonlyArray<Problem> => problems.filter((p) => p.severity === "error")
