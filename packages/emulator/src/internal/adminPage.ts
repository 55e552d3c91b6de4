/**
 * The admin page at `/__emulator/`: plain HTML and JavaScript served by the emulator (no build step, no external
 * assets). It shows the connections (filtered by name and strategy and paged by the server, 200 at a time, so a
 * poll costs one page at any store size; one at a time as JSON with secrets masked), the
 * request log, the scripted faults (add, remove) and the rate-limit settings, refreshed every second by polling the
 * control plane. Every value from the store is written with `textContent`, never as HTML.
 */

/** The page. */
export const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Auth0 emulator · admin</title>
<link rel="icon" href="data:,">
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #222; }
header { background: #1f2937; color: #fff; padding: 10px 16px; display: flex; gap: 16px; align-items: baseline; }
header a { color: #93c5fd; }
main { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; padding: 16px; }
section { border: 1px solid #ddd; border-radius: 6px; padding: 10px; overflow: auto; max-height: 46vh; }
h2 { font-size: 15px; margin: 0 0 8px; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; padding: 3px 6px; border-bottom: 1px solid #eee; font-size: 13px; }
tr.selectable { cursor: pointer; } tr.selectable:hover { background: #f3f4f6; }
pre { background: #f9fafb; padding: 8px; white-space: pre-wrap; word-break: break-all; }
input, select, button { font: inherit; } .error { color: #b91c1c; } .muted { color: #6b7280; }
</style>
</head>
<body>
<header><strong>Auth0 Management API emulator</strong><span id="tenant" class="muted"></span>
<a href="/__emulator/docs">API docs</a><span id="status" class="muted"></span></header>
<main>
<section id="connections-section">
<h2>Connections <span id="connections-count" class="muted"></span></h2>
<input id="filter-name" placeholder="filter by name" aria-label="filter by name">
<select id="filter-strategy" aria-label="filter by strategy"><option value="">all strategies</option></select>
<button id="page-previous" type="button">‹ previous</button> <span id="page-range" class="muted"></span>
<button id="page-next" type="button">next ›</button>
<table><thead><tr><th>name</th><th>strategy</th><th>id</th></tr></thead><tbody id="connections"></tbody></table>
<pre id="connection-json" hidden></pre>
</section>
<section id="requests-section">
<h2>Request log <span id="requests-count" class="muted"></span></h2>
<table><thead><tr><th>time</th><th>method</th><th>path</th><th>status</th><th>ms</th><th>fault</th></tr></thead>
<tbody id="requests"></tbody></table>
</section>
<section id="faults-section">
<h2>Faults</h2>
<form id="fault-form">
<select id="fault-method" aria-label="method"><option>*</option><option>GET</option><option>POST</option><option>PATCH</option><option>DELETE</option></select>
<input id="fault-path" value="/api/v2/connections**" aria-label="path" size="28">
<input id="fault-status" type="number" value="503" min="100" max="599" aria-label="status" style="width:5em">
<input id="fault-times" type="number" value="1" min="1" aria-label="times" style="width:4em">
<button id="fault-add" type="submit">Add fault</button>
</form>
<p id="fault-error" class="error"></p>
<table><thead><tr><th>id</th><th>method</th><th>path</th><th>action</th><th>left</th><th></th></tr></thead><tbody id="faults"></tbody></table>
</section>
<section id="settings-section">
<h2>Rate limit and latency</h2>
<form id="settings-form">
<label>requests/s <input id="rate" type="number" min="0" step="any" style="width:6em"></label>
<label>burst <input id="burst" type="number" min="1" style="width:5em"></label>
<label>latency ms <input id="latency" type="number" min="0" style="width:6em"></label>
<button type="submit">Apply</button> <span class="muted">(requests/s empty or 0: no limit)</span>
</form>
<p id="settings-now" class="muted"></p><p id="settings-error" class="error"></p>
</section>
</main>
<script>
"use strict"
const $ = (id) => document.getElementById(id)
const api = async (path, init) => {
  const response = await fetch("/__emulator/" + path, { credentials: "same-origin", ...init })
  const text = await response.text()
  const body = text ? JSON.parse(text) : undefined
  if (!response.ok) throw new Error((body && body.message) || response.status + " " + response.statusText)
  return body
}
const row = (cells, onClick) => {
  const tr = document.createElement("tr")
  for (const cell of cells) {
    const td = document.createElement("td")
    td.textContent = cell === undefined || cell === null ? "" : String(cell)
    tr.appendChild(td)
  }
  if (onClick) { tr.className = "selectable"; tr.addEventListener("click", onClick) }
  return tr
}
const fill = (id, rows) => $(id).replaceChildren(...rows)
let selected = null
let offset = 0
let pageSize = 200
async function refreshConnections() {
  const q = new URLSearchParams({ name: $("filter-name").value, strategy: $("filter-strategy").value, offset: String(offset) })
  const { total, matching, limit, strategies, connections } = await api("connections?" + q)
  pageSize = limit
  if (offset > 0 && offset >= matching) { offset = Math.max(0, matching - (matching % limit || limit)); return refreshConnections() }
  $("connections-count").textContent = "(" + matching + " of " + total + ")"
  $("page-range").textContent = matching === 0 ? "" : (offset + 1) + "–" + (offset + connections.length)
  $("page-previous").disabled = offset === 0
  $("page-next").disabled = offset + limit >= matching
  const known = new Set([...$("filter-strategy").options].map((o) => o.value))
  for (const s of strategies) if (!known.has(s)) {
    const option = document.createElement("option"); option.value = option.textContent = s
    $("filter-strategy").appendChild(option)
  }
  fill("connections", connections.map((c) => row([c.name, c.strategy, c.id], () => { selected = c.id; show(connections) })))
  show(connections)
}
function show(connections) {
  const c = connections.find((x) => x.id === selected)
  $("connection-json").hidden = !c
  if (c) $("connection-json").textContent = JSON.stringify(c, null, 2)
}
async function refreshRequests() {
  const log = await api("requests")
  $("requests-count").textContent = "(" + log.total + ")"
  fill("requests", log.requests.slice().reverse().slice(0, 200).map((r) =>
    row([r.at.slice(11, 23), r.method, r.path, r.outcome === "answered" ? r.status : r.outcome, r.durationMs, r.faultId === undefined ? "" : "#" + r.faultId])))
}
async function refreshFaults() {
  const { faults } = await api("faults")
  fill("faults", faults.map((f) => {
    const action = f.drop ? "drop" : f.status !== undefined ? String(f.status) : "delay " + f.delayMs + "ms"
    const tr = row([f.id, f.method || "*", f.path || f.pathRegex, action, f.remaining, ""])
    const button = document.createElement("button"); button.textContent = "Remove"; button.dataset.faultId = f.id
    button.addEventListener("click", () => api("faults/" + f.id, { method: "DELETE" }).then(refreshFaults))
    tr.lastChild.appendChild(button)
    return tr
  }))
}
async function refreshSettings() {
  const s = await api("settings")
  $("settings-now").textContent = "now: " + (s.rateLimit ? s.rateLimit.requestsPerSecond + " requests/s, burst " + s.rateLimit.burst : "no rate limit") + ", latency " + s.latencyMs + " ms"
}
$("fault-form").addEventListener("submit", async (event) => {
  event.preventDefault()
  $("fault-error").textContent = ""
  const rule = { method: $("fault-method").value, path: $("fault-path").value, status: Number($("fault-status").value), times: Number($("fault-times").value) }
  try {
    await api("faults", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(rule) })
    await refreshFaults()
  } catch (error) { $("fault-error").textContent = error.message }
})
$("settings-form").addEventListener("submit", async (event) => {
  event.preventDefault()
  $("settings-error").textContent = ""
  const rate = Number($("rate").value), burst = $("burst").value, latency = $("latency").value
  const patch = { rateLimit: rate > 0 ? { requestsPerSecond: rate, ...(burst ? { burst: Number(burst) } : {}) } : null }
  if (latency !== "") patch.latencyMs = Number(latency)
  try {
    await api("settings", { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(patch) })
    await refreshSettings()
  } catch (error) { $("settings-error").textContent = error.message }
})
$("filter-name").addEventListener("input", () => { offset = 0; refreshConnections() })
$("filter-strategy").addEventListener("change", () => { offset = 0; refreshConnections() })
$("page-previous").addEventListener("click", () => { offset = Math.max(0, offset - pageSize); refreshConnections() })
$("page-next").addEventListener("click", () => { offset += pageSize; refreshConnections() })
async function tick() {
  try {
    await Promise.all([refreshConnections(), refreshRequests(), refreshFaults(), refreshSettings()])
    $("status").textContent = "updated " + new Date().toLocaleTimeString()
  } catch (error) { $("status").textContent = "cannot reach the emulator: " + error.message }
}
api("health").then((h) => { $("tenant").textContent = h.tenantDomain })
tick()
setInterval(tick, 1000)
</script>
</body>
</html>
`
