/** Test helpers: Y.Docs standing in for machines, and a seeded PRNG for random inputs. */
import * as Y from 'yjs'

/** A document with a fixed client id, so conflict resolution is the same on every run. */
export function machine(clientID: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return doc
}

/** Brings every document up to date with every other (a full sync). */
export function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'test-sync')
    }
  }
}

/** mulberry32: a tiny seeded PRNG (uniform floats in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Random {
  float: () => number
  int: (maxExclusive: number) => number
  pick: <T>(items: readonly T[]) => T
  chance: (p: number) => boolean
  subset: <T>(items: readonly T[], max: number) => T[]
  shuffle: <T>(items: T[]) => T[]
}

export function random(seed: number): Random {
  const float = prng(seed)
  const int = (n: number) => Math.floor(float() * n)
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(i + 1)
      ;[items[i], items[j]] = [items[j], items[i]]
    }
    return items
  }
  return {
    float,
    int,
    pick: (items) => items[int(items.length)],
    chance: (p) => float() < p,
    subset: (items, max) => shuffle([...items]).slice(0, int(max + 1)),
    shuffle,
  }
}
