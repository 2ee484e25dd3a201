/**
 * What a SyncHost keeps across restarts, in <dataDir>/sync/host.json (0600):
 *
 *   { folder, lastRemoteRemoval }
 *
 * `folder` is the chosen sync folder; `lastRemoteRemoval` the last mass removal by another device
 * until the user restores or dismisses it, so the app still offers the restore after a restart.
 * An unreadable or malformed file reads as "nothing chosen": it holds no user data.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { RemoteRemovalStatus } from '../../../shared/sync'

const HOST_FILE = 'host.json'

export interface HostFile {
  folder: string | null
  lastRemoteRemoval: RemoteRemovalStatus | null
}

const removalSchema = z.object({
  deviceId: z.string(),
  deviceName: z.string(),
  removed: z.int().nonnegative(),
  of: z.int().nonnegative(),
  backupId: z.string(),
  at: z.number(),
})

const fileSchema = z.object({
  folder: z.string().min(1).nullable().catch(null),
  lastRemoteRemoval: removalSchema.nullable().optional().catch(null),
})

export async function readHostFile(syncDir: string): Promise<HostFile> {
  try {
    const parsed = fileSchema.safeParse(JSON.parse(await readFile(join(syncDir, HOST_FILE), 'utf8')))
    if (parsed.success) return { folder: parsed.data.folder, lastRemoteRemoval: parsed.data.lastRemoteRemoval ?? null }
  } catch {
    // Missing or not JSON: nothing chosen yet.
  }
  return { folder: null, lastRemoteRemoval: null }
}

export async function writeHostFile(syncDir: string, content: HostFile): Promise<void> {
  const path = join(syncDir, HOST_FILE)
  const temp = `${path}.tmp-${process.pid}`
  await writeFile(temp, JSON.stringify(content), { mode: 0o600 })
  await rename(temp, path)
}
