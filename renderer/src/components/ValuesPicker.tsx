import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SCHWARTZ_GROUPS, SCHWARTZ_VALUES, type SchwartzValueId } from '../../../shared/graph'
import type { WriteProblem } from '../vault/write-problem'
import { FieldError } from './FieldError'
import { labelIn, useUiLanguage } from './labels'

interface Props {
  label: string
  values: readonly SchwartzValueId[]
  onChange: (values: SchwartzValueId[]) => WriteProblem | null
}

/**
 * Up to three of Schwartz's ten values, shown in circumplex order under their four higher-order
 * groups, so neighbouring (compatible) values sit together and opposing ones apart.
 */
export function ValuesPicker({ label, values, onChange }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const id = useId()
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const toggle = (value: SchwartzValueId, on: boolean) => setProblem(onChange(on ? [...values, value] : values.filter((v) => v !== value)))
  return (
    <fieldset className="field values-picker" aria-describedby={`${id}-count${problem ? ` ${id}-error` : ''}`}>
      <legend>{label}</legend>
      <p id={`${id}-count`} className="hint">
        {t('person.valuesChosen', { count: values.length })}
      </p>
      <div className="value-groups">
        {SCHWARTZ_GROUPS.map((group) => (
          <div key={group.id} className={`value-group value-group-${group.id}`} role="group" aria-labelledby={`${id}-${group.id}`}>
            <span id={`${id}-${group.id}`} className="value-group-label">
              {labelIn(group.label, language)}
            </span>
            {SCHWARTZ_VALUES.filter((v) => v.group === group.id).map((v) => {
              const checked = values.includes(v.id)
              return (
                <label key={v.id} className="check">
                  <input type="checkbox" checked={checked} onChange={(e) => toggle(v.id, e.target.checked)} />
                  {labelIn(v.label, language)}
                </label>
              )
            })}
          </div>
        ))}
      </div>
      <FieldError id={`${id}-error`} problem={problem} />
    </fieldset>
  )
}
