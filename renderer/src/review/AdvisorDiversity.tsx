import { useTranslation } from 'react-i18next'
import { DIMENSIONS } from '../../../shared/analysis'
import type { GroupProfile } from '../../../shared/analysis'
import { CONCENTRATED_VALUES, decimal, diversityReading, integer, uiLanguage } from './review-format'

/** My advisors' diversity per dimension: the standard indices and what they mean in words. */
export function AdvisorDiversity({ profile }: { profile: GroupProfile }) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const { ageSpread, circumplex } = profile
  return (
    <section aria-labelledby="review-diversity" className="review-section">
      <h2 id="review-diversity">{t('review.diversityTitle')}</h2>
      {profile.size === 0 ? (
        <p>{t('review.noAdvisors')}</p>
      ) : (
        <>
          <table className="review-table">
            <caption>{t('review.diversityCaption', { count: profile.size })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.dimension')}</th>
                <th scope="col">{t('review.known')}</th>
                <th scope="col">{t('review.unknown')}</th>
                <th scope="col">{t('review.richness')}</th>
                <th scope="col">{t('review.iqv')}</th>
                <th scope="col">{t('review.entropy')}</th>
                <th scope="col">{t('review.reading')}</th>
              </tr>
            </thead>
            <tbody>
              {DIMENSIONS.map((dimension) => {
                const d = profile.diversity[dimension]
                return (
                  <tr key={dimension}>
                    <th scope="row">{t(`review.dimensionName.${dimension}`)}</th>
                    <td>{integer(d.n, language)}</td>
                    <td>{integer(d.missing, language)}</td>
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
        </>
      )}
    </section>
  )
}
