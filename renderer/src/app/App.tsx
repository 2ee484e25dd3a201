import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo, KizunaApi, Settings, VaultName } from '../../../shared/ipc'
import { changeLanguage, resolveLanguage } from '../i18n'
import { openVaultSession } from '../vault/vault-session'
import { VaultStore } from '../vault/vault-store'
import { FirstRun } from './FirstRun'
import { ApiContext } from '../core/api-context'
import { NavigationContext, type Route } from '../core/navigation'
import { navigableViews, RegistryContext } from '../core/registry'
import { StatusArea } from './StatusArea'
import { pushStatus, setSaving } from './status'
import { VaultContext } from '../core/vault-context'
import { REGISTRY } from './features'
import { preloadViewsWhenIdle, ViewFrame } from '../core/lazy-view'
import { VaultToolbar } from '../palette'
import { WorkflowGlobal } from '../workflow'
import { RemoteRemovalBanner } from '../devices'

interface Props {
  api: KizunaApi
  initialSettings: Settings
  info: AppInfo
}

function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
}

interface OpenState {
  key: string
  store: VaultStore | null
  error: string | null
}

/** Opens a vault, reports its notices and errors, and closes it when the vault changes. */
function useVault(api: KizunaApi, vault: VaultName | null, attempt: number): { store: VaultStore | null; error: string | null } {
  const key = `${vault}:${attempt}`
  const [state, setState] = useState<OpenState>({ key: '', store: null, error: null })
  useEffect(() => {
    if (vault === null) return
    let cancelled = false
    let opened: VaultStore | null = null
    let unsubscribe = (): void => undefined
    const open = async () => {
      const session = await openVaultSession(api, vault)
      if (vault !== 'sample') return session
      try {
        // The sample's generator loads only when the sample is opened.
        ;(await import('../vault/sample')).seedSampleIfEmpty(session.doc)
      } catch (err) {
        await session.close()
        throw err
      }
      return session
    }
    open().then(
      (session) => {
        if (cancelled) {
          void session.close()
          return
        }
        session.whenSynced.then(
          (notices) => {
            for (const notice of notices) pushStatus(notice.kind, { key: `status.${notice.code}`, values: { detail: notice.detail } })
          },
          () => undefined, // reported through onError
        )
        unsubscribe = session.onError((err) =>
          'cause' in err
            ? pushStatus('error', { key: 'status.localError', values: { code: err.code, message: err.message } })
            : pushStatus('error', { key: 'status.mainError', values: { code: err.code, message: err.message } }),
        )
        const stopSaving = session.onDidChangeSaving(setSaving)
        const stopErrors = unsubscribe
        unsubscribe = () => {
          stopErrors()
          stopSaving()
          setSaving(false)
        }
        opened = new VaultStore(session)
        setState({ key, store: opened, error: null })
      },
      (err: unknown) => {
        if (!cancelled) setState({ key, store: null, error: err instanceof Error ? err.message : String(err) })
      },
    )
    return () => {
      cancelled = true
      unsubscribe()
      if (opened) {
        opened.dispose()
        void opened.session.close()
      }
    }
  }, [api, vault, key])
  // A state left from the previous vault is never shown for the new one.
  return state.key === key ? state : { store: null, error: null }
}

export function App(props: Props) {
  return (
    <ApiContext.Provider value={props.api}>
      <RegistryContext.Provider value={REGISTRY}>
        <AppFrame {...props} />
      </RegistryContext.Provider>
    </ApiContext.Provider>
  )
}

function AppFrame({ api, initialSettings, info }: Props) {
  const { t } = useTranslation()
  const [settings, setSettings] = useState(initialSettings)
  const [vault, setVault] = useState<VaultName | null>(initialSettings.firstRunDone ? 'default' : null)
  const [route, navigate] = useState<Route>({ view: 'home' })
  const [attempt, setAttempt] = useState(0)
  const { store, error } = useVault(api, vault, attempt)

  useEffect(() => applyTheme(settings.theme), [settings.theme])
  useEffect(() => (store === null ? undefined : preloadViewsWhenIdle()), [store])
  useEffect(() => api.status.onDidChange((e) => pushStatus(e.kind, { key: `status.${e.code}`, values: { detail: e.detail } })), [api])
  // Main asks to show a person (a clicked reminder); the preload holds a request made before this listens.
  useEffect(() => (store === null ? undefined : api.app.onDidRequestOpen((request) => navigate({ view: request.view, params: { id: request.personId } }))), [api, store])

  const updateSettings = useCallback(
    async (patch: Partial<Settings>) => {
      const result = await api.settings.set(patch)
      if (!result.ok) {
        pushStatus('error', { key: 'status.mainError', values: { code: result.error.code, message: result.error.message } })
        return
      }
      setSettings(result.value)
      if (patch.language) await changeLanguage(resolveLanguage(result.value.language, info.locale))
    },
    [api, info.locale],
  )

  const begin = (which: VaultName) => {
    void updateSettings({ firstRunDone: true })
    setVault(which)
  }

  if (vault === null) {
    return (
      <div className="app-frame first-run-frame">
        <FirstRun onStart={() => begin('default')} onSample={() => begin('sample')} />
        <StatusArea />
      </div>
    )
  }

  const current = REGISTRY.views.find((v) => v.id === route.view) ?? REGISTRY.views[0]
  const navigation = { route, navigate }

  return (
    <div className="app-frame">
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand" aria-hidden="true">
          絆 <span>Kizuna</span>
        </div>
        <ul>
          {navigableViews(REGISTRY).map((item) => (
            <li key={item.id}>
              <button type="button" className="nav-item" aria-current={current.id === item.id ? 'page' : undefined} onClick={() => navigate({ view: item.id } as Route)}>
                {t(item.labelKey)}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="vault-switch" onClick={() => setVault(vault === 'sample' ? 'default' : 'sample')}>
          {vault === 'sample' ? t('nav.backToMine') : t('nav.sample')}
        </button>
      </nav>
      <main className="content">
        {vault === 'sample' && (
          <div className="banner sample-banner" role="note">
            <span>{t('sample.banner')}</span>
            <button type="button" onClick={() => setVault('default')}>
              {t('sample.back')}
            </button>
          </div>
        )}
        {vault === 'default' && <RemoteRemovalBanner />}
        {error !== null ? (
          <div role="alert" className="load-error">
            <p>{t('app.loadFailed', { reason: error })}</p>
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              {t('app.retry')}
            </button>
          </div>
        ) : store === null ? (
          <p className="loading" role="status" aria-busy="true">
            {t('app.loading')}
          </p>
        ) : (
          <VaultContext.Provider value={store}>
            <NavigationContext.Provider value={navigation}>
              <VaultToolbar vault={vault} onSwitchVault={setVault} onLanguage={(language) => void updateSettings({ language })} />
              <WorkflowGlobal />
              <ViewFrame viewKey={current.id}>{current.render({ route, settings, info, updateSettings: (p) => void updateSettings(p) })}</ViewFrame>
            </NavigationContext.Provider>
          </VaultContext.Provider>
        )}
      </main>
      <StatusArea />
    </div>
  )
}
