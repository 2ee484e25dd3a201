/**
 * The vault commands, implemented once over a Y.Doc. The CLI calls `runVaultCommand` on the
 * replica it opened itself; the control server calls it on the replica of the process that holds
 * the vault. Every write command checks all its input first and then makes exactly one write
 * (one transaction, origin from the caller), so a rejected command leaves the doc untouched.
 */
import type * as Y from 'yjs'
import {
  BIRTH_YEARS,
  ISIC_SECTIONS,
  ISCO_MAJOR_GROUPS,
  ISCO_SUB_MAJOR_GROUPS,
  ROLES,
  SCHEMA_VERSION,
  SCHWARTZ_VALUES,
  TIE_KINDS,
  addPerson,
  canAddWithoutDocument,
  encodePersonAddition,
  deletePerson,
  linkPeople,
  readGenders,
  readGraph,
  readPerson,
  readTie,
  restorePerson,
  type AppendIndex,
  type GenderEntry,
  type GraphSnapshot,
  type Person,
  type PersonInput,
  type Tie,
  type TiePatch,
} from '../../../shared/graph'
import { exportVaultJson, type KizunaJson } from '../../../shared/io'
import { CommandError, asCommandError } from './command-error'
import { ioHandlers, type IoCommandResults } from './io-commands'
import { workflowHandlers, type WorkflowCommandResults } from './workflow-commands'
import { vaultCommandSchema, type PersonAddArgs, type TieAddArgs, type VaultCommand, type VaultCommandName } from './command-schema'

export interface VaultInfo {
  schemaVersion: number
  people: number
  trash: number
  ties: number
}

/** What each command returns; plain JSON-safe data, the same whether run locally or remotely. */
export interface CommandResults extends WorkflowCommandResults, IoCommandResults {
  'vault.info': VaultInfo
  'graph.read': { graph: GraphSnapshot; genders: GenderEntry[] }
  'vault.export': KizunaJson
  'person.add': { id: string }
  'person.list': Person[]
  'person.show': Person
  'person.delete': Person
  'person.restore': Person
  'tie.add': Tie
  'tie.list': { ties: Tie[]; names: Record<string, string> }
}

export interface CommandOptions {
  /** Transaction origin of writes; the CLI and the control server pass CLI_ORIGIN. */
  origin: unknown
  /** Clock for timestamps, ms since epoch; tests pin it. */
  now?: number
}

type Parsed<K extends VaultCommandName> = Extract<ReturnType<typeof vaultCommandSchema.parse>, { name: K }>
type Handlers = { [K in VaultCommandName]: (doc: Y.Doc, command: Parsed<K>, options: CommandOptions) => CommandResults[K] }

/** `value` if it is one of `allowed`, else an error that lists what is allowed. */
function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new CommandError('invalid-input', `${what} "${value}" is not one of: ${allowed.join(', ')}`)
}

function wholeNumber(what: string, value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new CommandError('invalid-input', `${what} "${value}" is not a whole number`)
  return Number(value)
}

/** "2" is an ISCO-08 major group; "25" a sub-major group (its first digit is the major group). */
function occupationOf(value: string): NonNullable<PersonInput['occupation']> {
  const code = value.trim()
  const major = ISCO_MAJOR_GROUPS.find((group) => group.id === code)
  if (major) return { major: major.id, subMajor: null }
  const subMajor = ISCO_SUB_MAJOR_GROUPS.find((group) => group.id === code)
  if (subMajor) return { major: subMajor.major, subMajor: subMajor.id }
  throw new CommandError('invalid-input', `occupation "${value}" is not an ISCO-08 major group (0-9) or sub-major group (e.g. 25)`)
}

function personInputOf(genders: readonly GenderEntry[], args: PersonAddArgs): PersonInput {
  const input: PersonInput = { name: args.name }
  if (args.reading !== undefined) input.reading = args.reading
  if (args.roles !== undefined) input.roles = args.roles.map((role) => oneOf('role', role, ROLES))
  if (args.values !== undefined)
    input.values = args.values.map((value) =>
      oneOf(
        'value',
        value,
        SCHWARTZ_VALUES.map((v) => v.id),
      ),
    )
  if (args.occupation !== undefined) input.occupation = occupationOf(args.occupation)
  if (args.industry !== undefined)
    input.industry = oneOf(
      'industry',
      args.industry.trim().toUpperCase(),
      ISIC_SECTIONS.map((s) => s.id),
    )
  if (args.birthYear !== undefined) {
    const year = wholeNumber('birth year', args.birthYear)
    if (year < BIRTH_YEARS.min || year > BIRTH_YEARS.max)
      throw new CommandError('invalid-input', `birth year "${args.birthYear}" is not a year from ${BIRTH_YEARS.min} to ${BIRTH_YEARS.max}`)
    input.birthYear = year
  }
  if (args.gender !== undefined) {
    // Only genders offered for new choices: a hidden entry stays on the people who have it.
    input.gender = oneOf(
      'gender',
      args.gender,
      genders.filter((g) => !g.hidden).map((g) => g.id),
    )
  }
  if (args.tags !== undefined) input.tags = args.tags
  return input
}

