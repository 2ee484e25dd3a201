import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { QuickCapture } from './QuickCapture'

/** The quick-capture shortcut. Ctrl/Cmd+Shift+L, everywhere in an open vault. */
export function isQuickCaptureKey(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'>): boolean {
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l'
}

/** Opens quick capture from any view (also from the palette, through the same event). */
export const OPEN_QUICK_CAPTURE = 'kizuna:quick-capture'

/** Always mounted with an open vault: the quick-capture dialog with its shortcut. */
export function WorkflowGlobal() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isQuickCaptureKey(e)) return
      e.preventDefault()
      setOpen(true)
    }
    const onOpen = () => setOpen(true)
    window.addEventListener('keydown', onKey)
    window.addEventListener(OPEN_QUICK_CAPTURE, onOpen)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener(OPEN_QUICK_CAPTURE, onOpen)
    }
  }, [])

  useEffect(() => {
    const d = dialog.current
    if (!open || !d) return
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!d.open) d.showModal()
    return () => {
      d.close()
      before?.focus()
    }
  }, [open])

  if (!open) return null
  return (
    <dialog
      ref={dialog}
      className="quick-capture-dialog"
      aria-label={t('workflow.capture.dialog')}
      onCancel={(e) => {
        e.preventDefault()
        setOpen(false)
      }}
    >
      <QuickCapture autoFocus />
      <button type="button" onClick={() => setOpen(false)}>
        {t('workflow.capture.close')}
      </button>
    </dialog>
  )
}
