import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addEvent,
  addInteraction,
  addOpportunity,
  addPerson,
  addProject,
  createUndoManager,
  IMPORT_ORIGIN,
  linkPeople,
  LOCAL_ORIGIN,
  readGraph,
  readPerson,
  readTie,
  updatePerson,
  type GraphSnapshot,
} from '../../../../shared/graph'
import {
  applyImport,
  findDuplicates,
  ImportError,
  mergePeople,
  nameSimilarity,
  nameForms,
  normalizeEmail,
  normalizeName,
  normalizePhone,
  parseImport,
  stringifyVaultJson,
  suggestDecisions,
  type ImportDecision,
} from '../../../../shared/io'
import { fixture } from './fixtures'

const NOW = 1_700_000_000_000

function vault(): Y.Doc {
  const doc = new Y.Doc()
  addPerson(
    doc,
    {
      id: 'hanako',
      name: '佐藤花子',
      reading: 'サトウ ハナコ',
      organization: '株式会社サンプル',
      handles: [{ kind: 'email', value: 'Hanako.Sato@Example.co.jp' }],
      tags: ['friend'],
      notes: 'existing note',
    },
    { now: NOW },
  )
  addPerson(doc, { id: 'john', name: 'John Doe', organization: 'Example, Inc.', handles: [{ kind: 'phone', value: '+1 555 010 0300' }] }, { now: NOW })
  addPerson(doc, { id: 'other', name: 'Someone Else' }, { now: NOW })
  return doc
}

function state(doc: Y.Doc): { vector: Uint8Array; graph: GraphSnapshot } {
  return { vector: Y.encodeStateVector(doc), graph: readGraph(doc) }
}

