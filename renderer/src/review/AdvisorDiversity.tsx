import { useTranslation } from 'react-i18next'
import type { GroupProfile } from '../../../shared/analysis'
import type { Label } from '../../../shared/graph'
import type { Person } from '../../../shared/graph'
import { DASHBOARD_DIMENSIONS, distributionOf } from '../dashboard'
import { traitWord } from './chamber-names'
import { Fold } from './Fold'
import { Measured } from './Measured'
import { spreadSentence } from './readings'
import { CONCENTRATED_VALUES, decimal, diversityReading, integer, uiLanguage } from './review-format'
import { ColumnHeads } from '../components/ColumnHeads'

interface Props {
  profile: GroupProfile
  advisors: readonly Person[]
  genders: readonly { id: string; label: Label }[]
  year: number
}

/**
 * How different my advisors are, one sentence per dimension ("Gender: mostly men (7 of 8)"),
 * saying so when there are too few to tell; the indices behind them in "How is this measured?".
 */
export function AdvisorDiversity({ profile, advisors, genders, year }: Props) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const { ageSpread, circumplex } = profile
  return (
    <Fold id="review-diversity" title={t('insight.review.spreadTitle')}>
      {profile.size === 0 ? (
        <p>{t('review.noAdvisors')}</p>
      ) : (
        <>
          <ul className="spread-list">
            {DASHBOARD_DIMENSIONS.map((dimension) => {
              const distribution = distributionOf(advisors, dimension, genders, year)
              const label = (category: string) => traitWord({ dimension, category }, t, language, genders)
              return <li key={dimension}>{spreadSentence(t(`review.dimensionName.${dimension}`), { ...distribution, iqv: profile.diversity[dimension].iqv }, label, t)}</li>
            })}
          </ul>
          <Measured explain={['iqv', 'entropy', 'resultant']}>
            <table className="review-table">
              <caption>{t('review.diversityCaption', { count: profile.size })}</caption>
              <ColumnHeads labels={[t('review.dimension'), t('review.known'), t('review.richness'), t('review.iqv'), t('review.entropy'), t('review.reading')]} />
              <tbody>
                {DASHBOARD_DIMENSIONS.map((dimension) => {
                  const d = profile.diversity[dimension]
                  return (
                    <tr key={dimension}>
                      <th scope="row">{t(`review.dimensionName.${dimension}`)}</th>
                      <td>{integer(d.n, language)}</td>
                      <td>{d.richness}</td>
                      <td>{d.n === 0 ? '–' : decimal(d.iqv, language)}</td>
                      <td>{d.n === 0 ? '–' : decimal(d.normalizedEntropy, language)}</td>
                      <td>{t(`review.${diversityReading(d.n, d.iqv)}`)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            {ageSpread.meanAge !== null && ageSpread.standardDeviation !== null && (
              <p>{t('review.ageSpread', { mean: decimal(ageSpread.meanAge, language, 0), sd: decimal(ageSpread.standardDeviation, language, 1), n: ageSpread.n })}</p>
            )}
            {circumplex.meanResultantLength !== null && (
              <p>
                {t('review.circumplex', {
                  reading: t(circumplex.meanResultantLength > CONCENTRATED_VALUES ? 'review.circumplexNarrow' : 'review.circumplexWide'),
                  r: decimal(circumplex.meanResultantLength, language),
                })}
              </p>
            )}
          </Measured>
        </>
      )}
    </Fold>
  )
}
