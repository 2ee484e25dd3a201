import { useTranslation } from 'react-i18next'
import { AGE_BANDS, ISCO_MAJOR_GROUPS, ISIC_SECTIONS, SCHWARTZ_VALUES, type AgeBandId, type SchwartzValueId } from '../../../shared/graph'
import { ROLES, type Role } from '../../../shared/graph'
import { labelIn, useUiLanguage } from '../components/labels'
import { SelectField } from '../components/SelectField'
import type { PeopleFilters, PeopleSort } from './people-filter'

interface Props {
  filters: PeopleFilters
  tags: readonly string[]
  onChange: (filters: PeopleFilters) => void
}

export function PeopleFiltersBar({ filters, tags, onChange }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const set = (patch: Partial<PeopleFilters>) => onChange({ ...filters, ...patch })
  return (
    <div className="filters" role="group" aria-label={t('people.filtersLabel')}>
      <SelectField
        label={t('people.filterRole')}
        value={filters.role}
        noneLabel={t('people.any')}
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        onChange={(role) => set({ role: role as Role | null })}
      />
      <SelectField
        label={t('people.filterTag')}
        value={filters.tag}
        noneLabel={t('people.any')}
        options={tags.map((tag) => ({ value: tag, label: tag }))}
        onChange={(tag) => set({ tag })}
      />
      <SelectField
        label={t('people.filterField')}
        value={filters.field}
        noneLabel={t('people.any')}
        groups={[
          {
            label: t('people.fieldOccupations'),
            options: ISCO_MAJOR_GROUPS.map((g) => ({ value: `isco:${g.id}`, label: labelIn(g.label, language) })),
          },
          {
            label: t('people.fieldIndustries'),
            options: ISIC_SECTIONS.map((s) => ({ value: `isic:${s.id}`, label: labelIn(s.label, language) })),
          },
        ]}
        onChange={(field) => set({ field })}
      />
      <SelectField
        label={t('people.filterAgeBand')}
        value={filters.ageBand}
        noneLabel={t('people.any')}
        options={AGE_BANDS.map((b) => ({ value: b.id, label: labelIn(b.label, language) }))}
        onChange={(ageBand) => set({ ageBand: ageBand as AgeBandId | null })}
      />
      <SelectField
        label={t('people.filterValue')}
        value={filters.value}
        noneLabel={t('people.any')}
        options={SCHWARTZ_VALUES.map((v) => ({ value: v.id, label: labelIn(v.label, language) }))}
        onChange={(value) => set({ value: value as SchwartzValueId | null })}
      />
      <SelectField
        label={t('people.sortLabel')}
        value={filters.sort}
        options={[
          { value: 'reading', label: t('people.sortReading') },
          { value: 'name', label: t('people.sortName') },
        ]}
        onChange={(sort) => set({ sort: (sort ?? 'reading') as PeopleSort })}
      />
    </div>
  )
}
