import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import * as Dotenv from "../src/internal/dotenv.js"

describe("dotenv", () => {
  it("reads KEY=value lines, export, comments and quotes", () => {
    const parsed = Either.getOrThrow(Dotenv.parse([
      "# a comment",
      "export AUTH0_DOMAIN=acme.eu.auth0.com",
      "PLAIN = value # trailing comment",
      `DOUBLE="two\\nlines"`,
      "SINGLE='kept # as is'",
      ""
    ].join("\n")))
    expect([...parsed]).toEqual([
      ["AUTH0_DOMAIN", "acme.eu.auth0.com"],
      ["PLAIN", "value"],
      ["DOUBLE", "two\nlines"],
      ["SINGLE", "kept # as is"]
    ])
  })

  it("a line that is not KEY=value is reported by number only (it may hold a secret)", () => {
    expect(Dotenv.parse("A=1\nthis-is-a-secret\n")).toEqual(Either.left("line 2 is not KEY=value"))
  })
})
