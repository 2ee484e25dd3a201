/**
 * "Me": the user's own profile, stored directly in the `me` root map. A root map is shared by
 * name, so two machines editing "me" before they first sync still edit one profile.
 */
import type * as Y from 'yjs'
import { parseInput } from './errors'
import { profilePatchSchema, type ProfilePatch } from './inputs'
import { nowOf, originOf, type WriteOptions } from './origins'
import { numberOrNull, readProfile, writeProfilePatch } from './profile-codec'
import { root, stampSchemaVersion } from './schema'
import type { Me } from './types'

export function updateMe(doc: Y.Doc, patch: ProfilePatch, options?: WriteOptions): void {
  const clean = parseInput(profilePatchSchema, patch, 'me')
  const now = nowOf(options)
  doc.transact(() => {
    stampSchemaVersion(doc)
    const me = root(doc, 'me')
    writeProfilePatch(me, clean, now)
    me.set('updatedAt', now)
  }, originOf(options))
}

/** An untouched vault reads as an empty profile: nothing is written on first run. */
export function readMe(doc: Y.Doc): Me {
  const me = root(doc, 'me')
  return { ...readProfile(me), updatedAt: numberOrNull(me.get('updatedAt')) ?? 0 }
}
