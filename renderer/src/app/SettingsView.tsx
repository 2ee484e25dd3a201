import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo, Settings } from '../../../shared/ipc'
import { BackupsSection } from '../backups'
import { GenderListSection } from './GenderListSection'
import { WorkflowSettingsSection } from '../workflow'

interface Props {
  settings: Settings
  info: AppInfo
  onChange: (patch: Partial<Settings>) => void
}

export function SettingsView({ settings, info, onChange }: Props) {
  const { t } = useTranslation()
  const languageId = useId()
  const themeId = useId()
  const notifyId = useId()
  const perDayId = useId()
  return (
    <section aria-labelledby="settings-title" className="view">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div className="form-grid">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <select id={languageId} value={settings.language} onChange={(e) => onChange({ language: e.target.value as Settings['language'] })}>
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
        <span>{t('settings.notifications')}</span>
        <label htmlFor={notifyId} className="checkbox-label">
          <input id={notifyId} type="checkbox" checked={settings.notifications} onChange={(e) => onChange({ notifications: e.target.checked })} /> {t('settings.notificationsOn')}
        </label>
        <label htmlFor={perDayId}>{t('settings.notificationsPerDay')}</label>
        <input
          id={perDayId}
          type="number"
          min={0}
          max={20}
          disabled={!settings.notifications}
          value={settings.notificationsPerDay}
          onChange={(e) => {
            const value = Number(e.target.value)
            if (Number.isInteger(value) && value >= 0 && value <= 20) onChange({ notificationsPerDay: value })
          }}
        />
        <span>{t('settings.dataDir')}</span>
        <code>{info.dataDir}</code>
        <span>{t('settings.version')}</span>
        <span>{info.version}</span>
      </div>
      <WorkflowSettingsSection />
      <GenderListSection />
      <BackupsSection />
    </section>
  )
}
