/** The two ways a `kizuna` command fails, by exit status: 1 the command line, 2 the data or the vault. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
  readonly exitCode = 1
}

export class CliDataError extends Error {
  override readonly name = 'CliDataError'
  readonly exitCode = 2
}
