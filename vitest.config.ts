import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"
import projects from "./vitest.workspace.js"

export default defineConfig({
  test: {
    projects,
    // Vitest's default for `run` is one worker fewer than the cores: a single worker on the 2-core machines this
    // suite targets. Many files spend much of their time waiting on sockets, child processes or Chromium, so at least
    // two workers keep both cores busy (bigger machines keep the default).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
    // Read here by the worker pool (a project's own `isolate` does not reach it): see vitest.shared.ts.
    isolate: false
  }
})
