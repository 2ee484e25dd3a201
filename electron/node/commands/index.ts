/** The vault commands shared by the CLI and the control server. */
export { CommandError } from './command-error'
export { vaultCommandSchema, WRITE_COMMANDS, type PersonAddArgs, type TieAddArgs, type VaultCommand, type VaultCommandName } from './command-schema'
export { encodeWithoutDocument, runVaultCommand, type CommandOptions, type CommandResults, type VaultInfo } from './run-command'
