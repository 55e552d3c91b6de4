/**
 * The benchmark harness: statistics over rounds, result tables, the machine description and the markdown report.
 *
 * Every benchmark returns a {@link BenchResult}: a table whose rows were measured side by side in one run,
 * plus the targets it checks, each marked met or missed with the reason.
 */
import * as os from "node:os"

/** Median of a non-empty list (the list is not modified). */
export const median = (xs: ReadonlyArray<number>): number => quantile(xs, 0.5)

/** Linear-interpolated quantile `q` ∈ [0, 1] of a non-empty list. */
export const quantile = (xs: ReadonlyArray<number>, q: number): number => {
  if (xs.length === 0) return Number.NaN
  const sorted = [...xs].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)
}

/** Nearest-rank percentile of latencies (p in 0–100), the convention load tools use for p50/p99. */
export const percentile = (xs: ReadonlyArray<number>, p: number): number => {
  if (xs.length === 0) return Number.NaN
  const sorted = [...xs].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1]!
}

/** Median and spread (min–max) of one measured quantity over the rounds. */
export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly rounds: number
}

/** Summarises per-round values. */
export const summarize = (xs: ReadonlyArray<number>): Summary => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  rounds: xs.length
})

/** Formats a number with `digits` significant decimals, thousands kept readable. */
export const fmt = (x: number, digits = 2): string => {
  if (!Number.isFinite(x)) return "n/a"
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString("en-US")
  if (Math.abs(x) >= 100) return x.toFixed(Math.max(0, digits - 2))
  if (Math.abs(x) >= 10) return x.toFixed(Math.max(0, digits - 1))
  return x.toFixed(digits)
}

/** `median (min–max)` of a summary. */
export const fmtSummary = (s: Summary, digits = 2): string =>
  s.rounds > 1 ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : fmt(s.median, digits)

/** A target of the spec, checked against this run. */
export interface Target {
  readonly description: string
  readonly met: boolean
  /** The measured value(s) and, when missed, the cause found. */
  readonly detail: string
}

/** What one benchmark produced. */
export interface BenchResult {
  readonly id: string
  readonly title: string
  /** How it was measured (sizes, rounds, what a cell means). */
  readonly method: string
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly targets: ReadonlyArray<Target>
  readonly notes?: ReadonlyArray<string>
  /** Raw numbers for tests and for further processing. */
  readonly data?: unknown
}

/** Renders a markdown table. */
export const markdownTable = (columns: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const esc = (s: string) => s.replace(/\|/g, "\\|")
  return [
    `| ${columns.map(esc).join(" | ")} |`,
    `| ${columns.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`)
  ].join("\n")
}

/** Renders an aligned plain-text table for the terminal. */
export const textTable = (columns: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? "").length)))
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")
}

/** The machine the numbers came from. */
export interface Machine {
  readonly cpu: string
  readonly cores: number
  readonly memoryGiB: number
  readonly node: string
  readonly platform: string
  readonly date: string
  /** 1-minute load average when the run started (other work on the machine skews absolute numbers). */
  readonly loadAverage: number
}

/** Describes this machine. */
export const machine = (): Machine => {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    loadAverage: os.loadavg()[0] ?? 0
  }
}

/** One benchmark as plain text for the terminal. */
export const renderText = (r: BenchResult): string =>
  [
    `## ${r.title}`,
    r.method,
    "",
    textTable(r.columns, r.rows),
    "",
    ...r.targets.map((t) => `${t.met ? "MET   " : "MISSED"} ${t.description}: ${t.detail}`),
    ...(r.notes ?? []).map((n) => `note: ${n}`)
  ].join("\n")

/** The whole report as markdown. */
export const renderMarkdown = (m: Machine, command: string, results: ReadonlyArray<BenchResult>, loadAtEnd?: number): string => {
  const missed = results.flatMap((r) => r.targets.filter((t) => !t.met).map((t) => ({ r, t })))
  return [
    "# Benchmark results",
    "",
    `Generated by \`${command}\` on ${m.date}.`,
    "",
    `- CPU: ${m.cpu} × ${m.cores} cores`,
    `- Memory: ${m.memoryGiB} GiB`,
    `- Node: ${m.node} (${m.platform})`,
    `- Load average (1 min): ${m.loadAverage.toFixed(2)} at the start${loadAtEnd === undefined ? "" : `, ${loadAtEnd.toFixed(2)} at the end`} ` +
    `(on ${m.cores} cores; above ~${m.cores} other work was competing for the CPU)`,
    "",
    "Cells are the median over rounds with the spread (min–max) in parentheses. Ratios are computed per round",
    "from measurements taken side by side in the same process, then their median is reported.",
    "",
    "## Targets",
    "",
    markdownTable(
      ["benchmark", "target", "result", "detail"],
      results.flatMap((r) => r.targets.map((t) => [r.title, t.description, t.met ? "met" : "**MISSED**", t.detail]))
    ),
    "",
    ...(missed.length === 0 ? ["Every target was met in this run.", ""] : [
      `**${missed.length} target(s) missed** — see the detail column and the notes under each benchmark for the cause.`,
      ""
    ]),
    ...results.flatMap((r) => [
      `## ${r.title}`,
      "",
      r.method,
      "",
      markdownTable(r.columns, r.rows),
      "",
      ...(r.notes && r.notes.length > 0 ? [...r.notes.map((n) => `- ${n}`), ""] : [])
    ])
  ].join("\n")
}

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export const now = (): number => performance.now()

/** Lets pending I/O and timers run (between rounds, so one round's leftovers do not leak into the next). */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** Runs the GC when node was started with `--expose-gc`. */
export const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc
  if (g) g()
}
