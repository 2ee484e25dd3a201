import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * "How is this measured?": the one place where index names, formulas and raw numbers appear, each
 * explained in one sentence (the `explain` keys under insight.measured).
 */
export function Measured({ explain, children }: { explain: readonly string[]; children?: ReactNode }) {
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
