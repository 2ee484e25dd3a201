/**
 * The headless `kizuna` command. It works on a vault's data folder through the same services the
 * app uses, with no Electron. Commands are added by the issues that need them.
 */
import { runCli } from './run'

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    console.error(`kizuna: ${err instanceof Error ? err.message : String(err)}`)
    process.exitCode = 2
  },
)
