/**
 * The vault commands as data: what the CLI runs directly on a replica it holds, and what it sends
 * over the control socket when another process holds the vault. Shapes are checked here; values
 * (is "foo" a Schwartz value? does this id exist?) are checked by run-command.ts against the doc.
 */
import { z } from 'zod'
import { IO_COMMAND_SCHEMAS, IO_WRITE_COMMANDS } from './io-command-schema'
import { WORKFLOW_COMMAND_SCHEMAS, WORKFLOW_WRITE_COMMANDS } from './workflow-command-schema'

const text = z.string().max(10_000)
const id = z.string().max(200)
const list = z.array(text).max(100)

/** `person add`'s options as given on the command line (strings); run-command.ts converts them. */
export const personAddArgsSchema = z
  .object({
    name: text,
    reading: text.optional(),
    roles: list.optional(),
    occupation: text.optional(),
    industry: text.optional(),
    values: list.optional(),
    birthYear: text.optional(),
    gender: text.optional(),
    tags: list.optional(),
  })
  .strict()
export type PersonAddArgs = z.infer<typeof personAddArgsSchema>

export const tieAddArgsSchema = z.object({ a: id, b: id, kind: text.optional(), strength: text.optional() }).strict()
export type TieAddArgs = z.infer<typeof tieAddArgsSchema>

export const vaultCommandSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('vault.info') }).strict(),
  z.object({ name: z.literal('graph.read') }).strict(),
  z.object({ name: z.literal('vault.export') }).strict(),
  z.object({ name: z.literal('person.add'), args: personAddArgsSchema }).strict(),
  z.object({ name: z.literal('person.list'), trash: z.boolean().default(false) }).strict(),
  z.object({ name: z.literal('person.show'), id }).strict(),
  z.object({ name: z.literal('person.delete'), id }).strict(),
  z.object({ name: z.literal('person.restore'), id }).strict(),
  z.object({ name: z.literal('tie.add'), args: tieAddArgsSchema }).strict(),
  z.object({ name: z.literal('tie.list') }).strict(),
  ...WORKFLOW_COMMAND_SCHEMAS,
  ...IO_COMMAND_SCHEMAS,
])
export type VaultCommand = z.input<typeof vaultCommandSchema>
export type VaultCommandName = VaultCommand['name']

/** Commands that change the vault; the rest only read it. */
export const WRITE_COMMANDS: ReadonlySet<VaultCommandName> = new Set(['person.add', 'person.delete', 'person.restore', 'tie.add', ...WORKFLOW_WRITE_COMMANDS, ...IO_WRITE_COMMANDS])
