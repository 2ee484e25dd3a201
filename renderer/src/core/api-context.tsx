/**
 * The one way from the renderer to the main process: `useApi()`. The shell provides the preload's
 * API (window.kizuna) once at the root; components and stores never read the global themselves,
 * so tests and the sample can hand in another implementation.
 */
import { createContext, useContext } from 'react'
import type { KizunaApi } from '../../../shared/ipc/api'

export const ApiContext = createContext<KizunaApi | null>(null)

export function useApi(): KizunaApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi outside an ApiContext')
  return api
}
