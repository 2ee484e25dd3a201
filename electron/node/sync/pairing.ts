/**
 * The pairing handshake, run inside a mutual-TLS channel (peer-channel.ts) between the inviter A
 * (who showed the code) and the joiner B (who typed or scanned it). Secrets: pairing-code.ts.
 *
 *   B -> A  request { joinerProof, name, port }   A checks it in constant time; a wrong proof
 *                                                 counts a failure (5 burn the invite)
 *   A -> B  accept  { inviterProof, name }        the invite is spent (one use); B checks the proof
 *   both    show the same 4 words; each user confirms on their own screen
 *   B -> A  confirm
 *   A -> B  welcome { vault id, signed membership log incl. A's signed add of B, keys }   A now trusts B
 *   B -> A  done                                                             B now trusts A
 *
 * Security argument: the secret has 160 bits and is valid for one success, at most 5 failures and
 * a few minutes, so an online guesser succeeds with probability <= 5 * 2^-160. An eavesdropper sees
 * only TLS ciphertext. A network attacker posing as A to B obtains joinerProof, which is bound to
 * its own TLS session and both device ids, so it can neither relay it nor use it except for an
 * offline search of a 160-bit space. A sends nothing derived from the secret before B has proved
 * knowledge of it. Someone who saw the code and raced B to use it gets paired only if A's user
 * confirms words that B's screen (which shows an error, the code being spent) does not display.
 * No document byte is sent on a pairing connection; B reconnects as a paired device to sync.
 */
import { timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { encodeJsonEnvelope, type Envelope } from '../../../shared/sync'
import { fingerprintOf } from './device-identity'
import { derivePairingSecrets, PAIRING_EXPORTER_LABEL } from './pairing-code'
import { ChannelError, type PeerChannel } from './peer-channel'
import { groupStateSchema, type GroupState } from './sync-state'

export const MAX_PAIRING_FAILURES = 5
const STEP_TIMEOUT_MS = 30_000
/** The users' confirmations may take a while. */
const CONFIRM_TIMEOUT_MS = 5 * 60_000

export interface PairingPeer {
  deviceId: string
  fingerprint: string
  name: string
  /** The same on both screens iff both ends derived the same secrets in the same TLS session. */
  words: string[]
}

/** Asked on each side before pairing completes; resolve true once the user confirmed the words. */
export type ConfirmPairing = (peer: PairingPeer) => Promise<boolean>

const bytes64 = z.string().regex(/^[A-Za-z0-9+/]{43}=$/)
const messageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('request'), proof: bytes64, name: z.string().max(200), port: z.number().int().min(0).max(65535) }),
  z.object({ t: z.literal('accept'), proof: bytes64, name: z.string().max(200) }),
  z.object({ t: z.literal('confirm') }),
  z.object({ t: z.literal('welcome'), group: groupStateSchema }),
  z.object({ t: z.literal('done') }),
])
type PairingMessage = z.infer<typeof messageSchema>

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.byteLength === b.byteLength && timingSafeEqual(a, b)
const failed = (message: string): ChannelError => new ChannelError('pairing-failed', message)

/** Pulls pairing messages off a channel one at a time. */
class PairingInbox {
  private readonly waiting: PairingMessage[] = []
  private wake: (() => void) | null = null

  constructor(private readonly channel: PeerChannel) {
    channel.setHandler((envelope: Envelope) => {
      if (envelope.kind !== 'pairing') throw failed(`unexpected ${envelope.kind} message during pairing`)
      const parsed = messageSchema.safeParse(envelope.json)
      if (!parsed.success) throw failed('malformed pairing message')
      this.waiting.push(parsed.data)
      this.wake?.()
    })
    void channel.closed.then(() => this.wake?.())
  }

  async next<T extends PairingMessage['t']>(type: T, timeoutMs = STEP_TIMEOUT_MS): Promise<Extract<PairingMessage, { t: T }>> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const message = this.waiting.shift()
      if (message) {
        if (message.t !== type) throw failed(`expected ${type}, got ${message.t}`)
        return message as Extract<PairingMessage, { t: T }>
      }
      if (!this.channel.isOpen) throw (await this.channel.closed) ?? failed('the other device closed the connection')
      if (Date.now() >= deadline) throw new ChannelError('timeout', 'the other device did not answer in time')
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))
        this.wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      this.wake = null
    }
  }
}

const send = (channel: PeerChannel, message: PairingMessage): void => channel.send(encodeJsonEnvelope('pairing', message))

