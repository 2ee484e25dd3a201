/**
 * Per-device settings (language, theme, first run), kept in `<dataDir>/settings.json`.
 * Not in the vault: a language choice belongs to a machine, not to the synced network.
 * Written with write-then-rename so a crash never leaves half a file; an unreadable file is
 * kept aside and defaults are used, with the reason reported.
 */
import { mkdir, readFile, rename, writeFile, open } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../shared/ipc'

export class SettingsStore {
  private current: Settings = DEFAULT_SETTINGS
  private writes: Promise<void> = Promise.resolve()
  /** Why the stored file could not be used, when it could not. */
  loadProblem: string | null = null

  private constructor(private readonly file: string) {}

  static async open(dataDir: string): Promise<SettingsStore> {
    await mkdir(dataDir, { recursive: true })
    const store = new SettingsStore(join(dataDir, 'settings.json'))
    await store.load()
    return store
  }

  private async load(): Promise<void> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.loadProblem = `${this.file}: ${(err as Error).message}`
      return
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (err) {
      this.loadProblem = `${this.file}: not valid JSON (${(err as Error).message})`
      await rename(this.file, `${this.file}.corrupt-${Date.now()}`).catch(() => undefined)
      return
    }
    // Unknown or invalid fields fall back to defaults one by one; a newer version's extra keys are ignored.
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS }
    if (json && typeof json === 'object') {
      for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
        const parsed = schema.safeParse((json as Record<string, unknown>)[key])
        if (parsed.success) merged[key] = parsed.data
      }
    }
    this.current = SettingsSchema.parse(merged)
  }

  get(): Settings {
    return this.current
  }

  async set(patch: Partial<Settings>): Promise<Settings> {
    this.current = SettingsSchema.parse({ ...this.current, ...patch })
    const snapshot = JSON.stringify(this.current, null, 2)
    const next = this.writes.then(() => this.write(snapshot))
    // One failed write must not poison the queue for the next one.
    this.writes = next.catch(() => undefined)
    await next
    return this.current
  }

  private async write(text: string): Promise<void> {
    const tmp = `${this.file}.tmp`
    await writeFile(tmp, text, 'utf8')
    const handle = await open(tmp, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, this.file)
  }
}
