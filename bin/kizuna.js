#!/usr/bin/env node
// The `kizuna` command. The TypeScript sources are built into out/main/cli.js by `npm run build`.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(cli)) {
  console.error('kizuna: the command is not built yet. Run `npm run build` in the Kizuna folder first.')
  process.exit(1)
}
await import(cli)
