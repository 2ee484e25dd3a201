/**
 * The user's own gender list (Settings): everyone keeps the words they use. Entries can be added
 * and hidden, never deleted, because people who have one keep it; a hidden entry is no longer
 * offered for new choices. Each write is one undoable step, like any edit.
 */
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useGenders, useActions } from '../core/vault-context'
import { labelIn, problemText, useUiLanguage } from '../components/labels'
import { attempt, type WriteProblem } from '../vault/write-problem'

export function GenderListSection() {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const genders = useGenders()
  const actions = useActions()
  const [en, setEn] = useState('')
  const [ja, setJa] = useState('')
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const [added, setAdded] = useState<string | null>(null)
  const enId = useId()
  const jaId = useId()
  const problemId = useId()

  const add = (e: FormEvent) => {
    e.preventDefault()
    // One language is enough: the other shows the same words until the user changes them.
    const label = { en: en.trim() || ja.trim(), ja: ja.trim() || en.trim() }
    if (label.en === '') return
    const taken = genders.some((g) => g.label.en.toLowerCase() === label.en.toLowerCase() || g.label.ja === label.ja)
    if (taken) {
      setProblem({ code: 'duplicate-id', path: ['label'], message: 'already in the list' })
      return
    }
    const failed = attempt(() => actions.setGender({ label }))
    setProblem(failed)
    if (failed === null) {
      setAdded(labelIn(label, language))
      setEn('')
      setJa('')
    }
  }

  return (
    <section className="form-section" aria-labelledby="genders-title">
      <h2 id="genders-title">{t('genders.title')}</h2>
      <p className="hint">{t('genders.lead')}</p>
      <ul className="gender-list">
        {genders.map((g) => (
          <li key={g.id} className={g.hidden ? 'muted' : undefined}>
            <span lang={language}>{labelIn(g.label, language)}</span>
            {g.label.en !== g.label.ja && <span className="hint"> ({language === 'ja' ? g.label.en : g.label.ja})</span>}
            {g.hidden && <span className="hint"> · {t('genders.hiddenNote')}</span>}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t(g.hidden ? 'genders.showNamed' : 'genders.hideNamed', { name: labelIn(g.label, language) })}
              onClick={() => actions.setGenderHidden(g.id, !g.hidden)}
            >
              {t(g.hidden ? 'genders.show' : 'genders.hide')}
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={add} aria-label={t('genders.addLabel')}>
        <label htmlFor={enId}>{t('genders.english')}</label>
        <input id={enId} value={en} maxLength={100} onChange={(e) => setEn(e.target.value)} aria-describedby={problem ? problemId : undefined} />
        <label htmlFor={jaId}>{t('genders.japanese')}</label>
        <input id={jaId} value={ja} maxLength={100} lang="ja" onChange={(e) => setJa(e.target.value)} aria-describedby={problem ? problemId : undefined} />
        <button type="submit" disabled={en.trim() === '' && ja.trim() === ''}>
          {t('genders.add')}
        </button>
      </form>
      {problem !== null && (
        <p id={problemId} role="alert" className="field-error">
          {problem.code === 'duplicate-id' ? t('genders.taken') : problemText(t, problem)}
        </p>
      )}
      {added !== null && problem === null && (
        <p role="status" className="hint">
          {t('genders.added', { name: added })}
        </p>
      )}
    </section>
  )
}
