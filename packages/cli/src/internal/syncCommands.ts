/**
 * `export`, `plan` and `apply`: config as code for connections.
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Prompt from "@effect/cli/Prompt"
import * as Apply from "@effect-auth0/sync/Apply"
import * as DesiredState from "@effect-auth0/sync/DesiredState"
import * as Export from "@effect-auth0/sync/Export"
import * as Plan from "@effect-auth0/sync/Plan"
import * as PlanDocument from "@effect-auth0/sync/PlanDocument"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Render from "../Render.js"
import * as Settings from "../Settings.js"
import { CliError, colorful, decodeStrategies, readText, setExit, warnings, writeText } from "./io.js"
import { withTenant } from "./tenant.js"

/** Exit codes of `plan`, like `terraform plan -detailed-exitcode`. */
export const PlanExit = { noChanges: 0, error: 1, changes: 2 } as const

const json = Options.boolean("json").pipe(Options.withDescription("print JSON instead of text"))
const desiredFile = Args.text({ name: "desired-state" }).pipe(Args.withDescription("YAML or JSON file of connections"))
const prune = Options.boolean("prune").pipe(
  Options.withDescription("delete live connections of the file's `managed` set that the file does not declare")
)

const loadDesired = (file: string) => Effect.tap(DesiredState.load(file), (d) => warnings(d.warnings))

const exportCommand = Command.make("export", {
  settings: Settings.options,
  name: Options.text("name").pipe(Options.withDescription("only the connection with this name"), Options.optional),
  strategy: Options.text("strategy").pipe(Options.withDescription("only connections of this strategy (repeatable)"), Options.repeated),
  out: Options.text("out").pipe(Options.withAlias("o"), Options.withDescription("write the desired state to this file (default: stdout)"), Options.optional)
}, ({ name, out, settings, strategy }) =>
  withTenant(settings, () =>
    Effect.gen(function*() {
      const result = yield* Export.run({
        name: Option.getOrUndefined(name),
        strategy: yield* decodeStrategies(strategy)
      })
      if (Option.isSome(out)) {
        yield* writeText(out.value, result.text, "desired-state file")
        yield* Console.error(`Exported ${result.connections} connection(s) to ${out.value}.`)
      } else yield* Console.log(result.text)
      if (result.secrets.length > 0) {
        yield* Console.error(`Secrets were written as references; set these variables before plan/apply:`)
        for (const s of result.secrets) yield* Console.error(`  ${s.variable}  (${s.connection} ${s.path})`)
      }
    }))).pipe(Command.withDescription("Write the tenant's connections as desired state (secrets as references, clients by name)"))

const planCommand = Command.make("plan", {
  settings: Settings.options,
  file: desiredFile,
  out: Options.text("out").pipe(Options.withAlias("o"), Options.withDescription("save the plan (JSON, no secret values) for `apply --plan`"), Options.optional),
  prune,
  json
}, ({ file, json, out, prune, settings }) =>
  withTenant(settings, (tenant) =>
    Effect.gen(function*() {
      const desired = yield* loadDesired(file)
      const plan = yield* Plan.make(desired, { tenant, prune })
      if (Option.isSome(out)) yield* writeText(out.value, PlanDocument.toJson(plan.document), "plan file")
      yield* Console.log(json ? PlanDocument.toJson(plan.document).trimEnd() : Render.plan(plan.document, { color: colorful() }))
      if (Option.isSome(out) && !json) yield* Console.error(`Saved the plan to ${out.value}; apply it with: effect-auth0 apply ${file} --plan ${out.value}`)
      yield* setExit(PlanDocument.hasChanges(plan.document) ? PlanExit.changes : PlanExit.noChanges)
    }))).pipe(
    Command.withDescription("Show what apply would change (exit 0: no changes, 2: changes, 1: error); never writes to the tenant")
  )

/**
 * Progress lines, and a closing note when an apply stops part way (a failure or Ctrl-C). The writes made stay:
 * each is one request, none is half-done.
 */
const tracker = () => {
  let done = 0
  let total = 0
  const note = (why: string) =>
    Effect.suspend(() =>
      done === 0
        ? Effect.void
        : Console.error(`${why} after ${done} of ${total} writes: those stay. Run plan to see what remains; apply again to finish.`)
    )
  return {
    onProgress: (p: Apply.Progress) => {
      done = p.done
      total = p.total
      return Console.error(`[${p.done}/${p.total}] ${p.step}`)
    },
    guard: <A, E, R>(effect: Effect.Effect<A, E, R>) =>
      effect.pipe(Effect.onInterrupt(() => note("Interrupted")), Effect.tapError(() => note("Stopped")))
  }
}

const confirm = (yes: boolean) =>
  yes
    ? Effect.succeed(true)
    : process.stdin.isTTY === true
    ? Prompt.run(Prompt.confirm({ message: "Apply these changes?", initial: false }))
    : Effect.fail(new CliError({ message: "refusing to apply without confirmation in a non-interactive run: review the plan and pass --yes" }))

const applyCommand = Command.make("apply", {
  settings: Settings.options,
  file: desiredFile,
  plan: Options.text("plan").pipe(Options.withDescription("apply this saved plan (refused if the tenant or the file changed since)"), Options.optional),
  yes: Options.boolean("yes").pipe(Options.withAlias("y"), Options.withDescription("do not ask for confirmation (CI)")),
  allowReplace: Options.boolean("allow-replace").pipe(Options.withDescription("allow replacements (delete, then create) when a strategy changes")),
  concurrency: Options.integer("concurrency").pipe(Options.withDescription("writes in flight at once (the rate limiter paces them)"), Options.withDefault(4)),
  prune,
  json
}, ({ allowReplace, concurrency, file, json, plan, prune, settings, yes }) =>
  withTenant(settings, (tenant) =>
    Effect.gen(function*() {
      const desired = yield* loadDesired(file)
      const track = tracker()
      const options = { allowReplace, concurrency, onProgress: track.onProgress }
      let result: Apply.ApplyResult
      if (Option.isSome(plan)) {
        const saved = yield* Effect.flatten(Effect.map(readText(plan.value, "plan file"), PlanDocument.fromJson))
        result = yield* track.guard(Apply.run(desired, { ...options, tenant, saved }))
      } else {
        const fresh = yield* Plan.make(desired, { tenant, prune })
        if (!json) yield* Console.log(Render.plan(fresh.document, { color: colorful() }))
        if (!PlanDocument.hasChanges(fresh.document)) {
          if (json) yield* Console.log(JSON.stringify({ applied: false, writes: 0, summary: fresh.document.summary }))
          return
        }
        if (!(yield* confirm(yes))) {
          yield* Console.error("Apply cancelled: nothing was written.")
          return yield* setExit(1)
        }
        result = yield* track.guard(Apply.execute(fresh, options))
      }
      yield* json
        ? Console.log(JSON.stringify({ applied: true, writes: result.writes, summary: result.document.summary }))
        : Console.log(Render.applied(result.document, result.writes))
    }))).pipe(Command.withDescription("Apply the desired state (or a saved plan): connections, then enabled clients, then deletions"))

/** `export`, `plan` and `apply`. */
export const commands = [exportCommand, planCommand, applyCommand] as const
