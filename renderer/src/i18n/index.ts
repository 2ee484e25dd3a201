import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { LanguageSettingSchema } from '../../../shared/ipc'
import type { z } from 'zod'
import { en } from './en'
import { ja } from './ja'

export type Language = 'ja' | 'en'
export const LANGUAGES: readonly Language[] = ['ja', 'en']

/** The OS locale decides unless the user chose a language. */
export function resolveLanguage(setting: z.infer<typeof LanguageSettingSchema>, systemLocale: string): Language {
  if (setting !== 'system') return setting
  return systemLocale.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { en: { translation: en }, ja: { translation: ja } },
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
