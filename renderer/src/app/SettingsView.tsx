import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo, Settings } from '../../../shared/ipc'
import { BackupsSection } from '../backups/BackupsSection'

interface Props {
  settings: Settings
  info: AppInfo
  onChange: (patch: Partial<Settings>) => void
}

export function SettingsView({ settings, info, onChange }: Props) {
  const { t } = useTranslation()
  const languageId = useId()
  const themeId = useId()
  return (
    <section aria-labelledby="settings-title" className="view">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div className="form-grid">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <select
          id={languageId}
          value={settings.language}
          onChange={(e) => onChange({ language: e.target.value as Settings['language'] })}
        >
          <option value="system">{t('settings.languageSystem')}</option>
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </select>
        <label htmlFor={themeId}>{t('settings.theme')}</label>
        <select id={themeId} value={settings.theme} onChange={(e) => onChange({ theme: e.target.value as Settings['theme'] })}>
          <option value="system">{t('settings.themeSystem')}</option>
          <option value="light">{t('settings.themeLight')}</option>
          <option value="dark">{t('settings.themeDark')}</option>
        </select>
        <span>{t('settings.dataDir')}</span>
        <code>{info.dataDir}</code>
        <span>{t('settings.version')}</span>
        <span>{info.version}</span>
      </div>
      <BackupsSection />
    </section>
  )
}
