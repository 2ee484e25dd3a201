/**
 * A page used only by benchmarks and browser tests, served on the app's test origin so it sees
 * the same IndexedDB. It exposes plain functions on `window.__idbTool`:
 * - `seed(dbName, updates)`: stores each update as its own y-indexeddb record (as edits would);
 * - `bareLoad(dbName)`: the baseline: a bare y-indexeddb load of the same database, then one
 *   DOM write of what it found, timed from navigation start.
 */
import * as idb from 'lib0/indexeddb'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'

const fromBase64 = (b64: string): Uint8Array => {
  const s = atob(b64)
  const bytes = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i)
  return bytes
}

let seeding: { doc: Y.Doc; persistence: IndexeddbPersistence } | null = null

async function seedOpen(dbName: string): Promise<void> {
  const doc = new Y.Doc()
  const persistence = new IndexeddbPersistence(dbName, doc)
  await persistence.whenSynced
  seeding = { doc, persistence }
}

function seedUpdates(updates: string[]): number {
  if (!seeding) throw new Error('seedOpen first')
  for (const update of updates) Y.applyUpdate(seeding.doc, fromBase64(update), 'bench-seed')
  return seeding.persistence._dbsize
}

/**
 * Compacts the stored records into one, as y-indexeddb's trim does every 500 updates in use
 * (its own trim is debounced and not awaitable, so seeding does it explicitly).
 */
async function seedCompact(): Promise<number> {
  if (!seeding) throw new Error('seedOpen first')
  const { persistence, doc } = seeding
  const db = await persistence._db
  // Let queued adds land first: a readonly count in a new transaction runs after them.
  await idb.count(idb.transact(db, ['updates'], 'readonly')[0])
  const [store] = idb.transact(db, ['updates'])
  const lastKey: unknown = await idb.getLastKey(store)
  const keepFrom = typeof lastKey === 'number' ? lastKey + 1 : 0
  await idb.addAutoKey(store, Y.encodeStateAsUpdate(doc) as unknown as ArrayBuffer)
  await idb.del(store, idb.createIDBKeyRangeUpperBound(keepFrom, true))
  persistence._dbref = keepFrom
  persistence._dbsize = await idb.count(store)
  return persistence._dbsize
}

async function seedClose(): Promise<void> {
  if (!seeding) return
  // Give outstanding IndexedDB writes a moment, then close without trimming the tail.
  await new Promise((resolve) => setTimeout(resolve, 300))
  await seeding.persistence.destroy()
  seeding = null
}

async function bareLoad(dbName: string, rootName: string): Promise<{ ms: number; size: number }> {
  const doc = new Y.Doc()
  const persistence = new IndexeddbPersistence(dbName, doc)
  await persistence.whenSynced
  const size = doc.getMap(rootName).size
  const out = document.createElement('p')
  out.textContent = `${size} records`
  document.body.append(out)
  await new Promise((resolve) => requestAnimationFrame(resolve))
  const ms = performance.now()
  await persistence.destroy()
  return { ms, size }
}

async function countRecords(dbName: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
  const count = await new Promise<number>((resolve, reject) => {
    const request = db.transaction('updates').objectStore('updates').count()
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
  db.close()
  return count
}

Object.assign(window, { __idbTool: { seedOpen, seedUpdates, seedCompact, seedClose, bareLoad, countRecords } })
