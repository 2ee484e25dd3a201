/** The languages Kizuna speaks (the UI, the main process's dialogs and notifications, the CLI): declared once here. */
export const LANGUAGES = ['ja', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value)
}

/** The per-device language setting: a language, or 'system' to follow the OS locale. */
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number]

/** The language of a locale or language tag ('ja-JP' and 'ja' are Japanese); English for every other. */
export function languageOfLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}

/** The OS locale decides unless the user chose a language. */
export function resolveLanguage(setting: LanguageSetting, systemLocale: string): Language {
  return setting === 'system' ? languageOfLocale(systemLocale) : setting
}
