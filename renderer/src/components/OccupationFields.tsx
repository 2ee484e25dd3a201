import { useTranslation } from 'react-i18next'
import { ISCO_MAJOR_GROUPS, ISCO_SUB_MAJOR_GROUPS, ISIC_SECTIONS, type IscoMajorId, type IsicSectionId } from '../../../shared/graph'
import type { Occupation } from '../../../shared/graph'
import type { WriteProblem } from '../vault/write-problem'
import { labelIn, useUiLanguage } from './labels'
import { SelectField } from './SelectField'

interface Props {
  occupation: Occupation | null
  industry: IsicSectionId | null
  onOccupation: (occupation: Occupation | null) => WriteProblem | null
  onIndustry: (industry: IsicSectionId | null) => WriteProblem | null
  problems: Record<string, WriteProblem | null>
}

/** Occupation as an ISCO-08 major group and optional sub-major group, and industry as an ISIC section. */
export function OccupationFields({ occupation, industry, onOccupation, onIndustry, problems }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const subMajors = ISCO_SUB_MAJOR_GROUPS.filter((g) => g.major === occupation?.major)
  return (
    <>
      <SelectField
        label={t('person.occupationMajor')}
        value={occupation?.major ?? null}
        noneLabel={t('person.notSet')}
        options={ISCO_MAJOR_GROUPS.map((g) => ({ value: g.id, label: `${g.id} ${labelIn(g.label, language)}` }))}
        onChange={(major) => onOccupation(major === null ? null : { major: major as IscoMajorId, subMajor: null })}
        problem={problems.occupation}
      />
      <SelectField
        label={t('person.occupationSubMajor')}
        value={occupation?.subMajor ?? null}
        noneLabel={t('person.notSet')}
        disabled={occupation === null}
        options={subMajors.map((g) => ({ value: g.id, label: `${g.id} ${labelIn(g.label, language)}` }))}
        onChange={(subMajor) => (occupation === null ? null : onOccupation({ major: occupation.major, subMajor }))}
      />
      <SelectField
        label={t('person.industry')}
        value={industry}
        noneLabel={t('person.notSet')}
        options={ISIC_SECTIONS.map((s) => ({ value: s.id, label: `${s.id} ${labelIn(s.label, language)}` }))}
        onChange={(section) => onIndustry(section as IsicSectionId | null)}
        problem={problems.industry}
      />
    </>
  )
}
