import { useTranslation } from 'react-i18next'
import type { StructuralHoles } from '../../../shared/analysis'
import { Fold } from './Fold'
import { Measured } from './Measured'
import { decimal, integer, percent, uiLanguage } from './review-format'
import { ColumnHeads } from '../components/ColumnHeads'

const MEASURES = ['contacts', 'tiesAmongContacts', 'effectiveSize', 'efficiency', 'constraint', 'nonAdjacentPairs', 'disconnectedPairs'] as const
/** Efficiency at or above this reads as contacts spread over separate circles. */
const OPEN_EFFICIENCY = 0.7

/** My position in my own network in two sentences; Burt's measures in "How is this measured?". */
export function StructuralPosition({ holes }: { holes: StructuralHoles }) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const format = (measure: (typeof MEASURES)[number]): string => {
    const value = holes[measure]
    if (value === null) return '–'
    return measure === 'efficiency' || measure === 'constraint' || measure === 'effectiveSize' ? decimal(value, language) : integer(value, language)
  }
  const pairs = (holes.contacts * (holes.contacts - 1)) / 2
  return (
    <Fold id="review-structure" title={t('review.structureTitle')}>
      {holes.contacts < 2 || holes.efficiency === null ? (
        <p>{t('insight.review.structureNone')}</p>
      ) : (
        <p>
          {t('insight.review.structureSentence', { contacts: holes.contacts, share: percent(holes.tiesAmongContacts / pairs, language) })}{' '}
          {t(holes.efficiency >= OPEN_EFFICIENCY ? 'insight.review.structureOpen' : 'insight.review.structureClosed')}
        </p>
      )}
      <Measured explain={['effectiveSize', 'efficiency', 'constraint']}>
        <table className="review-table">
          <caption>{t('review.structureCaption')}</caption>
          <ColumnHeads labels={[t('review.measure'), t('review.value'), t('review.meaning')]} />
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
      </Measured>
    </Fold>
  )
}