describe('normalisation', () => {
  it('folds emails, phones with the Japanese default country code, and names', () => {
    expect(normalizeEmail('  ＨＡＮＡＫＯ@Example.JP ')).toBe('hanako@example.jp')
    expect(['+81 90-1234-5678', '090-1234-5678', '0081 90 1234 5678', '０９０（１２３４）５６７８', 'tel:+81-90-1234-5678'].map(normalizePhone)).toEqual(
      Array(5).fill('819012345678'),
    )
    expect([normalizePhone('+1 (555) 010-0300'), normalizePhone('555 0100'), normalizePhone('110')]).toEqual(['15550100300', '5550100', null])
    expect(normalizeName('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe(normalizeName('やまだたろう'))
  })

  it('scores names by Levenshtein similarity, word order ignored', () => {
    expect(nameSimilarity(nameForms('Taro Yamada'), nameForms('Yamada Taro'))).toBe(1)
    expect(nameSimilarity(nameForms('Jon Smith'), nameForms('John Smith'))).toBeCloseTo(8 / 9)
    expect(nameSimilarity(nameForms('Jane Smith'), nameForms('Bob Jones'))).toBeLessThan(0.85)
  })
})

describe('findDuplicates', () => {
  it('matches the vault by email and phone (certain), and the file within itself by similar name at the same organisation (a suggestion)', () => {
    const preview = parseImport(fixture('google-contacts.csv'))
    preview.people.push({ ...preview.people[1], key: 'x', source: { row: 4, line: 6 }, name: 'Jon Q. Doe', emails: [], phones: [] })
    expect(findDuplicates(preview, readGraph(vault()))).toEqual([
      { index: 0, target: { kind: 'vault', personId: 'hanako' }, reasons: ['email', 'same-name'], score: 1, certain: true },
      { index: 1, target: { kind: 'vault', personId: 'john' }, reasons: ['phone'], score: 1, certain: true },
      { index: 3, target: { kind: 'file', index: 1 }, reasons: ['similar-name'], score: expect.closeTo(8 / 9, 5) as number, certain: false },
    ])
  })
})

describe('applyImport', () => {
  it('merges into existing people keeping every value, creates the rest, and re-importing changes nothing', () => {
    const doc = vault()
    const preview = parseImport(fixture('google-contacts.csv'))
    const decisions = suggestDecisions(preview, findDuplicates(preview, readGraph(doc)), 'merge')
    const result = applyImport(doc, preview, decisions, { now: NOW + 1 })
    expect(result).toMatchObject({ merged: ['hanako', 'john'], skipped: 0, restored: false })
    expect(result.created).toHaveLength(1)
    const hanako = readPerson(doc, 'hanako')!
    expect(hanako).toMatchObject({
      name: '佐藤花子',
      reading: 'サトウ ハナコ',
      tags: ['friend', '仕事'],
      handles: [
        { kind: 'email', value: 'HANAKO@private.example' },
        { kind: 'email', value: 'Hanako.Sato@Example.co.jp' },
        { kind: 'email', value: 'hanako.sato@example.co.jp' },
        { kind: 'phone', value: '+81 90-1234-5678' },
      ],
      notes: 'existing note\n\n勉強会で知り合った\n二行目のメモ\ndepartment: デザイン部\ntitle: UXリサーチャー',
    })
    const after = state(doc)
    const again = parseImport(fixture('google-contacts.csv'))
    applyImport(doc, again, suggestDecisions(again, findDuplicates(again, readGraph(doc)), 'keep'), { now: NOW + 2 })
    expect(readGraph(doc)).toEqual(after.graph)
    expect(Y.encodeStateVector(doc)).toEqual(after.vector)
  })

  it('writes in one transaction with the import origin', () => {
    const doc = vault()
    const origins: unknown[] = []
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin))
    const preview = parseImport(fixture('apple-contacts-3.0.vcf'))
    applyImport(
      doc,
      preview,
      preview.people.map((): ImportDecision => ({ action: 'new' })),
    )
    expect(origins).toEqual([IMPORT_ORIGIN])
  })

  it('keeps both with a fresh id, skips, and merges file people into each other', () => {
    const doc = vault()
    const preview = parseImport(fixture('linkedin-connections.csv'))
    const result = applyImport(doc, preview, [{ action: 'new' }, { action: 'skip' }, { action: 'merge', into: { kind: 'file', index: 3 } }, { action: 'new' }], { now: NOW })
    expect(result).toMatchObject({ skipped: 1, merged: [] })
    expect(readPerson(doc, result.created[1])).toMatchObject({
      name: 'Priya Raman',
      organization: 'Freelance',
      notes: 'name: 高橋 健太\norganization: メルカリ\nmet when: 2024-02-28\ntitle: Engineer\n(Backend)',
      howWeMet: { when: '2020-04-01', where: 'LinkedIn' },
    })
    const again = applyImport(doc, preview, [{ action: 'new' }, { action: 'skip' }, { action: 'skip' }, { action: 'skip' }], { now: NOW })
    expect(again.created).toEqual([`${preview.people[0].key}-k2`])
  })

  it('is all or nothing: a bad decision or a value the vault rejects leaves the vault byte-identical', () => {
    const doc = vault()
    const before = state(doc)
    const preview = parseImport(fixture('apple-contacts-3.0.vcf'))
    const cases: ImportDecision[][] = [
      [{ action: 'new' }],
      [{ action: 'new' }, { action: 'merge', into: { kind: 'vault', personId: 'nobody' } }, { action: 'new' }],
      [{ action: 'merge', into: { kind: 'file', index: 1 } }, { action: 'merge', into: { kind: 'file', index: 0 } }, { action: 'new' }],
      [{ action: 'new' }, { action: 'skip' }, { action: 'merge', into: { kind: 'file', index: 1 } }],
    ]
    for (const decisions of cases) expect(() => applyImport(doc, preview, decisions)).toThrow(ImportError)
    const bad = { ...preview, people: [...preview.people, { ...preview.people[0], key: 'bad', metAt: '2021-02-30', source: { card: 9, line: 99 } }] }
    expect(() =>
      applyImport(
        doc,
        bad,
        bad.people.map((): ImportDecision => ({ action: 'new' })),
      ),
    ).toThrow(/card 9, line 99/)
    expect(state(doc)).toEqual(before)
  })

  it('restores a Kizuna JSON backup into an empty vault exactly, and imports its people and ties into a non-empty one', () => {
    const source = vault()
    linkPeople(source, 'hanako', 'john', { kind: 'work', strength: 2 })
    const text = stringifyVaultJson(source)
    const empty = new Y.Doc()
    const preview = parseImport(text)
    expect(
      applyImport(
        empty,
        preview,
        preview.people.map((): ImportDecision => ({ action: 'new' })),
      ).restored,
    ).toBe(true)
    expect(readGraph(empty)).toEqual(readGraph(source))
    const other = new Y.Doc()
    addPerson(other, { id: 'z', name: 'Zed' })
    const into = parseImport(text)
    const result = applyImport(other, into, suggestDecisions(into, findDuplicates(into, readGraph(other)), 'merge'))
    expect(result).toMatchObject({ created: ['hanako', 'john', 'other'], ties: 1 })
    expect(readTie(other, 'hanako', 'john')).toMatchObject({ kind: 'work', strength: 2 })
  })
})

