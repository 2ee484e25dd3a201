/**
 * Drives the renderer's real local replica (renderer/src/vault/local-replica.ts) in a real
 * browser for tests: open/close cycles, injected storage failures, and the bare y-indexeddb
 * behaviour it is compared against.
 */
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { openLocalReplica, type LocalReplica } from '../../../renderer/src/vault/local-replica'
import { TEST_COMPACT_AFTER } from './replica-constants'

interface Session {
  doc: Y.Doc
  replica: LocalReplica
  errors: string[]
}

let session: Session | null = null

async function open(dbName: string): Promise<{ loadedKeys: string[]; records: number; error: string | null }> {
  const doc = new Y.Doc()
  const replica = openLocalReplica(dbName, doc, { compactOnOpenAfter: TEST_COMPACT_AFTER })
  const errors: string[] = []
  replica.onError((e) => errors.push(e.code))
  session = { doc, replica, errors }
  try {
    await replica.whenLoaded
  } catch (err) {
    return { loadedKeys: [], records: 0, error: (err as { code?: string }).code ?? String(err) }
  }
  return { loadedKeys: [...doc.getMap('m').keys()].sort(), records: replica.recordCount(), error: null }
}

/** Opens and writes at once, before the stored data has loaded (as a fast caller could). */
async function openAndWriteEarly(dbName: string, key: string, value: string): Promise<{ loadedKeys: string[]; error: string | null }> {
  const doc = new Y.Doc()
  const replica = openLocalReplica(dbName, doc, { compactOnOpenAfter: TEST_COMPACT_AFTER })
  const errors: string[] = []
  replica.onError((e) => errors.push(e.code))
  session = { doc, replica, errors }
  doc.getMap('m').set(key, value)
  try {
    await replica.whenLoaded
  } catch (err) {
    return { loadedKeys: [], error: (err as { code?: string }).code ?? String(err) }
  }
  return { loadedKeys: [...doc.getMap('m').keys()].sort(), error: null }
}

function write(key: string, value: string): { threw: string | null; inMemory: unknown } {
  if (!session) throw new Error('open first')
  let threw: string | null = null
  try {
    session.doc.getMap('m').set(key, value)
  } catch (err) {
    threw = String(err)
  }
  return { threw, inMemory: session.doc.getMap('m').get(key) }
}

async function errors(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 200))
  return session ? [...session.errors] : []
}

async function close(): Promise<void> {
  if (!session) return
  await session.replica.destroy()
  session.doc.destroy()
  session = null
}

/** What y-indexeddb alone does on reopen: every open appends a record (y-indexeddb #31). */
async function bareOpenClose(dbName: string): Promise<number> {
  const doc = new Y.Doc()
  const persistence = new IndexeddbPersistence(dbName, doc)
  await persistence.whenSynced
  await persistence.destroy()
  return countRecords(dbName)
}

/** Counts the stored update records straight from IndexedDB. */
async function countRecords(dbName: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
  try {
    return await new Promise<number>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').count()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
    })
  } finally {
    db.close()
  }
}

/** Makes every later IndexedDB `add` fail as a full disk does. */
function failWritesWithQuota(): void {
  IDBObjectStore.prototype.add = function add() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
}

/** Makes IndexedDB refuse to open, as a broken profile or a blocked origin does. */
function failOpen(): void {
  IDBFactory.prototype.open = function open() {
    throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError')
  }
}

/** Deletes the database from another connection: the browser closes ours ("connection is closing"). */
async function deleteUnderneath(dbName: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(dbName)
    request.onsuccess = () => resolve()
    request.onerror = () => resolve()
    request.onblocked = () => resolve()
  })
}

Object.assign(window, { __replicaTool: { open, openAndWriteEarly, write, errors, close, bareOpenClose, countRecords, failWritesWithQuota, failOpen, deleteUnderneath } })
