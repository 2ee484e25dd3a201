// The renderer sees exactly the preload's named API, typed from the one IPC contract.
import type { KizunaApi } from '../../shared/ipc/api'

declare global {
  interface Window {
    kizuna: KizunaApi
  }
}
export {}
