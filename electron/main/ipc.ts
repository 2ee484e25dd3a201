/**
 * Registers the IPC contract's handlers on ipcMain. Every call is checked in this order:
 * sender frame is the app's own origin; payload size is capped; payload parses with the
 * contract's zod schema. Handlers never throw across the boundary: the renderer always gets
 * an `IpcResult`.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { INVOKE_CHANNELS, MAX_PLAIN_PAYLOAD_BYTES, MAX_SYNC_MESSAGE_BYTES, requestSchemas, type IpcError, type IpcHandlers, type IpcResult } from '../../shared/ipc'

type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>
type SenderCheck = (frameUrl: string | undefined) => boolean

/** What a handler knows about its caller. */
export interface IpcContext {
  sender: WebContents
}

/** An error a handler throws on purpose, whose message is safe to show the user: the only message that crosses to the renderer. */
export class IpcUserError extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
  ) {
    super(message)
  }
}

function payloadTooLarge(channel: string, payload: unknown): string | null {
  if (channel === INVOKE_CHANNELS.vaultSync) {
    const message = (payload as { message?: unknown } | null)?.message
    if (message instanceof Uint8Array && message.byteLength > MAX_SYNC_MESSAGE_BYTES) {
      return `sync message of ${message.byteLength} bytes exceeds ${MAX_SYNC_MESSAGE_BYTES}`
    }
    return null
  }
  if (payload === undefined) return null
  let size: number
  try {
    size = JSON.stringify(payload)?.length ?? 0
  } catch {
    return 'payload is not serialisable'
  }
  return size > MAX_PLAIN_PAYLOAD_BYTES ? `payload of ${size} bytes exceeds ${MAX_PLAIN_PAYLOAD_BYTES}` : null
}

/** Runs one call through the checks; exported for tests that drive it without ipcMain. */
export async function dispatch<Ctx>(
  handlers: IpcHandlers<Ctx>,
  isTrustedSender: SenderCheck,
  channel: keyof IpcHandlers,
  frameUrl: string | undefined,
  args: unknown[],
  context: Ctx,
): Promise<IpcResult<unknown>> {
  if (!isTrustedSender(frameUrl)) {
    return { ok: false, error: { code: 'untrusted-sender', message: `IPC from an untrusted frame (${frameUrl ?? 'none'}) refused` } }
  }
  if (args.length > 1) {
    return { ok: false, error: { code: 'invalid-payload', message: `${channel} takes at most one argument` } }
  }
  const payload = args[0]
  const tooLarge = payloadTooLarge(channel, payload)
  if (tooLarge) return { ok: false, error: { code: 'payload-too-large', message: `${channel}: ${tooLarge}` } }
  const parsed = requestSchemas[channel].safeParse(payload)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'payload'
    return { ok: false, error: { code: 'invalid-payload', message: `${channel}: ${where}: ${issue?.message ?? 'invalid'}` } }
  }
  try {
    const handler = handlers[channel] as (request: unknown, context: Ctx) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data, context) }
  } catch (err) {
    if (err instanceof IpcUserError) return { ok: false, error: { code: err.code, message: err.message } }
    // The cause stays in main's log: its message may name paths or internals the renderer must not show.
    console.error(`[ipc] ${channel} failed`, err)
    return { ok: false, error: { code: 'internal', message: `${channel} failed (internal error; details are in the app's log)` } }
  }
}

/** Registers every handler; returns a function that removes them. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers<IpcContext>, isTrustedSender: SenderCheck): () => void {
  const channels = Object.keys(handlers) as (keyof IpcHandlers)[]
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => dispatch(handlers, isTrustedSender, channel, event.senderFrame?.url, args, { sender: event.sender }))
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}
