import { describe, expect, it } from "@effect/vitest"
import { connectionOf, entryOf, Store } from "../src/internal/store.js"

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

  it("a large store keeps connections encoded, and every read gives back exactly what was stored", () => {
    const store = new Store()
    const connection = (i: number) => ({
      id: `con_${i}`,
      name: `conn-${i}`,
      strategy: i % 3 === 0 ? "samlp" : "auth0",
      options: { brute_force_protection: true, passwordPolicy: "good", note: `é ${i} 漢`, signInEndpoint: `https://idp-${i}.example.com/sso` },
      enabled_clients: [`client-${i % 7}`]
    })
    // 12,000 seeded at once (as a seed does), then single inserts and a replace past the threshold.
    store.insertMany(Array.from({ length: 12_000 }, (_, i) => entryOf(`con_${i}`, connection(i))))
    store.insert(entryOf("con_12000", connection(12_000)))
    store.replace(entryOf("con_5", { ...connection(5), enabled_clients: [] }))
    for (const i of [0, 1, 4_999, 11_999, 12_000]) {
      const entry = store.byId.get(`con_${i}`)!
      expect(entry.codec).toBeDefined()
      expect(entry.text.length).toBeLessThan(JSON.stringify(connection(i)).length * 0.8)
      expect(connectionOf(entry)).toEqual(connection(i))
    }
    expect(connectionOf(store.byId.get("con_5")!)).toEqual({ ...connection(5), enabled_clients: [] })
    expect(store.named("CONN-11999")?.id).toBe("con_11999")
    // A small store keeps plain text.
    const small = new Store()
    small.insert(entryOf("con_a", connection(1)))
    expect(small.byId.get("con_a")!.codec).toBeUndefined()
    expect(connectionOf(small.byId.get("con_a")!)).toEqual(connection(1))
  })
})
