/**
 * The command line of `kizuna consult` and `kizuna reach` -> an invocation. Pure, like
 * parse-args.ts, which hands these over:
 *   consult TOPIC [--date D] [--limit N] [--lang en|ja] [--json]
 *   reach PERSON | --field ISIC | --age-band B  [--date D] [--limit N] [--lang en|ja] [--json]
 * `--date` is the day the analysis takes as today (recency of contact, age bands); default now.
 */
import { parseArgs } from 'node:util'
import { AGE_BANDS, ISIC_SECTIONS, type AgeBandId, type IsicSectionId } from '../../shared/graph'
import { isLanguage, type Language } from '../../shared/i18n'
import { CliUsageError } from './cli-errors'

export type ConsultInvocation =
  | { kind: 'consult'; dataDir: string | undefined; topic: string; limit: number; lang: Language; json: boolean; now: number | null }
  | {
      kind: 'reach'
      dataDir: string | undefined
      /** An id or a name, as typed. */
      person: string | null
      field: IsicSectionId | null
      ageBand: AgeBandId | null
      limit: number
      lang: Language
      json: boolean
      now: number | null
    }

export const CONSULT_COMMANDS: ReadonlySet<string> = new Set(['consult', 'reach'])
const MAX_LIMIT = 50

function usage(message: string): never {
  throw new CliUsageError(message)
}

export function parseConsultCommandLine(rest: readonly string[], globalDataDir: string | undefined): ConsultInvocation {
  const name = rest[0]
  const str = { type: 'string' } as const
  const options = { data: str, json: { type: 'boolean' }, limit: str, lang: str, date: str, ...(name === 'reach' ? { field: str, 'age-band': str } : {}) } as const
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: rest.slice(1), options, allowPositionals: true, strict: true })
  } catch (error) {
    usage(`${name}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const values = parsed.values as Record<string, string | boolean | undefined>
  const positionals = parsed.positionals
  const dataDir = (values.data as string | undefined) ?? globalDataDir
  const lang = (values.lang as string | undefined) ?? 'en'
  if (!isLanguage(lang)) usage(`${name}: --lang must be en or ja, not "${lang}"`)
  const limitText = values.limit as string | undefined
  if (limitText !== undefined && !/^\d{1,2}$/.test(limitText)) usage(`${name}: --limit must be a number from 1 to ${MAX_LIMIT}, not "${limitText}"`)
  const limit = limitText === undefined ? (name === 'consult' ? 5 : 3) : Number(limitText)
  if (limit < 1 || limit > MAX_LIMIT) usage(`${name}: --limit must be a number from 1 to ${MAX_LIMIT}, not "${limitText}"`)
  const json = values.json === true
  const dateText = values.date as string | undefined
  const now = dateText === undefined ? null : Date.parse(`${dateText}T12:00:00Z`)
  if (now !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(dateText ?? '') || Number.isNaN(now) || new Date(now).toISOString().slice(0, 10) !== dateText))
    usage(`${name}: --date must be a date YYYY-MM-DD, not "${dateText}"`)
  if (positionals.length > 1) usage(`${name}: unexpected argument "${positionals[1]}" (quote a topic or name of several words)`)

  if (name === 'consult') {
    const topic = positionals[0]?.trim() ?? ''
    if (topic === '') usage('consult: missing TOPIC (for example: kizuna consult "career change")')
    return { kind: 'consult', dataDir, topic, limit, lang, json, now }
  }
  const fieldText = values.field as string | undefined
  const bandText = values['age-band'] as string | undefined
  const person = positionals[0]?.trim() || null
  if (person !== null && (fieldText !== undefined || bandText !== undefined)) usage('reach: give a PERSON or --field/--age-band, not both')
  if (person === null && fieldText === undefined && bandText === undefined) usage('reach: missing PERSON, or --field ISIC and/or --age-band B')
  const field =
    fieldText === undefined
      ? null
      : (ISIC_SECTIONS.find((s) => s.id === fieldText.trim().toUpperCase())?.id ?? usage(`reach: --field "${fieldText}" is not an ISIC Rev.4 section (A-U)`))
  const ageBand =
    bandText === undefined
      ? null
      : (AGE_BANDS.find((b) => b.id === bandText.trim())?.id ?? usage(`reach: --age-band "${bandText}" is not one of: ${AGE_BANDS.map((b) => b.id).join(', ')}`))
  return { kind: 'reach', dataDir, person, field, ageBand, limit, lang, json, now }
}
