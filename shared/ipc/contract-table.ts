/**
 * What one contract table holds: for each method of a namespace (channels.ts), the zod schema its
 * request is parsed with in main, and the type of its response. Shared by the namespaces' tables.
 */
import { z } from 'zod'
import type { InvokeMethod, InvokeNamespace } from './channels'

export const VaultNameSchema = z.enum(['default', 'sample'])
export type VaultName = z.infer<typeof VaultNameSchema>

export interface ContractEntry<Request extends z.ZodType = z.ZodType, Response = unknown> {
  request: Request
  /** Type only: the value is never read. */
  response: Response
}

/** A namespace's table: exactly the methods channels.ts lists for it. */
export type NamespaceContract<N extends InvokeNamespace> = { [M in InvokeMethod<N>]: ContractEntry }

/** Declares a method: its request schema and (as a type argument) its response. */
export function method<Response>() {
  return <Request extends z.ZodType>(request: Request): ContractEntry<Request, Response> => ({ request, response: undefined as Response })
}
