import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import * as TextCodec from "../src/internal/textCodec.js"

const connection = (i: number) =>
  JSON.stringify({
    id: `con_${i}`,
    name: `conn-${i}`,
    strategy: i % 2 === 0 ? "samlp" : "auth0",
    options: { brute_force_protection: true, passwordPolicy: "good", disable_signup: false, scope: ["email", "profile"] },
    enabled_clients: [],
    is_domain_connection: false
  })

describe("the store's text codec", () => {
  const sample = Array.from({ length: 200 }, (_, i) => connection(i))
  const codec = TextCodec.learn(sample)

  it("shrinks texts like its sample and decodes them back exactly", () => {
    for (const text of sample.slice(0, 20)) {
      const packed = codec.encode(text)
      expect(packed.length).toBeLessThan(text.length * 0.7)
      expect(codec.decode(packed)).toBe(text)
    }
  })

  it("decodes any JSON text back exactly: escapes, control characters, unicode and tokens inside other strings", () => {
    const tricky = [
      JSON.stringify({ note: "\"strategy\":\"samlp\" inside a string", tab: "a\tb\u0001\u001f", emoji: "é漢🙂" }),
      JSON.stringify({ "\"options\":": "\\\"auth0\\\"", brute_force_protection: "brute_force_protection" }),
      "",
      "{}"
    ]
    for (const text of tricky) expect(codec.decode(codec.encode(text))).toBe(text)
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value)
      expect(codec.decode(codec.encode(text))).toBe(text)
    }), { numRuns: 300 })
  })

  it("with nothing worth a code, it is the identity", () => {
    const none = TextCodec.learn([])
    expect(none.encode("{\"a\":1}")).toBe("{\"a\":1}")
  })
})
