import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Translate } from '../i18n'
import { TIE_KINDS, type Person, type PersonId, type Tie, type TieKind, type TieStrength } from '../../../shared/graph'
import { FieldError } from '../components/FieldError'
import { useDateFormat } from '../components/format-date'
import { PersonPicker } from '../components/PersonPicker'
import { SelectField } from '../components/SelectField'
import { TextField } from '../components/TextField'
import { useActions, useTies, useVaultStore } from '../core/vault-context'
import { useNavigation } from '../core/navigation'
import { attempt, type WriteProblem } from '../vault/write-problem'

const STRENGTHS: readonly TieStrength[] = [1, 2, 3]

interface Props {
  person: Person
}

/** The person's ties to other people: a compact list, each editable in place, plus a row to link someone new. */
export function TiesEditor({ person }: Props) {
  const { t } = useTranslation()
  const ties = useTies()
  const store = useVaultStore()
  const mine = useMemo(() => ties.filter((tie) => tie.a === person.id || tie.b === person.id), [ties, person.id])
  const linked = useMemo(() => new Set<PersonId>([person.id, ...mine.map((tie) => (tie.a === person.id ? tie.b : tie.a))]), [mine, person.id])
  const other = (tie: Tie) => store.getPerson(tie.a === person.id ? tie.b : tie.a)
  return (
    <section className="form-section" aria-labelledby="ties-title">
      <h2 id="ties-title">{t('ties.title')}</h2>
      <p className="hint">{t('ties.lead')}</p>
      {mine.length === 0 ? (
        <p className="empty-inline">{t('ties.empty')}</p>
      ) : (
        <ul className="tie-list" aria-label={t('ties.listLabel', { name: person.name })}>
          {mine.map((tie) => (
            <TieRow key={tie.id} tie={tie} self={person.id} other={other(tie)} />
          ))}
        </ul>
      )}
      {person.deletedAt === null && <LinkForm person={person} exclude={linked} />}
    </section>
  )
}

function kindOptions(t: Translate) {
  return TIE_KINDS.map((k) => ({ value: k, label: t(`ties.${k}`) }))
}
function strengthOptions(t: Translate) {
  return STRENGTHS.map((s) => ({ value: String(s), label: t(`ties.strength${s}`) }))
}

function TieRow({ tie, self, other }: { tie: Tie; self: PersonId; other: Person | null }) {
  const { t } = useTranslation()
  const actions = useActions()
  const navigation = useNavigation()
  const format = useDateFormat()
  const [editing, setEditing] = useState(false)
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const otherId = tie.a === self ? tie.b : tie.a
  const name = other?.name ?? otherId
  const write = (patch: Parameters<typeof actions.updateTie>[2]) => {
    const result = attempt(() => actions.updateTie(self, otherId, patch))
    setProblem(result)
    return result
  }
  const summary = [
    t('personPage.tieSummary', { kind: t(`ties.${tie.kind}`), strength: t(`ties.strength${tie.strength}`) }),
    tie.since && t('personPage.tieSince', { date: format.day(tie.since) }),
    tie.notes,
  ]
    .filter(Boolean)
    .join(t('personPage.separator'))
  return (
    <li className={editing ? 'tie-row editing' : 'tie-row'} aria-label={t('ties.tieWith', { name })}>
      <button type="button" className="link-button tie-name" onClick={() => navigation.navigate({ view: 'person', params: { id: otherId } })}>
        {name}
      </button>
      {!editing ? (
        <>
          <span className="tie-summary">{summary}</span>
          <button type="button" className="link-button" aria-label={t('personPage.editTie', { name })} onClick={() => setEditing(true)}>
            {t('personPage.editShort')}
          </button>
        </>
      ) : (
        <TieFields tie={tie} name={name} write={write} unlink={() => actions.unlinkPeople(self, otherId)} done={() => setEditing(false)} />
      )}
      <FieldError id={`${tie.id}-error`} problem={problem} />
    </li>
  )
}

function TieFields({
  tie,
  name,
  write,
  unlink,
  done,
}: {
  tie: Tie
  name: string
  write: (patch: Parameters<ReturnType<typeof useActions>['updateTie']>[2]) => WriteProblem | null
  unlink: () => void
  done: () => void
}) {
  const { t } = useTranslation()
  return (
    <>
      <SelectField label={t('ties.kind')} value={tie.kind} options={kindOptions(t)} onChange={(kind) => write({ kind: kind as TieKind })} />
      <SelectField label={t('ties.strength')} value={String(tie.strength)} options={strengthOptions(t)} onChange={(s) => write({ strength: Number(s) as TieStrength })} />
      <TextField label={t('ties.since')} type="date" value={tie.since ?? ''} onCommit={(since) => write({ since: since === '' ? null : since })} />
      <TextField label={t('ties.notes')} value={tie.notes} onCommit={(notes) => write({ notes })} />
      <button type="button" onClick={unlink}>
        {t('ties.unlink', { name })}
      </button>
      <button type="button" onClick={done}>
        {t('personPage.doneTie')}
      </button>
    </>
  )
}

function LinkForm({ person, exclude }: { person: Person; exclude: ReadonlySet<PersonId> }) {
  const { t } = useTranslation()
  const actions = useActions()
  const [target, setTarget] = useState<PersonId | null>(null)
  const [kind, setKind] = useState<TieKind>('work')
  const [strength, setStrength] = useState<TieStrength>(2)
  const [since, setSince] = useState('')
  const [problem, setProblem] = useState<WriteProblem | null>(null)
  const link = () => {
    if (target === null) return
    const result = attempt(() => actions.linkPeople(person.id, target, { kind, strength, since: since === '' ? null : since }))
    setProblem(result)
    if (result === null) {
      setTarget(null)
      setSince('')
    }
  }
  return (
    <div className="link-form" role="group" aria-label={t('ties.link')}>
      <PersonPicker label={t('ties.linkTo')} value={target} onChange={setTarget} exclude={exclude} />
      <SelectField label={t('ties.kind')} value={kind} options={kindOptions(t)} onChange={(k) => setKind(k as TieKind)} />
      <SelectField label={t('ties.strength')} value={String(strength)} options={strengthOptions(t)} onChange={(s) => setStrength(Number(s) as TieStrength)} />
      <div className="field">
        <label htmlFor={`link-since-${person.id}`}>{t('ties.since')}</label>
        <input id={`link-since-${person.id}`} type="date" value={since} onChange={(e) => setSince(e.target.value)} />
      </div>
      <button type="button" className="primary" disabled={target === null} onClick={link}>
        {t('ties.link')}
      </button>
      <FieldError id={`link-error-${person.id}`} problem={problem} />
    </div>
  )
}
