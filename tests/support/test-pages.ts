/**
 * Builds the helper pages benchmarks and browser tests load beside the app (same origin, so the
 * same IndexedDB), with the same bundler and the same yjs/y-indexeddb the app ships.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '../..')
export const TEST_PAGES_DIR = resolve(root, 'out/test-pages')

let building: Promise<string> | null = null

export function buildTestPages(): Promise<string> {
  building ??= (async () => {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: resolve(root, 'tests/bench/pages'),
      base: './',
      build: {
        outDir: TEST_PAGES_DIR,
        emptyOutDir: true,
        minify: true,
        rolldownOptions: {
          input: {
            index: resolve(root, 'tests/bench/pages/index.html'),
            replica: resolve(root, 'tests/bench/pages/replica.html'),
            'network-view': resolve(root, 'tests/bench/pages/network-view.html'),
            'network-svg': resolve(root, 'tests/bench/pages/network-svg.html'),
          },
        },
      },
    })
    if (!existsSync(resolve(TEST_PAGES_DIR, 'index.html'))) throw new Error('test pages were not built')
    return TEST_PAGES_DIR
  })()
  return building
}
