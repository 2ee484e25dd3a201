/** The workflow's command-palette action beyond opening its views: quick capture. */
import type { PaletteAction, PaletteContext } from '../core/registry'
import { OPEN_QUICK_CAPTURE } from './WorkflowGlobal'

export function workflowPaletteActions({ t }: PaletteContext): PaletteAction[] {
  return [
    // After the palette closes (it restores focus first), so the capture dialog keeps the focus.
    { id: 'quick-capture', label: t('workflow.palette.capture'), run: () => void setTimeout(() => window.dispatchEvent(new Event(OPEN_QUICK_CAPTURE)), 0) },
  ]
}
