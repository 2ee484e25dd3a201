/** Argument dispatch for the `kizuna` command; exit codes: 0 ok, 1 usage error, 2 data error. */
export const USAGE = `Usage: kizuna [--data DIR] <command> [options]

Commands:
  help                 Show this help
  version              Print the version
`

export async function runCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const [command] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    out(USAGE)
    return command === undefined ? 1 : 0
  }
  if (command === 'version' || command === '--version') {
    out(`${process.env.npm_package_version ?? '0.1.0'}\n`)
    return 0
  }
  err(`kizuna: unknown command "${command}"\n\n${USAGE}`)
  return Promise.resolve(1)
}
