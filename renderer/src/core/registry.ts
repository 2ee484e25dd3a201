/**
 * The registry each feature fills: its views (with the i18n key of their name) and its palette
 * actions. The shell composes the features' entries once (app/features.ts); the sidebar and the
 * palette's "open" actions are both derived from that list, so they cannot drift apart.
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { AppInfo, Settings } from '../../../shared/ipc'
import type { PlainMessageKey, Translate } from '../i18n'
import type { Navigation, Route, ViewId } from './navigation'

export interface ViewContext {
  route: Route
  settings: Settings
  info: AppInfo
  updateSettings: (patch: Partial<Settings>) => void
}

export interface ViewDefinition {
  id: ViewId
  /** i18n key of the view's name, shown in the sidebar and in the palette's "Open …". */
  labelKey: PlainMessageKey
  /** false: reached by navigating with parameters (a person's page), not from the sidebar or palette. */
  nav: boolean
  render: (context: ViewContext) => ReactNode
}

export interface PaletteAction {
  id: string
  label: string
  /** What the action opens, by name ("Me" for "Open Me"): typed exactly, it comes before people. */
  name?: string
  run: () => void
}

export interface PaletteContext {
  t: Translate
  navigation: Navigation
}

/** What one feature adds to the app. */
export interface Feature {
  views: readonly ViewDefinition[]
  /** Actions beyond opening its views (those are derived from `views`). */
  paletteActions?: (context: PaletteContext) => PaletteAction[]
}

export interface Registry {
  views: readonly ViewDefinition[]
  paletteActions: (context: PaletteContext) => PaletteAction[]
}

export function composeRegistry(features: readonly Feature[]): Registry {
  return {
    views: features.flatMap((f) => f.views),
    paletteActions: (context) => features.flatMap((f) => f.paletteActions?.(context) ?? []),
  }
}

/** The views listed in the sidebar, in registry order. */
export function navigableViews(registry: Registry): ViewDefinition[] {
  return registry.views.filter((v) => v.nav)
}

/** One "Open <view>" palette action per navigable view, named as the sidebar names it. */
export function openViewActions(registry: Registry, { t, navigation }: PaletteContext): PaletteAction[] {
  return navigableViews(registry).map((v) => ({
    id: `open:${v.id}`,
    label: t('palette.openView', { view: t(v.labelKey) }),
    name: t(v.labelKey),
    // Only views without parameters are navigable, so `{ view }` is a whole route.
    run: () => navigation.navigate({ view: v.id } as Route),
  }))
}

export const RegistryContext = createContext<Registry | null>(null)

export function useRegistry(): Registry {
  const registry = useContext(RegistryContext)
  if (!registry) throw new Error('useRegistry outside a RegistryContext')
  return registry
}
