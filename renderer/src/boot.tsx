import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { MESSAGES } from './app/messages'
import { initI18n, resolveLanguage } from './i18n'
import './styles.css'

/** Renders the app; loaded by main.ts as a separate chunk while the vault already loads. */
export async function boot(): Promise<void> {
  performance.mark('kizuna:app-loaded')
  const root = createRoot(document.getElementById('root')!)
  const api = window.kizuna
  if (!api) {
    root.render(<p role="alert">Kizuna must be opened from its desktop app.</p>)
    return
  }
  const [settings, info] = await Promise.all([api.settings.get(), api.app.info()])
  if (!settings.ok || !info.ok) {
    const reason = !settings.ok ? settings.error.message : !info.ok ? info.error.message : ''
    root.render(<p role="alert">Kizuna could not start: {reason}</p>)
    return
  }
  await initI18n(resolveLanguage(settings.value.language, info.value.locale || navigator.language), MESSAGES)
  root.render(
    <StrictMode>
      <App api={api} initialSettings={settings.value} info={info.value} />
    </StrictMode>,
  )
}
