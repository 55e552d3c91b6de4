/**
 * A bad fault rule gets one clear message: what is wrong and where, not every branch of "one rule or an array".
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import * as Fault from "@effect-auth0/emulator/Fault"

const messageOf = (input: unknown): string => {
  const parsed = Fault.parseRules(input)
  if (Either.isRight(parsed)) throw new Error("expected the rule to be refused")
  return parsed.left
}

describe("Fault.parseRules messages", () => {
  it("one bad rule: one message naming the field", () => {
    expect(messageOf({ method: "POST", path: "/api/v2/connections", status: 42 })).toBe(
      "status: Expected a number between 200 and 599, actual 42"
    )
  })

  it("a rule without an action says so once", () => {
    expect(messageOf({ path: "/api/v2/connections" })).toBe("a fault needs status, delayMs or drop")
  })

  it("an unknown key is named", () => {
    const message = messageOf({ path: "/x", status: 500, statsu: 1 })
    expect(message).toMatch(/^statsu: is unexpected, expected: "method" \| "path" \|/)
    expect(message).not.toContain(";")
  })

  it("in an array, the message names the rule's index", () => {
    expect(messageOf([{ status: 503 }, { status: 503, drop: true }])).toBe("[1]: drop and status are exclusive")
  })

  it("neither an object nor an array", () => {
    expect(messageOf("503")).toBe("expected a fault rule (an object) or an array of rules, got string")
  })

  it("valid rules still parse", () => {
    expect(Fault.parseRules({ status: 503 })).toEqual(Either.right([{ status: 503 }]))
    expect(Fault.parseRules([{ status: 503 }, { delayMs: 5 }])).toEqual(Either.right([{ status: 503 }, { delayMs: 5 }]))
  })
})
