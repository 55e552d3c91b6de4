/**
 * Small text helpers shared by the examples: a plain-text table, a one-line description of a typed error, and a
 * progress line. Nothing here is specific to Auth0 except `describeError`.
 */
import type * as ConnectionsError from "@effect-auth0/http/ConnectionsError"

/** Renders rows as an aligned table with a header rule (columns in the order given). */
export const table = <K extends string>(columns: ReadonlyArray<K>, rows: ReadonlyArray<Readonly<Record<K, string>>>): string => {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)))
  const line = (cells: ReadonlyArray<string>) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()
  return [line(columns), line(widths.map((w) => "─".repeat(w))), ...rows.map((r) => line(columns.map((c) => r[c])))].join("\n")
}

/**
 * One line about a typed error: its tag, Auth0's status and errorCode when there are some, and the message.
 * Safe to print: the errors never carry a token or a request.
 */
export const describeError = (error: ConnectionsError.ConnectionsError): string => {
  const status = "statusCode" in error && error.statusCode !== undefined ? String(error.statusCode) : undefined
  const code = "errorCode" in error && error.errorCode !== undefined ? error.errorCode : undefined
  const detail = [status, code].filter((s) => s !== undefined).join(" ")
  return `${error._tag}${detail === "" ? "" : ` (${detail})`}: ${error.message}`
}

/**
 * A progress display: on a terminal one line rewritten in place, elsewhere (CI logs, tests) one line every
 * `every` steps and at the end.
 */
export const progress = (options: {
  readonly total: number
  readonly label: string
  readonly every?: number | undefined
  readonly write: (text: string) => void
  readonly interactive?: boolean | undefined
}) => {
  const every = options.every ?? Math.max(1, Math.ceil(options.total / 10))
  const started = Date.now()
  let done = 0
  const render = () => {
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? (done / seconds).toFixed(1) : "-"
    const width = 24
    const filled = options.total === 0 ? width : Math.round((done / options.total) * width)
    return `${options.label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${options.total} (${rate}/s)`
  }
  return {
    /** Records `n` finished steps. */
    advance: (n = 1) => {
      const before = done
      done += n
      if (options.interactive === true) options.write(`\r${render()}`)
      else if (Math.floor(done / every) > Math.floor(before / every) || done === options.total) options.write(`${render()}\n`)
    },
    /** Ends the display (a newline after an in-place line). */
    finish: () => {
      if (options.interactive === true) options.write("\n")
    },
    get done() {
      return done
    }
  }
}
