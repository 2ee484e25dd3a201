import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SyncNowReport, SyncStatus } from '../../../shared/sync'
import { DeviceList } from './DeviceList'
import { PairingPanel } from './PairingPanel'
import { useApi } from '../core/api-context'
import { useSyncStatus, useSyncStatusStore } from './sync-status-store'
import { useSyncAction } from './use-sync-action'
import { SyncActionError } from './SyncActionError'

/** Devices: this device, paired devices, pairing, the sync folder and "sync now". */
export function DevicesView() {
  const { t } = useTranslation()
  const status = useSyncStatus()
  if (!status) {
    return (
      <section className="view" aria-labelledby="devices-title">
        <h1 id="devices-title">{t('devices.title')}</h1>
        <p className="loading" role="status" aria-busy="true">
          {t('app.loading')}
        </p>
      </section>
    )
  }
  return (
    <section className="view devices-view" aria-labelledby="devices-title">
      <h1 id="devices-title">{t('devices.title')}</h1>
      <p className="lead">{t('devices.lead')}</p>
      <ThisDevice status={status} />
      <DeviceList devices={status.devices} />
      <PairingPanel pairing={status.pairing} />
      <SyncFolder status={status} />
    </section>
  )
}

function ThisDevice({ status }: { status: SyncStatus }) {
  const { t } = useTranslation()
  const { busy, error, run } = useSyncAction()
  const api = useApi()
  const { refresh: refreshSyncStatus } = useSyncStatusStore()
  const [report, setReport] = useState<SyncNowReport | null>(null)
  const canSync = status.devices.length > 0 || status.folder !== null
  return (
    <section className="devices-section" aria-labelledby="this-device-title">
      <h2 id="this-device-title">{t('devices.thisDevice')}</h2>
      <dl className="form-grid">
        <dt>{t('devices.name')}</dt>
        <dd>{status.device.name}</dd>
        <dt>{t('devices.fingerprint')}</dt>
        <dd>
          {status.device.fingerprint === '' ? <span className="muted">{t('devices.noFingerprintYet')}</span> : <code className="fingerprint">{status.device.fingerprint}</code>}
        </dd>
        <dt>{t('devices.network')}</dt>
        <dd>{status.listening ? t('devices.listening', { address: status.listening }) : t('devices.notListening')}</dd>
      </dl>
      <div className="devices-actions">
        <button
          type="button"
          disabled={busy || !canSync}
          onClick={() =>
            void run(
              () => api.sync.now(),
              (value) => {
                setReport(value)
                void refreshSyncStatus()
              },
            )
          }
        >
          {busy ? t('devices.syncing') : t('devices.syncNow')}
        </button>
      </div>
      {report && (
        <p role="status" className="muted">
          {t('devices.syncNowResult', { ok: report.devices.filter((d) => d.ok).length, total: report.devices.length })}
          {report.folderError ? ` ${t('devices.folder.failed', { reason: report.folderError })}` : ''}
        </p>
      )}
      <SyncActionError error={error} />
    </section>
  )
}

function SyncFolder({ status }: { status: SyncStatus }) {
  const { t, i18n } = useTranslation()
  const { busy, error, run } = useSyncAction()
  const api = useApi()
  const { accept: acceptSyncStatus } = useSyncStatusStore()
  const round = status.lastFolderRound
  return (
    <section className="devices-section" aria-labelledby="folder-title">
      <h2 id="folder-title">{t('devices.folder.title')}</h2>
      <p className="muted">{t('devices.folder.lead')}</p>
      <p>{status.folder ? <code className="sync-folder-path">{status.folder}</code> : t('devices.folder.none')}</p>
      {round && status.folder && (
        <p className="muted">
          {t('devices.folder.last', { when: new Date(round.at).toLocaleString(i18n.language), applied: round.applied })}
          {round.problems.length > 0 ? ` ${t('devices.folder.problems', { count: round.problems.length })}` : ''}
        </p>
      )}
      <div className="devices-actions">
        <button type="button" disabled={busy} onClick={() => void run(() => api.sync.chooseFolder(), acceptSyncStatus)}>
          {status.folder ? t('devices.folder.change') : t('devices.folder.choose')}
        </button>
        {status.folder && (
          <button type="button" disabled={busy} onClick={() => void run(() => api.sync.clearFolder(), acceptSyncStatus)}>
            {t('devices.folder.clear')}
          </button>
        )}
      </div>
      <SyncActionError error={error} />
    </section>
  )
}
