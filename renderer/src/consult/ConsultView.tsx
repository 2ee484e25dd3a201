/**
 * "Whom should I consult about …?": a topic typed in either language, and the people to ask,
 * best first, each with why (what they know, how they differ from me and my advisors, our last
 * contact, who links us) and the way to reach them; my habit when I keep asking the same few.
 * Route parameter `topic` fills the field (from a person's page, the Overview or the palette).
 */
import { useDeferredValue, useId, useMemo, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { suggestAdvisors } from '../../../shared/analysis'
import { useNavigation } from '../core/navigation'
import { useGraph } from '../core/vault-context'
import { namesText, personName, reasonsText } from './consult-words'
import { useWording } from './use-wording'
import './consult.css'

const LIMIT = 5

export function ConsultView() {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const { route } = navigation
  const initial = route.view === 'consult' ? (route.params?.topic ?? '') : ''
  const [typed, setTyped] = useState(initial)
  const [topic, setTopic] = useState(initial)
  const deferredTopic = useDeferredValue(topic)
  const graph = useGraph()
  const wording = useWording()
  const [now] = useState(() => Date.now())
  const result = useMemo(() => (deferredTopic.trim() === '' ? null : suggestAdvisors(graph, deferredTopic, { now, limit: LIMIT })), [graph, deferredTopic, now])
  const inputId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTopic(typed)
  }
  const examples = t('consult.exampleTopics').split('|')
  const open = (id: string) => navigation.navigate({ view: 'person', params: { id } })

  return (
    <section className="view consult-view" aria-labelledby="consult-title">
      <h1 id="consult-title">{t('consult.title')}</h1>
      <p className="consult-intro">{t('consult.intro')}</p>
      <form className="consult-form" role="search" onSubmit={submit}>
        <label htmlFor={inputId}>{t('consult.topicLabel')}</label>
        <input id={inputId} type="search" value={typed} placeholder={t('consult.topicPlaceholder')} onChange={(event) => setTyped(event.target.value)} />
        <button type="submit">{t('consult.ask')}</button>
      </form>
      <p className="consult-examples">
        {t('consult.examples')}{' '}
        {examples.map((example) => (
          <button
            key={example}
            type="button"
            className="link-button consult-example"
            onClick={() => {
              setTyped(example)
              setTopic(example)
            }}
          >
            {example}
          </button>
        ))}
      </p>
      {graph.people.length === 0 ? (
        <p className="consult-empty" role="status">
          {t('consult.emptyVault')}
        </p>
      ) : result === null ? (
        <p className="hint">{t('consult.startHint')}</p>
      ) : (
        <div aria-live="polite" data-testid="consult-result" data-topic={result.topicId ?? ''}>
          {result.habit !== null && (
            <p className="consult-habit" role="note">
              {t('consult.habit', { count: result.habit.personIds.length, times: result.habit.consultations, names: namesText(result.habit.personIds, wording) })}
            </p>
          )}
          {result.suggestions.length === 0 ? (
            <div className="consult-empty">
              <p>{t('consult.nobody', { topic: result.query })}</p>
              <p className="hint">{t('consult.nobodyHint')}</p>
            </div>
          ) : (
            <>
              <p>{t('consult.found', { topic: result.query, count: result.candidates })}</p>
              <ol className="consult-list">
                {result.suggestions.map((suggestion) => (
                  <li key={suggestion.personId} className="consult-item" data-person={suggestion.personId}>
                    <button type="button" className="link-button consult-name" onClick={() => open(suggestion.personId)}>
                      {personName(suggestion.personId, wording)}
                    </button>
                    {suggestion.usualAdvisor && <span className="chip">{t('consult.usualAdvisor')}</span>}
                    <p className="consult-why">{reasonsText(suggestion.reasons, wording)}</p>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  )
}
