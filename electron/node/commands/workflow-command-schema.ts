/**
 * The workflow commands as data (`kizuna interaction|event|project|opportunity add`, `kizuna
 * today`): shapes only, as the command line gives them (strings); workflow-commands.ts checks the
 * values against the vault through shared/graph, which rejects before it writes.
 */
import { z } from 'zod'

const text = z.string().max(10_000)
const id = z.string().max(200)
const ids = z.array(id).max(100)
const date = z.string().max(40)

export const interactionAddArgsSchema = z.object({ kind: text, personIds: ids, date: date.optional(), note: text.optional() }).strict()
export const eventAddArgsSchema = z
  .object({
    name: text,
    date,
    kind: text.optional(),
    where: text.optional(),
    /** People first met there, each with a line on the exchange we could have. */
    met: z.array(z.object({ name: text, exchange: text }).strict()).max(100),
  })
  .strict()
export const projectAddArgsSchema = z
  .object({
    name: text,
    memberIds: ids,
    start: date.optional(),
    end: date.optional(),
    deadline: date.optional(),
    finishedAt: date.optional(),
    myRole: text.optional(),
    notes: text.optional(),
    learned: text.optional(),
    tookUnownedChores: z.boolean().optional(),
  })
  .strict()
export const opportunityAddArgsSchema = z.object({ title: text, date, kind: text.optional(), viaPersonIds: ids, field: text.optional(), note: text.optional() }).strict()

export const WORKFLOW_COMMAND_SCHEMAS = [
  z.object({ name: z.literal('interaction.add'), args: interactionAddArgsSchema }).strict(),
  z.object({ name: z.literal('event.add'), args: eventAddArgsSchema }).strict(),
  z.object({ name: z.literal('project.add'), args: projectAddArgsSchema }).strict(),
  z.object({ name: z.literal('opportunity.add'), args: opportunityAddArgsSchema }).strict(),
  /** `date` defaults to today in the local time zone of the process that runs the command. */
  z.object({ name: z.literal('today'), date: date.optional(), horizonDays: z.int().min(0).max(366).optional() }).strict(),
] as const

export const WORKFLOW_WRITE_COMMANDS = ['interaction.add', 'event.add', 'project.add', 'opportunity.add'] as const
export type WorkflowCommandName = z.infer<(typeof WORKFLOW_COMMAND_SCHEMAS)[number]>['name']

export function isWorkflowCommandName(name: string): name is WorkflowCommandName {
  return name === 'today' || (WORKFLOW_WRITE_COMMANDS as readonly string[]).includes(name)
}
