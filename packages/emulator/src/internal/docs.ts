/**
 * The API docs: the OpenAPI document at `/__emulator/openapi.json` and Swagger UI at `/__emulator/docs`, its
 * scripts and styles served from the `swagger-ui-dist` package (no CDN: the page works offline).
 */
import { createRequire } from "node:module"
import * as Path from "node:path"
import * as FileSystem from "@effect/platform/FileSystem"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Effect from "effect/Effect"
import * as OpenApi from "./openApi.js"
import { notFound, type Reply, reply } from "./reply.js"

/** Where `swagger-ui-dist` is installed. */
const distDir = Path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"))

/** The files of the package the page uses, with their content types. */
const ASSETS: Readonly<Record<string, string>> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png"
}

/** The Swagger UI page: the document of this emulator, "Try it out" against it, bearer auth kept across reloads. */
export const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Auth0 emulator · API docs</title>
<link rel="stylesheet" href="/__emulator/docs/swagger-ui.css">
<link rel="icon" href="/__emulator/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/__emulator/docs/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({ url: "/__emulator/openapi.json", dom_id: "#swagger-ui", persistAuthorization: true, deepLinking: true })
</script>
</body>
</html>
`

const html = (body: string): Reply => reply(200, body, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })

/** `GET /__emulator/docs`. */
export const page: Effect.Effect<Reply> = Effect.succeed(html(PAGE))

/** `GET /__emulator/openapi.json` (built once, on first use). */
export const openApi: Effect.Effect<Reply> = Effect.sync(() => reply(200, OpenApi.make(), { "cache-control": "no-store" })).pipe(
  Effect.cached,
  Effect.runSync
)

/** `GET /__emulator/docs/:file`: one of the package's files, read once; 404 for any other name. */
export const asset = (): Effect.Effect<Reply, never, HttpServerRequest.HttpServerRequest> => {
  const cache = new Map<string, Uint8Array>()
  return Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const name = request.url.split("?")[0]!.split("/").pop() ?? ""
    const type = Object.hasOwn(ASSETS, name) ? ASSETS[name]! : undefined
    if (type === undefined) return notFound()
    let bytes = cache.get(name)
    if (bytes === undefined) {
      const fs = yield* FileSystem.FileSystem
      const read = yield* Effect.either(fs.readFile(Path.join(distDir, name)))
      if (read._tag === "Left") return notFound()
      bytes = read.right
      cache.set(name, bytes)
    }
    return reply(200, bytes, { "content-type": type, "cache-control": "public, max-age=3600" })
  }).pipe(Effect.provide(NodeFileSystem.layer))
}
