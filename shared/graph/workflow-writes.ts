/**
 * The writes the Today list, quick capture and the event form call. Each is one transaction with
 * the caller's origin, and validates everything before writing: Yjs cannot roll a transaction
 * back, so a bad second person must be rejected before the first one is written.
 */
import { uuidv4 } from 'lib0/random'
import type * as Y from 'yjs'
import { z } from 'zod'
import { GraphError, parseInput } from './errors'
import { isoDateSchema, nameSchema, notesSchema, optionalTextSchema, personIdSchema, personInputSchema, type PersonInput } from './inputs'
import { originOf, type WriteOptions } from './origins'
import { addPerson, isTrashed, requirePerson } from './people'
import { EVENT, INTERACTION, insertRecord, prepareRecord } from './records'
import { root } from './schema'
import { EVENT_KINDS, type InteractionKind } from './taxonomy'
import type { GraphEvent, MetAtEvent, PersonId } from './types'

export interface InteractionInput {
  date: string
  kind: InteractionKind
  personIds: PersonId[]
  note?: string
  id?: string
}

function requireLive(doc: Y.Doc, ids: readonly PersonId[], what: string): void {
  for (const id of ids) {
    if (isTrashed(requirePerson(doc, id, what))) throw new GraphError('in-trash', `${what}: "${id}" is in the trash`, [what])
  }
}

/**
 * Logs what passed between me and people: the one way contact is recorded, so it also completes a
 * pending follow-up and moves the keep-in-touch due day (both are derived from the log).
 */
export function logInteraction(doc: Y.Doc, input: InteractionInput, options?: WriteOptions): string {
  if (input.personIds.length === 0) throw new GraphError('invalid-input', 'interaction.personIds: name at least one person', ['personIds'])
  const { id, clean } = prepareRecord(doc, INTERACTION, { ...input, note: input.note ?? '' })
  requireLive(doc, clean.personIds, 'interaction.person')
  doc.transact(() => insertRecord(doc, INTERACTION, id, clean), originOf(options))
  return id
}

/** Logs several interactions in one transaction (one undo step), after checking all of them. */
export function logInteractions(doc: Y.Doc, inputs: readonly InteractionInput[], options?: WriteOptions): string[] {
  const prepared = inputs.map((input) => {
    if (input.personIds.length === 0) throw new GraphError('invalid-input', 'interaction.personIds: name at least one person', ['personIds'])
    const record = prepareRecord(doc, INTERACTION, { ...input, note: input.note ?? '' })
    requireLive(doc, record.clean.personIds, 'interaction.person')
    return record
  })
  doc.transact(() => {
    for (const { id, clean } of prepared) insertRecord(doc, INTERACTION, id, clean)
  }, originOf(options))
  return prepared.map((p) => p.id)
}

/** Marks a person's follow-up done by logging the contact (a thank-you message unless told). */
export function markFollowUpDone(doc: Y.Doc, personId: PersonId, contact: { date: string; kind?: InteractionKind; note?: string }, options?: WriteOptions): string {
  return logInteraction(doc, { date: contact.date, kind: contact.kind ?? 'message', personIds: [personId], note: contact.note ?? '' }, options)
}

const eventWithPeopleSchema = z
  .object({
    id: z.string().optional(),
    name: nameSchema,
    kind: z.enum(EVENT_KINDS),
    where: optionalTextSchema.optional(),
    /** Required here: the follow-up of everyone added is counted from it. */
    date: isoDateSchema,
    newPeople: z.array(z.object({ person: z.unknown(), exchange: notesSchema.default('') }).strict()).default([]),
    knownPeople: z.array(z.object({ personId: personIdSchema, exchange: notesSchema.default(''), followUp: z.boolean().default(false) }).strict()).default([]),
  })
  .strict()

export interface EventWithPeopleInput {
  id?: string
  name: string
  kind: GraphEvent['kind']
  where?: string | null
  date: string
  /** People first met here: created with howWeMet from the event, each with a follow-up. */
  newPeople?: { person: PersonInput; exchange?: string }[]
  /** People already in the vault who were there; no follow-up unless asked. */
  knownPeople?: { personId: PersonId; exchange?: string; followUp?: boolean }[]
}

/**
 * Records an event with the people met there. New people get howWeMet { where: the event's place
 * or name, when: its date } unless their input says otherwise, and a follow-up due
 * `followUpDays` (a vault setting) after the event. Returns the event id and the new people's ids.
 */
export function addEventWithPeople(doc: Y.Doc, input: EventWithPeopleInput, options?: WriteOptions): { eventId: string; personIds: PersonId[] } {
  const parsed = parseInput(eventWithPeopleSchema, input, 'event')
  const where = parsed.where ?? null
  const people = parsed.newPeople.map((entry, i) => {
    const person = parseInput(personInputSchema, entry.person, `event.newPeople.${i}.person`)
    const id = person.id ?? uuidv4()
    return {
      input: { ...(entry.person as PersonInput), id, howWeMet: { where: where ?? parsed.name, when: parsed.date, ...person.howWeMet } },
      exchange: entry.exchange,
      id,
      introducedBy: person.howWeMet?.introducedBy ?? null,
    }
  })
  const ids = people.map((p) => p.id)
  if (new Set(ids).size !== ids.length) throw new GraphError('duplicate-id', 'event.newPeople: two new people share an id', ['newPeople'])
  for (const p of people) {
    if (root(doc, 'people').has(p.id)) throw new GraphError('duplicate-id', `person.id: "${p.id}" already exists`, ['newPeople'])
    if (p.introducedBy !== null && !ids.includes(p.introducedBy)) requirePerson(doc, p.introducedBy, 'howWeMet.introducedBy')
  }
  // New people may introduce each other: add each introducer before the people they introduced.
  const ordered: typeof people = []
  const pending = new Set(ids)
  while (ordered.length < people.length) {
    const ready = people.filter((p) => pending.has(p.id) && (p.introducedBy === null || !pending.has(p.introducedBy) || p.introducedBy === p.id))
    if (ready.length === 0) throw new GraphError('invalid-input', 'event.newPeople: introductions form a loop', ['newPeople'])
    for (const p of ready) {
      pending.delete(p.id)
      ordered.push(p)
    }
  }
  requireLive(
    doc,
    parsed.knownPeople.map((k) => k.personId),
    'event.person',
  )
  const met: MetAtEvent[] = [
    ...parsed.knownPeople.map((k) => ({ personId: k.personId, exchange: k.exchange, followUp: k.followUp })),
    ...people.map((p) => ({ personId: p.id, exchange: p.exchange, followUp: true })),
  ]
  const { id: eventId, clean } = prepareRecord(doc, EVENT, {
    ...(parsed.id === undefined ? {} : { id: parsed.id }),
    name: parsed.name,
    kind: parsed.kind,
    where,
    date: parsed.date,
    met: parsed.knownPeople.map((k) => ({ personId: k.personId, exchange: k.exchange })),
  })
  doc.transact(() => {
    for (const p of ordered) addPerson(doc, p.input, options)
    insertRecord(doc, EVENT, eventId, { ...clean, met })
  }, originOf(options))
  return { eventId, personIds: ids }
}
