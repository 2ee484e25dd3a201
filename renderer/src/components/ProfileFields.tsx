import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AGE_BANDS, ageBandOf, GENDER_BASES, type AgeBandId, type GenderBasis, type ProfilePatch } from '../../../shared/graph'
import type { Profile } from '../../../shared/graph'
import { useNavigation } from '../core/navigation'
import { useGenders } from '../core/vault-context'
import type { WriteProblem } from '../vault/write-problem'
import { HandlesField } from './HandlesField'
import { labelIn, problemField, useUiLanguage } from './labels'
import { OccupationFields } from './OccupationFields'
import { SelectField } from './SelectField'
import { TagSetField } from './TagSetField'
import { TextField } from './TextField'
import { ValuesPicker } from './ValuesPicker'
import './profile-fields.css'

interface Props {
  profile: Profile
  /** Writes a patch of the profile; returns the problem when the graph rejected it. */
  write: (patch: ProfilePatch) => WriteProblem | null
  /** Extra sections between "field and values" and "tags and notes" (a person's roles, how we met). */
  children?: ReactNode
  /** My own profile: my gender is mine to state, so there is no "stated by them / perceived by me". */
  self?: boolean
}

/** Every attribute a person and I share, grouped in sections; each field writes on its own. */
export function ProfileFields({ profile, write, children, self = false }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const genders = useGenders()
  const navigation = useNavigation()
  const [problems, setProblems] = useState<Record<string, WriteProblem | null>>({})
  const writeField = (field: string, patch: ProfilePatch): WriteProblem | null => {
    const problem = write(patch)
    setProblems((s) => ({ ...s, [problem ? problemField(problem) || field : field]: problem }))
    return problem
  }
  const text = (value: string | null) => value ?? ''
  const derivedBand = profile.birthYear === null ? null : ageBandOf(profile.birthYear, new Date().getFullYear())
  const bandLabel = (id: AgeBandId) => labelIn(AGE_BANDS.find((b) => b.id === id)!.label, language)

  return (
    <>
      <section className="form-section" aria-labelledby="profile-about">
        <h2 id="profile-about">{t('person.sectionAbout')}</h2>
        <div className="form-columns">
          <TextField label={t('person.name')} value={profile.name} onCommit={(name) => write({ name })} />
          <TextField label={t('person.reading')} value={text(profile.reading)} onCommit={(reading) => write({ reading })} />
          <SelectField
            label={t('person.gender')}
            value={profile.gender}
            noneLabel={t('person.notSet')}
            options={genders.filter((g) => !g.hidden || g.id === profile.gender).map((g) => ({ value: g.id, label: labelIn(g.label, language) }))}
            onChange={(gender) => writeField('gender', { gender })}
            problem={problems.gender}
            after={
              <button type="button" className="link-button field-link" onClick={() => navigation.navigate({ view: 'settings' })}>
                {t('genders.editList')}
              </button>
            }
          />
          {!self && (
            <SelectField
              label={t('person.genderBasis')}
              value={profile.genderBasis}
              noneLabel={t('person.notSet')}
              options={GENDER_BASES.map((b) => ({ value: b, label: t(`genderBasis.${b}`) }))}
              onChange={(basis) => writeField('genderBasis', { genderBasis: basis as GenderBasis | null })}
              problem={problems.genderBasis}
            />
          )}
          <TextField
            label={t('person.birthYear')}
            value={profile.birthYear === null ? '' : String(profile.birthYear)}
            inputMode="numeric"
            onCommit={(raw) => {
              const trimmed = raw.trim()
              // Anything but digits goes to the graph as text, so its validation message is shown.
              const birthYear = trimmed === '' ? null : /^\d+$/.test(trimmed) ? Number(trimmed) : (trimmed as unknown as number)
              return write({ birthYear })
            }}
          />
          <SelectField
            label={t('person.ageBand')}
            value={profile.ageBand}
            noneLabel={derivedBand ? t('person.ageBandFromYear', { band: bandLabel(derivedBand) }) : t('person.notSet')}
            options={AGE_BANDS.map((b) => ({ value: b.id, label: labelIn(b.label, language) }))}
            onChange={(band) => writeField('ageBand', { ageBand: band as AgeBandId | null })}
            problem={problems.ageBand}
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="profile-field">
        <h2 id="profile-field">{t('person.sectionField')}</h2>
        <div className="form-columns">
          <OccupationFields
            occupation={profile.occupation}
            industry={profile.industry}
            onOccupation={(occupation) => writeField('occupation', { occupation })}
            onIndustry={(industry) => writeField('industry', { industry })}
            problems={problems}
          />
        </div>
        <TagSetField label={t('person.fieldTags')} items={profile.fieldTags} onChange={(fieldTags) => write({ fieldTags })} />
        <ValuesPicker label={t('person.values')} values={profile.values} onChange={(values) => write({ values })} />
      </section>

      <section className="form-section" aria-labelledby="profile-contact">
        <h2 id="profile-contact">{t('person.sectionContact')}</h2>
        <div className="form-columns">
          <TextField label={t('person.organization')} value={text(profile.organization)} onCommit={(organization) => write({ organization })} />
          <TextField label={t('person.location')} value={text(profile.location)} onCommit={(location) => write({ location })} />
        </div>
        <HandlesField handles={profile.handles} onChange={(handles) => write({ handles })} />
      </section>

      {children}

      <section className="form-section" aria-labelledby="profile-notes">
        <h2 id="profile-notes">{t('person.sectionNotes')}</h2>
        <TagSetField label={t('person.tags')} items={profile.tags} onChange={(tags) => write({ tags })} />
        <TextField label={t('person.notes')} value={profile.notes} multiline onCommit={(notes) => write({ notes })} />
      </section>
    </>
  )
}
