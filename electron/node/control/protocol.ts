/**
 * The local control protocol: how a `kizuna` command reaches the process that holds a vault.
 *
 * Transport: a Unix domain socket (a named pipe on Windows), see socket-path.ts. Messages are
 * newline-delimited JSON, one request line answered by one response line, in order.
 *
 *   request   {"protocol":1,"id":7,"token":"<LOCK token>","vault":"default","command":{"name":"person.list","trash":false}}
 *   response  {"protocol":1,"id":7,"ok":true,"value":[...]}
 *             {"protocol":1,"id":7,"ok":false,"error":{"code":"unauthorized","message":"..."}}
 *
 * `token` is the token in the vault's LOCK file, which only the user can read (mode 0600): it
 * proves the client may act on the vault. Before sending it, the client has the server prove it
 * knows the same token (a hello line, control-handshake.ts). A request line is at most MAX_REQUEST_BYTES; a longer
 * one is answered with `too-large` and the connection is closed. Protocol versions are never
 * mixed: a request whose version differs gets `unsupported-protocol` and changes nothing.
 *
 * Jobs: a request with `"job":true` for a long command (`io.import`) is acknowledged at once and
 * reports its progress before its one response, each a line with the request's id:
 *
 *   accepted  {"protocol":1,"id":7,"accepted":{"job":"<uuid>"}}
 *   progress  {"protocol":1,"id":7,"progress":{"phase":"match","done":12000,"total":20000}}
 *   response  as above: the job's outcome (ok: applied; not ok: nothing was written)
 *
 * The holder keeps serving everything else meanwhile (sync sessions included), runs one import
 * job per vault at a time, and drops a job whose client disconnects before its write. Other
 * commands ignore `job` and answer with their one response.
 */
import { z } from 'zod'
import type { GraphErrorCode } from '../../../shared/graph'
import { IMPORT_PHASES } from '../../../shared/io'
import { VaultNameSchema } from '../../../shared/ipc'
import { vaultCommandSchema } from '../commands'
import { syncCommandSchema } from '../commands/sync-command-schema'

export const CONTROL_PROTOCOL_VERSION = 1
/** Requests are small (one command); 1 MiB leaves room for long notes and tags. */
export const MAX_REQUEST_BYTES = 1024 * 1024
/** Responses can carry a whole export; this only stops a runaway peer. */
export const MAX_RESPONSE_BYTES = 512 * 1024 * 1024

export type ControlErrorCode =
  GraphErrorCode | 'malformed' | 'too-large' | 'unsupported-protocol' | 'unauthorized' | 'vault-not-open' | 'sync-not-running' | 'sync-failed' | 'cancelled' | 'internal'

export const controlRequestSchema = z
  .object({
    protocol: z.literal(CONTROL_PROTOCOL_VERSION),
    id: z.int().nonnegative(),
    token: z.string().min(1).max(256),
    vault: VaultNameSchema,
    // Sync commands (pair, devices, sync) go to the holder's SyncHost, if it runs one.
    command: z.discriminatedUnion('name', [vaultCommandSchema, syncCommandSchema]),
    /** Run as a job: acknowledge, report progress, then answer (long commands only). */
    job: z.boolean().optional(),
  })
  .strict()
export type ControlRequest = z.input<typeof controlRequestSchema>

export const controlResponseSchema = z.discriminatedUnion('ok', [
  z.object({ protocol: z.literal(CONTROL_PROTOCOL_VERSION), id: z.int().nullable(), ok: z.literal(true), value: z.unknown() }),
  z.object({
    protocol: z.literal(CONTROL_PROTOCOL_VERSION),
    id: z.int().nullable(),
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
])
export type ControlResponse = z.output<typeof controlResponseSchema>

export const controlJobMessageSchema = z.union([
  z.object({ protocol: z.literal(CONTROL_PROTOCOL_VERSION), id: z.int(), accepted: z.object({ job: z.string().max(100) }) }),
  z.object({
    protocol: z.literal(CONTROL_PROTOCOL_VERSION),
    id: z.int(),
    progress: z.object({ phase: z.enum(IMPORT_PHASES), done: z.int().nonnegative(), total: z.int().nonnegative() }),
  }),
])
export type ControlJobMessage = z.output<typeof controlJobMessageSchema>

export function errorResponse(id: number | null, code: ControlErrorCode, message: string): ControlResponse {
  return { protocol: CONTROL_PROTOCOL_VERSION, id, ok: false, error: { code, message } }
}
