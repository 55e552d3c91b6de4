/**
 * The one list of test projects. Vitest 3.2 deprecates loading this file directly, so the root
 * `vitest.config.ts` imports it into `test.projects` instead.
 */
export default [
  "packages/domain/vitest.config.ts",
  "packages/http/vitest.config.ts",
  "packages/engine/vitest.config.ts",
  "packages/testing/vitest.config.ts",
  "packages/emulator/vitest.config.ts",
  "packages/sync/vitest.config.ts",
  "packages/cli/vitest.config.ts",
  "examples/vitest.config.ts",
  "bench/vitest.config.ts"
]