/** Both the local user's answer and the peer's `confirm` are needed; either may come first. */
async function bothConfirm(local: Promise<boolean>, remote: Promise<unknown>): Promise<void> {
  remote.catch(() => undefined)
  const accepted = await local
  if (!accepted) throw failed('pairing was cancelled on the inviting device')
  await remote
}

export interface InviteTicket {
  secret: Uint8Array
  expiresAt: number
  failures: number
  used: boolean
}

export interface InviterContext {
  ownId: string
  ownName: string
  ticket: InviteTicket
  now: () => number
  confirm: ConfirmPairing
  groupState: () => GroupState
  /** Records B as paired, a signed add in the log (called right before the welcome is sent). */
  addDevice: (device: { deviceId: string; name: string; spki: Uint8Array; host: string; port: number }) => Promise<void>
}

/** A's side, on a channel from an unknown device while an invite is open. */
export async function runInviterHandshake(channel: PeerChannel, ctx: InviterContext): Promise<PairingPeer> {
  const inbox = new PairingInbox(channel)
  try {
    const request = await inbox.next('request')
    const { ticket } = ctx
    if (ticket.used || ctx.now() > ticket.expiresAt || ticket.failures >= MAX_PAIRING_FAILURES) throw failed('this pairing code has expired or was already used; ask for a new one')
    const secrets = derivePairingSecrets(ticket.secret, ctx.ownId, channel.peerDeviceId, channel.exportBinding(PAIRING_EXPORTER_LABEL))
    if (!sameBytes(Buffer.from(request.proof, 'base64'), secrets.joinerProof)) {
      ticket.failures++
      throw failed('wrong pairing code')
    }
    ticket.used = true
    channel.trust()
    send(channel, { t: 'accept', proof: b64(secrets.inviterProof), name: ctx.ownName })
    const peer: PairingPeer = { deviceId: channel.peerDeviceId, fingerprint: fingerprintOf(channel.peerDeviceId), name: request.name, words: secrets.words }
    await bothConfirm(ctx.confirm(peer), inbox.next('confirm', CONFIRM_TIMEOUT_MS))
    await ctx.addDevice({ deviceId: peer.deviceId, name: peer.name, spki: channel.peerPublicKey, host: channel.remoteHost, port: request.port })
    send(channel, { t: 'welcome', group: ctx.groupState() })
    await inbox.next('done').catch(() => undefined)
    channel.close()
    return peer
  } catch (error) {
    const reason = error instanceof ChannelError ? error : failed(String(error))
    channel.close(reason)
    throw reason
  }
}

export interface JoinerContext {
  ownId: string
  ownName: string
  listenPort: number
  secret: Uint8Array
  inviterId: string | null
  confirm: ConfirmPairing
  /** Adopts the group (vault id, log, keys); throws unless the log has the inviter and us in it. */
  adopt: (group: GroupState, inviter: { deviceId: string; host: string }) => Promise<void>
}

/** B's side, on a fresh channel to the address in the code. */
export async function runJoinerHandshake(channel: PeerChannel, ctx: JoinerContext): Promise<PairingPeer> {
  const inbox = new PairingInbox(channel)
  try {
    if (ctx.inviterId && channel.peerDeviceId !== ctx.inviterId) throw failed('the device at this address is not the one that showed the code')
    const secrets = derivePairingSecrets(ctx.secret, channel.peerDeviceId, ctx.ownId, channel.exportBinding(PAIRING_EXPORTER_LABEL))
    send(channel, { t: 'request', proof: b64(secrets.joinerProof), name: ctx.ownName, port: ctx.listenPort })
    const accept = await inbox.next('accept')
    if (!sameBytes(Buffer.from(accept.proof, 'base64'), secrets.inviterProof)) throw failed('the device at this address did not prove it knows the pairing code')
    channel.trust()
    const peer: PairingPeer = { deviceId: channel.peerDeviceId, fingerprint: fingerprintOf(channel.peerDeviceId), name: accept.name, words: secrets.words }
    if (!(await ctx.confirm(peer))) throw failed('pairing was cancelled on the joining device')
    send(channel, { t: 'confirm' })
    const welcome = await inbox.next('welcome', CONFIRM_TIMEOUT_MS)
    await ctx.adopt(welcome.group, { deviceId: peer.deviceId, host: channel.remoteHost })
    send(channel, { t: 'done' })
    await channel.drained()
    channel.close()
    return peer
  } catch (error) {
    const reason = error instanceof ChannelError ? error : failed(String(error))
    channel.close(reason)
    throw reason
  }
}
