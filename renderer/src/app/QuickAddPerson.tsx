import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActions } from '../core/vault-context'

/** The one-field way to add someone: a name now, everything else later. */
export function QuickAddPerson() {
  const { t } = useTranslation()
  const actions = useActions()
  const [name, setName] = useState('')
  const inputId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return
    actions.addPerson(name)
    setName('')
  }
  return (
    <form className="quick-add" onSubmit={submit}>
      <label htmlFor={inputId}>{t('home.addPersonLabel')}</label>
      <input id={inputId} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <button type="submit" disabled={name.trim() === ''}>
        {t('home.addPerson')}
      </button>
    </form>
  )
}
