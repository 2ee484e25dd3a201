import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      // The app and the `kizuna` command carry their pure-JS dependencies (zod, yjs, lib0, ...)
      // inside the bundle: resolving and loading hundreds of small module files was most of the
      // command's start-up time. One build for both entries keeps one copy of yjs (tests/unit/build).
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          cli: resolve(root, 'electron/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be ONE CommonJS file that requires only `electron`:
      // no ESM, no chunks, no externalised node_modules. tests/unit/build guards this.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Minified: parsing less code is time taken off every start (electron-vite leaves it off).
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
})
