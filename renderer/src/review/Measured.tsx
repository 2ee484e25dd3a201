import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlainMessageKey } from '../i18n'
import type { insightEn } from './i18n-en'

/** The explanations (keys under insight.measured that take no variables), by their last segment. */
type MeasuredId = Extract<keyof typeof insightEn.measured, string>
type Explained = Exclude<{ [K in MeasuredId]: `insight.measured.${K}` extends PlainMessageKey ? K : never }[MeasuredId], 'summary'>

/**
 * "How is this measured?": the one place where index names, formulas and raw numbers appear, each
 * explained in one sentence (the `explain` keys under insight.measured).
 */
export function Measured({ explain, children }: { explain: readonly Explained[]; children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <details className="measured">
      <summary>{t('insight.measured.summary')}</summary>
      <ul className="measured-explanations">
        {explain.map((key) => (
          <li key={key}>{t(`insight.measured.${key}`)}</li>
        ))}
      </ul>
      {children}
    </details>
  )
}
