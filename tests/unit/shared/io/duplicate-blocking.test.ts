/**
 * The shortcuts duplicate detection takes for speed must never change its answer:
 * normalizeName folds exactly like the people list's normalizeForSearch, and the signature bound
 * (mayBeSimilar) never rules out a pair whose name similarity reaches the threshold.
 */
import { describe, expect, it } from 'vitest'
import { blankPerson, normalizeForSearch } from '../../../../shared/graph'
import { findDuplicates, NAME_SIMILARITY_THRESHOLD, nameForms, nameSimilarity, normalizeName, type ImportedPerson } from '../../../../shared/io'
import { mayBeSimilar, nameSignature } from '../../../../shared/io/name-similarity'

const SEED = 20_251_123

function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296
}

// Latin, accents (composed and not), full- and half-width forms, kana of both kinds, CJK, Greek
// sigma (final form depends on context), a ligature, astral characters, a lone surrogate, and
// whitespace of several kinds.
const ALPHABET = ['a', 'b', 'n', 'A', 'Σ', 'ß', 'é', 'e\u0301', 'ﬁ', 'ア', 'あ', 'ｱ', 'ﾀﾞ', 'ヴ', '山', '田', '１', '𠮷', '😀', '\uD800', ' ', '\t', '\u3000', '\u00A0', '\n']

function randomName(r: () => number): string {
  let out = ''
  const length = 1 + Math.floor(r() * 14)
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(r() * ALPHABET.length)]
  return out
}

/** A near variant: up to three single-character edits, sometimes with its words reversed. */
function variant(name: string, r: () => number): string {
  const chars = [...name]
  for (let k = Math.floor(r() * 4); k > 0; k--) {
    const at = Math.floor(r() * (chars.length + 1))
    const op = r()
    if (op < 0.33) chars.splice(at, 0, ALPHABET[Math.floor(r() * ALPHABET.length)])
    else if (op < 0.66) chars.splice(at, 1)
    else chars[at] = ALPHABET[Math.floor(r() * ALPHABET.length)]
  }
  const out = chars.join('')
  return r() < 0.3 ? out.split(' ').reverse().join(' ') : out
}

function person(key: string, name: string, organization: string | null): ImportedPerson {
  return { key, source: { line: 1 }, name, reading: null, organization, title: null, emails: [], phones: [], urls: [], tags: [], notes: '', metAt: null, metWhere: null }
}

describe(`duplicate blocking (seed ${SEED})`, () => {
  it('normalizeName folds exactly like normalizeForSearch', () => {
    const r = lcg(SEED)
    const names = ['ヤマダ タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'ΟΔΟΣ ΟΔΟΣ', 'Straße', '', '  ', ...Array.from({ length: 3000 }, () => randomName(r))]
    expect(names.filter((n) => normalizeName(n) !== normalizeForSearch(n))).toEqual([])
  })

  it('the signature bound never rules out a pair at or above the threshold, and is tight enough to matter', () => {
    const r = lcg(SEED + 1)
    let similar = 0
    let ruledOut = 0
    const missed: [string, string][] = []
    for (let i = 0; i < 20_000; i++) {
      const a = randomName(r)
      const b = r() < 0.7 ? variant(a, r) : randomName(r)
      const reaches = nameSimilarity(nameForms(a), nameForms(b)) >= NAME_SIMILARITY_THRESHOLD
      const may = mayBeSimilar(nameSignature(a), nameSignature(b))
      if (reaches) similar++
      if (!may) ruledOut++
      if (reaches && !may) missed.push([a, b])
    }
    expect(missed).toEqual([])
    expect(similar).toBeGreaterThan(1000)
    expect(ruledOut).toBeGreaterThan(5000)
  })

  it('the signature counts code points as nameForms does', () => {
    for (const name of ['𠮷田 太郎', 'a\uD800b', 'Taro  Yamada', '']) expect(nameSignature(name).length).toBe(nameForms(name)[0].length)
  })

  it('finds the same similar-name candidates as comparing every pair in an organisation', () => {
    const r = lcg(SEED + 2)
    const orgs = ['Acme', 'ACME ', 'Beta', null]
    const base = Array.from({ length: 60 }, () => randomName(r))
    const vaultPeople = base.map((name, i) => ({ ...person(`v${i}`, name, orgs[i % orgs.length]), id: `v${i}` }))
    const incoming = Array.from({ length: 120 }, (_, i) => person(`k${i}`, variant(base[Math.floor(r() * base.length)], r), orgs[Math.floor(r() * orgs.length)]))
    const people = vaultPeople.map((p) => blankPerson(p.id, p.name, { organization: p.organization }))
    const found = findDuplicates({ format: 'vcard', entries: incoming.length, people: incoming, warnings: [] }, { people }, { nameKeys: () => [], spokenKeys: () => [] })
    const pairwise: string[] = []
    const fold = (o: string | null) => normalizeName(o)
    incoming.forEach((p, index) => {
      for (const v of vaultPeople)
        if (fold(p.organization) !== '' && fold(p.organization) === fold(v.organization) && nameSimilarity(nameForms(p.name), nameForms(v.name)) >= NAME_SIMILARITY_THRESHOLD)
          pairwise.push(`${index}>${v.id}`)
      for (let j = 0; j < index; j++)
        if (
          fold(p.organization) !== '' &&
          fold(p.organization) === fold(incoming[j].organization) &&
          nameSimilarity(nameForms(p.name), nameForms(incoming[j].name)) >= NAME_SIMILARITY_THRESHOLD
        )
          pairwise.push(`${index}>f${j}`)
    })
    const got = found.filter((d) => d.reasons.includes('similar-name')).map((d) => `${d.index}>${d.target.kind === 'vault' ? d.target.personId : `f${d.target.index}`}`)
    expect(pairwise.length).toBeGreaterThan(20)
    expect(got.sort()).toEqual(pairwise.sort())
  })
})
