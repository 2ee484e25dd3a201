/**
 * The main process's words: native dialogs and Today's notifications, in the UI's language (the
 * per-device setting, else the OS locale). Same convention as the renderer's dictionaries
 * (shared/i18n): Japanese has exactly the English keys, checked by `satisfies`.
 */
import { createTranslator, resolveLanguage, type Language, type LanguageSetting, type Translate, type Translation } from '../../shared/i18n'

export const mainEn = {
  dialog: {
    importTitle: 'Import',
    importFiles: 'Contacts and calendars (vCard, CSV, Kizuna JSON, iCalendar)',
    allFiles: 'All files',
    exportTitle: 'Export',
    syncFolderTitle: 'Sync folder',
  },
  notification: {
    followUpTitle: 'Follow up with {{name}}',
    followUpBody: 'You met at {{event}}. A short thank-you note now leaves a good impression.',
    keepInTouchTitle: 'Keep in touch with {{name}}',
    keepInTouchBody: 'Last contact on {{date}}. A short note keeps the tie warm.',
    noContactBody: 'No contact logged yet. A short note keeps the tie warm.',
  },
} as const

export const mainJa = {
  dialog: {
    importTitle: '取り込み',
    importFiles: '連絡先とカレンダー（vCard、CSV、Kizuna JSON、iCalendar）',
    allFiles: 'すべてのファイル',
    exportTitle: '書き出し',
    syncFolderTitle: '同期フォルダ',
  },
  notification: {
    followUpTitle: '{{name}}さんにお礼の連絡を',
    followUpBody: '{{event}}で出会ってから{{days}}日。短いお礼のメッセージを送りましょう。',
    keepInTouchTitle: '{{name}}さんに近況の連絡を',
    keepInTouchBody: '最後の連絡は{{date}}。ひとこと近況を伝えましょう。',
    noContactBody: '連絡の記録はまだありません。ひとこと近況を伝えましょう。',
  },
} as const satisfies Translation<typeof mainEn>

export type MainTranslate = Translate<typeof mainEn, typeof mainJa>

export function mainWords(language: Language): MainTranslate {
  return createTranslator({ en: mainEn, ja: mainJa }, language)
}

/** The language the UI speaks: the setting, or the OS locale when it is 'system'. */
export function uiLanguage(setting: () => LanguageSetting, locale: () => string): () => Language {
  return () => resolveLanguage(setting(), locale())
}
