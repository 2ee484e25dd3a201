/**
 * The headless `kizuna` command (bin/kizuna.js runs the build of this file). It works on a
 * vault's data folder through the same services the app uses, with no Electron.
 */
import { runCli } from './run'

runCli(process.argv.slice(2)).then(
  (code) => {
    // exitCode rather than exit(): lets a large export finish draining to stdout.
    process.exitCode = code
  },
  (err: unknown) => {
    console.error(`kizuna: ${err instanceof Error ? err.message : String(err)}`)
    process.exitCode = 2
  },
)
