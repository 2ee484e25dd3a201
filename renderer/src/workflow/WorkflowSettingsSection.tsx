/**
 * Settings: how many days after meeting someone the follow-up is due, and how often to keep in
 * touch with each role (or not at all). "No role" is off unless the user turns it on: an imported
 * address book must not fill Today by itself.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_FOLLOW_UP_DAYS } from '../../../shared/graph'
import { CADENCE_ROLES, type Cadence, type CadenceRole } from '../../../shared/graph'
import { DEFAULT_CADENCE, DEFAULT_FOLLOW_UP_DAYS, resolveWorkflowSettings } from '../../../shared/workflow'
import { CadencePicker } from './CadencePicker'
import { useWorkflowData } from './use-workflow'
import { useActions } from '../core/vault-context'

const CADENCE_CHOICES: readonly number[] = [7, 14, 30, 45, 60, 90, 180, 365]

export function WorkflowSettingsSection() {
  const { t } = useTranslation()
  const workflow = useWorkflowData()
  const actions = useActions()
  const settings = resolveWorkflowSettings(workflow.settings)
  const id = useId()
  const [days, setDays] = useState(String(settings.followUpDays))
  const daysValue = Number(days)
  const daysValid = days.trim() !== '' && Number.isInteger(daysValue) && daysValue >= 0 && daysValue <= MAX_FOLLOW_UP_DAYS
  const label = (c: Cadence) => (c === 'off' ? t('workflow.settings.off') : t('workflow.settings.every', { count: c }))
  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workflow.settings.title')}</h2>
      <p className="muted">{t('workflow.settings.lead')}</p>
      <div className="field">
        <label htmlFor={`${id}-days`}>{t('workflow.settings.followUpDays')}</label>
        <input
          id={`${id}-days`}
          className="count-input"
          type="number"
          min={0}
          max={MAX_FOLLOW_UP_DAYS}
          value={days}
          aria-invalid={!daysValid}
          aria-describedby={`${id}-days-hint`}
          onChange={(e) => setDays(e.target.value)}
          onBlur={() => {
            if (daysValid && daysValue !== settings.followUpDays) actions.setSettings({ followUpDays: daysValue })
          }}
        />
        <span id={`${id}-days-hint`} className={daysValid ? 'muted' : 'field-error'}>
          {daysValid ? t('workflow.settings.followUpHint', { count: DEFAULT_FOLLOW_UP_DAYS }) : t('workflow.settings.followUpInvalid', { max: MAX_FOLLOW_UP_DAYS })}
        </span>
      </div>
      <table className="cadence-table">
        <caption>{t('workflow.settings.cadenceCaption')}</caption>
        <tbody>
          {CADENCE_ROLES.map((role: CadenceRole) => (
            <tr key={role}>
              <th scope="row">
                <label htmlFor={`${id}-${role}`}>{t(`workflow.settings.role.${role}`)}</label>
              </th>
              <td>
                <CadencePicker
                  id={`${id}-${role}`}
                  value={workflow.settings.cadence?.[role]}
                  choices={CADENCE_CHOICES}
                  defaultLabel={t('workflow.settings.default', { value: label(DEFAULT_CADENCE[role]) })}
                  labelOf={label}
                  onChange={(cadence) => actions.setSettings({ cadence: { [role]: cadence } })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
