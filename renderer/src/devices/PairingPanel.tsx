import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PairingStatus } from '../../../shared/sync'
import { pairingQrDataUrl } from './pairing-qr'
import { useApi } from '../core/api-context'
import { useSyncStatusStore } from './sync-status-store'
import { useSyncAction } from './use-sync-action'
import { SyncActionError } from './SyncActionError'

/** Pair a new device: show a code (and QR), or enter one; both sides confirm the same four words. */
export function PairingPanel({ pairing }: { pairing: PairingStatus | null }) {
  const { t } = useTranslation()
  const api = useApi().sync
  const { refresh: refreshSyncStatus } = useSyncStatusStore()
  const [entering, setEntering] = useState(false)
  const [code, setCode] = useState('')
  const [dismissed, setDismissed] = useState<string | null>(null)
  const { busy, error, run } = useSyncAction()
  const codeId = useId()
  const shown = pairing && pairing.pairingId !== dismissed ? pairing : null
  const active = shown !== null && (shown.phase === 'waiting' || shown.phase === 'confirm')

  const invite = () =>
    run(
      () => api.pairInvite(),
      () => void refreshSyncStatus(),
    )
  const join = () =>
    run(
      () => api.pairJoin({ code: code.trim() }),
      () => {
        setEntering(false)
        setCode('')
        void refreshSyncStatus()
      },
    )

  return (
    <section className="devices-section" aria-labelledby="pair-title">
      <h2 id="pair-title">{t('devices.pair.title')}</h2>
      {!active && (
        <div className="devices-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void invite()}>
            {t('devices.pair.invite')}
          </button>
          <button type="button" disabled={busy} aria-expanded={entering} onClick={() => setEntering((v) => !v)}>
            {t('devices.pair.join')}
          </button>
        </div>
      )}
      {entering && !active && (
        <form
          className="pair-join"
          onSubmit={(e) => {
            e.preventDefault()
            if (code.trim()) void join()
          }}
        >
          <label htmlFor={codeId}>{t('devices.pair.joinLabel')}</label>
          <input id={codeId} value={code} autoComplete="off" spellCheck={false} onChange={(e) => setCode(e.target.value)} autoFocus />
          <button type="submit" className="primary" disabled={busy || code.trim() === ''}>
            {t('devices.pair.joinSubmit')}
          </button>
        </form>
      )}
      <SyncActionError error={error} />
      {shown && <PairingProgress pairing={shown} onDismiss={() => setDismissed(shown.pairingId)} />}
    </section>
  )
}

function PairingProgress({ pairing, onDismiss }: { pairing: PairingStatus; onDismiss: () => void }) {
  const { t, i18n } = useTranslation()
  const api = useApi().sync
  const { refresh: refreshSyncStatus } = useSyncStatusStore()
  const { busy, error, run } = useSyncAction()
  const [qr, setQr] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    if (pairing.qrPayload) void pairingQrDataUrl(pairing.qrPayload).then((url) => live && setQr(url))
    return () => {
      live = false
    }
  }, [pairing.qrPayload])

  const answer = (accept: boolean) =>
    run(
      () => api.confirm({ pairingId: pairing.pairingId, accept }),
      () => void refreshSyncStatus(),
    )
  const cancel = () =>
    run(
      () => api.pairCancel({ pairingId: pairing.pairingId }),
      () => void refreshSyncStatus(),
    )
  const over = pairing.phase === 'paired' || pairing.phase === 'failed'

  return (
    <div className="pairing" data-phase={pairing.phase}>
      {pairing.role === 'invite' && pairing.code && pairing.phase === 'waiting' && (
        <div className="pairing-code">
          <p>{t('devices.pair.inviteHint')}</p>
          <p>
            <span className="muted">{t('devices.pair.code')}</span>
            <br />
            <code className="pairing-code-text" aria-label={t('devices.pair.code')}>
              {pairing.code}
            </code>
          </p>
          {qr && <img className="pairing-qr" src={qr} alt={t('devices.pair.qrAlt')} width={200} height={200} />}
          {pairing.expiresAt && <p className="muted">{t('devices.pair.expires', { time: new Date(pairing.expiresAt).toLocaleTimeString(i18n.language) })}</p>}
        </div>
      )}
      {pairing.phase === 'waiting' && (
        <p role="status" className="muted">
          {t(pairing.role === 'invite' ? 'devices.pair.waitingInvite' : 'devices.pair.waitingJoin')}
        </p>
      )}
      {pairing.phase === 'confirm' && pairing.words && (
        <div className="pairing-words" role="group" aria-labelledby="pair-words-title">
          <h3 id="pair-words-title">{t('devices.pair.wordsTitle')}</h3>
          <ol className="confirmation-words" aria-label={t('devices.pair.words')}>
            {pairing.words.map((word, i) => (
              <li key={i}>{word}</li>
            ))}
          </ol>
          <p>{t('devices.pair.wordsHint', { name: pairing.peer?.name ?? '', fingerprint: pairing.peer?.fingerprint ?? '' })}</p>
          {pairing.confirmed ? (
            <p role="status" className="muted">
              {t('devices.pair.waitingOther')}
            </p>
          ) : (
            <div className="devices-actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void answer(true)}>
                {t('devices.pair.wordsMatch')}
              </button>
              <button type="button" className="danger" disabled={busy} onClick={() => void answer(false)}>
                {t('devices.pair.wordsDiffer')}
              </button>
            </div>
          )}
        </div>
      )}
      {pairing.phase === 'paired' && <p role="status">{t('devices.pair.paired', { name: pairing.peer?.name ?? '' })}</p>}
      {pairing.phase === 'failed' && (
        <p role="alert" className="devices-error">
          {t('devices.pair.failed', { reason: pairing.error ?? '' })}
        </p>
      )}
      <SyncActionError error={error} />
      {over ? (
        <button type="button" onClick={onDismiss}>
          {t('devices.pair.done')}
        </button>
      ) : (
        <button type="button" className="link-button" disabled={busy} onClick={() => void cancel()}>
          {t('devices.pair.cancel')}
        </button>
      )}
    </div>
  )
}
