import { useTranslation } from 'react-i18next'
import type { MissingPerspective } from '../../../shared/analysis'
import type { Label } from '../../../shared/graph'
import { categoryLabel, percent, uiLanguage } from './review-format'

interface Props {
  gaps: readonly MissingPerspective[]
  nameOf: (id: string) => string
  genders: readonly { id: string; label: Label }[]
}

/** Categories absent or rare among my advisors, with the people who could bring them. */
export function MissingPerspectives({ gaps, nameOf, genders }: Props) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const separator = t('review.listSeparator')
  return (
    <section aria-labelledby="review-missing" className="review-section">
      <h2 id="review-missing">{t('review.missingTitle')}</h2>
      {gaps.length === 0 ? (
        <p>{t('review.missingNone')}</p>
      ) : (
        <table className="review-table">
          <caption>{t('review.missingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.dimension')}</th>
              <th scope="col">{t('review.category')}</th>
              <th scope="col">{t('review.amongAdvisors')}</th>
              <th scope="col">{t('review.candidates')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((gap) => {
              const names = gap.candidateIds.map(nameOf).join(separator)
              const more = gap.candidateCount - gap.candidateIds.length
              return (
                <tr key={`${gap.dimension}:${gap.category}`}>
                  <td>{t(`review.dimensionName.${gap.dimension}`)}</td>
                  <th scope="row">{categoryLabel(gap.dimension, gap.category, language, genders)}</th>
                  <td>{gap.status === 'absent' ? t('review.absent') : t('review.nearlyAbsent', { share: percent(gap.advisorShare, language) })}</td>
                  <td>{more > 0 ? t('review.moreCandidates', { names, count: more }) : names}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
