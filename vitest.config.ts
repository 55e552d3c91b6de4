import { defineConfig } from "vitest/config"
import projects from "./vitest.workspace.js"

export default defineConfig({
  test: {
    projects,
    // Vitest's default for `run` is one worker fewer than the cores: a single worker on the 2-core machines this
    // suite targets. Most files spend their time waiting on sockets, child processes or Chromium, so two workers
    // keep both cores busy.
    maxWorkers: 2,
    minWorkers: 1,
    // Read here by the worker pool (a project's own `isolate` does not reach it): see vitest.shared.ts.
    isolate: false
  }
})
