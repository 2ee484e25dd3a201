/**
 * A Kizuna JSON backup restored into an empty vault is exactly what was exported, whatever the
 * names: random vaults whose people are near-namesakes on purpose (one letter apart, another
 * script or width, old and new kanji, word order; shared organisations; some sharing an email or
 * a phone; some in the trash), exported, then imported through the whole import pipeline
 * (parseImport, findDuplicates, suggestDecisions with every policy, with and without merging
 * suggestions, applyImport) into an empty vault give the same graph, trash, hidden ties and
 * genders; the report counts every person of the file once, as added. Re-importing the backup
 * into the vault it came from changes nothing (ids decide).
 *
 * fast-check, seeded: the seed is printed; KIZUNA_SEED=<seed> replays a run, KIZUNA_RUNS sets the
 * number of vaults (default 60).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addInteraction, addPerson, deletePerson, linkPeople, readGraph, readStoredGenders, readTrashedTies } from '../../shared/graph'
import { applyImport, findDuplicates, parseImport, reportImport, stringifyVaultJson, suggestDecisions, type DuplicatePolicy } from '../../shared/io'

const SEED = process.env.KIZUNA_SEED !== undefined ? Number(process.env.KIZUNA_SEED) : Math.floor(Math.random() * 2 ** 31)
const RUNS = Number(process.env.KIZUNA_RUNS ?? 60)

const NAMES = [
  'Ken Sato',
  'Kei Sato',
  'Ken Satou',
  'Ken  Sato',
  'KEN SATO',
  'Sato Ken',
  'Ken Saito',
  'Jon Smith',
  'John Smith',
  'Jon Smyth',
  '佐藤 健',
  '佐藤 建',
  '佐藤健',
  '齋藤 健',
  '斎藤 健',
  '斉藤 健',
  'サトウ ケン',
  'ｻﾄｳ ｹﾝ',
  'さとう けん',
  '田中 一郎',
  '田中 二郎',
  'Ｋｅｎ Ｓａｔｏ',
]
const ORGS = [null, 'Hoshino Trading', 'HOSHINO TRADING', '株式会社みなと商事']
const EMAILS = ['ken@hoshino.example', 'Ken@Hoshino.example', 'kei@hoshino.example', 'jon@northwind.example', 'info@minato.example']
const PHONES = ['+81 90 1111 2222', '090-1111-2222', '03-5555-0100', '+1 415 555 0142']

interface PersonSpec {
  name: string
  reading: string | null
  organization: string | null
  emails: string[]
  phones: string[]
  trashed: boolean
}

const personSpec: fc.Arbitrary<PersonSpec> = fc.record({
  name: fc.constantFrom(...NAMES),
  reading: fc.option(fc.constantFrom('さとう けん', 'サトウ ケイ', 'たなか'), { nil: null }),
  organization: fc.constantFrom(...ORGS),
  emails: fc.uniqueArray(fc.constantFrom(...EMAILS), { maxLength: 2 }),
  phones: fc.uniqueArray(fc.constantFrom(...PHONES), { maxLength: 2 }),
  trashed: fc.boolean(),
})

const vaultSpec = fc.record({
  people: fc.array(personSpec, { minLength: 1, maxLength: 25 }),
  ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom<1 | 2 | 3>(1, 2, 3)), { maxLength: 30 }),
  meetings: fc.array(fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 3 }), { maxLength: 5 }),
})

type VaultSpec = typeof vaultSpec extends fc.Arbitrary<infer T> ? T : never

function buildVault(spec: VaultSpec): Y.Doc {
  const doc = new Y.Doc()
  const ids = spec.people.map((p, i) => {
    const handles = [...p.emails.map((value) => ({ kind: 'email' as const, value })), ...p.phones.map((value) => ({ kind: 'phone' as const, value }))]
    return addPerson(doc, { id: `p${i}`, name: p.name, reading: p.reading, organization: p.organization, handles }, { now: 1_000 + i })
  })
  const n = ids.length
  for (const [a, b, strength] of spec.ties) if (a % n !== b % n) linkPeople(doc, ids[a % n], ids[b % n], { strength }, { now: 2_000 })
  spec.meetings.forEach((who, k) =>
    addInteraction(doc, { id: `i${k}`, date: '2025-01-02', kind: 'met', personIds: [...new Set(who.map((w) => ids[w % n]))], note: '' }, { now: 3_000 }),
  )
  spec.people.forEach((p, i) => {
    if (p.trashed && i % 2 === 0) deletePerson(doc, ids[i], { now: 4_000 })
  })
  return doc
}

const everything = (doc: Y.Doc) => ({ graph: readGraph(doc), trashedTies: readTrashedTies(doc), genders: readStoredGenders(doc) })

const POLICIES: [DuplicatePolicy, boolean][] = [
  ['merge', false],
  ['keep', false],
  ['skip', false],
  ['merge', true],
]

describe(`Kizuna JSON round trip (seed ${SEED}, ${RUNS} vaults)`, () => {
  it('restores into an empty vault exactly, whatever the names, under every policy', () => {
    console.log(`[json-round-trip] seed ${SEED}; replay with KIZUNA_SEED=${SEED}`)
    fc.assert(
      fc.property(vaultSpec, (spec) => {
        const source = buildVault(spec)
        const text = stringifyVaultJson(source, new Date('2025-06-01T00:00:00Z'))
        for (const [policy, mergeSuggestions] of POLICIES) {
          const target = new Y.Doc()
          const preview = parseImport(text)
          const candidates = findDuplicates(preview, readGraph(target))
          const decisions = suggestDecisions(preview, candidates, policy, { mergeSuggestions })
          const report = reportImport(preview, candidates, decisions)
          const result = applyImport(target, preview, decisions)
          expect(result.restored).toBe(true)
          expect(everything(target)).toEqual(everything(source))
          const live = readGraph(source).people.length
          expect(report.counts).toEqual({ entries: live, added: live, mergedIntoVault: 0, mergedInFile: 0, skipped: 0, unreadable: 0 })
        }
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  it('re-imported into the vault it came from, ids decide and nothing changes', () => {
    fc.assert(
      fc.property(vaultSpec, (spec) => {
        const source = buildVault(spec)
        const before = everything(source)
        const preview = parseImport(stringifyVaultJson(source, new Date('2025-06-01T00:00:00Z')))
        const candidates = findDuplicates(preview, readGraph(source))
        expect(candidates.filter((c) => c.certain).map((c) => c.index)).toEqual(preview.people.map((_, i) => i))
        const decisions = suggestDecisions(preview, candidates, 'merge')
        const report = reportImport(preview, candidates, decisions)
        expect(report.counts).toMatchObject({ entries: preview.people.length, added: 0, mergedIntoVault: preview.people.length })
        applyImport(source, preview, decisions)
        expect(everything(source)).toEqual(before)
      }),
      { seed: SEED + 1, numRuns: RUNS },
    )
  })
})
