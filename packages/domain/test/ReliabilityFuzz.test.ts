/**
 * Reliability suite 1 — fuzzed domain input.
 *
 * Feeds hostile input to every public decoder of `@effect-auth0/domain` (each exported schema, with the default
 * parse options and with `Validation.strictOptions`, plus `Validation.decodeCreateConnection`) and checks that a
 * decoder never throws: it succeeds, or fails with a `ParseError` whose issues (`Validation.issuesOf`) each carry a
 * path and a message. A success must not carry an injected prototype, and in strict mode must encode back to
 * exactly its input (nothing silently dropped). Near misses (a valid document with one to three mutations) must
 * fail, if they fail, with an issue at or around the spot that was damaged.
 *
 * Inputs: arbitrary JSON (unicode incl. astral, RTL, NUL, lone surrogates; 1 MB strings; edge numbers;
 * prototype-named keys), near-miss mutations of recorded and `Arbitrary.make` documents (wrong types, removed
 * keys, unknown keys, boundary lengths, nesting up to 1 500 levels, arrays of up to 20 000 items), `__proto__`
 * style keys, boundary values with a known answer, and nesting of 2 500 to 100 000 levels.
 *
 * One throw is known to come from Effect itself (a union's discriminator holding `{"toString": 1}`): the fuzz
 * properties count it as `knownUpstreamThrows` in the summary line, and a dedicated test asserts it strictly.
 *
 * Default: about 6 000 fuzzed inputs per run (≈ 750 000 decoder calls), about ten seconds on 2 cores; every run
 * draws a new seed, so successive runs (CI, every `npm test`) cover different inputs.
 * Larger run:   FUZZ_RUNS=200000 npx vitest run --project domain ReliabilityFuzz
 * Replay:       FUZZ_SEED=<seed printed by a failure> (fast-check also prints the shrunk counterexample).
 */
import { Cause, Either, FastCheck as fc, Schema } from "effect"
import { afterAll, describe, expect, it } from "@effect/vitest"
import * as Strategy from "@effect-auth0/domain/Strategy"
import * as Validation from "@effect-auth0/domain/Validation"
import { FIXTURES } from "./reliability/fixtures.js"
import {
  applyMutation,
  type Decoder,
  decoders,
  decodersOf,
  decodeSafely,
  HUGE_ASCII,
  mutation,
  type Mutation,
  nastyJson,
  nest,
  type Path,
  pathsOf,
  prototypeMutation,
  publicSchemas,
  related,
  validWire
} from "./reliability/fuzz.js"

const TOTAL = Number(process.env.FUZZ_RUNS ?? "6000")
// One seed drives the whole run (printed in the summary line and by any failure) so a run can be replayed.
const RUN_SEED = process.env.FUZZ_SEED === undefined ? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0 : Number(process.env.FUZZ_SEED)
const share = (fraction: number) => Math.max(1, Math.round(TOTAL * fraction))
const RUNS = { json: share(0.2), anything: share(0.05), nearMiss: share(0.5), prototype: share(0.1), boundary: share(0.15) }
// Generous per-test budget that grows with FUZZ_RUNS (the default run takes a few seconds per test).
const timeout = Math.max(60_000, TOTAL * 10)
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed: RUN_SEED })
// A property that fails stops early; the input count is only meaningful when none did.
let stoppedEarly = false
const assertProperty = <T>(property: fc.IProperty<T>, parameters: fc.Parameters<T>) => {
  try {
    fc.assert(property, parameters)
  } catch (e) {
    stoppedEarly = true
    throw e
  }
}

const counts = { inputs: 0, decodes: 0, failures: 0, successes: 0, knownUpstreamThrows: 0 }
const tally = (outcome: { readonly outcome?: { readonly _tag: string }; readonly knownUpstream?: true }) => {
  counts.decodes++
  if (outcome.knownUpstream === true) counts.knownUpstreamThrows++
  else if (outcome.outcome?._tag === "Success") counts.successes++
  else counts.failures++
}

