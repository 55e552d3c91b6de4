#!/usr/bin/env node
// Runs the CLI's TypeScript source through tsx, so `npx effect-auth0` works right after `npm ci` with no build step.
// The workspace packages export their sources under the `source` condition, which Node only honours when it is
// given at start-up: hence a child Node process with `--conditions=source --import tsx`.
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const entry = fileURLToPath(new URL("../src/bin.ts", import.meta.url))
const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", entry, ...process.argv.slice(2)], {
  stdio: "inherit"
})
// Ctrl-C reaches the child through the terminal's process group; the parent only waits for it.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {})
child.on("exit", (code, signal) => {
  if (signal !== null) process.kill(process.pid, signal)
  else process.exit(code ?? 1)
})
