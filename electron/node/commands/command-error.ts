/**
 * The one error a vault command reports. Callers switch on `code`: the CLI turns every one into
 * exit status 2, the control server sends it back as `{ ok: false, error: { code, message } }`.
 * Messages name the offending field and the accepted values, so a user can act on them.
 */
import { GraphError, type GraphErrorCode } from '../../../shared/graph'

export class CommandError extends Error {
  override readonly name = 'CommandError'
  constructor(
    /** The graph's codes, one list (shared/graph/errors.ts): a command fails for the graph's reasons. */
    readonly code: GraphErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** GraphError -> CommandError (same codes); anything else is rethrown unchanged. */
export function asCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error
  if (error instanceof GraphError) return new CommandError(error.code, error.message)
  throw error
}
