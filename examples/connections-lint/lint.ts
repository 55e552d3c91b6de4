/**
 * The connections linter's core: parse a JSON or YAML file of connection definitions (a list of `POST /connections`
 * bodies) and check each one with the domain schemas, reporting every problem with its file, line, entry and
 * field path. Built on `@effect-auth0/domain` and the file reading and definition checks of `@effect-auth0/sync`
 * (`SourceFile`, `DefinitionCheck`): no network, no Auth0 account.
 */
import * as Strategy from "@effect-auth0/domain/Strategy"
import * as Validation from "@effect-auth0/domain/Validation"
import * as DefinitionCheck from "@effect-auth0/sync/DefinitionCheck"
import * as SourceFile from "@effect-auth0/sync/SourceFile"
import * as Either from "effect/Either"

/** How bad a finding is: errors fail the run, warnings are printed only. */
export type Severity = SourceFile.Severity

/** One finding, located as precisely as the file allows (`file:line:col`, entry and field path). */
export type Problem = SourceFile.Problem

/** The result of linting one file. */
export interface LintReport {
  readonly file: string
  /** Number of definitions found (0 when the file could not be parsed). */
  readonly entries: number
  readonly problems: ReadonlyArray<Problem>
}

/** Errors of a report (the findings that make the run fail). */
export const errorsOf = (report: LintReport): ReadonlyArray<Problem> => SourceFile.errorsOf(report.problems)

/**
 * Lints the text of one file. JSON files must be strict JSON; anything else is read as YAML (a superset of JSON).
 * Accepted shapes: a list of definitions, or an object with a `connections` list.
 */
export const lintSource = (file: string, text: string): LintReport => {
  const parsed = SourceFile.parse(file, text)
  // A syntax error makes the rest of the document meaningless: report the parser's errors only.
  if (Either.isLeft(parsed)) return { file, entries: 0, problems: parsed.left }
  const source = parsed.right
  const definitions = SourceFile.definitionsOf(source)
  if (Either.isLeft(definitions)) return { file, entries: 0, problems: [definitions.left] }
  const { list, listPath } = definitions.right

  const problems: Array<Problem> = []
  const seen = new Map<string, number>()
  list.forEach((definition: unknown, index) => {
    const name = SourceFile.nameOf(definition)
    const entry = { index, name }
    const report = (severity: Severity, path: ReadonlyArray<PropertyKey>, message: string) =>
      problems.push({ severity, file, ...source.locate([...listPath, index, ...path]), entry, path: Validation.formatPath(path), message })

    const result = DefinitionCheck.check(definition)
    if (Either.isLeft(result)) {
      for (const issue of result.left) report("error", issue.path, issue.message)
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

  return { file, entries: list.length, problems: SourceFile.sortProblems(problems) }
}

/** One line per problem: `file:line:col  error  entry [2] "name"  options.x: message`. */
export const formatProblem = SourceFile.formatProblem

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
