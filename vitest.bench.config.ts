import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// `npm run bench`: one runner over tests/bench/*.bench.ts, with the same `electron` stand-in as the tests.
export default defineConfig({
  resolve: { alias: { electron: resolve(import.meta.dirname, 'tests/support/electron-stand-in.ts') } },
  test: {
    include: ['tests/bench/bench-runner.test.ts'],
    environment: 'node',
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
})
