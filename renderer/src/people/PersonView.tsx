import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ROLES, type Person, type Role } from '../../../shared/graph'
import type { PersonPatch } from '../../../shared/graph'
import { useNavigation } from '../core/navigation'
import { useActions, usePerson } from '../core/vault-context'
import { FieldError } from '../components/FieldError'
import { PersonPicker } from '../components/PersonPicker'
import { ProfileFields } from '../components/ProfileFields'
import { TextField } from '../components/TextField'
import { attempt, type WriteProblem } from '../vault/write-problem'
import { TiesEditor } from './TiesEditor'
import { MergePersonSection } from '../import'
import { ConsultLink, ReachSection } from '../consult'
import { InteractionTimeline, LOG_NOTE_ID, PersonWorkflow } from '../workflow'
import { PersonHeader } from './PersonHeader'
import { ProfileSummary } from './ProfileSummary'
import './person.css'

/** Where "Add a tie" takes the focus: the person picker of the link form. */
const LINK_FORM_ID = 'person-link-form'

/**
 * One person's page, like a good personal CRM: who they are at a glance with quick actions, what
 * passed between us near the top, ties as a compact list, the profile as text with editing one
 * click away, then shared projects and opportunities. A person with nothing recorded opens ready
 * to edit.
 */
export function PersonView({ id }: { id: string }) {
  const { t } = useTranslation()
  const person = usePerson(id)
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
  return <PersonPage key={person.id} person={person} />
}

function PersonPage({ person }: { person: Person }) {
  const { t } = useTranslation()
  const actions = useActions()
  const navigation = useNavigation()
  const [editing, setEditing] = useState(() => isBlank(person))
  const write = (patch: PersonPatch) => attempt(() => actions.updatePerson(person.id, patch))
  const trashed = person.deletedAt !== null
  const focus = (selector: string) => {
    const el = document.querySelector<HTMLElement>(selector)
    el?.scrollIntoView({ block: 'center' })
    el?.focus()
  }
  return (
    <section className="view person-view" aria-labelledby="person-title">
      <div className="view-header person-nav">
        <button type="button" className="link-button" onClick={() => navigation.navigate({ view: 'people' })}>
          ← {t('person.back')}
        </button>
      </div>
      {trashed && (
        <div className="banner trash-banner" role="status">
          <span>{t('person.inTrash', { name: person.name })}</span>
          <button type="button" onClick={() => actions.restorePerson(person.id)}>
            {t('person.restore')}
          </button>
        </div>
      )}
      <PersonHeader person={person} onLog={() => focus(`#${LOG_NOTE_ID}`)} onAddTie={() => focus(`#${LINK_FORM_ID} input`)} />
      <InteractionTimeline person={person} />
      <div id={LINK_FORM_ID}>
        <TiesEditor person={person} />
      </div>
      <section className="form-section" aria-labelledby="person-profile">
        <div className="section-heading">
          <h2 id="person-profile">{t('personPage.profile')}</h2>
          {!trashed && (
            <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
              {editing ? t('personPage.doneEditing') : t('personPage.edit')}
            </button>
          )}
        </div>
        {editing && !trashed ? (
          <fieldset className="plain">
            <ProfileFields profile={person} write={write}>
              <RolesSection person={person} write={write} />
              <HowWeMetSection person={person} write={write} />
            </ProfileFields>
          </fieldset>
        ) : (
          <ProfileSummary person={person} />
        )}
      </section>
      <PersonWorkflow person={person} />
      {!trashed && <ReachSection person={person} />}
      {!trashed && person.fieldTags.length > 0 && (
        <p className="consult-from-person">
          <ConsultLink topic={person.fieldTags[0]} />
        </p>
      )}
      {!trashed && <MergePersonSection key={person.id} person={person} />}
      {!trashed && (
        <div className="danger-zone">
          <button type="button" className="danger" onClick={() => actions.deletePerson(person.id)}>
            {t('person.delete')}
          </button>
        </div>
      )}
    </section>
  )
}

/** Nothing but a name: there is nothing to read yet, so the page opens ready to edit. */
function isBlank(p: Person): boolean {
  return (
    p.reading === null &&
    p.gender === null &&
    p.birthYear === null &&
    p.ageBand === null &&
    p.occupation === null &&
    p.industry === null &&
    p.organization === null &&
    p.location === null &&
    p.roles.length === 0 &&
    p.tags.length === 0 &&
    p.fieldTags.length === 0 &&
    p.values.length === 0 &&
    p.handles.length === 0 &&
    p.notes === ''
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
        <TextField label={t('person.metWhen')} type="date" value={met.when ?? ''} onCommit={(when) => write({ howWeMet: { when: when === '' ? null : when } })} />
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
