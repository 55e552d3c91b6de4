/**
 * A server that answers the client benchmark's requests with answers recorded from the emulator (status, headers and
 * body, byte for byte), from memory, in a process of its own. Its cost per request is a small fraction of the
 * emulator's, so at concurrency 16 the clients, not the server, set the pace. Plain JavaScript on `node:http`.
 * Receives the recorded answers over IPC, answers with its origin over IPC, and stops when its stdin closes.
 */
import * as http from "node:http"

process.once("message", (recorded) => {
  const { create, get, list } = recorded
  const notFound = {
    status: 404,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify({ statusCode: 404, error: "Not Found", message: "The connection does not exist", errorCode: "inexistent_connection" })
  }
  const answerFor = (method, url) => {
    const q = url.indexOf("?")
    const path = q < 0 ? url : url.slice(0, q)
    if (path === "/api/v2/connections") return method === "POST" ? create : method === "GET" ? list : notFound
    if (method === "GET" && path.startsWith("/api/v2/connections/")) return get[decodeURIComponent(path.slice(20))] ?? notFound
    return notFound
  }
  const server = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    // The request body is read whole before answering, as a real server would.
    req.on("data", () => {})
    req.on("end", () => {
      const answer = answerFor(req.method ?? "GET", req.url ?? "/")
      res.writeHead(answer.status, answer.headers)
      res.end(answer.body)
    })
  })
  server.listen(0, "127.0.0.1", () => {
    process.send({ origin: `http://127.0.0.1:${server.address().port}` })
  })
  process.stdin.resume()
  process.stdin.once("end", () => {
    server.closeAllConnections()
    server.close(() => process.exit(0))
  })
})
