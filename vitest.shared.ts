import { defineConfig } from "vitest/config"

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources, so tests never need a build first.
  ssr: { resolve: { conditions: ["source", "module", "node", "development|production"] } },
  resolve: { conditions: ["source", "module", "node", "development|production"] },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: [new URL("./vitest.setup.ts", import.meta.url).pathname],
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
