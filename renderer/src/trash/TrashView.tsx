import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../components/ConfirmDialog'
import type { Person } from '../../../shared/graph'
import { useActions, useTrash } from '../core/vault-context'
import { formatInstant } from '../components/format-date'

/** People in the trash: restore them, or delete them forever after a confirmation. */
export function TrashView() {
  const { t, i18n } = useTranslation()
  const trash = useTrash()
  const actions = useActions()
  const [confirming, setConfirming] = useState<Person | null>(null)
  const date = (ms: number) => formatInstant(ms, i18n.language)
  return (
    <section className="view" aria-labelledby="trash-title">
      <h1 id="trash-title">{t('trash.title')}</h1>
      <p className="lead">{t('trash.lead')}</p>
      {trash.length === 0 ? (
        <p className="empty-state">{t('trash.empty')}</p>
      ) : (
        <ul className="trash-list" aria-label={t('trash.title')}>
          {trash.map((p) => (
            <li key={p.id} className="trash-row">
              <span className="trash-name">{p.name}</span>
              <span className="muted">{t('trash.deletedOn', { date: date(p.deletedAt ?? 0) })}</span>
              <button type="button" onClick={() => actions.restorePerson(p.id)}>
                {t('trash.restore', { name: p.name })}
              </button>
              <button type="button" className="danger" onClick={() => setConfirming(p)}>
                {t('trash.purge', { name: p.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('trash.confirmTitle', { name: confirming.name })}
          body={t('trash.confirmBody')}
          cancelLabel={t('trash.cancel')}
          confirmLabel={t('trash.confirm')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            actions.purgePerson(confirming.id)
            setConfirming(null)
          }}
        />
      )}
    </section>
  )
}