describe('Kizuna JSON into a non-empty vault', () => {
  /** A backup whose people are connected by every kind of record, plus an introduction. */
  function backup(): string {
    const source = vault()
    addPerson(source, { id: 'ken', name: 'Ken Ito' }, { now: NOW })
    updatePerson(source, 'john', { howWeMet: { introducedBy: 'hanako' } }, { now: NOW })
    addInteraction(source, { id: 'i-both', date: '2025-01-02', kind: 'consulted-them', personIds: ['hanako', 'john'], note: 'career' })
    addInteraction(source, { id: 'i-ken', date: '2025-01-03', kind: 'call', personIds: ['ken'], note: '' })
    addEvent(source, {
      id: 'e-1',
      name: 'Meetup',
      kind: 'meetup',
      where: 'Tokyo',
      date: '2025-02-01',
      met: [
        { personId: 'john', exchange: 'APIs' },
        { personId: 'ken', exchange: '' },
      ],
    })
    addProject(source, { id: 'p-1', name: 'Book', memberIds: ['hanako', 'ken'], start: null, end: null, deadline: null, finishedAt: null, myRole: 'editor', notes: '' })
    addOpportunity(source, { id: 'o-direct', date: '2025-03-01', kind: 'job', title: 'Offer', viaPersonIds: ['john'], field: null, note: '' })
    addOpportunity(source, { id: 'o-chain', date: '2025-03-02', kind: 'client', title: 'Client', viaPersonIds: ['ken', 'john'], field: null, note: '' })
    return stringifyVaultJson(source)
  }

  it('brings records and "introduced by" along, re-pointed at merged people, and a re-import adds nothing', () => {
    const other = new Y.Doc()
    addPerson(other, { id: 'h2', name: '佐藤花子', handles: [{ kind: 'email', value: 'hanako.sato@example.co.jp' }] }, { now: NOW })
    const preview = parseImport(backup())
    // Ids decide: the same email under another id is only a suggestion, merged when asked.
    const candidates = findDuplicates(preview, readGraph(other))
    expect(candidates).toEqual([{ index: 0, target: { kind: 'vault', personId: 'h2' }, reasons: ['email', 'same-name'], score: 1, certain: false }])
    expect(suggestDecisions(preview, candidates, 'merge')[0]).toEqual({ action: 'new' })
    const decisions = suggestDecisions(preview, candidates, 'merge', { mergeSuggestions: true })
    expect(decisions[0]).toEqual({ action: 'merge', into: { kind: 'vault', personId: 'h2' } })
    const result = applyImport(other, preview, decisions, { now: NOW })
    expect(result).toMatchObject({ created: ['john', 'ken', 'other'], merged: ['h2'], records: 6, warnings: [] })
    const graph = readGraph(other)
    expect(graph.interactions.map((i) => [i.id, i.personIds])).toEqual([
      ['i-both', ['h2', 'john']],
      ['i-ken', ['ken']],
    ])
    expect(graph.events[0].met.map((m) => [m.personId, m.exchange])).toEqual([
      ['john', 'APIs'],
      ['ken', ''],
    ])
    expect(graph.projects[0].memberIds).toEqual(['h2', 'ken'])
    expect(graph.opportunities.map((o) => [o.id, o.viaPersonIds])).toEqual([
      ['o-chain', ['ken', 'john']],
      ['o-direct', ['john']],
    ])
    expect(readPerson(other, 'john')?.howWeMet.introducedBy).toBe('h2')

    const before = readGraph(other)
    const again = parseImport(backup())
    expect(applyImport(other, again, suggestDecisions(again, findDuplicates(again, before), 'merge', { mergeSuggestions: true }), { now: NOW })).toMatchObject({
      created: [],
      records: 0,
      ties: 0,
    })
    expect(readGraph(other)).toEqual(before)
  })

  it('leaves out what needs a skipped person, says so, and keeps the rest of each record', () => {
    const other = new Y.Doc()
    addPerson(other, { id: 'z', name: 'Zed' }, { now: NOW })
    const preview = parseImport(backup())
    const decisions = preview.people.map((p): ImportDecision => (p.key === 'ken' ? { action: 'skip' } : { action: 'new' }))
    const result = applyImport(other, preview, decisions, { now: NOW })
    expect(result.records).toBe(4)
    expect(result.warnings).toEqual([expect.stringMatching(/^2 interaction\(s\) or opportunity\(ies\) were left out/)])
    const graph = readGraph(other)
    expect(graph.interactions.map((i) => i.id)).toEqual(['i-both'])
    expect(graph.opportunities.map((o) => o.id)).toEqual(['o-direct'])
    expect(graph.events[0].met.map((m) => m.personId)).toEqual(['john'])
    expect(graph.projects[0].memberIds).toEqual(['hanako'])
  })

  it('rejects a backup record the graph would reject, writing nothing', () => {
    const other = new Y.Doc()
    addPerson(other, { id: 'z', name: 'Zed' }, { now: NOW })
    const before = state(other)
    const preview = parseImport(backup())
    const broken = { ...preview, vault: { ...preview.vault!, graph: { ...preview.vault!.graph, interactions: [{ ...preview.vault!.graph.interactions[0], date: '2025-02-30' }] } } }
    expect(() =>
      applyImport(
        other,
        broken,
        broken.people.map((): ImportDecision => ({ action: 'new' })),
      ),
    ).toThrow(ImportError)
    expect(state(other)).toEqual(before)
  })
})

