import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/i18n'
import type { VaultName } from '../../../shared/ipc'
import { useNavigation } from '../core/navigation'
import { useActions } from '../core/vault-context'
import { openViewActions, useRegistry, type PaletteAction } from '../core/registry'
import { UndoControls } from '../undo/UndoControls'
import { CommandPalette } from './CommandPalette'
import { ADD_NAMED } from './palette-commands'

interface Props {
  vault: VaultName
  onSwitchVault: (vault: VaultName) => void
  onLanguage: (language: Language) => void
}

/** Above every view of an open vault: undo/redo, and the command palette (also on Ctrl/Cmd+K). */
export function VaultToolbar({ vault, onSwitchVault, onLanguage }: Props) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const registry = useRegistry()
  const graph = useActions()
  const [open, setOpen] = useState(false)

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        setOpen((o) => !o)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const actions = useCallback(
    (query: string): PaletteAction[] => {
      const name = query.trim()
      const list: PaletteAction[] = []
      if (name !== '') {
        list.push({
          id: ADD_NAMED,
          label: t('palette.addPersonNamed', { name }),
          run: () => navigation.navigate({ view: 'person', params: { id: graph.addPerson(name) } }),
        })
      } else {
        list.push({ id: 'add', label: t('palette.addPerson'), run: () => navigation.navigate({ view: 'people' }) })
      }
      const context = { t, navigation }
      list.push(
        ...openViewActions(registry, context),
        ...registry.paletteActions(context),
        { id: 'ja', label: t('palette.languageJa'), run: () => onLanguage('ja') },
        { id: 'en', label: t('palette.languageEn'), run: () => onLanguage('en') },
        vault === 'sample'
          ? { id: 'mine', label: t('palette.backToMine'), run: () => onSwitchVault('default') }
          : { id: 'sample', label: t('palette.openSample'), run: () => onSwitchVault('sample') },
        { id: 'undo', label: t('palette.undo'), run: graph.undo },
        { id: 'redo', label: t('palette.redo'), run: graph.redo },
      )
      return list
    },
    [t, navigation, registry, graph, vault, onLanguage, onSwitchVault],
  )

  return (
    <div className="vault-toolbar">
      <UndoControls />
      <button type="button" className="palette-button" aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K" onClick={() => setOpen(true)}>
        {t('palette.open')}
      </button>
      {open && <CommandPalette actions={actions} onClose={() => setOpen(false)} />}
    </div>
  )
}
