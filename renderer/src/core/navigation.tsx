/**
 * In-app navigation: a route is a view id plus optional parameters (e.g. which person).
 * Views are listed once in `views.tsx`; anything can navigate through `useNavigation()`.
 */
import { createContext, useContext } from 'react'

export interface Route {
  view: string
  params?: Record<string, string>
}

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
