/**
 * Before a client sends its request (which carries the vault's LOCK token), the server proves it
 * knows that token, so a process squatting on the socket or pipe name collects nothing:
 *
 *   client  {"protocol":1,"hello":{"vault":"default","nonce":"<32 random bytes, base64>"}}
 *   server  {"protocol":1,"id":null,"ok":true,"value":{"proof":"<HMAC-SHA256(token, context | vault | nonce), base64>"}}
 *
 * The client checks the proof against the token it read from LOCK and only then sends the
 * request; a wrong or missing proof closes the connection with nothing sent. The nonce is fresh
 * per connection, so a proof seen once cannot be replayed. HMAC from node:crypto; the comparison
 * is constant-time. A server that does not know the hello (an older Kizuna) answers `malformed`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { VaultNameSchema, type VaultName } from '../../../shared/ipc'

const CONTEXT = 'kizuna control server proof v1'
const NONCE_BYTES = 32

export const helloSchema = z
  .object({
    protocol: z.literal(1),
    hello: z.object({ vault: VaultNameSchema, nonce: z.base64().length(44) }).strict(),
  })
  .strict()

export const helloAnswerSchema = z.object({ proof: z.base64().length(44) })

export function newNonce(): string {
  return randomBytes(NONCE_BYTES).toString('base64')
}

export function serverProof(token: string, vault: VaultName, nonce: string): string {
  return createHmac('sha256', token).update(`${CONTEXT}\0${vault}\0${nonce}`).digest('base64')
}

export function proofMatches(token: string, vault: VaultName, nonce: string, given: string): boolean {
  const expected = Buffer.from(serverProof(token, vault, nonce))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
