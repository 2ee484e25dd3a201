/**
 * `kizuna consult` and `kizuna reach` on a vault snapshot: the pure analysis from shared/, a
 * person named by id or by name (in any script, as the palette finds them), and the text or JSON.
 */
import { findReach, suggestAdvisors } from '../../shared/analysis'
import { AGE_BANDS, ISIC_SECTIONS, searchPeopleByName, type GraphSnapshot, type Person } from '../../shared/graph'
import type { Language } from '../../shared/i18n'
import { CliDataError } from './cli-errors'
import type { ConsultInvocation } from './consult-args'
import { formatConsult, formatReach } from './format-consult'
import { terminalSafe } from './terminal-text'

const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** The one person `typed` names: an id, else a name; several matches are an error that lists them. */
function resolvePerson(people: readonly Person[], typed: string): Person {
  const byId = people.find((person) => person.id === typed)
  if (byId !== undefined) return byId
  const found = searchPeopleByName(people, typed, { limit: 6 })
  if (found.length === 0) throw new CliDataError(`no person with the id or name "${typed}"`)
  const exact = found.filter((person) => person.name === typed)
  if (found.length === 1 || exact.length === 1) return exact[0] ?? found[0]
  const listed = found.slice(0, 5).map((person) => `  ${person.name} (${person.id})`)
  throw new CliDataError(`several people match "${typed}"; give the id of one:\n${listed.join('\n')}`)
}

function describeKind(field: string | null, ageBand: string | null, lang: Language): string {
  const fieldLabel = field === null ? null : (ISIC_SECTIONS.find((s) => s.id === field)?.label[lang] ?? field)
  const bandLabel = ageBand === null ? null : (AGE_BANDS.find((b) => b.id === ageBand)?.label[lang] ?? ageBand)
  if (lang === 'ja') return [fieldLabel, bandLabel].filter((x) => x !== null).join('・')
  const parts = ['someone']
  if (fieldLabel !== null) parts.push(`in ${fieldLabel.toLowerCase()}`)
  if (bandLabel !== null) parts.push(`in their ${bandLabel}`)
  return parts.join(' ')
}

export function runConsultInvocation(invocation: ConsultInvocation, graph: GraphSnapshot, now: number): string {
  const nameOf = new Map(graph.people.map((person) => [person.id, person.name]))
  const names = (id: string) => nameOf.get(id) ?? id
  if (invocation.kind === 'consult') {
    const result = suggestAdvisors(graph, invocation.topic, { now, limit: invocation.limit })
    return invocation.json ? toJson(result) : formatConsult(result, invocation.lang, names)
  }
  if (invocation.person !== null) {
    const person = resolvePerson(graph.people, invocation.person)
    const result = findReach(graph, { kind: 'person', personId: person.id }, { now, limit: invocation.limit })
    const describe = invocation.lang === 'ja' ? `${person.name}さん` : person.name
    return invocation.json ? toJson(result) : formatReach(result, invocation.lang, names, terminalSafe(describe))
  }
  const result = findReach(graph, { kind: 'kind', industry: invocation.field, ageBand: invocation.ageBand }, { now, limit: invocation.limit })
  return invocation.json ? toJson(result) : formatReach(result, invocation.lang, names, describeKind(invocation.field, invocation.ageBand, invocation.lang))
}
