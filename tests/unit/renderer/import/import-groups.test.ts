/**
 * The import view's arrangement and bulk decisions: suggestions apart from certain matches,
 * grouped by reasons; a group's decision covers exactly its entries; a merge into a skipped entry
 * is skipped with it; and the counts the view shows add up to the entries of every fixture file,
 * whatever is decided.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson, readGraph } from '../../../../shared/graph'
import {
  applyImport,
  bestCandidates,
  findDuplicates,
  parseImport,
  reportImport,
  settleDecisions,
  stringifyVaultJson,
  suggestDecisions,
  type ImportDecision,
} from '../../../../shared/io'
import { layOutPreview, withAction } from '../../../../renderer/src/import/import-groups'
import { fixture } from '../../shared/io/fixtures'

function hardPairs() {
  const preview = parseImport(fixture('hard-pairs.vcf'))
  const candidates = findDuplicates(preview, { people: [] })
  return { preview, candidates, best: bestCandidates(candidates), decisions: suggestDecisions(preview, candidates, 'merge') }
}

describe('import view layout', () => {
  it('lists suggestions apart from certain matches, one group per combination of reasons', () => {
    const { preview, best } = hardPairs()
    const layout = layOutPreview(preview.people.length, best)
    const named = (indexes: number[]) => indexes.map((i) => preview.people[i].name)
    expect(layout.certain.map((g) => [g.reasons, named(g.indexes)])).toEqual([
      [['email', 'same-name'], ['山田 花子']],
      [['phone'], ['齋藤 健']],
    ])
    expect(layout.suggested.map((g) => [g.reasons, named(g.indexes)])).toEqual([
      [['phone', 'own-handles'], ['田中 二郎']],
      [['similar-name'], ['John Smith']],
    ])
    expect(named(layout.unmatched)).toEqual(['Ken Sato', 'Kei Sato', 'Jon Smith', '田中 一郎', '山田 花子', '斎藤 健'])
  })

  it('a group decision changes only its entries; merging into a skipped entry skips with it, and undoing the skip brings the merge back', () => {
    const { preview, candidates, best, decisions } = hardPairs()
    const layout = layOutPreview(preview.people.length, best)
    const merged = withAction(decisions, layout.suggested[1].indexes, 'merge', best)
    expect(merged.filter((d, i) => JSON.stringify(d) !== JSON.stringify(decisions[i]))).toEqual([{ action: 'merge', into: { kind: 'file', index: 2 } }])
    const jonSkipped = withAction(merged, [2], 'skip', best)
    expect(settleDecisions(jonSkipped)[3]).toEqual({ action: 'skip' })
    expect(reportImport(preview, candidates, settleDecisions(jonSkipped)).counts).toMatchObject({ added: 6, mergedInFile: 2, skipped: 3 })
    expect(settleDecisions(withAction(jonSkipped, [2], 'new', best))[3]).toEqual({ action: 'merge', into: { kind: 'file', index: 2 } })
  })
})

describe('the counts the view shows add up in every format', () => {
  const vault = () => {
    const doc = new Y.Doc()
    addPerson(doc, { id: 'hanako', name: '佐藤 花子', handles: [{ kind: 'email', value: 'hanako.sato@example.co.jp' }] })
    return doc
  }
  const backup = () => {
    const doc = new Y.Doc()
    for (const [i, name] of ['Ken Sato', 'Kei Sato', '佐藤 花子'].entries())
      addPerson(doc, { id: `b${i}`, name, handles: [{ kind: 'email', value: i === 2 ? 'hanako.sato@example.co.jp' : 'team@example.jp' }] })
    return new TextEncoder().encode(stringifyVaultJson(doc))
  }
  const read = (file: string) => (file === 'backup.json' ? backup() : fixture(file))
  const files = [
    'backup.json',
    'hard-pairs.vcf',
    'apple-contacts-3.0.vcf',
    'android-4.0.vcf',
    'feature-phone-2.1.vcf',
    'outlook-utf16.vcf',
    'linkedin-connections.csv',
    'linkedin-connections-old.csv',
    'google-contacts.csv',
    'google-contacts-old.csv',
  ]
  for (const file of files) {
    it(`${file}: whatever each group decides`, () => {
      for (const action of ['new', 'merge', 'skip'] as const) {
        const doc = vault()
        const preview = parseImport(read(file))
        const candidates = findDuplicates(preview, readGraph(doc))
        const best = bestCandidates(candidates)
        const layout = layOutPreview(preview.people.length, best)
        let decisions: ImportDecision[] = suggestDecisions(preview, candidates, 'merge')
        for (const group of [...layout.certain, ...layout.suggested]) decisions = withAction(decisions, group.indexes, action, best)
        const settled = settleDecisions(decisions)
        const { counts } = reportImport(preview, candidates, settled)
        expect(counts.added + counts.mergedIntoVault + counts.mergedInFile + counts.skipped).toBe(preview.entries)
        const result = applyImport(doc, preview, settled)
        expect(result.created).toHaveLength(counts.added)
      }
    })
  }
})
