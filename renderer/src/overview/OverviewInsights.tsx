/**
 * The Overview's answer to the essay's question (質の高い人脈を作れていますか?): the four properties
 * as plain sentences with a score each, a one-line reading of my advisors, my echo chamber with one
 * next step, what is due today and recent activity, every name a link. Before the essentials exist
 * (me, people, advisors, a consultation) it leads with the short path to them (StartPath).
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { summarizeAdvisors } from '../../../shared/analysis'
import { useAnalysis } from '../analysis'
import { useNavigation } from '../core/navigation'
import { useDateFormat } from '../components/format-date'
import { ConsultLink } from '../consult'
import { useGenders, useGraph } from '../core/vault-context'
import { useChamberNames } from '../review'
import { advisorReading, propertyFinding } from '../review'
import { percent, uiLanguage } from '../review'
import { FadingTies, useToday } from '../workflow'
import { ScoreMeter } from './ScoreMeter'
import { StartPath, startSteps } from './StartPath'

const DUE_SHOWN = 5
const RECENT_SHOWN = 5
const FADING_SHOWN = 5
/** Beyond this, a count of days says less than "over a year". */
const LONG_OVERDUE_DAYS = 365

export function OverviewInsights() {
  const { t, i18n } = useTranslation()
  const format = useDateFormat()
  const language = uiLanguage(i18n.language)
  const navigation = useNavigation()
  const snapshot = useGraph()
  const genders = useGenders()
  const { report } = useAnalysis()
  const { plan } = useToday()
  const chamberNames = useChamberNames(report?.echoChambers)
  const steps = startSteps(snapshot)
  const year = new Date().getFullYear()
  const names = useMemo(() => new Map(snapshot.people.map((person) => [person.id, person.name])), [snapshot.people])
  const advisors = useMemo(() => snapshot.people.filter((person) => person.roles.includes('advisor')), [snapshot.people])
  const summary = useMemo(() => summarizeAdvisors(advisors, year), [advisors, year])
  const open = (id: string) => navigation.navigate({ view: 'person', params: { id } })
  const link = (id: string) => (
    <button key={id} type="button" className="link-button" onClick={() => open(id)}>
      {names.get(id) ?? id}
    </button>
  )
  const recent = useMemo(() => [...snapshot.interactions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, RECENT_SHOWN), [snapshot.interactions])
  if (snapshot.people.length === 0) return <StartPath steps={steps} />
  const chamber = report?.echoChambers[0]
  const due = [...plan.followUps, ...plan.now, ...plan.groups.flatMap((group) => group.items)].filter((item) => item.daysOverdue >= 0)
  const [before, after] = chamber?.bridges[0] ? t('insight.overview.chamberNext', { name: '\u0000' }).split('\u0000') : ['', '']
  return (
    <>
      {steps.some((step) => !step.done) && <StartPath steps={steps} />}
      <section aria-labelledby="overview-quality" className="overview-section" aria-busy={!report}>
        <h2 id="overview-quality">{t('insight.overview.question')}</h2>
        {!report ? (
          <p role="status" className="muted">
            {t('insight.overview.computing')}
          </p>
        ) : (
          <ul className="overview-properties">
            {report.quality.map((property) => (
              <li key={property.property} className="overview-property">
                <h3>{t(`review.property.${property.property}`)}</h3>
                <ScoreMeter score={property.score} label={t(`review.property.${property.property}`)} />
                <p>{propertyFinding(property, t, language)}</p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'review' })}>
            {t('insight.overview.seeReview')}
          </button>
        </p>
      </section>
      <section aria-labelledby="overview-advisors" className="overview-section">
        <h2 id="overview-advisors">{t('insight.overview.advisorsTitle')}</h2>
        <p className="overview-advisors">{advisorReading(summary, t, language, genders)}</p>
        {snapshot.people.length > 0 && (
          <p>
            <ConsultLink />
          </p>
        )}
        {report && chamber ? (
          <div className="overview-chamber" data-testid="overview-chamber">
            <p>
              <strong className="chamber-name">{chamberNames.get(chamber.circle)}</strong>
              {': '}
              {chamber.reason.advisorShare !== null && chamber.reason.advisorShare > 0
                ? t('insight.overview.chamberAdvisors', { share: percent(chamber.reason.advisorShare, language) })
                : t('insight.overview.chamberPlain')}{' '}
              <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'echo-chambers' })}>
                {t('insight.overview.chamberMore')}
              </button>
            </p>
            {chamber.bridges[0] && (
              <p>
                {before}
                {link(chamber.bridges[0].personId)}
                {after}
              </p>
            )}
          </div>
        ) : (
          report && <p className="muted">{t('insight.overview.noChamber')}</p>
        )}
      </section>
      <FadingTies limit={FADING_SHOWN} showEmpty />
      <div className="overview-columns">
        <section aria-labelledby="overview-due" className="overview-section">
          <h2 id="overview-due">{t('insight.overview.dueTitle')}</h2>
          {due.length === 0 ? (
            <p className="muted">{t('insight.overview.dueNone')}</p>
          ) : (
            <ul className="overview-list">
              {due.slice(0, DUE_SHOWN).map((item) => (
                <li key={item.id}>
                  {link(item.personId)}{' '}
                  <span className="muted">
                    {item.reason.code === 'follow-up'
                      ? t('workflow.today.followUp', { event: item.reason.eventName, date: format.day(item.reason.metOn) })
                      : t('insight.overview.keepInTouch')}
                    {' · '}
                    {item.daysOverdue > LONG_OVERDUE_DAYS
                      ? t('insight.overview.longOverdue')
                      : item.daysOverdue > 0
                        ? t('workflow.today.overdue', { count: item.daysOverdue, date: format.day(item.dueOn) })
                        : t('workflow.today.dueToday')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {due.length > DUE_SHOWN && (
            <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'today' })}>
              {t('insight.overview.dueMore', { count: due.length - DUE_SHOWN })}
            </button>
          )}
        </section>
        <section aria-labelledby="overview-activity" className="overview-section">
          <h2 id="overview-activity">{t('insight.overview.activityTitle')}</h2>
          {recent.length === 0 ? (
            <p className="muted">{t('insight.overview.activityNone')}</p>
          ) : (
            <ul className="overview-list">
              {recent.map((interaction) => (
                <li key={interaction.id}>
                  <span className="muted">{interaction.date}</span> {t(`workflow.kinds.${interaction.kind}`)}
                  {': '}
                  {interaction.personIds.slice(0, 3).map((id, i) => (
                    <span key={id}>
                      {i > 0 && t('review.listSeparator')}
                      {link(id)}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  )
}
