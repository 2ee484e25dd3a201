import { useTranslation } from 'react-i18next'
import { useActions } from '../core/vault-context'

export interface Notice {
  /** Changes with every new notice, so a repeated message is announced again. */
  key: number
  text: string
}

/**
 * What an action just did, with Undo beside it: "Snoozed 14 people until Dec 8, 2026 · Undo".
 * The action was written as one undo step, so Undo reverts exactly it.
 */
export function ActionNotice({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t } = useTranslation()
  const actions = useActions()
  return (
    <div className="action-notice-slot" role="status" aria-live="polite">
      {notice !== null && (
        <p key={notice.key} className="action-notice">
          <span>{notice.text}</span>
          <button
            type="button"
            onClick={() => {
              actions.undo()
              onDismiss()
            }}
          >
            {t('workflow.notice.undo')}
          </button>
          <button type="button" className="link-button" aria-label={t('workflow.notice.dismiss')} onClick={onDismiss}>
            ×
          </button>
        </p>
      )}
    </div>
  )
}
