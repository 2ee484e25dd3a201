/**
 * Import fuzzing: for each format, KIZUNA_FUZZ_RUNS (default 10,000) malformed inputs derived from
 * small valid seed files (truncated, bytes mutated/inserted/deleted, lines dropped or repeated,
 * wrong encodings, huge fields, binary garbage). Each input is either imported (parsed and applied
 * to a vault) or rejected with an ImportError carrying a message; any other exception fails the
 * test, and after every rejection the vault is unchanged: no transaction that changed anything ran
 * (the document emitted no update, which also catches deletions, which a state vector misses) and
 * its state vector is the same. Every import that succeeds reports counts that add up to the
 * entries of its file, with one new person per entry counted as added.
 *
 * Runtime: about 25 s on a quiet machine for 4 x 10,000 inputs. The vault is reset every
 * RESET_EVERY inputs so duplicate detection and writes stay cheap, and a rejection is checked by
 * watching the document's update events instead of re-reading and comparing the whole graph.
 *
 * Seeded and replayable: the seed is printed; KIZUNA_SEED=<seed> replays that run.
 *   KIZUNA_SEED=123 npx vitest run --project property io-fuzz
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson, readGraph } from '../../shared/graph'
import { applyImport, findDuplicates, ImportError, parseImport, reportImport, stringifyVaultJson, suggestDecisions, type ImportFormat } from '../../shared/io'
import { prng } from '../unit/shared/graph/replicas'

const RUNS = Number(process.env.KIZUNA_FUZZ_RUNS ?? 10_000)
const SEED = Number(process.env.KIZUNA_SEED ?? Math.floor(Math.random() * 2 ** 31))
const FIXTURES = resolve(import.meta.dirname, '../fixtures/io')
/** Inputs applied to one vault before it is reset, so the vault stays small and fast. */
const RESET_EVERY = 20

function baseVault(): Y.Doc {
  const doc = new Y.Doc()
  addPerson(doc, { id: 'hanako', name: '佐藤 花子', organization: '株式会社サンプル', handles: [{ kind: 'email', value: 'hanako.sato@example.co.jp' }] })
  addPerson(doc, { id: 'john', name: 'John Doe', handles: [{ kind: 'phone', value: '+1 555 010 0300' }] })
  return doc
}

const read = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)))
const SEEDS: Record<ImportFormat, Uint8Array[]> = {
  vcard: [read('apple-contacts-3.0.vcf'), read('android-4.0.vcf'), read('feature-phone-2.1.vcf'), read('outlook-utf16.vcf')],
  linkedin: [read('linkedin-connections.csv'), read('linkedin-connections-old.csv')],
  google: [read('google-contacts.csv'), read('google-contacts-old.csv')],
  'kizuna-json': [new TextEncoder().encode(stringifyVaultJson(baseVault(), new Date('2025-01-01T00:00:00Z')))],
  ics: [read('calendar/google-outlook.ics')],
}

type Random = () => number
const int = (r: Random, n: number) => Math.floor(r() * n)

