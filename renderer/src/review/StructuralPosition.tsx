import { useTranslation } from 'react-i18next'
import type { StructuralHoles } from '../../../shared/analysis'
import { decimal, integer, uiLanguage } from './review-format'

const MEASURES = ['contacts', 'tiesAmongContacts', 'effectiveSize', 'efficiency', 'constraint', 'nonAdjacentPairs', 'disconnectedPairs'] as const

/** Burt's measures of my ego network, each with what it means. */
export function StructuralPosition({ holes }: { holes: StructuralHoles }) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const format = (measure: (typeof MEASURES)[number]): string => {
    const value = holes[measure]
    if (value === null) return '–'
    return measure === 'efficiency' || measure === 'constraint' || measure === 'effectiveSize' ? decimal(value, language) : integer(value, language)
  }
  return (
    <section aria-labelledby="review-structure" className="review-section">
      <h2 id="review-structure">{t('review.structureTitle')}</h2>
      <table className="review-table">
        <caption>{t('review.structureCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.measure')}</th>
            <th scope="col">{t('review.value')}</th>
            <th scope="col">{t('review.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {MEASURES.map((measure) => (
            <tr key={measure}>
              <th scope="row">{t(`review.${measure}`)}</th>
              <td>{format(measure)}</td>
              <td>{t(`review.${measure}Meaning`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
