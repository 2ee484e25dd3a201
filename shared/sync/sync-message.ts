/**
 * Parsing of y-protocols sync messages (step 1: state vector; step 2: missing updates; update:
 * a live update), with validation BEFORE anything touches a document. Yjs swallows errors
 * thrown while applying a malformed update (it logs and carries on), so a corrupt or hostile
 * message must be refused here, with a clear reason, and never applied. Updates are checked by
 * update-validator.ts (the same reads as Yjs's decoder, without building structs).
 *
 * Wire format (y-protocols/sync): varUint messageType, then varUint8Array payload.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { validateUpdate } from './update-validator'

export type SyncMessage = { type: 'step1'; stateVector: Uint8Array } | { type: 'step2'; update: Uint8Array } | { type: 'update'; update: Uint8Array }

export class SyncMessageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SyncMessageError'
  }
}

export function parseSyncMessage(message: Uint8Array): SyncMessage {
  let type: number
  let payload: Uint8Array
  try {
    const decoder = decoding.createDecoder(message)
    type = decoding.readVarUint(decoder)
    payload = decoding.readVarUint8Array(decoder)
    if (decoding.hasContent(decoder)) throw new SyncMessageError(`${message.byteLength - decoder.pos} unexpected bytes after the payload`)
  } catch (err) {
    if (err instanceof SyncMessageError) throw err
    throw new SyncMessageError(`truncated or malformed sync message (${message.byteLength} bytes)`)
  }
  try {
    switch (type) {
      case syncProtocol.messageYjsSyncStep1:
        Y.decodeStateVector(payload)
        return { type: 'step1', stateVector: payload }
      case syncProtocol.messageYjsSyncStep2:
        validateUpdate(payload)
        return { type: 'step2', update: payload }
      case syncProtocol.messageYjsUpdate:
        validateUpdate(payload)
        return { type: 'update', update: payload }
      default:
        throw new SyncMessageError(`unknown sync message type ${type}`)
    }
  } catch (err) {
    if (err instanceof SyncMessageError) throw err
    throw new SyncMessageError(`the ${type === syncProtocol.messageYjsSyncStep1 ? 'state vector' : 'update'} in the sync message is corrupt`)
  }
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

export function encodeSyncStep2(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  syncProtocol.writeSyncStep2(encoder, doc, stateVector)
  return encoding.toUint8Array(encoder)
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}
