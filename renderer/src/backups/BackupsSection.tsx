import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry, ExportFormatName } from '../../../shared/ipc'
import type { VaultSummary } from '../../../shared/io'
import { useApi } from '../core/api-context'
import { useVaultStore } from '../core/vault-context'
import { ColumnHeads } from '../components/ColumnHeads'

const NETWORK_FORMATS: { format: ExportFormatName; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'vcard', label: 'vCard' },
  { format: 'gexf', label: 'GEXF (Gephi)' },
  { format: 'graphml', label: 'GraphML' },
  { format: 'egor', label: 'egor (R)' },
]

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The state kept by this window's last restore, per vault: "Restore back" survives leaving Settings. */
const keptByLastRestore = new Map<string, BackupEntry>()

/** Settings: the rotating snapshots (preview, restore, restore back) and every export. */
export function BackupsSection() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const vault = useVaultStore().vault
  const [backups, setBackups] = useState<BackupEntry[]>([])
  const [open, setOpen] = useState<{ id: string; summary: VaultSummary } | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [restoredFrom, setRestoredFromState] = useState<BackupEntry | null>(() => keptByLastRestore.get(vault) ?? null)
  const setRestoredFrom = (entry: BackupEntry | null) => {
    if (entry === null) keptByLastRestore.delete(vault)
    else keptByLastRestore.set(vault, entry)
    setRestoredFromState(entry)
  }
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language)

  // Bumped after a restore (which adds a backup) to list the backups again.
  const [listed, setListed] = useState(0)
  const refresh = useCallback(() => setListed((n) => n + 1), [])
  useEffect(() => {
    let live = true
    void api.backups.list({ vault }).then((result) => {
      if (!live) return
      if (result.ok) setBackups(result.value)
      else setMessage(t('io.error', { message: result.error.message }))
    })
    return () => {
      live = false
    }
  }, [api, vault, t, listed])

  const preview = async (id: string) => {
    const read = await api.backups.read({ vault, id })
    if (read.ok) setOpen({ id, summary: read.value })
    else setMessage(t('io.error', { message: read.error.message }))
  }
  const restore = async (id: string, back = false) => {
    const done = await api.backups.restore({ vault, id })
    if (!done.ok) return setMessage(t('io.error', { message: done.error.message }))
    setOpen(null)
    setRestoredFrom(back ? null : done.value.keptAs)
    setMessage(t('io.backupRestored', { date: date(done.value.keptAs.takenAt) }))
    refresh()
  }
  const exportAs = async (format: ExportFormatName) => {
    const saved = await api.io.export({ vault, format })
    if (!saved.ok) setMessage(t('io.error', { message: saved.error.message }))
    else if (saved.value !== null) setMessage(t('io.exported', { paths: saved.value.paths.join(', ') }))
  }

  return (
    <>
      <section className="form-section" aria-labelledby="backups-title">
        <h2 id="backups-title">{t('io.backupsTitle')}</h2>
        <p>{t('io.backupsLead')}</p>
        {message && <p role="status">{message}</p>}
        {restoredFrom && (
          <button type="button" onClick={() => void restore(restoredFrom.id, true)}>
            {t('io.backupRestoreBack')}
          </button>
        )}
        {backups.length === 0 ? (
          <p>{t('io.backupsEmpty')}</p>
        ) : (
          <table className="backups-table">
            <ColumnHeads labels={[t('io.backupTaken'), t('io.backupSize'), '']} />
            <tbody>
              {backups.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{date(b.takenAt)}</th>
                  <td>{formatSize(b.size)}</td>
                  <td>
                    <button type="button" aria-label={`${t('io.backupPreview')}: ${date(b.takenAt)}`} onClick={() => void preview(b.id)}>
                      {t('io.backupPreview')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {open && (
          <div className="backup-preview" role="region" aria-label={t('io.backupPreview')}>
            <p>{t('io.backupContains', { people: open.summary.people, ties: open.summary.ties, records: open.summary.records, trash: open.summary.trash })}</p>
            <ul className="backup-names">
              {open.summary.names.map((name, i) => (
                <li key={i}>{name}</li>
              ))}
            </ul>
            <button type="button" className="primary" onClick={() => void restore(open.id)}>
              {t('io.backupRestore')}
            </button>
          </div>
        )}
      </section>
      <section className="form-section" aria-labelledby="export-title">
        <h2 id="export-title">{t('io.exportTitle')}</h2>
        <p>{t('io.exportLead')}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => void exportAs('json')}>
            {t('io.exportEverything')}
          </button>
          {NETWORK_FORMATS.map(({ format, label }) => (
            <button key={format} type="button" onClick={() => void exportAs(format)}>
              {t('io.exportAs', { format: label })}
            </button>
          ))}
        </div>
      </section>
    </>
  )
}
