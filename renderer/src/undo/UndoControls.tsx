import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useActions, useUndoState } from '../core/vault-context'
import { historyKeyOf, isTextEditing } from './undo-keys'

/**
 * Undo and redo of my own edits (never what sync or the CLI wrote): two buttons, and
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y anywhere outside a text field being typed in.
 */
export function UndoControls() {
  const { t } = useTranslation()
  const { canUndo, canRedo } = useUndoState()
  const actions = useActions()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const which = historyKeyOf(e)
      if (which === null || isTextEditing(e.target)) return
      e.preventDefault()
      if (which === 'undo') actions.undo()
      else actions.redo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions])
  return (
    <div className="undo-controls" role="group" aria-label={t('undo.label')}>
      <button type="button" onClick={actions.undo} disabled={!canUndo} title={t('undo.undoHint')} aria-keyshortcuts="Control+Z Meta+Z">
        {t('undo.undo')}
      </button>
      <button type="button" onClick={actions.redo} disabled={!canRedo} title={t('undo.redoHint')} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">
        {t('undo.redo')}
      </button>
    </div>
  )
}
