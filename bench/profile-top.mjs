// Prints the top self-time entries of a V8 .cpuprofile (function, file:line), as % of the sampled time.
import * as fs from "node:fs"

const [file, count = "10"] = process.argv.slice(2)
const profile = JSON.parse(fs.readFileSync(file, "utf8"))
const self = new Map()
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const dt = new Map()
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
let total = 0
for (const [id, t] of dt) {
  const n = byId.get(id)
  const f = n.callFrame
  const key = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/wt-perf\//, "")}:${f.lineNumber + 1}:${f.columnNumber + 1}`
  self.set(key, (self.get(key) ?? 0) + t)
  total += t
}
const idle = [...self].filter(([k]) => k.startsWith("(idle)")).reduce((s, [, t]) => s + t, 0)
console.log(`total ${(total / 1000).toFixed(0)} ms sampled, idle ${(idle / 1000).toFixed(0)} ms`)
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(`${(t / 1000).toFixed(0).padStart(6)} ms  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${((100 * t) / (total - idle)).toFixed(1).padStart(5)} % busy  ${k}`)
}
