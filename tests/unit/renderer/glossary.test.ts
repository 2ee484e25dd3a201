/**
 * The UI's words follow docs/glossary.md: one term per concept in each language. Fails when a
 * dictionary words a glossary concept another way (a listed variant appears), when a term is no
 * longer used anywhere, and when Japanese text anywhere in the dictionaries uses ASCII punctuation.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../../renderer/src/app/messages'

// Every dictionary as the shell composes them, feature dictionaries included.
const { en, ja } = MESSAGES

interface Entry {
  concept: string
  en: string
  ja: string
  notEn: string[]
  notJa: string[]
}

function readGlossary(): Entry[] {
  const text = readFileSync(join(import.meta.dirname, '../../../docs/glossary.md'), 'utf8')
  const list = (cell: string) =>
    cell
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
  return text
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| Concept') && !line.startsWith('| ---'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .map(([concept, english, japanese, notEn, notJa]) => ({ concept, en: english, ja: japanese, notEn: list(notEn), notJa: list(notJa) }))
}

/** Every message of a dictionary with its key path. */
function messages(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]]
  if (tree === null || typeof tree !== 'object') return []
  return Object.entries(tree).flatMap(([key, value]) => messages(value, path === '' ? key : `${path}.${key}`))
}

/** "ja: industry worded 業界 at network.dimension.industry (glossary: 産業)" for each variant found, and unused terms. */
export function glossaryViolations(glossary: readonly Entry[], dictionaries: { en: unknown; ja: unknown }): string[] {
  const problems: string[] = []
  for (const language of ['en', 'ja'] as const) {
    const all = messages(dictionaries[language])
    const fold = (s: string) => (language === 'en' ? s.toLowerCase() : s)
    for (const entry of glossary) {
      const variants = language === 'en' ? entry.notEn : entry.notJa
      for (const variant of variants) {
        for (const [key, text] of all)
          if (fold(text).includes(fold(variant))) problems.push(`${language}: ${entry.concept} worded "${variant}" at ${key} (glossary: ${entry[language]})`)
      }
      if (!all.some(([, text]) => fold(text).includes(fold(entry[language])))) problems.push(`${language}: ${entry.concept}: "${entry[language]}" is not used anywhere`)
    }
  }
  return problems
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u
const ASCII_PUNCTUATION = /[(),?!]|[^\s\w]:|\S:(?!\/\/)/u

describe('glossary', () => {
  const glossary = readGlossary()

  it('has a term in both languages for every concept', () => {
    expect(glossary.filter((e) => e.en === '' || e.ja === '').map((e) => e.concept)).toEqual([])
    expect(glossary.length).toBeGreaterThanOrEqual(10)
  })

  it('is followed by the English and Japanese dictionaries: one wording per concept', () => {
    expect(glossaryViolations(glossary, { en, ja })).toEqual([])
  })

  it('catches a concept worded two ways in one language', () => {
    const drifted = { ...ja, network: { ...ja.network, dimension: { ...ja.network.dimension, industry: '業界' } } }
    expect(glossaryViolations(glossary, { en, ja: drifted })).toEqual(['ja: industry worded "業界" at network.dimension.industry (glossary: 産業)'])
  })

  it('uses Japanese punctuation in the Japanese text of every view (the map legend, sync, network and diversity included)', () => {
    expect(messages(ja).filter(([, text]) => JAPANESE.test(text) && ASCII_PUNCTUATION.test(text.replace(/\{\{[^}]*\}\}/gu, '')))).toEqual([])
  })

  it('counts with plural forms wherever an English message interpolates a count', () => {
    const counted = messages(en).filter(([key, text]) => text.includes('{{count') && !/_(one|other|zero)$/u.test(key))
    const scoped = counted.filter(([key]) => key.startsWith('workflow.') || key.startsWith('personPage.'))
    expect(scoped).toEqual([])
  })
})
