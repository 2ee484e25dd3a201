/**
 * The dictionary convention outside the renderer: typed keys and variables, plural forms chosen by
 * Intl.PluralRules, numbers formatted for the language, and one language type with its resolution
 * from the setting and the OS locale. The `@ts-expect-error` lines are checked by the typecheck.
 */
import { describe, expect, it } from 'vitest'
import { createTranslator, languageOfLocale, resolveLanguage, type Translation } from '../../../../shared/i18n'

const en = {
  greet: 'Hello {{name}}',
  people_one: '{{count, number}} person',
  people_other: '{{count, number}} people',
  nested: { plain: 'Nothing to fill in' },
} as const
const ja = {
  greet: '{{name}}さん、こんにちは',
  people_one: '{{count, number}}人',
  people_other: '{{count, number}}人',
  nested: { plain: '入力するものはありません' },
} as const satisfies Translation<typeof en>

/** Never run: compiled by the test project's typecheck, where each expected error must occur. */
export function typedCalls(): string[] {
  const t = createTranslator({ en, ja }, 'en')
  return [
    // @ts-expect-error a key that is in neither dictionary
    t('nested.missing'),
    // @ts-expect-error "Hello {{name}}" needs its name
    t('greet'),
    // @ts-expect-error the variable is `name`, not `who`
    t('greet', { who: 'Aoi' }),
    // @ts-expect-error a plural message needs its count
    t('people', {}),
    t('nested.plain'),
  ]
}

describe('createTranslator', () => {
  it('fills variables, picks the plural form and formats numbers in each language', () => {
    const words = (['en', 'ja'] as const).map((language) => {
      const t = createTranslator({ en, ja }, language)
      return [t('greet', { name: 'Aoi' }), t('people', { count: 1 }), t('people', { count: 1200 }), t('nested.plain')]
    })
    expect(words).toEqual([
      ['Hello Aoi', '1 person', '1,200 people', 'Nothing to fill in'],
      ['Aoiさん、こんにちは', '1人', '1,200人', '入力するものはありません'],
    ])
  })
})

describe('language', () => {
  it('follows the setting, else the OS locale (Japanese for any ja locale, English for every other)', () => {
    expect([
      resolveLanguage('ja', 'en-US'),
      resolveLanguage('en', 'ja-JP'),
      resolveLanguage('system', 'ja-JP'),
      resolveLanguage('system', 'ja'),
      resolveLanguage('system', 'fr-FR'),
    ]).toEqual(['ja', 'en', 'ja', 'ja', 'en'])
    expect(languageOfLocale(undefined)).toBe('en')
  })
})
