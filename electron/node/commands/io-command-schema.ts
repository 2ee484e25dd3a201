/**
 * `kizuna import` as a vault command. The file travels as an absolute path, not as content: the
 * control socket caps a request at 1 MB, and whoever holds the vault runs on the same machine as
 * the command, as the same user (the socket's token proves it).
 */
import { z } from 'zod'

export const IMPORT_FORMAT_NAMES = ['vcard', 'linkedin', 'google', 'json', 'ics'] as const
export const DUPLICATE_POLICIES = ['merge', 'keep', 'skip'] as const

export const IO_COMMAND_SCHEMAS = [
  z
    .object({
      name: z.literal('io.import'),
      path: z.string().min(1).max(4096),
      format: z.enum(IMPORT_FORMAT_NAMES).optional(),
      dryRun: z.boolean().default(false),
      onDuplicate: z.enum(DUPLICATE_POLICIES).default('merge'),
      /** Merge suggested matches (a similar name, a shared line) too; by default they stay new people. */
      mergeSuggestions: z.boolean().default(false),
      /** A calendar's window starts on this day (ISO date); by default a year before today. */
      since: z.iso.date().optional(),
    })
    .strict(),
] as const

export const IO_WRITE_COMMANDS = ['io.import'] as const
