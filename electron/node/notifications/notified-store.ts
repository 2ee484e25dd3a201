/**
 * What was notified today, kept in `<dataDir>/notifications.json` so that restarting the app does
 * not notify the same items again. Written to a temporary file, flushed and renamed, so a crash
 * leaves the old file or the new one, never half of one. An unreadable file reads as "nothing
 * notified yet" (the worst case is one repeat, better than none ever again).
 */
import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import type { NotifiedLog } from './notification-plan'

const FILE = 'notifications.json'
const fileSchema = z.object({ version: z.literal(1), day: z.string().max(10), itemIds: z.array(z.string().max(300)).max(1000) })

export interface NotifiedStore {
  load(): Promise<NotifiedLog | null>
  save(log: NotifiedLog): Promise<void>
}

export function fileNotifiedStore(dataDir: string): NotifiedStore {
  const path = join(dataDir, FILE)
  return {
    async load() {
      try {
        const parsed = fileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
        return parsed.success ? { day: parsed.data.day, itemIds: parsed.data.itemIds } : null
      } catch {
        return null
      }
    },
    async save(log) {
      await mkdir(dirname(path), { recursive: true })
      const tmp = `${path}.tmp`
      await writeFile(tmp, `${JSON.stringify({ version: 1, ...log }, null, 2)}\n`, 'utf8')
      const handle = await open(tmp, 'r')
      try {
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(tmp, path)
    },
  }
}
