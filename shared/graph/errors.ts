import type { z } from 'zod'

export type GraphErrorCode =
  /** The input failed validation; `path` names the bad field. */
  | 'invalid-input'
  /** No person (or tie, or record) with that id. */
  | 'not-found'
  /** The person is in the trash and the operation needs a live one. */
  | 'in-trash'
  /** A person with the requested id already exists. */
  | 'duplicate-id'
  /** A tie from a person to themselves. */
  | 'self-tie'
  /** A tie to 'me': my relation to people is their roles, not a tie. */
  | 'me-tie'
  /** More than MAX_VALUES_PER_PERSON Schwartz values. */
  | 'too-many-values'

/** Thrown by every write in `shared/graph/` when its input is rejected; nothing was written. */
export class GraphError extends Error {
  override readonly name = 'GraphError'
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    /** Where in the input the problem is, e.g. ['values'] or ['handles', 0, 'value']. */
    readonly path: readonly (string | number)[] = [],
  ) {
    super(message)
  }
}

/** Parses `input` with `schema`, or throws a GraphError naming the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const path = (issue?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)))
  const where = path.length > 0 ? `${what}.${path.join('.')}` : what
  const code = issue?.message === TOO_MANY_VALUES ? 'too-many-values' : 'invalid-input'
  throw new GraphError(code, `${where}: ${issue?.message ?? 'invalid'}`, path)
}

export const TOO_MANY_VALUES = 'at most 3 values'
