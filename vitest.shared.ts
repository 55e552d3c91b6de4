import { defineConfig } from "vitest/config"

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources, so tests never need a build first.
  ssr: { resolve: { conditions: ["source", "module", "node", "development|production"] } },
  resolve: { conditions: ["source", "module", "node", "development|production"] },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: [new URL("./vitest.setup.ts", import.meta.url).pathname],
    // A worker keeps its module cache from one test file to the next instead of re-importing effect and the
    // packages for each of the ~80 files (about 40 % of the suite's CPU time). Every test still builds its own
    // layers, emulators and servers; no test mocks modules or patches globals, which is what isolation guards.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
