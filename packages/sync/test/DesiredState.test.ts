import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as DesiredState from "@effect-auth0/sync/DesiredState"
import * as SourceFile from "@effect-auth0/sync/SourceFile"

const invalid = (file: string, text: string) => {
  const result = DesiredState.fromText(file, text)
  if (Either.isRight(result)) throw new Error("expected the desired state to be refused")
  return result.left
}

describe("DesiredState", () => {
  it("reads connections, enabled clients by name or id, secret references and the managed set", () => {
    const state = Either.getOrThrow(DesiredState.fromText("/work/d.yaml", `
managed:
  prefixes: [acme-]
connections:
  - name: acme-google
    strategy: google-oauth2
    enabled_clients: [Acme Web, { client_id: appX }]
    options:
      client_id: abc.apps.googleusercontent.com
      client_secret: { env: ACME_GOOGLE_SECRET }
  - name: acme-db
    strategy: auth0
    options:
      configuration:
        API_KEY: { file: secrets/api-key.txt }
`))
    expect(state.baseDir).toBe("/work")
    expect(state.managed).toEqual({ prefixes: ["acme-"] })
    expect(state.warnings).toEqual([])
    const [google, db] = state.connections
    expect(google!.enabledClients).toEqual([{ name: "Acme Web" }, { client_id: "appX" }])
    expect(google!.secrets).toEqual([{ path: ["options", "client_secret"], ref: { env: "ACME_GOOGLE_SECRET" } }])
    expect(google!.declared).toEqual({ options: { client_id: "abc.apps.googleusercontent.com", client_secret: { env: "ACME_GOOGLE_SECRET" } } })
    expect(db!.secrets).toEqual([{ path: ["options", "configuration", "API_KEY"], ref: { file: "secrets/api-key.txt" } }])
    expect(db!.enabledClients).toBeUndefined()
  })

  it("malformed YAML: the parser's error at file:line:col, nothing else", () => {
    const error = invalid("bad.yaml", "connections:\n  - name: a\n    strategy: [auth0\n")
    expect(error._tag).toBe("DesiredStateInvalid")
    expect(error.problems).toHaveLength(1)
    expect(error.problems[0]!.line).toBeGreaterThanOrEqual(3)
    expect(error.message).toMatch(/^bad\.yaml: 1 problem; fix them and run again\nbad\.yaml:\d+:\d+ {2}error {2}\(root\): invalid YAML/)
  })

  it("schema problems are errors at the value's line and column with the field path", () => {
    const error = invalid("d.yaml", `connections:
  - name: ok
    strategy: samlp
    options:
      signatureAlgorithm: rsa-sha512
  - name: -bad-
    strategy: auth0
`)
    const lines = error.problems.map(SourceFile.formatProblem)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^d\.yaml:5:27 {2}error {2}entry \[0\] "ok" {2}options\.signatureAlgorithm: Expected "rsa-sha1" \| "rsa-sha256", actual "rsa-sha512"$/)
    expect(lines[1]).toMatch(/^d\.yaml:6:11 {2}error {2}entry \[1\] "-bad-" {2}name: must start and end/)
  })

  it("unknown fields are warnings with the path (and a did-you-mean), and are not managed", () => {
    const state = Either.getOrThrow(DesiredState.fromText("d.yaml", `connections:
  - name: a
    strategy: auth0
    display_nme: A
    provisioning_ticket_url: https://x
`))
    expect(state.warnings.map(SourceFile.formatProblem)).toEqual([
      `d.yaml:4:18  warning  entry [0] "a"  display_nme: unknown field (did you mean "display_name"?); not managed, ignored`,
      `d.yaml:5:30  warning  entry [0] "a"  provisioning_ticket_url: unknown field; not managed, ignored`
    ])
    expect(state.connections[0]!.declared).toEqual({})
  })

  it("a secret written in the file is a warning and is treated as a secret", () => {
    const state = Either.getOrThrow(DesiredState.fromText("d.yaml", `- name: g
  strategy: google-oauth2
  options: { client_id: x, client_secret: plain-text-secret }
`))
    expect(state.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      "options.client_secret: a secret written in the file; write { env: NAME } or { file: path } so it stays out of files and plans"
    ])
    expect(state.connections[0]!.secrets).toEqual([{ path: ["options", "client_secret"], ref: undefined }])
  })

  it("duplicate names (case-insensitive), bad enabled clients and a bad managed set are errors", () => {
    const error = invalid("d.yaml", `managed: { prefixes: [""] }
connections:
  - { name: Same, strategy: auth0, enabled_clients: [Acme Web, 3] }
  - { name: same, strategy: auth0, enabled_clients: Acme Web }
`)
    expect(error.problems.map((p) => `${p.line} ${p.path}`)).toEqual(["1 managed.prefixes[0]", "3 enabled_clients[1]", "4 name", "4 enabled_clients"])
    expect(error.problems.at(-2)!.message).toBe(`duplicate name: entry [0] already declares "same"`)
  })

  it("the hash follows the declarations (not the formatting) and a file of the wrong shape is refused", () => {
    const a = Either.getOrThrow(DesiredState.fromText("d.yaml", "- {name: a, strategy: auth0}\n"))
    const b = Either.getOrThrow(DesiredState.fromText("d.json", `[{"strategy": "auth0", "name": "a"}]`))
    const c = Either.getOrThrow(DesiredState.fromText("d.yaml", "- {name: a, strategy: auth0, display_name: A}\n"))
    expect(a.hash).toBe(b.hash)
    expect(c.hash).not.toBe(a.hash)
    expect(invalid("d.yaml", "name: a\n").problems[0]!.message).toContain("found an object without a `connections` list")
    expect(invalid("d.json", "[{,]").problems[0]!.message).toMatch(/^invalid JSON/)
  })

  it.effect("load: an unreadable file is a DesiredStateInvalid naming it", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(DesiredState.load("/nonexistent/desired.yaml"))
      expect(error._tag).toBe("DesiredStateInvalid")
      expect(error.message).toContain("/nonexistent/desired.yaml")
      expect(error.message).toContain("cannot read the file")
    }).pipe(Effect.provide(NodeFileSystem.layer)))

  it("scim: an object of declared keys, or false; anything else is located", () => {
    const state = Either.getOrThrow(DesiredState.fromText("d.yaml", "- { name: a, strategy: okta, scim: { user_id_attribute: userName } }\n- { name: b, strategy: okta, scim: false }\n"))
    expect(state.connections.map((c) => c.scim)).toEqual([{ user_id_attribute: "userName" }, false])
    const error = invalid("d.yaml", "- name: a\n  strategy: okta\n  scim: { user_id_attribute: '' }\n")
    expect(error.problems.map((p) => `${p.line}:${p.column} ${p.path}`)).toEqual(["3:30 scim.user_id_attribute"])
  })
})
