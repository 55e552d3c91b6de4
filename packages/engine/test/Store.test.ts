import { describe, expect, it } from "@effect/vitest"
import { entryOf, Store } from "../src/internal/store.js"

const entry = (id: string, name: string) => entryOf(id, { id, name, strategy: "auth0", options: {} })

describe("the engine's store", () => {
  it("finds a connection by name in any case, across block boundaries, and forgets it once removed", () => {
    const store = new Store()
    // Enough entries for several sorted blocks, inserted out of order.
    const names = Array.from({ length: 3000 }, (_, i) => `conn-${String((i * 7919) % 3000).padStart(4, "0")}`)
    names.forEach((name, i) => store.insert(entry(`con_${i}`, name)))
    for (const name of ["conn-0000", "conn-1024", "conn-2999", "CONN-1500"]) {
      expect(store.named(name)?.lower).toBe(name.toLowerCase())
    }
    expect(store.named("conn-3000")).toBeUndefined()
    expect(store.named("conn-")).toBeUndefined()
    expect(store.named("")).toBeUndefined()
    const gone = store.named("Conn-1024")!
    store.remove(gone.id)
    expect(store.named("conn-1024")).toBeUndefined()
    expect(store.named("conn-1025")?.name).toBe("conn-1025")
  })

  it("finds names that differ only in case from their neighbours' prefixes", () => {
    const store = new Store()
    store.insertMany(["a", "A-b", "ab", "a-B-c", "b"].map((name, i) => entry(`con_${i}`, name)))
    expect(store.named("A")?.name).toBe("a")
    expect(store.named("a-b")?.name).toBe("A-b")
    expect(store.named("A-B-C")?.name).toBe("a-B-c")
    expect(store.named("a-b-")).toBeUndefined()
  })
})
