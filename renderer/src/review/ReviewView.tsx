/**
 * The network-quality review: the essay's four properties, echo chambers, missing perspectives,
 * advisor diversity and my structural position, from the report that `useAnalysis()` computes in
 * a worker. Each part leads with sentences; index names and numbers are behind "How is this
 * measured?"; every section folds.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useAnalysis } from '../analysis'
import { NetworkEmpty } from '../network'
import { useGenders, usePeople } from '../core/vault-context'
import { AdvisorDiversity } from './AdvisorDiversity'
import { EchoChambers } from './EchoChambers'
import { MissingPerspectives } from './MissingPerspectives'
import { QualityReview } from './QualityReview'
import { nameLookup } from './review-format'
import { StructuralPosition } from './StructuralPosition'

export function ReviewView() {
  const { t } = useTranslation()
  const { report, status, error, retry } = useAnalysis()
  const people = usePeople()
  const genders = useGenders()
  const nameOf = useMemo(() => nameLookup(people), [people])
  const advisors = useMemo(() => people.filter((person) => person.roles.includes('advisor')), [people])
  return (
    <section aria-labelledby="review-title" className="view review" aria-busy={status === 'computing'}>
      <h1 id="review-title">{t('review.title')}</h1>
      <p>{t('review.lead')}</p>
      <p role="status" className="review-status">
        {status === 'computing' ? t('review.computing') : status === 'error' ? t('review.failed', { message: error ?? '' }) : status === 'ready' ? t('review.ready') : ''}
        {status === 'error' && (
          <button type="button" onClick={retry}>
            {t('app.retry')}
          </button>
        )}
      </p>
      {people.length === 0 && (
        <>
          <p>{t('review.empty')}</p>
          <NetworkEmpty />
        </>
      )}
      {report !== null && report.parameters.people > 0 && (
        <>
          <QualityReview quality={report.quality} />
          <EchoChambers chambers={report.echoChambers} nameOf={nameOf} genders={genders} />
          <MissingPerspectives gaps={report.missingPerspectives} nameOf={nameOf} genders={genders} />
          <AdvisorDiversity profile={report.advisors.profile} advisors={advisors} genders={genders} year={new Date(report.parameters.now).getUTCFullYear()} />
          <StructuralPosition holes={report.structuralHoles} />
        </>
      )}
    </section>
  )
}