/** A short, never-throwing description of an input for failure messages. */
const describeInput = (input: unknown): string => {
  try {
    const s = JSON.stringify(input)
    return s === undefined ? String(input) : s.length > 400 ? `${s.slice(0, 400)}… (${s.length} chars)` : s
  } catch (e) {
    return `<unprintable: ${String(e).slice(0, 60)}>`
  }
}

/** Runs one input through decoders, throwing (for fast-check) on the first problem. */
const runAll = (input: unknown, list: ReadonlyArray<Decoder>) => {
  counts.inputs++
  const outcomes = []
  for (const decoder of list) {
    const result = decodeSafely(decoder, input)
    tally(result)
    if (result.problem !== undefined) throw new Error(`${result.problem}\ninput: ${describeInput(input)}`)
    if (result.outcome !== undefined) outcomes.push([decoder, result.outcome] as const)
  }
  return outcomes
}

afterAll(() => {
  // One line for the closing report (visible with --reporter=verbose or in CI logs).
  console.log(
    `[ReliabilityFuzz] seed=${RUN_SEED} inputs=${counts.inputs} decoderCalls=${counts.decodes} successes=${counts.successes} failures=${counts.failures} knownUpstreamThrows=${counts.knownUpstreamThrows} decoders=${decoders.length}`
  )
  expect(Object.prototype).not.toHaveProperty("polluted")
})

