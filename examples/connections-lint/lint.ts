/**
 * The connections linter's core: parse a JSON or YAML file of connection definitions (a list of `POST /connections`
 * bodies) and check each one with the domain schemas, reporting every problem with its file, line, entry and
 * field path. Built only on `@effect-auth0/domain` (plus the `yaml` parser): no network, no Auth0 account.
 */
import * as Connection from "@effect-auth0/domain/Connection"
import * as Strategy from "@effect-auth0/domain/Strategy"
import * as Validation from "@effect-auth0/domain/Validation"
import * as Either from "effect/Either"
import { isCollection, isMap, isNode, isSeq, LineCounter, parseDocument } from "yaml"

/** How bad a finding is: errors fail the run, warnings are printed only. */
export type Severity = "error" | "warning"

/** One finding, located as precisely as the file allows. */
export interface Problem {
  readonly severity: Severity
  readonly file: string
  /** 1-based line and column of the offending value (or of the nearest enclosing one when the value is missing). */
  readonly line?: number | undefined
  readonly column?: number | undefined
  /** The definition the problem belongs to: its 0-based index in the list and its name, when it has one. */
  readonly entry?: { readonly index: number; readonly name?: string | undefined } | undefined
  /** Field path inside the entry, e.g. `options.signInEndpoint` or `realms[1]`; `(root)` for the entry itself. */
  readonly path: string
  readonly message: string
}

/** The result of linting one file. */
export interface LintReport {
  readonly file: string
  /** Number of definitions found (0 when the file could not be parsed). */
  readonly entries: number
  readonly problems: ReadonlyArray<Problem>
}

/** Errors of a report (the findings that make the run fail). */
export const errorsOf = (report: LintReport): ReadonlyArray<Problem> => report.problems.filter((p) => p.severity === "error")

type Located = { readonly line?: number; readonly column?: number }

const isJsonFile = (file: string) => file.toLowerCase().endsWith(".json")

/**
 * Lints the text of one file. JSON files must be strict JSON; anything else is read as YAML (a superset of JSON).
 * Accepted shapes: a list of definitions, or an object with a `connections` list.
 */
