/**
 * The workflow commands over a Y.Doc, for the CLI and the control server alike. Each checks its
 * strings here (kinds, yes/no), lets shared/graph check the rest (dates, ids, people in the
 * trash) before anything is written, and makes exactly one transaction.
 */
import type * as Y from 'yjs'
import type { z } from 'zod'
import {
  ISIC_SECTIONS,
  addEventWithPeople,
  addOpportunity,
  addProject,
  logInteraction,
  readGraph,
  readWorkflow,
  type InteractionKind,
  type IsicSectionId,
  type PersonId,
} from '../../../shared/graph'
import { EVENT_KINDS, INTERACTION_KINDS, OPPORTUNITY_KINDS } from '../../../shared/graph'
import { computeToday, todayIn, type TodayItem } from '../../../shared/workflow'
import { CommandError } from './command-error'
import type { WORKFLOW_COMMAND_SCHEMAS, WorkflowCommandName } from './workflow-command-schema'

export interface WorkflowCommandResults {
  'interaction.add': { id: string }
  'event.add': { eventId: string; personIds: PersonId[] }
  'project.add': { id: string }
  'opportunity.add': { id: string }
  today: { date: string; items: TodayItem[] }
}

export interface WorkflowCommandOptions {
  origin: unknown
  now?: number
}

type Parsed<K extends WorkflowCommandName> = Extract<z.output<(typeof WORKFLOW_COMMAND_SCHEMAS)[number]>, { name: K }>
type Handlers = { [K in WorkflowCommandName]: (doc: Y.Doc, command: Parsed<K>, options: WorkflowCommandOptions) => WorkflowCommandResults[K] }

function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new CommandError('invalid-input', `${what} "${value}" is not one of: ${allowed.join(', ')}`)
}

/** Today's date where this process runs (the user's machine, so the user's time zone). */
const todayOf = (options: WorkflowCommandOptions) => todayIn(options.now ?? Date.now())

export const workflowHandlers: Handlers = {
  'interaction.add': (doc, { args }, options) => ({
    id: logInteraction(
      doc,
      { kind: oneOf<InteractionKind>('kind', args.kind, INTERACTION_KINDS), personIds: args.personIds, date: args.date ?? todayOf(options), note: args.note ?? '' },
      options,
    ),
  }),
  'event.add': (doc, { args }, options) =>
    addEventWithPeople(
      doc,
      {
        name: args.name,
        date: args.date,
        kind: args.kind === undefined ? 'other' : oneOf('kind', args.kind, EVENT_KINDS),
        where: args.where ?? null,
        newPeople: args.met.map((m) => ({ person: { name: m.name }, exchange: m.exchange })),
      },
      options,
    ),
  'project.add': (doc, { args }, options) => ({
    id: addProject(
      doc,
      {
        name: args.name,
        memberIds: args.memberIds,
        start: args.start ?? null,
        end: args.end ?? null,
        deadline: args.deadline ?? null,
        finishedAt: args.finishedAt ?? null,
        myRole: args.myRole ?? '',
        notes: args.notes ?? '',
        learned: args.learned ?? '',
        tookUnownedChores: args.tookUnownedChores ?? null,
      },
      options,
    ),
  }),
  'opportunity.add': (doc, { args }, options) => ({
    id: addOpportunity(
      doc,
      {
        title: args.title,
        date: args.date,
        kind: args.kind === undefined ? 'other' : oneOf('kind', args.kind, OPPORTUNITY_KINDS),
        viaPersonIds: args.viaPersonIds,
        field:
          args.field === undefined
            ? null
            : oneOf<IsicSectionId>(
                'field',
                args.field.trim().toUpperCase(),
                ISIC_SECTIONS.map((s) => s.id),
              ),
        note: args.note ?? '',
      },
      options,
    ),
  }),
  today: (doc, { date, horizonDays }, options) => {
    const day = date ?? todayOf(options)
    try {
      return { date: day, items: computeToday(readGraph(doc), day, readWorkflow(doc), { horizonDays }) }
    } catch (error) {
      if (error instanceof RangeError) throw new CommandError('invalid-input', `date "${day}" is not a calendar date (YYYY-MM-DD)`)
      throw error
    }
  },
}
