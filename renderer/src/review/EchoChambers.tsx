import { useTranslation } from 'react-i18next'
import type { EchoChamber } from '../../../shared/analysis'
import type { Label } from '../../../shared/graph'
import { useChamberNames } from './chamber-names'
import { Fold } from './Fold'
import { Measured } from './Measured'
import { PersonLinks } from '../components/PersonLinks'
import { categoryLabel, decimal, percent, uiLanguage } from './review-format'
import { ColumnHeads } from '../components/ColumnHeads'

interface Props {
  chambers: readonly EchoChamber[]
  nameOf: (id: string) => string
  genders: readonly { id: string; label: Label }[]
}

/**
 * Flagged circles, each under its one name: why in a sentence, how much of my advice sits in it,
 * its members and who could widen it; the measures behind the verdict in "How is this measured?".
 */
export function EchoChambers({ chambers, nameOf, genders }: Props) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const names = useChamberNames(chambers)
  const separator = t('review.listSeparator')
  const dimensionList = (dimensions: readonly string[]) => [...new Set(dimensions.map((d) => t(`review.dimensionInline.${d}`)))].join(separator)
  return (
    <Fold id="review-echo" title={t('review.echoTitle')}>
      {chambers.length === 0 && <p>{t('review.echoNone')}</p>}
      {chambers.map((chamber) => {
        const { reason } = chamber
        const headingId = `review-echo-${chamber.circle}`
        return (
          <article key={chamber.circle} aria-labelledby={headingId} className="review-echo" data-testid="echo-chamber">
            <h3 id={headingId}>{names.get(chamber.circle)}</h3>
            <p className="review-reason">
              {t('insight.review.chamberSentence', {
                count: chamber.memberIds.length,
                dimensions: dimensionList(reason.homogeneous.map((h) => h.dimension)),
                inside: percent((1 - reason.groupEi) / 2, language),
              })}
            </p>
            {reason.advisorShare !== null && reason.advisorShare > 0 && <p>{t('review.echoAdvisorShare', { share: percent(reason.advisorShare, language) })}</p>}
            {reason.consultationShare !== null && reason.consultationShare > 0 && (
              <p>{t('review.echoConsultationShare', { share: percent(reason.consultationShare, language) })}</p>
            )}
            <h4>{t('insight.review.members')}</h4>
            <PersonLinks ids={chamber.memberIds} nameOf={nameOf} label={t('insight.review.members')} />
            <h4>{t('insight.review.whoWidens')}</h4>
            {chamber.bridges.length === 0 ? (
              <p>{t('review.noBridges')}</p>
            ) : (
              <ul aria-label={t('insight.review.whoWidens')} className="review-bridges">
                {chamber.bridges.map((bridge) => (
                  <li key={bridge.personId}>
                    {t('insight.review.bridge', { name: nameOf(bridge.personId), dimensions: dimensionList(bridge.differsOn), via: nameOf(bridge.viaPersonId) })}
                  </li>
                ))}
              </ul>
            )}
            <Measured explain={['density', 'ei', 'iqv']}>
              <table className="review-table">
                <caption>{t('review.uniformCaption')}</caption>
                <ColumnHeads labels={[t('review.dimension'), t('review.mostCommon'), t('review.share'), t('review.iqv')]} />
                <tbody>
                  {reason.homogeneous.map((h) => (
                    <tr key={h.dimension}>
                      <th scope="row">{t(`review.dimensionName.${h.dimension}`)}</th>
                      <td>{categoryLabel(h.dimension, h.dominantCategory, language, genders)}</td>
                      <td>{percent(h.dominantShare, language)}</td>
                      <td>{decimal(h.iqv, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>
                {t('echo.density')}: {decimal(reason.density, language)} · {t('echo.inward')}: {decimal(reason.groupEi, language)}
              </p>
            </Measured>
          </article>
        )
      })}
    </Fold>
  )
}
