import { useTranslation } from 'react-i18next'
import { AGE_BANDS, effectiveAgeBand, ISCO_MAJOR_GROUPS, ISCO_SUB_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_VALUES } from '../../../shared/graph'
import type { Person } from '../../../shared/graph'
import { useGenders } from '../core/vault-context'
import { labelIn, useUiLanguage } from '../components/labels'

/** The profile as text: only what is recorded, one line per attribute, nothing cut off. */
export function ProfileSummary({ person }: { person: Person }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const genders = useGenders()
  const gender = genders.find((g) => g.id === person.gender)
  const band = effectiveAgeBand(person, new Date().getFullYear())
  const bandLabel = band === null ? null : labelIn(AGE_BANDS.find((b) => b.id === band)!.label, language)
  const sub = ISCO_SUB_MAJOR_GROUPS.find((g) => g.id === person.occupation?.subMajor)
  const major = ISCO_MAJOR_GROUPS.find((g) => g.id === person.occupation?.major)
  const industry = ISIC_SECTIONS.find((s) => s.id === person.industry)
  const values = person.values.map((v) => SCHWARTZ_VALUES.find((s) => s.id === v)).filter((v) => v !== undefined)
  const rows: [string, string][] = []
  const add = (label: string, value: string | null | undefined) => {
    if (value) rows.push([label, value])
  }
  add(t('person.reading'), person.reading)
  if (gender)
    add(
      t('person.gender'),
      person.genderBasis
        ? t('personPage.gender', { gender: labelIn(gender.label, language), basis: t(`personPage.basis.${person.genderBasis}`) })
        : labelIn(gender.label, language),
    )
  if (person.birthYear !== null) add(t('person.birthYear'), t('personPage.born', { year: person.birthYear, band: bandLabel ?? '' }))
  else add(t('person.ageBand'), bandLabel)
  add(t('person.occupationMajor'), sub ? labelIn(sub.label, language) : major && labelIn(major.label, language))
  add(t('person.industry'), industry && labelIn(industry.label, language))
  add(t('person.fieldTags'), person.fieldTags.join(t('personPage.separator')))
  add(t('person.values'), values.map((v) => labelIn(v.label, language)).join(t('personPage.separator')))
  add(t('person.organization'), person.organization)
  add(t('person.location'), person.location)
  add(t('person.handles'), person.handles.map((h) => h.value).join(t('personPage.separator')))
  add(t('person.tags'), person.tags.join(t('personPage.separator')))
  add(t('person.notes'), person.notes)
  if (rows.length === 0) return <p className="muted">{t('personPage.emptyProfile')}</p>
  return (
    <dl className="profile-summary">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
