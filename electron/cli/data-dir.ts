/**
 * The data folder a `kizuna` command works on when no `--data` is given: the desktop app's own,
 * which is Electron's `userData` for productName "Kizuna", or KIZUNA_DATA_DIR, which the app
 * honours too (electron/main/index.ts). Vaults live in `<data>/vaults/<name>`.
 */
import { homedir } from 'node:os'
import { posix, resolve, win32 } from 'node:path'
import type { VaultName } from '../../shared/ipc'

export const PRODUCT_NAME = 'Kizuna'

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.KIZUNA_DATA_DIR) return env.KIZUNA_DATA_DIR
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME)
  // Electron follows the XDG base directory spec on Linux and the BSDs.
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), PRODUCT_NAME)
}

export function resolveDataDir(given: string | undefined): string {
  return resolve(given ?? defaultDataDir())
}

export function vaultDirOf(dataDir: string, vault: VaultName): string {
  return resolve(dataDir, 'vaults', vault)
}