describe("ReliabilityFuzz: domain decoders under hostile input", () => {
  it("finds every public decoder", () => {
    const names = publicSchemas.map(([name]) => name)
    // The walk over the index must see the schemas users decode with, or the suite would fuzz nothing useful.
    for (const expected of [
      "Connection.Connection", "ConnectionRequest.CreateConnection", "ConnectionRequest.UpdateConnection",
      "ConnectionList.ListConnectionsResponse", "ConnectionList.CheckpointListParams", "EnabledClients.UpdateEnabledClients",
      "EnabledClients.EnabledClientsPage", "ConnectionKey.ConnectionKeys", "Scim.CreatedScimToken", "ApiError.ApiErrorBody",
      "Metadata.MetadataWrite", "Identifiers.ConnectionName", "Strategy.Strategy"
    ]) expect(names).toContain(expected)
    expect(publicSchemas.length).toBeGreaterThanOrEqual(90)
    expect(decoders.length).toBe(publicSchemas.length * 2 + 1)
  })

  // Each input goes to the decoders users call most plus a random dozen of the others, so every decoder sees
  // hundreds of inputs without the run costing inputs × 200 decodes.
  const KEY_DECODERS = decoders.filter((d) =>
    ["Connection.Connection", "ConnectionRequest.CreateConnection (strict)", "ConnectionRequest.UpdateConnection (strict)",
      "ConnectionList.ListConnectionsResponse", "EnabledClients.UpdateEnabledClients (strict)", "Validation.decodeCreateConnection"].includes(d.name)
  )
  const someDecoders = fc.shuffledSubarray([...decoders], { minLength: 8, maxLength: 16 }).map((picked) => [...KEY_DECODERS, ...picked])

  it("arbitrary JSON: every decoder succeeds or fails with located issues, never throws", () => {
    assertProperty(fc.property(nastyJson, someDecoders, (input, list) => void runAll(input, list)), params(RUNS.json))
  }, timeout)

  it("arbitrary JavaScript values (bigint, Date, Map, null-prototype objects, sparse arrays): same guarantees", () => {
    const anything = fc.anything({
      withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true,
      withTypedArray: true, withBoxedValues: true, withObjectString: true, maxDepth: 3
    })
    // Not JSON, so the strict round trip does not apply: only "never throws, located issues".
    const lenient = decoders.map((d) => ({ ...d, strict: false }))
    const someLenient = fc.shuffledSubarray(lenient, { minLength: 8, maxLength: 16 })
    assertProperty(fc.property(anything, someLenient, (input, list) => void runAll(input, list)), params(RUNS.anything))
  }, timeout)

  describe("near misses", () => {
    const targets = publicSchemas.map(([name]) => name)
    // Valid starting points: recorded-style fixtures plus a pool of `Arbitrary.make` documents per schema, drawn
    // once from the run's seed (generating big documents per case would cost more than decoding them).
    const POOL = Math.min(64, Math.max(6, Math.round(TOTAL / 2000)))
    const pools = new Map<string, ReadonlyArray<unknown>>()
    const poolOf = (name: string): ReadonlyArray<unknown> => {
      let pool = pools.get(name)
      if (pool === undefined) {
        const schema = publicSchemas.find(([n]) => n === name)![1]
        const generated = fc.sample(validWire(schema), { numRuns: POOL, seed: RUN_SEED })
        pool = [...(FIXTURES[name] ?? []), ...generated]
        pools.set(name, pool)
      }
      return pool
    }
    const weighted = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...targets) },
      { weight: 2, arbitrary: fc.constantFrom(...Object.keys(FIXTURES)) }
    )
    const validateCreate = decoders.filter((d) => d.name === "Validation.decodeCreateConnection")

    const nearMiss = (mutations: fc.Arbitrary<Mutation>, maxMutations: number, objectPathsOnly: boolean) =>
      weighted.chain((target) =>
        fc.constantFrom(...poolOf(target)).chain((seed) => {
          const paths = pathsOf(seed).filter((p) => !objectPathsOnly || isObjectAt(seed, p))
          return fc
            .array(fc.tuple(fc.constantFrom(...(paths.length > 0 ? paths : [[] as Path])), mutations), { minLength: 1, maxLength: maxMutations })
            .map((steps) => ({ target, seed, steps }))
        })
      )

    const check = ({ target, seed, steps }: { target: string; seed: unknown; steps: ReadonlyArray<readonly [Path, Mutation]> }) => {
      // The starting point must be valid, or the near miss proves nothing. Create bodies also go through
      // `Validation.decodeCreateConnection` when their options suit their strategy.
      for (const decoder of decodersOf(target)) {
        const r = decodeSafely(decoder, seed)
        if (r.outcome?._tag !== "Success") throw new Error(`seed for ${target} does not decode with ${decoder.name}: ${r.problem ?? ""}`)
      }
      const list = [
        ...decodersOf(target),
        ...(target.startsWith("ConnectionRequest.Create") ? validateCreate.filter((d) => decodeSafely(d, seed).outcome?._tag === "Success") : [])
      ]
      let doc = seed
      const touched: Array<Path> = []
      for (const [path, m] of steps) {
        const applied = applyMutation(doc, path, m)
        if (applied === undefined) continue
        doc = applied.doc
        touched.push(applied.at)
      }
      for (const [decoder, outcome] of runAll(doc, list)) {
        if (outcome._tag === "Failure" && !outcome.issues.some((issue) => touched.some((t) => related(issue.path, t)))) {
          throw new Error(
            `${decoder.name}: no issue points at a mutated spot\nmutated: ${touched.map((t) => Validation.formatPath(t)).join(", ")}\nissues: ${
              outcome.issues.map(Validation.formatIssue).join(" | ").slice(0, 600)
            }\ninput: ${describeInput(doc)}`
          )
        }
      }
    }

    it("mutated valid documents: never throw, issues point at what was damaged, successes round-trip", () => {
      assertProperty(fc.property(nearMiss(mutation, 3, false), check), params(RUNS.nearMiss))
    }, timeout)

    it("prototype-named keys (__proto__, constructor, toString, …) never inject a prototype or vanish silently", () => {
      assertProperty(fc.property(nearMiss(prototypeMutation, 2, true), check), params(RUNS.prototype))
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }, timeout)
  })

  describe("boundaries with a known answer", () => {
    const createStrict = decodersOf("ConnectionRequest.CreateConnection").find((d) => d.strict)!
    const validate = (input: unknown) => Validation.decodeCreateConnection(input)
    const alnum = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."abcXYZ0189"), minLength: min, maxLength: max })
    const base = fc.record({
      name: fc.constantFrom("conn-1", "A", "db9"),
      strategy: fc.constantFrom("auth0", "samlp", "oidc", "google-oauth2", "github", "sms", "twitter", "waad")
    })
    const badNameChar = fc.constantFrom(" ", "_", "--", "😀", "\u0000", "\u202E", "é", "\uD800", ".", "/", "\n")

    /** A field change and whether Auth0 accepts it; `at` is the path of the issue when it does not. */
    type Case = { readonly label: string; readonly patch: Record<string, unknown>; readonly valid: boolean; readonly at: Path }
    const cases: fc.Arbitrary<Case> = fc.oneof(
      alnum(1, 128).map((name): Case => ({ label: "name ≤ 128", patch: { name }, valid: true, at: ["name"] })),
      alnum(129, 400).map((name): Case => ({ label: "name > 128", patch: { name }, valid: false, at: ["name"] })),
      fc.tuple(alnum(1, 60), badNameChar, alnum(0, 60)).map(([a, c, b]): Case => ({ label: `name with ${JSON.stringify(c)}`, patch: { name: a + c + b }, valid: false, at: ["name"] })),
      fc.tuple(alnum(1, 20), fc.boolean()).map(([a, lead]): Case => ({ label: "name with edge hyphen", patch: { name: lead ? `-${a}` : `${a}-` }, valid: false, at: ["name"] })),
      fc.string({ unit: "grapheme-ascii", maxLength: 128 }).map((display_name): Case => ({ label: "display_name ≤ 128", patch: { display_name }, valid: true, at: ["display_name"] })),
      fc.string({ unit: "grapheme-ascii", minLength: 129, maxLength: 300 }).map((display_name): Case => ({ label: "display_name > 128", patch: { display_name }, valid: false, at: ["display_name"] })),
      fc.integer({ min: 0, max: 10 }).map((n): Case => ({ label: "metadata ≤ 10 keys", patch: { metadata: keys(n) }, valid: true, at: ["metadata"] })),
      fc.integer({ min: 11, max: 40 }).map((n): Case => ({ label: "metadata > 10 keys", patch: { metadata: keys(n) }, valid: false, at: ["metadata"] })),
      fc.integer({ min: 0, max: 255 }).map((n): Case => ({ label: "metadata value ≤ 255", patch: { metadata: { k: "v".repeat(n), z: null } }, valid: true, at: ["metadata", "k"] })),
      fc.integer({ min: 256, max: 5000 }).map((n): Case => ({ label: "metadata value > 255", patch: { metadata: { k: "v".repeat(n) } }, valid: false, at: ["metadata", "k"] })),
      fc.integer({ min: 256, max: 1000 }).map((n): Case => ({ label: "realm > 255", patch: { realms: ["ok", "r".repeat(n)] }, valid: false, at: ["realms", 1] })),
      fc.constant<Case>({ label: "empty realm", patch: { realms: [""] }, valid: false, at: ["realms", 0] }),
      fc.constant<Case>({ label: "empty client id", patch: { enabled_clients: ["ok", ""] }, valid: false, at: ["enabled_clients", 1] }),
      // Auth0's schema has no pattern for client ids: whitespace is accepted (the id names no client).
      fc.constantFrom(" ", "a b", "x\n").map((c): Case => ({ label: "client id with whitespace", patch: { enabled_clients: ["ok", c] }, valid: true, at: ["enabled_clients", 1] })),
      nastyStrategy().map((strategy): Case => ({ label: "unknown strategy", patch: { strategy }, valid: false, at: ["strategy"] })),
      fc.constantFrom("id", "foo", "__proto__", "constructor", "options_", "Name").map((k): Case => ({ label: `unknown key ${k}`, patch: { [k]: 1 }, valid: false, at: [k] })),
      fc.integer({ min: 0, max: 96 }).map((n): Case => ({ label: "non_persistent_attrs ≤ 96", patch: { options: { non_persistent_attrs: Array.from({ length: n }, (_, i) => `a${i}`) } }, valid: true, at: ["options", "non_persistent_attrs"] })),
      fc.integer({ min: 97, max: 300 }).map((n): Case => ({ label: "non_persistent_attrs > 96", patch: { options: { non_persistent_attrs: Array.from({ length: n }, (_, i) => `a${i}`) } }, valid: false, at: ["options", "non_persistent_attrs"] })),
      fc.constant<Case>({ label: "1 MB display name", patch: { display_name: HUGE_ASCII }, valid: false, at: ["display_name"] })
    )

    it("create bodies: local validation and the strict schema agree with Auth0's limits, at the exact field", () => {
      assertProperty(
        fc.property(base, cases, (b, c) => {
          counts.inputs++
          const input = withOwn(b, c.patch)
          const two = validate(input)
          counts.decodes += 2
          const one = decodeSafely(createStrict, input)
          if (one.problem !== undefined) throw new Error(one.problem)
          if (Either.isRight(two) !== c.valid) {
            throw new Error(`${c.label}: decodeCreateConnection said ${Either.isRight(two) ? "valid" : Either.getLeft(two).pipe((o) => JSON.stringify(o))}, expected ${c.valid ? "valid" : "invalid"}\ninput: ${describeInput(input)}`)
          }
          if ((one.outcome!._tag === "Success") !== c.valid) throw new Error(`${c.label}: CreateConnection (strict) disagrees\ninput: ${describeInput(input)}`)
          if (Either.isLeft(two) && !two.left.some((i) => Validation.formatPath(i.path) === Validation.formatPath(c.at))) {
            throw new Error(`${c.label}: expected an issue at ${Validation.formatPath(c.at)}, got ${two.left.map(Validation.formatIssue).join(" | ").slice(0, 400)}`)
          }
        }),
        params(Math.ceil(RUNS.boundary * 0.6))
      )
    }, timeout)

    it("update bodies, list and enabled-client parameters: limits hold at the exact field", () => {
      const update = decodersOf("ConnectionRequest.UpdateConnection").find((d) => d.strict)!
      const clients = decodersOf("EnabledClients.UpdateEnabledClients").find((d) => d.strict)!
      const checkpoint = decodersOf("ConnectionList.CheckpointListParams").find((d) => d.strict)!
      const offset = decodersOf("ConnectionList.OffsetListParams").find((d) => d.strict)!
      const ecParams = decodersOf("EnabledClients.EnabledClientsParams").find((d) => d.strict)!
      const connection = decodersOf("Connection.Connection").find((d) => d.strict)!
      type Probe = { readonly decoder: Decoder; readonly input: unknown; readonly valid: boolean; readonly at: Path }
      const change = (status: boolean) => (i: number) => ({ client_id: `client${i}`, status })
      const probes: fc.Arbitrary<Probe> = fc.oneof(
        fc.constant<Probe>({ decoder: update, input: {}, valid: false, at: [] }),
        fc.constantFrom("name", "strategy", "id").map((k): Probe => ({ decoder: update, input: { [k]: "x", display_name: "d" }, valid: false, at: [k] })),
        fc.integer({ min: 0, max: 128 }).map((n): Probe => ({ decoder: update, input: { display_name: "d".repeat(n) }, valid: true, at: [] })),
        fc.integer({ min: 129, max: 999 }).map((n): Probe => ({ decoder: update, input: { display_name: "d".repeat(n) }, valid: false, at: ["display_name"] })),
        fc.integer({ min: 11, max: 30 }).map((n): Probe => ({ decoder: update, input: { metadata: keys(n) }, valid: false, at: ["metadata"] })),
        fc.integer({ min: 1, max: 50 }).map((n): Probe => ({ decoder: clients, input: Array.from({ length: n }, change(n % 2 === 0)), valid: true, at: [] })),
        fc.integer({ min: 51, max: 200 }).map((n): Probe => ({ decoder: clients, input: Array.from({ length: n }, change(true)), valid: false, at: [] })),
        fc.constant<Probe>({ decoder: clients, input: [], valid: false, at: [] }),
        fc.constant<Probe>({ decoder: clients, input: [{ client_id: "", status: true }], valid: false, at: [0, "client_id"] }),
        fc.constant<Probe>({ decoder: clients, input: [{ client_id: "a b", status: true }], valid: true, at: [] }),
        fc.integer({ min: 1, max: 100 }).map((take): Probe => ({ decoder: checkpoint, input: { take }, valid: true, at: [] })),
        fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 101 }), fc.constantFrom(1.5, 99.9)).map((take): Probe => ({ decoder: checkpoint, input: { take }, valid: false, at: ["take"] })),
        fc.integer({ min: 1001, max: 5000 }).map((n): Probe => ({ decoder: checkpoint, input: { from: "c".repeat(n) }, valid: false, at: ["from"] })),
        fc.oneof(fc.integer({ min: 101 }), fc.integer({ max: 0 })).map((per_page): Probe => ({ decoder: offset, input: { per_page }, valid: false, at: ["per_page"] })),
        fc.integer({ max: -1 }).map((page): Probe => ({ decoder: offset, input: { page }, valid: false, at: ["page"] })),
        fc.integer({ min: 1, max: 1000 }).map((take): Probe => ({ decoder: ecParams, input: { take }, valid: true, at: [] })),
        fc.integer({ min: 1001 }).map((take): Probe => ({ decoder: ecParams, input: { take }, valid: false, at: ["take"] })),
        fc.stringMatching(/^[A-Za-z0-9]{1,60}$/).map((s): Probe => ({ decoder: connection, input: { id: `con_${s}`, name: "n", strategy: "auth0" }, valid: true, at: [] })),
        fc.oneof(fc.constantFrom("con_", "con_a-b", "con_😀", "CON_abc", "con_abc ", "tok_abc", ""), fc.stringMatching(/^con_[A-Za-z0-9]{61,80}$/))
          .map((id): Probe => ({ decoder: connection, input: { id, name: "n", strategy: "auth0" }, valid: false, at: ["id"] }))
      )
      assertProperty(
        fc.property(probes, ({ decoder, input, valid, at }) => {
          const outcome = runAll(input, [decoder])[0]![1]
          if ((outcome._tag === "Success") !== valid) throw new Error(`${decoder.name}: expected ${valid ? "success" : "failure"} for ${describeInput(input)}`)
          if (outcome._tag === "Failure" && !outcome.issues.some((i) => Validation.formatPath(i.path) === Validation.formatPath(at))) {
            throw new Error(`${decoder.name}: expected an issue at ${Validation.formatPath(at)}, got ${outcome.issues.map(Validation.formatIssue).join(" | ")}`)
          }
        }),
        params(Math.ceil(RUNS.boundary * 0.4))
      )
    }, timeout)
  })

  describe("deep nesting beyond the fuzzers' 1 500 levels", () => {
    // JSON.parse accepts 200 000 levels, so a 5 KB request body can be this deep.
    const depths = [2_500, 10_000, 100_000] as const
    const connectionDecoders = [...decodersOf("Connection.Connection"), ...decodersOf("ConnectionRequest.CreateConnection"), ...decodersOf("ConnectionRequest.UpdateConnection")]
    const validateCreate = decoders.find((d) => d.name === "Validation.decodeCreateConnection")!

    const inputsAt = (depth: number) => [
      nest(depth, "array"),
      { id: "con_abc", name: "n", strategy: "auth0", options: { mfa: nest(depth, "array") } },
      { name: "n", strategy: "auth0", realms: nest(depth, "mixed") },
      { display_name: nest(depth, "object") }
    ]

    for (const depth of depths) {
      it(`depth ${depth}: decoders fail with located issues (Validation.issuesOf) instead of throwing`, () => {
        const problems: Array<string> = []
        for (const input of inputsAt(depth)) {
          for (const decoder of [...connectionDecoders, validateCreate]) {
            const result = decodeSafely(decoder, input)
            tally(result)
            if (result.problem !== undefined) problems.push(result.problem)
          }
          counts.inputs++
        }
        expect(problems).toEqual([])
      })
    }

    // LEAD DECISION NEEDED (reported): `ParseError.message` (Effect's TreeFormatter, also used by `String(error)`
    // and `Cause.pretty`) recurses into the offending value and throws RangeError beyond ~2 000 levels, so logging
    // such a decode failure crashes the logger call. `Validation.issuesOf` copes (tested above). The domain could
    // cap nesting before decoding (a depth refinement with its own message); until decided this is marked `fails`.
    it.fails("depth 10 000: the ParseError itself can be printed (message, String, Cause.pretty)", () => {
      const problems: Array<string> = []
      for (const input of inputsAt(10_000)) {
        for (const decoder of connectionDecoders) {
          const result = decodeSafely(decoder, input)
          if (result.outcome?._tag !== "Failure" || result.outcome.error === undefined) continue
          const error = result.outcome.error
          for (const [form, render] of [["message", () => error.message], ["String", () => String(error)], ["Cause.pretty", () => Cause.pretty(Cause.fail(error))]] as const) {
            try {
              if (render().length === 0) problems.push(`${decoder.name}: empty ${form}`)
            } catch (e) {
              problems.push(`${decoder.name}: ${form} threw ${String(e).slice(0, 80)}`)
            }
          }
        }
      }
      expect(problems).toEqual([])
    })
  })

  // LEAD DECISION NEEDED (reported): Effect's `Schema.Union` looks up a literal discriminator with
  // `String(input[field])`, which throws a TypeError when the field holds an object whose own `toString` is not a
  // function. Every union of the package is affected (Connection, KnownConnection, CreateConnection,
  // ListConnectionsResponse, UpstreamParam, …): `{"strategy": {"toString": 1}}` makes `Schema.decodeUnknown`
  // throw instead of failing. `Validation.decodeCreateConnection` is not affected (it checks the strategy first).
  // The fix is upstream, or a guard in front of each union in the domain; marked `fails` until decided. The fuzz
  // properties above count these throws (`knownUpstreamThrows`) rather than failing at random.
  it.fails("discriminators holding objects with a non-callable toString fail to decode instead of throwing", () => {
    const problems: Array<string> = []
    const hostile = { toString: 1 }
    const inputs = [{ strategy: hostile }, { id: "con_a", name: "n", strategy: hostile }, [{ id: "con_a", name: "n", strategy: hostile }], { connections: [{ id: "con_a", name: "n", strategy: hostile }] }]
    for (const [name, schema] of publicSchemas.filter(([n]) => /Connection|ListConnectionsResponse/.test(n))) {
      for (const input of inputs) {
        try {
          Schema.decodeUnknownEither(schema)(input)
        } catch (e) {
          problems.push(`${name}: ${String(e).slice(0, 80)}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it(`ran at least 10 000 fuzzed inputs (FUZZ_RUNS=${TOTAL})`, () => {
    if (!stoppedEarly) expect(counts.inputs).toBeGreaterThanOrEqual(Math.min(10_000, TOTAL))
  })
})

const keys = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`key${i}`, `value${i}`]))

const nastyStrategy = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom("AUTH0", "auth0 ", "Auth0", "auth0-adldap", "", "__proto__", "constructor", "toString", "samlp\u0000"), fc.string({ maxLength: 20 }))
    .filter((s) => !Strategy.isStrategy(s))

/** `{...base, ...patch}` with every key an own property (so `__proto__` in a patch stays a key, like JSON.parse). */
const withOwn = (base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of [...Object.entries(base), ...Object.entries(patch)]) {
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
  }
  return out
}

const isObjectAt = (doc: unknown, path: Path): boolean => {
  const v = path.reduce<unknown>((acc, k) => (acc as any)?.[k], doc)
  return typeof v === "object" && v !== null && !Array.isArray(v)
}
