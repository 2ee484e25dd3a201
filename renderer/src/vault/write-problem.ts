/**
 * What a rejected write says, as a value a form can show next to the field it names. The writes
 * themselves are the store's one actions object (vault-actions.ts).
 */
import { GraphError } from '../../../shared/graph'

/** What a rejected write says, for the field it names: `path` as written by GraphError. */
export interface WriteProblem {
  code: GraphError['code']
  path: readonly (string | number)[]
  message: string
}

/** Runs a write; returns null when it succeeded, or the problem when the graph rejected it. */
export function attempt(write: () => unknown): WriteProblem | null {
  try {
    write()
    return null
  } catch (err) {
    if (err instanceof GraphError) return { code: err.code, path: err.path, message: err.message }
    throw err
  }
}
