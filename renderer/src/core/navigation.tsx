/**
 * In-app navigation: a route is a view id plus the parameters that view takes. Every view id is
 * listed here once; features declare their views against it (core/registry.ts) and anything can
 * navigate through `useNavigation()`.
 */
import { createContext, useContext } from 'react'

export const VIEW_IDS = [
  'home',
  'review',
  'people',
  'person',
  'today',
  'events',
  'projects',
  'opportunities',
  'ledger',
  'me',
  'network',
  'egogram',
  'diversity',
  'echo-chambers',
  'trash',
  'import',
  'devices',
  'settings',
  'consult',
] as const
export type ViewId = (typeof VIEW_IDS)[number]

/** Views that take parameters; every other view takes none. */
interface RouteParams {
  person: { id: string }
  network: { echo?: string; path?: readonly string[] } | undefined
  consult: { topic?: string } | undefined
}

export type Route = {
  [V in ViewId]: V extends keyof RouteParams
    ? undefined extends RouteParams[V]
      ? { view: V; params?: RouteParams[V] }
      : { view: V; params: RouteParams[V] }
    : { view: V; params?: undefined }
}[ViewId]

export interface Navigation {
  route: Route
  navigate(route: Route): void
}

export const NavigationContext = createContext<Navigation | null>(null)

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation outside NavigationContext')
  return navigation
}
