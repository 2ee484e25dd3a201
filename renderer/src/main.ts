/**
 * The entry point: small on purpose. It starts loading the last-opened vault from IndexedDB
 * first, then loads the rest of the app (React, i18n, views) as a separate chunk, so parsing the
 * app and reading the vault overlap. The vault session adopts the preloaded replica.
 */
import { preloadLastVault } from './vault/vault-session'

performance.mark('kizuna:boot')
preloadLastVault()
void import('./boot').then(({ boot }) => boot())
