/**
 * The dictionaries as the shell composes them (app/messages.ts): Japanese has exactly the English
 * keys, and each Japanese message asks only for variables its English message is called with, so
 * `t()`'s types (taken from English) hold for both languages. The type checks of `t()` itself are
 * the `@ts-expect-error` lines below: the test project's typecheck fails if one stops failing.
 */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../../renderer/src/app/messages'
import type { Translate } from '../../../renderer/src/i18n'

/** Every message of a dictionary with its key path. */
function messages(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]]
  if (tree === null || typeof tree !== 'object') return []
  return Object.entries(tree).flatMap(([key, value]) => messages(value, path === '' ? key : `${path}.${key}`))
}

/** The variable names a message interpolates (`{{count, number}}` asks for `count`). */
function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^,}\s]+)/gu)].map((m) => m[1]))].sort()
}

/** A plural form's key without its suffix: the forms of one message are called with the same options. */
const PLURAL = /_(zero|one|two|few|many|other)$/u
const base = (key: string) => key.replace(PLURAL, '')

/** Keys whose Japanese message asks for a variable no English form of that message uses. */
export function unknownVariables(en: unknown, ja: unknown): string[] {
  const english = new Map<string, Set<string>>()
  for (const [key, text] of messages(en)) {
    const names = english.get(base(key)) ?? new Set<string>()
    for (const name of variables(text)) names.add(name)
    // A plural message is always called with `count`.
    if (PLURAL.test(key)) names.add('count')
    english.set(base(key), names)
  }
  return messages(ja).flatMap(([key, text]) =>
    variables(text)
      .filter((name) => !english.get(base(key))?.has(name))
      .map((name) => `${key}: {{${name}}}`),
  )
}

/** Never run: compiled by the test project's typecheck, where each expected error must occur. */
export function typedCalls(t: Translate): string[] {
  return [
    // @ts-expect-error a key that is in no dictionary
    t('workflow.today.noSuchMessage'),
    // @ts-expect-error the message is "Met at {{event}} on {{date}}": leaving out `date` showed "{{date}}"
    t('workflow.today.followUp', { event: 'Tech meetup' }),
    // @ts-expect-error a plural message's forms ask for `date` too: "3 days overdue (due {{date}})"
    t('workflow.today.overdue', { count: 3 }),
    t('workflow.today.followUp', { event: 'Tech meetup', date: '2 Dec 2026' }),
  ]
}

describe('dictionaries', () => {
  it('Japanese has exactly the English keys', () => {
    expect(messages(MESSAGES.ja).map(([key]) => key)).toEqual(messages(MESSAGES.en).map(([key]) => key))
  })

  it('asks in Japanese only for variables the English message is called with', () => {
    expect(unknownVariables(MESSAGES.en, MESSAGES.ja)).toEqual([])
  })

  it('catches a Japanese message that asks for a variable the caller does not pass', () => {
    const en = { today: { followUp: 'Met at {{event}} on {{date}}' } }
    expect(unknownVariables(en, { today: { followUp: '{{day}}に{{event}}で知り合った' } })).toEqual(['today.followUp: {{day}}'])
  })

  it('words a typed call in both languages', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ lng: 'en', fallbackLng: false, resources: { en: { translation: MESSAGES.en }, ja: { translation: MESSAGES.ja } }, interpolation: { escapeValue: false } })
    const words = (['en', 'ja'] as const).map((language) => typedCalls(i18n.getFixedT(language)).at(-1))
    expect(words).toEqual(['Met at Tech meetup on 2 Dec 2026', expect.stringContaining('Tech meetup')])
    expect(words[1]).toContain('2 Dec 2026')
  })
})