export const lintSource = (file: string, text: string): LintReport => {
  const problems: Array<Problem> = []
  const fileProblem = (message: string, at: Located = {}): LintReport => ({
    file,
    entries: 0,
    problems: [{ severity: "error", file, ...at, path: "(root)", message }]
  })

  if (isJsonFile(file)) {
    try {
      JSON.parse(text)
    } catch (e) {
      return fileProblem(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    // A YAML syntax error makes the rest of the document meaningless: report the parser's errors only.
    return {
      file,
      entries: 0,
      problems: doc.errors.map((e): Problem => {
        const pos = lineCounter.linePos(e.pos[0])
        return {
          severity: "error",
          file,
          line: pos.line,
          column: pos.col,
          path: "(root)",
          message: `invalid YAML: ${e.message.split("\n")[0]}`
        }
      })
    }
  }

  const at = (path: ReadonlyArray<PropertyKey>): Located => {
    // Walk up from the exact node to the nearest one that exists (a missing key points at its parent object).
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0])
        return { line: pos.line, column: pos.col }
      }
    }
    return {}
  }

  const root: unknown = doc.toJS()
  const listPath: ReadonlyArray<PropertyKey> = Array.isArray(root) ? [] : ["connections"]
  const list: unknown = Array.isArray(root)
    ? root
    : typeof root === "object" && root !== null && "connections" in root
    ? (root as { connections: unknown }).connections
    : undefined
  if (!Array.isArray(list)) {
    const contents = doc.contents
    const found = contents === null ? "an empty document" : isSeq(contents) ? "a list" : isMap(contents) ? "an object without a `connections` list" : isCollection(contents) ? "a collection" : "a single value"
    return fileProblem(`expected a list of connection definitions (or an object with a \`connections\` list), found ${found}`, at([]))
  }

  const seen = new Map<string, number>()
  list.forEach((definition: unknown, index) => {
    const name = typeof definition === "object" && definition !== null && typeof (definition as { name?: unknown }).name === "string"
      ? (definition as { name: string }).name
      : undefined
    const entry = { index, name }
    const report = (severity: Severity, path: ReadonlyArray<PropertyKey>, message: string) =>
      problems.push({ severity, file, ...at([...listPath, index, ...path]), entry, path: Validation.formatPath(path), message })

    const result = Validation.decodeCreateConnection(definition)
    if (Either.isLeft(result)) {
      for (const issue of readable(withOptionIssues(definition, result.left))) report("error", issue.path, issue.message)
    } else {
      const connection = result.right
      if (Strategy.isDeprecated(connection.strategy)) {
        report("warning", ["strategy"], `"${connection.strategy}" is a deprecated strategy; Auth0 may stop accepting it`)
      }
      if (connection.enabled_clients !== undefined) {
        report("warning", ["enabled_clients"], "deprecated on create: enable clients with PATCH /connections/{id}/clients (setEnabledClients)")
      }
    }

    // Auth0 answers 409 connection_conflict to the second create with the same name.
    if (name !== undefined) {
      const first = seen.get(name)
      if (first === undefined) seen.set(name, index)
      else report("error", ["name"], `duplicate name: entry [${first}] already defines "${name}" (Auth0 would answer 409 connection_conflict)`)
    }
  })

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return { file, entries: list.length, problems }
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * `decodeCreateConnection` stops at the top-level fields when one of them is wrong; the options are still worth
 * checking then (against the strategy's schema), so one run shows everything to fix.
 */
const withOptionIssues = (definition: unknown, issues: ReadonlyArray<Validation.Issue>): ReadonlyArray<Validation.Issue> => {
  if (!isRecord(definition) || !Strategy.isStrategy(definition.strategy) || !isRecord(definition.options)) return issues
  if (issues.some((i) => i.path[0] === "options")) return issues
  const optionIssues = Validation.decode(Connection.optionsSchemaFor(definition.strategy))(definition.options)
  return Either.isLeft(optionIssues) ? [...issues, ...optionIssues.left.map((i) => ({ ...i, path: ["options", ...i.path] }))] : issues
}

const distance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

/**
 * Makes schema messages shorter for people: literal alternatives reported one by one become one line
 * (`expected "rsa-sha1" | "rsa-sha256", got "rsa-sha512"`), and an unknown key gets a "did you mean" instead of the
 * full list of allowed keys.
 */
const readable = (issues: ReadonlyArray<Validation.Issue>): ReadonlyArray<Validation.Issue> => {
  const out: Array<Validation.Issue> = []
  const paths = issues.map((i) => Validation.formatPath(i.path))
  // A nullable object that fails inside also reports "Expected null" for itself: the inner issue says more.
  const isNoise = (issue: Validation.Issue, index: number) =>
    issue.message.startsWith("Expected null, actual ") &&
    paths.some((p, j) => j !== index && (p.startsWith(`${paths[index]}.`) || p.startsWith(`${paths[index]}[`)))
  const alternatives = new Map<string, { expected: Array<string>; actual: string; at: number }>()
  for (const [index, issue] of issues.entries()) {
    if (isNoise(issue, index)) continue
    const key = paths[index]!
    const literal = /^Expected (".*"|\d+|true|false|null), actual (.*)$/s.exec(issue.message)
    if (literal !== null) {
      const seen = alternatives.get(key)
      if (seen !== undefined && seen.actual === literal[2]) {
        seen.expected.push(literal[1]!)
        out[seen.at] = { path: issue.path, message: `expected ${seen.expected.join(" | ")}, got ${seen.actual}` }
        continue
      }
      alternatives.set(key, { expected: [literal[1]!], actual: literal[2]!, at: out.length })
      out.push(issue)
      continue
    }
    const unexpected = /^is unexpected, expected: (.*)$/s.exec(issue.message)
    const field = issue.path[issue.path.length - 1]
    if (unexpected !== null && typeof field === "string") {
      const allowed = unexpected[1]!.split(" | ").map((k) => k.replace(/^"|"$/g, ""))
      const best = allowed.map((k) => [k, distance(field, k)] as const).sort((a, b) => a[1] - b[1])[0]
      const hint = best !== undefined && best[1] <= Math.max(2, Math.floor(field.length / 3)) ? ` (did you mean "${best[0]}"?)` : ""
      out.push({ path: issue.path, message: `unknown field${hint}; Auth0 rejects unknown top-level fields` })
      continue
    }
    out.push(issue)
  }
  // Drop exact repeats (the options can be reported by both passes).
  const keys = new Set<string>()
  return out.filter((i) => {
    const k = `${Validation.formatPath(i.path)}\u0000${i.message}`
    return keys.has(k) ? false : (keys.add(k), true)
  })
}

/** One line per problem: `file:line:col  error  entry [2] "name"  options.x: message`. */
export const formatProblem = (p: Problem): string => {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`
  const entry = p.entry === undefined ? "" : `entry [${p.entry.index}]${p.entry.name === undefined ? "" : ` "${p.entry.name}"`}  `
  return `${where}  ${p.severity}  ${entry}${p.path}: ${p.message}`
}

/** The closing line of a run over several files. */
export const summarize = (reports: ReadonlyArray<LintReport>): string => {
  const entries = reports.reduce((n, r) => n + r.entries, 0)
  const errors = reports.reduce((n, r) => n + errorsOf(r).length, 0)
  const warnings = reports.reduce((n, r) => n + r.problems.length, 0) - errors
  const bad = reports.reduce((n, r) => n + new Set(errorsOf(r).flatMap((p) => (p.entry === undefined ? [] : [p.entry.index]))).size, 0)
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`
  return errors === 0
    ? `✓ ${plural(entries, "definition")} in ${plural(reports.length, "file")}: no problems${warnings > 0 ? ` (${plural(warnings, "warning")})` : ""}`
    : `✗ ${plural(errors, "problem")} in ${plural(bad, "definition")} (${plural(entries, "definition")}, ${plural(reports.length, "file")} checked)${warnings > 0 ? `, ${plural(warnings, "warning")}` : ""}`
}
