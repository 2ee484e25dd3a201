import { useTranslation } from 'react-i18next'
import type { MissingPerspective } from '../../../shared/analysis'
import type { Label } from '../../../shared/graph/taxonomy'
import { PersonLinks } from './PersonLinks'
import { categoryLabel, percent, uiLanguage } from './review-format'

interface Props {
  gaps: readonly MissingPerspective[]
  nameOf: (id: string) => string
  genders: readonly { id: string; label: Label }[]
}

/** Categories absent or rare among my advisors, each a sentence with the people who could bring it. */
export function MissingPerspectives({ gaps, nameOf, genders }: Props) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  return (
    <section aria-labelledby="review-missing" className="review-section">
      <h2 id="review-missing">{t('review.missingTitle')}</h2>
      {gaps.length === 0 ? (
        <p>{t('review.missingNone')}</p>
      ) : (
        <ul className="missing-list">
          {gaps.map((gap) => {
            const params = {
              category: categoryLabel(gap.dimension, gap.category, language, genders),
              dimension: t(`review.dimensionName.${gap.dimension}`),
              share: percent(gap.advisorShare, language),
            }
            const more = gap.candidateCount - gap.candidateIds.length
            return (
              <li key={`${gap.dimension}:${gap.category}`}>
                <p>{t(gap.status === 'absent' ? 'insight.review.missingAbsent' : 'insight.review.missingRare', params)}</p>
                {gap.candidateIds.length > 0 && (
                  <div className="missing-candidates">
                    <span className="muted">{t('insight.review.couldBring')}</span>
                    <PersonLinks ids={gap.candidateIds} nameOf={nameOf} label={t('insight.review.couldBring')} />
                    {more > 0 && <span className="muted">{t('review.moreCandidates', { names: '', count: more }).trim()}</span>}
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
