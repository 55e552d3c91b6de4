/**
 * What the CLI prints: a plan as a colored diff, tables, and errors. Colors are dropped with `color: false`
 * (not a terminal, `NO_COLOR`, or `--json`). Values from files and tenants are printed as JSON text, so a control
 * character in them cannot reach the terminal.
 *
 * @since 0.0.0
 */
import * as Doc from "@effect/printer/Doc"
import * as Ansi from "@effect/printer-ansi/Ansi"
import * as AnsiDoc from "@effect/printer-ansi/AnsiDoc"
import type * as PlanDocument from "@effect-auth0/sync/PlanDocument"

type Line = Doc.Doc<Ansi.Ansi>

const t = (text: string, style?: Ansi.Ansi): Line => (style === undefined ? Doc.text(text) : Doc.annotate(Doc.text(text), style))
const line = (...parts: ReadonlyArray<Line>): Line => Doc.hcat(parts)

const show = (value: unknown): string => JSON.stringify(value) ?? "undefined"

const changeLines = (changes: ReadonlyArray<PlanDocument.Change>, style: Ansi.Ansi): ReadonlyArray<Line> =>
  changes.map((c) =>
    "before" in c
      ? line(t("    ~ ", style), t(c.path), t(": "), t(show(c.before), Ansi.red), t(" → "), t(show(c.after), Ansi.green))
      : line(t("    + ", style), t(c.path), t(" = "), t(show(c.after), Ansi.green))
  )

const clientName = (c: PlanDocument.ClientLabel) => (c.name === undefined ? c.client_id : `${c.name} (${c.client_id})`)

const actionLines = (action: PlanDocument.Action): ReadonlyArray<Line> => {
  switch (action._tag) {
    case "create":
      return [line(t("+ create ", Ansi.green), t(action.connection, Ansi.bold), t(` (${action.strategy})`)), ...changeLines(action.changes, Ansi.green)]
    case "update":
      return [line(t("~ update ", Ansi.yellow), t(action.connection, Ansi.bold), t(` (${action.target.id})`)), ...changeLines(action.changes, Ansi.yellow)]
    case "replace":
      return [
        line(
          t("! REPLACE ", Ansi.combine(Ansi.red, Ansi.bold)),
          t(action.connection, Ansi.bold),
          t(`: strategy ${action.from} → ${action.to}. `),
          t("Auth0 cannot change a strategy: the connection and its users are DELETED, then created again.", Ansi.red)
        ),
        ...changeLines(action.changes, Ansi.red)
      ]
    case "enabled-clients":
      return [
        line(t("~ enabled clients of ", Ansi.cyan), t(action.connection, Ansi.bold)),
        ...action.add.map((c) => line(t("    + ", Ansi.green), t(clientName(c)))),
        ...action.remove.map((c) => line(t("    - ", Ansi.red), t(clientName(c))))
      ]
    case "scim": {
      const style = action.change === "create" ? Ansi.green : action.change === "update" ? Ansi.yellow : Ansi.red
      return [line(t(`${action.change === "create" ? "+" : action.change === "update" ? "~" : "-"} ${action.change} SCIM configuration of `, style), t(action.connection, Ansi.bold)), ...changeLines(action.changes, style)]
    }
    case "delete":
      return [line(t("- DELETE ", Ansi.combine(Ansi.red, Ansi.bold)), t(action.connection, Ansi.bold), t(` (${action.strategy}, ${action.target.id})`))]
  }
}

/** Connections whose server defaults are listed one by one; the rest are counted. */
const MAX_LISTED = 10

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/**
 * The one-line summary of a plan.
 *
 * @since 0.0.0
 */
export const summary = (plan: PlanDocument.PlanDocument): string => {
  const s = plan.summary
  return plan.actions.length === 0
    ? `No changes. ${plural(s.unchanged, "connection")} match the desired state.`
    : `Plan: ${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete, ${
      plural(s.enabledClients, "enabled-clients change")
    }${s.scim > 0 ? `, ${plural(s.scim, "SCIM change")}` : ""}; ${s.unchanged} unchanged.`
}

/**
 * The closing line of an apply.
 *
 * @since 0.0.0
 */
export const applied = (document: PlanDocument.PlanDocument, writes: number): string => {
  const s = document.summary
  const parts = [
    [s.create, "created"],
    [s.update, "updated"],
    [s.replace, "replaced"],
    [s.delete, "deleted"],
    [s.enabledClients, "enabled-clients changes"],
    [s.scim, "SCIM changes"]
  ].filter(([n]) => (n as number) > 0).map(([n, what]) => `${n} ${what}`)
  return `Apply complete: ${plural(writes, "write")} (${parts.join(", ") || "nothing to do"}).`
}

/**
 * A plan for people.
 *
 * @since 0.0.0
 */
export const plan = (document: PlanDocument.PlanDocument, options: { readonly color: boolean }): string => {
  const lines: Array<Line> = [
    t(`Plan for ${document.tenant} from ${document.desiredState.file} (${document.desiredState.hash})${document.prune ? ", pruning the managed set" : ""}`, Ansi.bold),
    ...(document.actions.length > 0 ? [Doc.empty, ...document.actions.flatMap(actionLines)] : [])
  ]
  if (document.secrets.length > 0) {
    lines.push(Doc.empty, t("Secrets (compared by hash, never shown):", Ansi.bold))
    const changed = document.secrets.filter((s) => s.status === "set")
    const listed = document.secrets.length > MAX_LISTED ? changed : document.secrets
    if (listed.length < document.secrets.length) lines.push(t(`  ${document.secrets.length - listed.length} unchanged (--json lists them all)`))
    for (const s of listed) {
      lines.push(line(t(`  ${s.connection} ${s.path} (${s.reference}): `), t(s.status === "set" ? `set (${s.hash})` : "unchanged", s.status === "set" ? Ansi.yellow : Ansi.green)))
    }
  }
  if (document.serverDefaults.length > 0) {
    lines.push(Doc.empty, t("Server defaults (not declared: kept, never changes):", Ansi.bold))
    for (const d of document.serverDefaults.slice(0, MAX_LISTED)) {
      const shown = d.paths.slice(0, 8).join(", ")
      lines.push(t(`  ${d.connection}: ${shown}${d.paths.length > 8 ? `, … (${d.paths.length} in all)` : ""}`))
    }
    const more = document.serverDefaults.length - MAX_LISTED
    if (more > 0) lines.push(t(`  … and ${plural(more, "more connection")} (--json lists them all)`))
  }
  lines.push(Doc.empty, t(summary(document), Ansi.bold))
  const doc = Doc.vsep(lines)
  return AnsiDoc.render(options.color ? doc : Doc.unAnnotate(doc), { style: "pretty", options: { lineWidth: 100_000 } })
}

/**
 * A plain text table: a header row and left-aligned columns two spaces apart.
 *
 * @since 0.0.0
 */
export const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)))
  const format = (row: ReadonlyArray<string>) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ")
  return [format(header), ...rows.map(format)].join("\n")
}
