/**
 * Identity needs evidence, similarity only suggests: the hard pairs of tests/fixtures/io/hard-pairs.vcf
 * (an iPhone export), each written as real exports write them.
 *   Ken Sato / Kei Sato       one company, each their own email and mobile      two people, not even a suggestion
 *   Jon Smith / John Smith    one company, John without any contact details     one suggestion, two people by default
 *   田中 一郎 / 田中 二郎        one company, the company's main line on both,     a suggestion (shared line, own emails),
 *                             each their own email                              two people by default
 *   山田 花子 twice            the same email (case differs), once without phone one person, merged into the earlier entry
 *   斎藤 健 / 齋藤 健            the same mobile, written two ways                 one person
 *   an empty card                                                                skipped (nothing to name it by)
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson, readGraph } from '../../../../shared/graph'
import { applyImport, findDuplicates, parseImport, reportImport, suggestDecisions } from '../../../../shared/io'
import { fixture } from './fixtures'

const NOW = 1_700_000_000_000

function importInto(doc: Y.Doc, options: { mergeSuggestions?: boolean } = {}) {
  const preview = parseImport(fixture('hard-pairs.vcf'))
  const candidates = findDuplicates(preview, readGraph(doc))
  const decisions = suggestDecisions(preview, candidates, 'merge', options)
  const report = reportImport(preview, candidates, decisions)
  const result = applyImport(doc, preview, decisions, { now: NOW })
  return { preview, candidates, decisions, report, result }
}

const names = (doc: Y.Doc) =>
  readGraph(doc)
    .people.map((p) => p.name)
    .sort()

describe('hard pairs (hard-pairs.vcf into an empty vault, default options)', () => {
  it('finds evidence only where there is evidence, and suggestions apart from it', () => {
    const preview = parseImport(fixture('hard-pairs.vcf'))
    const found = findDuplicates(preview, { people: [] }).map((c) => ({
      who: preview.people[c.index].name,
      into: c.target.kind === 'file' ? preview.people[c.target.index].name : c.target.personId,
      reasons: c.reasons,
      certain: c.certain,
    }))
    expect(found).toEqual([
      { who: 'John Smith', into: 'Jon Smith', reasons: ['similar-name'], certain: false },
      { who: '田中 二郎', into: '田中 一郎', reasons: ['phone', 'own-handles'], certain: false },
      { who: '山田 花子', into: '山田 花子', reasons: ['email', 'same-name'], certain: true },
      { who: '齋藤 健', into: '斎藤 健', reasons: ['phone'], certain: true },
    ])
  })

  it('keeps every pair apart but the two with evidence, and the report adds up', () => {
    const doc = new Y.Doc()
    const { preview, report, result } = importInto(doc)
    expect(names(doc)).toEqual(['John Smith', 'Jon Smith', 'Kei Sato', 'Ken Sato', '山田 花子', '斎藤 健', '田中 一郎', '田中 二郎'])
    const ken = readGraph(doc).people.find((p) => p.name === 'Ken Sato')!
    expect(ken.handles.map((h) => h.value)).toEqual(['ken.sato@hoshino-trading.example', '+81 90 1111 2222'])
    expect(ken.notes).not.toContain('Kei')
    const saito = readGraph(doc).people.find((p) => p.name === '斎藤 健')!
    expect(saito.handles.map((h) => h.value).sort()).toEqual(['+81-90-7777-8888', '090-7777-8888', 'ken@saito-sekkei.example'])
    expect(saito.notes).toContain('name: 齋藤 健')

    expect(report.counts).toEqual({ entries: 11, added: 8, mergedIntoVault: 0, mergedInFile: 2, skipped: 1, unreadable: 1 })
    const { added, mergedIntoVault, mergedInFile, skipped } = report.counts
    expect(added + mergedIntoVault + mergedInFile + skipped).toBe(preview.entries)
    expect(result.created).toHaveLength(added)
    expect(report.merges.map((m) => [m.name, m.targetName, m.reasons, m.certain])).toEqual([
      ['山田 花子', '山田 花子', ['email', 'same-name'], true],
      ['齋藤 健', '斎藤 健', ['phone'], true],
    ])
    expect(report.suggestions.map((s) => [s.name, s.targetName, s.reasons, s.decision])).toEqual([
      ['John Smith', 'Jon Smith', ['similar-name'], 'new'],
      ['田中 二郎', '田中 一郎', ['phone', 'own-handles'], 'new'],
    ])
  })

  it('merges the suggestions only when asked', () => {
    const doc = new Y.Doc()
    const { report } = importInto(doc, { mergeSuggestions: true })
    expect(names(doc)).toEqual(['Jon Smith', 'Kei Sato', 'Ken Sato', '山田 花子', '斎藤 健', '田中 一郎'])
    expect(report.counts).toEqual({ entries: 11, added: 6, mergedIntoVault: 0, mergedInFile: 4, skipped: 1, unreadable: 1 })
  })

  it('a vault person with their own email is never matched with a namesake who has another', () => {
    const doc = new Y.Doc()
    addPerson(doc, { id: 'kei', name: 'Ken Sato', organization: 'Hoshino Trading Co., Ltd.', handles: [{ kind: 'email', value: 'ken@other.example' }] }, { now: NOW })
    const preview = parseImport(fixture('hard-pairs.vcf'))
    expect(findDuplicates(preview, readGraph(doc)).filter((c) => c.target.kind === 'vault')).toEqual([])
  })

  it('re-importing the same file adds nothing and counts every entry as merged into the vault or skipped', () => {
    const doc = new Y.Doc()
    importInto(doc)
    const before = readGraph(doc)
    const { report, result } = importInto(doc)
    expect(result.created).toEqual([])
    expect(report.counts).toEqual({ entries: 11, added: 0, mergedIntoVault: 10, mergedInFile: 0, skipped: 1, unreadable: 1 })
    expect(readGraph(doc)).toEqual(before)
  })
})

describe('the same name in another script is a suggestion, never evidence', () => {
  const LINKEDIN = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
  const vault = () => {
    const doc = new Y.Doc()
    addPerson(
      doc,
      { id: 'hanako', name: '佐藤 花子', reading: 'さとう はなこ', organization: '株式会社みらい', handles: [{ kind: 'email', value: 'hanako@mirai.example' }] },
      { now: NOW },
    )
    addPerson(doc, { id: 'taro', name: '山田 太郎', reading: 'やまだ たろう' }, { now: NOW })
    addPerson(doc, { id: 'ono', name: '大野 翔', reading: 'おおの しょう' }, { now: NOW })
    addPerson(doc, { id: 'yuki', name: 'Yuki Sato' }, { now: NOW })
    return doc
  }
  const found = (doc: Y.Doc, text: string, options = {}) => {
    const preview = parseImport(text)
    return findDuplicates(preview, readGraph(doc), options).map((c) => [
      preview.people[c.index].name,
      c.target.kind === 'vault' ? c.target.personId : preview.people[c.target.index].name,
      c.reasons,
      c.certain,
    ])
  }

  it('romaji in either order, or kana, meets a kanji name through its reading; the import keeps them apart until told', () => {
    const doc = vault()
    const csv = `${LINKEDIN}Hanako,Sato,,,Mirai Inc.,UX Researcher,12 Mar 2021\nTaro,Yamada,,,,,1 Apr 2020\nYamada,Taro,,,,,1 Apr 2020\nSho,Ono,,,,,1 Apr 2020\n`
    expect(found(doc, csv)).toEqual([
      ['Hanako Sato', 'hanako', ['same-name-other-script'], false],
      ['Taro Yamada', 'taro', ['same-name-other-script'], false],
      ['Yamada Taro', 'Taro Yamada', ['same-name'], false],
      ['Yamada Taro', 'taro', ['same-name-other-script'], false],
      ['Sho Ono', 'ono', ['same-name-other-script'], false],
    ])
    const kana = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:さとう はなこ\r\nEND:VCARD\r\n'
    expect(found(doc, kana)).toEqual([['さとう はなこ', 'hanako', ['same-name-other-script'], false]])
    const preview = parseImport(csv)
    const candidates = findDuplicates(preview, readGraph(doc))
    const nameOf = new Map(readGraph(doc).people.map((p) => [p.id, p.name]))
    const report = reportImport(preview, candidates, suggestDecisions(preview, candidates, 'merge'), (id) => nameOf.get(id))
    expect([report.counts, report.merges]).toEqual([{ entries: 4, added: 4, mergedIntoVault: 0, mergedInFile: 0, skipped: 0, unreadable: 0 }, []])
    expect(report.suggestions.map((s) => [s.name, s.targetName, s.reasons, s.decision])).toEqual([
      ['Hanako Sato', '佐藤 花子', ['same-name-other-script'], 'new'],
      ['Taro Yamada', '山田 太郎', ['same-name-other-script'], 'new'],
      ['Yamada Taro', 'Taro Yamada', ['same-name'], 'new'],
      ['Sho Ono', '大野 翔', ['same-name-other-script'], 'new'],
    ])
  })

  it('a kanji card with a reading meets a romaji name already there', () => {
    const doc = vault()
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:佐藤 由紀\r\nX-PHONETIC-LAST-NAME:さとう\r\nX-PHONETIC-FIRST-NAME:ゆうき\r\nEND:VCARD\r\n'
    expect(found(doc, card)).toEqual([['佐藤 由紀', 'yuki', ['same-name-other-script'], false]])
  })

  it('a shared sound within one script is not the same name, and own emails still keep two people apart', () => {
    const doc = vault()
    const kanji = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:小野 翔\r\nX-PHONETIC-LAST-NAME:おの\r\nX-PHONETIC-FIRST-NAME:しょう\r\nEND:VCARD\r\n'
    expect(found(doc, kanji)).toEqual([])
    expect(found(doc, `${LINKEDIN}Yuuki,Satou,,,,,1 Apr 2020\n`)).toEqual([])
    expect(found(doc, `${LINKEDIN}Hanako,Sato,,hanako.sato@other.example,,,1 Apr 2020\n`)).toEqual([])
    expect(found(doc, `${LINKEDIN}Hanako,Sato,,hanako@mirai.example,,,1 Apr 2020\n`)).toEqual([['Hanako Sato', 'hanako', ['email', 'same-name-other-script'], true]])
  })

  it('the spoken keys are pluggable and can be turned off', () => {
    expect(found(vault(), `${LINKEDIN}Hanako,Sato,,,,,1 Apr 2020\n`, { spokenKeys: () => [] })).toEqual([])
  })
})
