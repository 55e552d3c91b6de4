/**
 * Checking one connection definition (a `POST /connections` body given as JSON) with the domain schemas, with
 * messages tidied for people. Shared by the desired-state reader and the connections-lint example.
 *
 * @since 0.0.0
 */
import * as Connection from "@effect-auth0/domain/Connection"
import * as Validation from "@effect-auth0/domain/Validation"
import * as Strategy from "@effect-auth0/domain/Strategy"
import * as Either from "effect/Either"
import * as Predicate from "effect/Predicate"
import type { CreateConnection } from "@effect-auth0/domain/ConnectionRequest"

/**
 * Validates a create body and returns either the typed body or every problem, readable.
 *
 * @since 0.0.0
 */
export const check = (definition: unknown): Either.Either<CreateConnection, ReadonlyArray<Validation.Issue>> =>
  Either.mapLeft(Validation.decodeCreateConnection(definition), (issues) => readable(withOptionIssues(definition, issues)))

/**
 * `decodeCreateConnection` stops at the top-level fields when one of them is wrong; the options are still worth
 * checking then (against the strategy's schema), so one run shows everything to fix.
 */
const withOptionIssues = (definition: unknown, issues: ReadonlyArray<Validation.Issue>): ReadonlyArray<Validation.Issue> => {
  if (!Predicate.isRecord(definition) || !Strategy.isStrategy(definition["strategy"]) || !Predicate.isRecord(definition["options"])) {
    return issues
  }
  if (issues.some((i) => i.path[0] === "options")) return issues
  const optionIssues = Validation.decode(Connection.optionsSchemaFor(definition["strategy"]))(definition["options"])
  return Either.isLeft(optionIssues) ? [...issues, ...optionIssues.left.map((i) => ({ ...i, path: ["options", ...i.path] }))] : issues
}

/**
 * Edit distance between two words (for "did you mean").
 *
 * @since 0.0.0
 */
export const distance = (a: string, b: string): number => {
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
 * The closest of `candidates` to `word`, when it is close enough to be a likely typo.
 *
 * @since 0.0.0
 */
export const suggest = (word: string, candidates: Iterable<string>): string | undefined => {
  const best = [...candidates].map((k) => [k, distance(word, k)] as const).sort((a, b) => a[1] - b[1])[0]
  return best !== undefined && best[1] <= Math.max(2, Math.floor(word.length / 3)) ? best[0] : undefined
}

/** The message Effect gives for an excess key under `onExcessProperty: "error"`. */
const UNEXPECTED = /^is unexpected, expected: (.*)$/s

/**
 * The allowed keys listed by an "unknown field" issue, when the issue is one.
 *
 * @since 0.0.0
 */
export const unknownFieldAllowed = (issue: Validation.Issue): ReadonlyArray<string> | undefined => {
  const unexpected = UNEXPECTED.exec(issue.message)
  return unexpected === null ? undefined : unexpected[1]!.split(" | ").map((k) => k.replace(/^"|"$/g, ""))
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
    const allowed = unknownFieldAllowed(issue)
    const field = issue.path[issue.path.length - 1]
    if (allowed !== undefined && typeof field === "string") {
      const best = suggest(field, allowed)
      const hint = best === undefined ? "" : ` (did you mean "${best}"?)`
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
