import { useTranslation } from 'react-i18next'
import type { EchoChamber } from '../../../shared/analysis'
import type { Label } from '../../../shared/graph'
import { categoryLabel, decimal, percent, uiLanguage } from './review-format'

interface Props {
  chambers: readonly EchoChamber[]
  nameOf: (id: string) => string
  genders: readonly { id: string; label: Label }[]
}

/** Names shown for a circle's members before "and N more". */
const MEMBERS_SHOWN = 8

/** Flagged circles: the reason in words (built from the structured reason), shares, bridges. */
export function EchoChambers({ chambers, nameOf, genders }: Props) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  const separator = t('review.listSeparator')
  const dimensionList = (dimensions: readonly string[]) => [...new Set(dimensions.map((d) => t(`review.dimensionInline.${d}`)))].join(separator)
  return (
    <section aria-labelledby="review-echo" className="review-section">
      <h2 id="review-echo">{t('review.echoTitle')}</h2>
      {chambers.length === 0 && <p>{t('review.echoNone')}</p>}
      {chambers.map((chamber) => {
        const { reason } = chamber
        const headingId = `review-echo-${chamber.community}`
        const names = chamber.memberIds.map(nameOf)
        const shown = names.slice(0, MEMBERS_SHOWN).join(separator)
        return (
          <article key={chamber.community} aria-labelledby={headingId} className="review-echo" data-testid="echo-chamber">
            <h3 id={headingId}>{t('review.echoHeading', { count: chamber.memberIds.length })}</h3>
            <p className="review-reason">
              {t('review.echoReason', {
                density: decimal(reason.density, language),
                dimensions: dimensionList(reason.homogeneous.map((h) => h.dimension)),
                inside: percent((1 - reason.groupEi) / 2, language),
              })}
            </p>
            {reason.advisorShare !== null && reason.advisorShare > 0 && <p>{t('review.echoAdvisorShare', { share: percent(reason.advisorShare, language) })}</p>}
            {reason.consultationShare !== null && reason.consultationShare > 0 && (
              <p>{t('review.echoConsultationShare', { share: percent(reason.consultationShare, language) })}</p>
            )}
            <p>
              {t('review.echoMembers', {
                names: names.length > MEMBERS_SHOWN ? t('review.moreCandidates', { names: shown, count: names.length - MEMBERS_SHOWN }) : shown,
              })}
            </p>
            <table className="review-table">
              <caption>{t('review.uniformCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.dimension')}</th>
                  <th scope="col">{t('review.mostCommon')}</th>
                  <th scope="col">{t('review.share')}</th>
                  <th scope="col">{t('review.iqv')}</th>
                </tr>
              </thead>
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
            <h4>{t('review.bridgesTitle')}</h4>
            {chamber.bridges.length === 0 ? (
              <p>{t('review.noBridges')}</p>
            ) : (
              <ul aria-label={t('review.bridgesTitle')} className="review-bridges">
                {chamber.bridges.map((bridge) => (
                  <li key={bridge.personId}>
                    {t('review.bridge', { name: nameOf(bridge.personId), dimensions: dimensionList(bridge.differsOn), via: nameOf(bridge.viaPersonId) })}
                  </li>
                ))}
              </ul>
            )}
          </article>
        )
      })}
    </section>
  )
}
