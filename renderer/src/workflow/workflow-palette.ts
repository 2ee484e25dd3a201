/** The workflow's command-palette actions: quick capture and Today. */
import type { Navigation } from '../core/navigation'
import type { PaletteAction } from '../palette/palette-commands'
import { OPEN_QUICK_CAPTURE } from './WorkflowGlobal'

export function workflowPaletteActions(t: (key: string) => string, navigation: Navigation): PaletteAction[] {
  return [
    // After the palette closes (it restores focus first), so the capture dialog keeps the focus.
    { id: 'quick-capture', label: t('workflow.palette.capture'), run: () => void setTimeout(() => window.dispatchEvent(new Event(OPEN_QUICK_CAPTURE)), 0) },
    { id: 'today', label: t('workflow.palette.today'), run: () => navigation.navigate({ view: 'today' }) },
  ]
}
