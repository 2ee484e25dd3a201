import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SettingsStore } from '../../../../electron/node/settings-store'
import { DEFAULT_SETTINGS } from '../../../../shared/ipc'

const dir = () => mkdtemp(join(tmpdir(), 'kizuna-settings-'))

describe('settings store', () => {
  it('starts from defaults and keeps what was set across reopen', async () => {
    const dataDir = await dir()
    const store = await SettingsStore.open(dataDir)
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    await store.set({ language: 'ja' })
    await store.set({ theme: 'dark', firstRunDone: true })
    expect((await SettingsStore.open(dataDir)).get()).toEqual({ language: 'ja', theme: 'dark', firstRunDone: true, notifications: true, notificationsPerDay: 3 })
    expect(await readdir(dataDir)).toEqual(['settings.json'])
  })

  it('keeps a corrupt file aside, says why, and uses defaults', async () => {
    const dataDir = await dir()
    await writeFile(join(dataDir, 'settings.json'), '{"language": "ja", ')
    const store = await SettingsStore.open(dataDir)
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    expect(store.loadProblem).toMatch(/settings\.json: not valid JSON/)
    const kept = (await readdir(dataDir)).filter((f) => f.startsWith('settings.json.corrupt-'))
    expect(kept).toHaveLength(1)
    expect(await readFile(join(dataDir, kept[0]), 'utf8')).toBe('{"language": "ja", ')
  })

  it('keeps valid fields of a file written by another version and drops invalid ones', async () => {
    const dataDir = await dir()
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ language: 'ja', theme: 'purple', futureKey: 1 }))
    expect((await SettingsStore.open(dataDir)).get()).toEqual({ ...DEFAULT_SETTINGS, language: 'ja' })
  })

  it('refuses an invalid value and keeps the previous settings', async () => {
    const store = await SettingsStore.open(await dir())
    await expect(store.set({ language: 'fr' as never })).rejects.toThrow()
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
  })
})