function mutate(r: Random, seed: Uint8Array): Uint8Array {
  const bytes = Array.from(seed)
  const kind = int(r, 9)
  switch (kind) {
    case 0: // truncated
      return seed.subarray(0, int(r, seed.length))
    case 1: // mutated bytes
      for (let i = 0, n = 1 + int(r, 4); i < n; i++) bytes[int(r, bytes.length)] = int(r, 256)
      return new Uint8Array(bytes)
    case 2: // inserted bytes (structure characters are likelier)
      for (let i = 0, n = 1 + int(r, 4); i < n; i++) bytes.splice(int(r, bytes.length), 0, r() < 0.5 ? ':;,"\n=\\{}[]'.charCodeAt(int(r, 14)) : int(r, 256))
      return new Uint8Array(bytes)
    case 3: {
      // lines dropped or repeated
      const lines = new TextDecoder().decode(seed).split('\n')
      const at = int(r, lines.length)
      if (r() < 0.5) lines.splice(at, 1)
      else lines.splice(at, 0, lines[int(r, lines.length)])
      return new TextEncoder().encode(lines.join('\n'))
    }
    case 4: {
      // wrong encoding: UTF-16 without BOM, or Latin-1 bytes for non-ASCII
      const text = new TextDecoder().decode(seed)
      if (r() < 0.5) return new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]))
      return new Uint8Array([...text].map((c) => c.charCodeAt(0) & 0xff))
    }
    case 5: {
      // a huge field
      const text = new TextDecoder().decode(seed)
      const at = int(r, text.length)
      return new TextEncoder().encode(text.slice(0, at) + 'あ'.repeat(r() < 0.1 ? 100_001 : 1_001 + int(r, 5_000)) + text.slice(at))
    }
    case 6: // binary garbage
      return new Uint8Array(Array.from({ length: int(r, 200) }, () => int(r, 256)))
    case 7: // garbage after a valid prefix
      return new Uint8Array([...seed.subarray(0, int(r, seed.length)), ...Array.from({ length: int(r, 40) }, () => int(r, 256))])
    default: // a deleted byte range
      bytes.splice(int(r, bytes.length), 1 + int(r, 30))
      return new Uint8Array(bytes)
  }
}

describe('import fuzzing', () => {
  it(`imports or rejects every malformed input, never crashes, never half-writes (seed ${SEED})`, () => {
    console.log(`io-fuzz: KIZUNA_SEED=${SEED} (${RUNS} inputs per format)`)
    const r = prng(SEED)
    const base = Y.encodeStateAsUpdate(baseVault())
    const tally = { imported: 0, rejected: 0 }
    for (const format of Object.keys(SEEDS) as ImportFormat[]) {
      let doc = new Y.Doc()
      let graph = readGraph(doc)
      let updates = 0
      const onUpdate = () => updates++
      for (let run = 0; run < RUNS; run++) {
        if (run % RESET_EVERY === 0) {
          doc = new Y.Doc()
          Y.applyUpdate(doc, base)
          graph = readGraph(doc)
          doc.on('update', onUpdate)
        }
        const seeds = SEEDS[format]
        const input = mutate(r, seeds[int(r, seeds.length)])
        const vector = Y.encodeStateVector(doc)
        const updatesBefore = updates
        let outcome: { entries: number; counted: number; added: number; created: number } | null = null
        try {
          const preview = parseImport(input, r() < 0.5 ? { format } : {})
          const policy = (['merge', 'keep', 'skip'] as const)[int(r, 3)]
          const candidates = findDuplicates(preview, graph)
          const decisions = suggestDecisions(preview, candidates, policy, { mergeSuggestions: r() < 0.5 })
          const { counts } = reportImport(preview, candidates, decisions)
          const result = applyImport(doc, preview, decisions)
          outcome = {
            entries: preview.entries,
            counted: counts.added + counts.mergedIntoVault + counts.mergedInFile + counts.skipped,
            added: counts.added,
            created: result.created.length,
          }
          tally.imported++
          graph = readGraph(doc)
        } catch (error) {
          if (!(error instanceof ImportError) || error.message === '') {
            throw new Error(`KIZUNA_SEED=${SEED} format=${format} run=${run}: not an ImportError: ${String(error)}`, { cause: error })
          }
          tally.rejected++
          if (updates !== updatesBefore) throw new Error(`KIZUNA_SEED=${SEED} format=${format} run=${run}: rejected (${error.message}) but the vault changed`)
          expect(Y.encodeStateVector(doc)).toEqual(vector)
        }
        // The report adds up: every entry counted once, one new person per entry added.
        if (outcome !== null && (outcome.counted !== outcome.entries || outcome.added !== outcome.created)) {
          throw new Error(`KIZUNA_SEED=${SEED} format=${format} run=${run}: the report does not add up: ${JSON.stringify(outcome)}`)
        }
      }
    }
    console.log(`io-fuzz: ${tally.imported} imported, ${tally.rejected} rejected`)
    expect(tally.imported + tally.rejected).toBe(RUNS * Object.keys(SEEDS).length)
  })
})
