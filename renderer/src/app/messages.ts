/**
 * Every dictionary, composed once by the shell: the core's (i18n/en.ts, ja.ts) and the features'
 * own, mounted under their namespace. Japanese is checked against the English shape.
 */
import { en } from '../i18n/en'
import { ja } from '../i18n/ja'
import type { Language, Translation } from '../i18n'
import { consultEn, consultJa } from '../consult'
import { deviceSyncEn, deviceSyncJa } from '../devices'
import { ioEn, ioJa } from '../import'
import { personPageEn, personPageJa } from '../people'
import { insightEn, insightJa } from '../review'
import { workflowEn, workflowJa } from '../workflow'

const english = {
  ...en,
  workflow: workflowEn,
  io: ioEn,
  insight: insightEn,
  personPage: personPageEn,
  consult: consultEn,
  deviceSync: deviceSyncEn,
}
export type AllMessages = Translation<typeof english>

export const MESSAGES: Record<Language, AllMessages> = {
  en: english,
  ja: {
    ...ja,
    workflow: workflowJa,
    io: ioJa,
    insight: insightJa,
    personPage: personPageJa,
    consult: consultJa,
    deviceSync: deviceSyncJa,
  },
}

/**
 * Types every `t()` by the English dictionary: a key that is not in it fails the typecheck, and so
 * does a call that leaves out a `{{variable}}` its message interpolates.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof english }
    strictInterpolationChecks: true
  }
}
