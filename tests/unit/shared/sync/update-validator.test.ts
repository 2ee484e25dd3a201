/**
 * update-validator.ts against Yjs's own decoder: every well-formed update of every content kind
 * passes, and every damaged one (cut short, bytes flipped, bytes inserted; seeded and replayable)
 * that Y.decodeUpdate refuses is refused too.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { validateUpdate } from '../../../../shared/sync/update-validator'

/** d3-force's LCG: a seeded source, printed so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296
}

/** Updates covering every content ref Yjs writes: string, format, embed, any, binary, type (all 7), deleted, doc. */
function sampleUpdates(): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const text = doc.getText('text')
  text.insert(0, 'hello 世界')
  text.format(0, 5, { bold: true })
  text.insertEmbed(3, { image: 'x.png' })
  const array = doc.getArray<unknown>('array')
  array.push([1, 'two', { three: [3] }, null, true, 2.5, new Uint8Array([1, 2, 3])])
  array.push([new Y.Map(), new Y.Array(), new Y.Text('t'), new Y.XmlFragment()])
  const xml = doc.getXmlFragment('xml')
  xml.insert(0, [new Y.XmlElement('p'), new Y.XmlText('text')])
  array.push([new Y.XmlHook('hook')])
  const map = doc.getMap<unknown>('map')
  map.set('a', 1)
  map.set('a', 2)
  map.delete('a')
  array.delete(1, 2)
  array.push([new Y.Doc({ guid: 'sub' })])
  updates.push(Y.encodeStateAsUpdate(doc))
  return updates
}

function throws(fn: () => unknown): boolean {
  try {
    fn()
    return false
  } catch {
    return true
  }
}

describe('validateUpdate', () => {
  const updates = sampleUpdates()

  it('accepts every well-formed update, including the empty one', () => {
    expect([new Uint8Array([0, 0]), ...updates].map((u) => throws(() => validateUpdate(u)))).toEqual([false, ...updates.map(() => false)])
  })

  it('refuses every damaged update that Yjs refuses (seed printed)', () => {
    const seed = Number(process.env.KIZUNA_SEED ?? 20261123)
    console.log(`update-validator fuzz seed ${seed}`)
    const random = lcg(seed)
    const damaged: Uint8Array[] = []
    for (const update of updates) {
      for (let cut = 0; cut < update.byteLength; cut++) damaged.push(update.slice(0, cut))
      for (let i = 0; i < 300; i++) {
        const copy = update.slice()
        const flips = 1 + Math.floor(random() * 3)
        for (let f = 0; f < flips; f++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256)
        damaged.push(copy)
        const at = Math.floor(random() * update.length)
        damaged.push(Uint8Array.from([...update.slice(0, at), Math.floor(random() * 256), ...update.slice(at)]))
      }
    }
    const missed = damaged.filter((u) => throws(() => Y.decodeUpdate(u)) && !throws(() => validateUpdate(u)))
    const refusedByYjs = damaged.filter((u) => throws(() => Y.decodeUpdate(u))).length
    expect({ missed: missed.map((u) => Buffer.from(u).toString('hex')), someRefused: refusedByYjs > 100 }).toEqual({ missed: [], someRefused: true })
  })

  it('refuses bytes after the delete set', () => {
    expect(throws(() => validateUpdate(Uint8Array.from([...updates.at(-1)!, 0])))).toBe(true)
  })
})
