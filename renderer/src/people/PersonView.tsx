import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ROLES, type Person, type Role } from '../../../shared/graph'
import type { PersonPatch } from '../../../shared/graph'
import { useNavigation } from '../core/navigation'
import { useGraphActions, usePerson } from '../core/vault-context'
import { FieldError } from '../components/FieldError'
import { PersonPicker } from '../components/PersonPicker'
import { ProfileFields } from '../components/ProfileFields'
import { TextField } from '../components/TextField'
import { attempt, type WriteProblem } from '../vault/graph-actions'
import { TiesEditor } from './TiesEditor'
import { MergePersonSection } from '../import'
import { PersonWorkflow } from '../workflow'

/** One person's page: every attribute, their roles toward me, how we met, their ties, and the trash. */
export function PersonView({ id }: { id: string }) {
  const { t } = useTranslation()
  const person = usePerson(id)
  const actions = useGraphActions()
  const navigation = useNavigation()
  if (person === null) {
    return (
      <section className="view" aria-labelledby="person-title">
        <h1 id="person-title">{t('person.notFound')}</h1>
        <button type="button" onClick={() => navigation.navigate({ view: 'people' })}>
          {t('person.back')}
        </button>
      </section>
    )
  }
  const write = (patch: PersonPatch) => attempt(() => actions.updatePerson(person.id, patch))
  const trashed = person.deletedAt !== null
  return (
    <section className="view person-view" aria-labelledby="person-title">
      <div className="view-header">
        <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'people' })}>
          ← {t('person.back')}
        </button>
        <h1 id="person-title">{person.name}</h1>
        {person.reading && <p className="reading">{person.reading}</p>}
        {!trashed && (
          <button type="button" className="danger" onClick={() => actions.deletePerson(person.id)}>
            {t('person.delete')}
          </button>
        )}
      </div>
      {trashed && (
        <div className="banner trash-banner" role="status">
          <span>{t('person.inTrash', { name: person.name })}</span>
          <button type="button" onClick={() => actions.restorePerson(person.id)}>
            {t('person.restore')}
          </button>
        </div>
      )}
      <fieldset className="plain" disabled={trashed}>
        <ProfileFields profile={person} write={write}>
          <RolesSection person={person} write={write} />
          <HowWeMetSection person={person} write={write} />
        </ProfileFields>
      </fieldset>
      <TiesEditor person={person} />
      {!trashed && <MergePersonSection key={person.id} person={person} />}
      <PersonWorkflow person={person} />
    </section>
  )
}

interface SectionProps {
  person: Person
  write: (patch: PersonPatch) => WriteProblem | null
}

function RolesSection({ person, write }: SectionProps) {
  const { t } = useTranslation()
  const toggle = (role: Role, on: boolean) => write({ roles: on ? [...person.roles, role] : person.roles.filter((r) => r !== role) })
  return (
    <section className="form-section" aria-labelledby="person-roles">
      <h2 id="person-roles">{t('person.sectionRoles')}</h2>
      <fieldset className="field checks">
        <legend>{t('person.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role} className="check">
            <input type="checkbox" checked={person.roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
            {t(`roles.${role}`)}
          </label>
        ))}
      </fieldset>
    </section>
  )
}

function HowWeMetSection({ person, write }: SectionProps) {
  const { t } = useTranslation()
  const [introProblem, setIntroProblem] = useState<WriteProblem | null>(null)
  const met = person.howWeMet
  return (
    <section className="form-section" aria-labelledby="person-met">
      <h2 id="person-met">{t('person.sectionMet')}</h2>
      <div className="form-columns">
        <TextField label={t('person.metWhere')} value={met.where ?? ''} onCommit={(where) => write({ howWeMet: { where } })} />
        <TextField
          label={t('person.metWhen')}
          type="date"
          value={met.when ?? ''}
          onCommit={(when) => write({ howWeMet: { when: when === '' ? null : when } })}
        />
        <div>
          <PersonPicker
            label={t('person.introducedBy')}
            value={met.introducedBy}
            exclude={new Set([person.id])}
            onChange={(introducedBy) => setIntroProblem(write({ howWeMet: { introducedBy } }))}
          />
          <FieldError id={`${person.id}-intro-error`} problem={introProblem} />
        </div>
      </div>
    </section>
  )
}