function tiePatchOf(args: TieAddArgs): TiePatch {
  const patch: TiePatch = {}
  if (args.kind !== undefined) patch.kind = oneOf('kind', args.kind, TIE_KINDS)
  if (args.strength !== undefined) {
    const strength = wholeNumber('strength', args.strength)
    if (strength !== 1 && strength !== 2 && strength !== 3) throw new CommandError('invalid-input', `strength "${args.strength}" is not 1, 2 or 3`)
    patch.strength = strength
  }
  return patch
}

function requirePerson(doc: Y.Doc, id: string): Person {
  const person = readPerson(doc, id)
  if (person === null) throw new CommandError('not-found', `no person with id "${id}"`)
  return person
}

const handlers: Handlers = {
  'vault.info': (doc) => {
    const graph = readGraph(doc)
    return { schemaVersion: SCHEMA_VERSION, people: graph.people.length, trash: graph.trash.length, ties: graph.ties.length }
  },
  'graph.read': (doc) => ({ graph: readGraph(doc), genders: readGenders(doc) }),
  'vault.export': (doc, _command, options) => exportVaultJson(doc, new Date(options.now ?? Date.now())),
  'person.add': (doc, { args }, options) => ({ id: addPerson(doc, personInputOf(readGenders(doc), args), options) }),
  'person.list': (doc, { trash }) => {
    const graph = readGraph(doc)
    return trash ? graph.trash : graph.people
  },
  'person.show': (doc, { id }) => requirePerson(doc, id),
  'person.delete': (doc, { id }, options) => {
    requirePerson(doc, id)
    deletePerson(doc, id, options)
    return requirePerson(doc, id)
  },
  'person.restore': (doc, { id }, options) => {
    const person = requirePerson(doc, id)
    if (person.deletedAt === null) throw new CommandError('invalid-input', `${person.name} (${id}) is not in the trash; nothing to restore`)
    restorePerson(doc, id, options)
    return requirePerson(doc, id)
  },
  'tie.add': (doc, { args }, options) => {
    linkPeople(doc, args.a, args.b, tiePatchOf(args), options)
    const tie = readTie(doc, args.a, args.b)
    if (tie === null) throw new Error(`the tie between "${args.a}" and "${args.b}" was written but does not read back`)
    return tie
  },
  'tie.list': (doc) => {
    const graph = readGraph(doc)
    return { ties: graph.ties, names: Object.fromEntries(graph.people.map((person) => [person.id, person.name])) }
  },
  ...workflowHandlers,
  ...ioHandlers,
}

/** The command as checked by its schema; CommandError (nothing written) when it is not valid. */
function parseCommand(command: VaultCommand): Parsed<VaultCommandName> {
  const parsed = vaultCommandSchema.safeParse(command)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new CommandError('invalid-input', `command${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`)
}

/**
 * The update of a command that can be appended to the vault without loading it (`person.add`,
 * shared/graph/appended-writes.ts), built from the vault's index with the same checks and errors
 * as runVaultCommand; null for every other command, or when the index says the doc is needed.
 */
export function encodeWithoutDocument<K extends VaultCommandName>(
  command: Extract<VaultCommand, { name: K }>,
  index: AppendIndex,
  options: CommandOptions,
): { update: Uint8Array; value: CommandResults[K] } | null {
  if (command.name !== 'person.add' || !canAddWithoutDocument(index)) return null
  const parsed = parseCommand(command) as Parsed<'person.add'>
  try {
    const { id, update } = encodePersonAddition(personInputOf(index.genders, parsed.args), index, options)
    return { update, value: { id } as CommandResults[K] }
  } catch (error) {
    throw asCommandError(error)
  }
}

/**
 * Runs one command on `doc`. Throws CommandError for anything wrong with the command or its
 * input (nothing was written then); any other error is a bug or a broken store.
 */
export function runVaultCommand<K extends VaultCommandName>(doc: Y.Doc, command: Extract<VaultCommand, { name: K }>, options: CommandOptions): CommandResults[K] {
  const parsed = parseCommand(command)
  const handler = handlers[parsed.name] as (doc: Y.Doc, command: unknown, options: CommandOptions) => CommandResults[K]
  try {
    return handler(doc, parsed, options)
  } catch (error) {
    throw asCommandError(error)
  }
}
