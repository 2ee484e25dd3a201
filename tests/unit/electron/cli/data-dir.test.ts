/** Without --data, `kizuna` works on the desktop app's own data folder (Electron's userData). */
import { describe, expect, it } from 'vitest'
import { defaultDataDir, vaultDirOf } from '../../../../electron/cli/data-dir'

describe('the default data folder', () => {
  it('is userData for productName "Kizuna" on each platform, and KIZUNA_DATA_DIR wins', () => {
    expect({
      linux: defaultDataDir({}, 'linux', '/home/ai'),
      linuxXdg: defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ai'),
      mac: defaultDataDir({}, 'darwin', '/Users/ai'),
      windows: defaultDataDir({ APPDATA: 'C:\\Users\\ai\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ai'),
      windowsNoAppData: defaultDataDir({}, 'win32', 'C:\\Users\\ai'),
      env: defaultDataDir({ KIZUNA_DATA_DIR: '/data/kz', XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ai'),
    }).toEqual({
      linux: '/home/ai/.config/Kizuna',
      linuxXdg: '/cfg/Kizuna',
      mac: '/Users/ai/Library/Application Support/Kizuna',
      windows: 'C:\\Users\\ai\\AppData\\Roaming\\Kizuna',
      windowsNoAppData: 'C:\\Users\\ai\\AppData\\Roaming\\Kizuna',
      env: '/data/kz',
    })
  })

  it('keeps vaults in <data>/vaults/<name>', () => {
    expect(vaultDirOf('/data/kz', 'default')).toBe('/data/kz/vaults/default')
  })
})
