import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person, PersonId } from '../../../shared/graph'
import { PersonPicker } from '../components/PersonPicker'
import { useActions, usePeople } from '../core/vault-context'

/** The person page's "Merge with…": pick someone, and they are merged into this person (undoable). */
export function MergePersonSection({ person }: { person: Person }) {
  const { t } = useTranslation()
  const actions = useActions()
  const people = usePeople()
  const [open, setOpen] = useState(false)
  const [other, setOther] = useState<PersonId | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  if (!open) {
    return (
      <div className="merge-person">
        {message && <p role="status">{message}</p>}
        <button type="button" onClick={() => setOpen(true)}>
          {t('io.mergeWith')}
        </button>
      </div>
    )
  }
  const merge = async () => {
    if (other === null) return
    const otherName = people.find((p) => p.id === other)?.name ?? other
    try {
      await actions.mergePeople(person.id, other)
      setMessage(t('io.merged', { other: otherName, name: person.name }))
    } catch (error) {
      setMessage(t('io.error', { message: error instanceof Error ? error.message : String(error) }))
    }
    setOpen(false)
    setOther(null)
  }
  return (
    <section className="form-section merge-person" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('io.mergeTitle', { name: person.name })}</h2>
      <p>{t('io.mergeHelp')}</p>
      <PersonPicker label={t('io.mergePick')} value={other} onChange={setOther} exclude={new Set([person.id])} />
      <div className="button-row">
        <button type="button" className="primary" disabled={other === null} onClick={() => void merge()}>
          {t('io.mergeConfirm')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('io.cancel')}
        </button>
      </div>
    </section>
  )
}
