import { useTranslation } from 'react-i18next'
import type { MissingPerspective } from '../../../shared/analysis'
import type { Label } from '../../../shared/graph'
import { Fold } from './Fold'
import { traitWord } from './chamber-names'
import { PersonLinks } from '../components/PersonLinks'
import { categoryLabel, percent, uiLanguage } from './review-format'

interface Props {
  gaps: readonly MissingPerspective[]
  nameOf: (id: string) => string
  genders: readonly { id: string; label: Label }[]
}

/** Gaps shown before "N more missing perspectives" (folded): a long list is a wall. */
const SHOWN = 5

/** Categories absent or rare among my advisors, each a sentence with the people who could bring it. */
export function MissingPerspectives({ gaps, nameOf, genders }: Props) {
  const { t } = useTranslation()
  return (
    <Fold id="review-missing" title={t('review.missingTitle')}>
      {gaps.length === 0 ? (
        <p>{t('review.missingNone')}</p>
      ) : (
        <>
          <GapList gaps={gaps.slice(0, SHOWN)} nameOf={nameOf} genders={genders} />
          {gaps.length > SHOWN && (
            <details className="table-alternative">
              <summary>{t('insight.review.missingMore', { count: gaps.length - SHOWN })}</summary>
              <GapList gaps={gaps.slice(SHOWN)} nameOf={nameOf} genders={genders} />
            </details>
          )}
        </>
      )}
    </Fold>
  )
}

function GapList({ gaps, nameOf, genders }: Props) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  return (
    <ul className="missing-list">
      {gaps.map((gap) => {
        const phrase = t(`insight.phraseOf.${gap.dimension}.${gap.category}`, { defaultValue: '' })
        const params = {
          category:
            phrase !== ''
              ? phrase
              : traitWord({ dimension: gap.dimension, category: gap.category }, t, language, genders) || categoryLabel(gap.dimension, gap.category, language, genders),
          share: percent(gap.advisorShare, language),
        }
        const more = gap.candidateCount - gap.candidateIds.length
        return (
          <li key={`${gap.dimension}:${gap.category}`}>
            <p>{t(`insight.review.${gap.status === 'absent' ? 'missingAbsent' : 'missingRare'}.${gap.dimension}`, params)}</p>
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
  )
}
