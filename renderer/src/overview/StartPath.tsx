/**
 * The newcomer's short, checkable path: fill in me (diversity is measured against me), bring people
 * in, mark who I consult, log a consultation. Each step is checked from the vault itself, so it
 * ticks as soon as it is done, on whichever screen.
 */
import { useTranslation } from 'react-i18next'
import type { GraphSnapshot } from '../../../shared/graph'
import { useNavigation } from '../core/navigation'

export interface StartStep {
  id: 'me' | 'people' | 'advisors' | 'consultation'
  done: boolean
  view: 'me' | 'import' | 'people' | 'ledger'
}

export function startSteps(snapshot: GraphSnapshot): StartStep[] {
  const me = snapshot.me
  return [
    { id: 'me', done: me.gender !== null && (me.ageBand !== null || me.birthYear !== null) && me.values.length > 0, view: 'me' },
    { id: 'people', done: snapshot.people.length > 0, view: 'import' },
    { id: 'advisors', done: snapshot.people.some((person) => person.roles.includes('advisor')), view: 'people' },
    { id: 'consultation', done: snapshot.interactions.some((interaction) => interaction.kind === 'consulted-them'), view: 'ledger' },
  ]
}

export function StartPath({ steps }: { steps: readonly StartStep[] }) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const done = steps.filter((step) => step.done).length
  return (
    <section aria-labelledby="start-path" className="overview-section start-path">
      <h2 id="start-path">{t('insight.start.title')}</h2>
      <p className="muted">{t('insight.start.lead', { done, count: steps.length })}</p>
      <ol>
        {steps.map((step) => (
          <li key={step.id} data-done={step.done}>
            <span className="start-check" aria-hidden="true">
              {step.done ? '✓' : ''}
            </span>
            <span className="start-text">
              <strong>{t(`insight.start.${step.id}.title`)}</strong>
              <span className="muted">{t(`insight.start.${step.id}.why`)}</span>
            </span>
            {step.done ? (
              <span className="visually-hidden">{t('insight.start.done')}</span>
            ) : (
              <button type="button" onClick={() => navigation.navigate({ view: step.view })}>
                {t(`insight.start.${step.id}.action`)}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
