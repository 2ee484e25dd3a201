import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { ParseKeys, ParseKeysWithoutVariables, TFunction } from 'i18next'
import type { Language } from '../../../shared/i18n'
export { LANGUAGES, resolveLanguage, type Language, type Translation } from '../../../shared/i18n'

/**
 * `t()` is typed by the composed dictionaries (declared once in app/messages.ts): a key missing from
 * the English dictionary, or a message's `{{variable}}` left out of the options, fails the typecheck.
 */
export type Translate = TFunction
/** Any key of the dictionaries (plural keys without their `_one`/`_other` suffix). */
export type MessageKey = ParseKeys
/** A key whose message takes no variables: `t(key)` needs no options. */
export type PlainMessageKey = ParseKeysWithoutVariables

/** Starts i18next with the shell's composed dictionaries (app/messages.ts), one per language. */
export async function initI18n(language: Language, messages: Record<Language, object>): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { en: { translation: messages.en }, ja: { translation: messages.ja } },
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  return i18next
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