describe('mergePeople', () => {
  it('unites values, re-points ties and records, trashes the merged person, and undoes in one step', () => {
    const doc = vault()
    addPerson(doc, { id: 'hanako2', name: 'Hanako Sato', organization: 'Other KK', handles: [{ kind: 'url', value: 'https://x.example' }], tags: ['ux'], values: ['benevolence'] })
    linkPeople(doc, 'hanako2', 'john', { kind: 'work', strength: 3, notes: 'project X' })
    linkPeople(doc, 'hanako', 'john', { kind: 'friend', strength: 1 })
    linkPeople(doc, 'hanako2', 'other', { kind: 'community', strength: 2 })
    linkPeople(doc, 'hanako2', 'hanako')
    addInteraction(doc, { date: '2025-01-01', kind: 'met', personIds: ['hanako2', 'hanako'], note: '' })
    const before = readGraph(doc)
    const undo = createUndoManager(doc, { origin: LOCAL_ORIGIN })
    mergePeople(doc, 'hanako', 'hanako2')
    const graph = readGraph(doc)
    expect(graph.people.find((p) => p.id === 'hanako')).toMatchObject({
      tags: ['friend', 'ux'],
      values: ['benevolence'],
      organization: '株式会社サンプル',
      notes: 'existing note\nname: Hanako Sato\norganization: Other KK',
    })
    expect(graph.trash.map((p) => p.id)).toEqual(['hanako2'])
    expect(graph.ties.map((t) => [t.id, t.kind, t.strength, t.notes])).toEqual([
      ['hanako:john', 'friend', 3, 'project X'],
      ['hanako:other', 'community', 2, ''],
    ])
    expect(graph.interactions[0].personIds).toEqual(['hanako'])
    undo.undo()
    expect(readGraph(doc)).toEqual(before)
  })

  it('refuses to merge a person into themselves or into someone missing, writing nothing', () => {
    const doc = vault()
    const before = state(doc)
    expect(() => mergePeople(doc, 'john', 'john')).toThrow(/themselves/)
    expect(() => mergePeople(doc, 'john', 'ghost')).toThrow(/no person/)
    expect(state(doc)).toEqual(before)
  })
})
