/** The devices feature's registry entry; its view loads on demand. */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'

const Devices = lazyView(() => import('./DevicesView').then((m) => m.DevicesView))

export const devicesFeature: Feature = {
  views: [{ id: 'devices', labelKey: 'devices.nav', nav: true, render: () => createElement(Devices.Component) }],
}
export { SyncStatusBadge } from './SyncStatusBadge'
export { RemoteRemovalBanner } from './RemoteRemovalBanner'
export { deviceSyncEn } from './i18n-en'
export { deviceSyncJa } from './i18n-ja'
