/**
 * Every registered view is reachable from the sidebar and from the command palette by its name
 * (the first item, what Enter runs, even among the sample's people), in both languages: the registry (app/features.ts) is the one list both derive from, and this
 * checks that list against the route union and the dictionaries the app really loads.
 */
import i18next from 'i18next'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { MESSAGES } from '../../../../renderer/src/app/messages'
import { REGISTRY } from '../../../../renderer/src/app/features'
import { VIEW_IDS, type Route } from '../../../../renderer/src/core/navigation'
import { navigableViews, openViewActions, type PaletteAction } from '../../../../renderer/src/core/registry'
import { paletteItems } from '../../../../renderer/src/palette/palette-commands'
import { generateSampleNetwork } from '../../../../shared/sample'

const SAMPLE_PEOPLE = generateSampleNetwork(1).people

beforeAll(() => {
  // Palette actions that are not navigation (quick capture) post an event on the window.
  vi.stubGlobal('window', new EventTarget())
})
afterAll(() => {
  vi.unstubAllGlobals()
})

describe('view registry', () => {
  it('registers every route once; only views that need parameters stay out of the sidebar', () => {
    expect(REGISTRY.views.map((v) => v.id).sort()).toEqual([...VIEW_IDS].sort())
    expect(REGISTRY.views.filter((v) => !v.nav).map((v) => v.id)).toEqual(['person'])
  })

  for (const language of ['en', 'ja'] as const) {
    it(`opens every sidebar view from the palette by its sidebar name (${language})`, async () => {
      const i18n = i18next.createInstance()
      await i18n.init({ lng: language, fallbackLng: false, resources: { [language]: { translation: MESSAGES[language] } }, interpolation: { escapeValue: false } })
      const t = i18n.getFixedT(language)
      const navigated: Route[] = []
      const context = { t, navigation: { route: { view: 'home' } as Route, navigate: (route: Route) => void navigated.push(route) } }
      const actions: PaletteAction[] = [...openViewActions(REGISTRY, context), ...REGISTRY.paletteActions(context)]

      const reached: Record<string, { name: string; opens: string[] }> = {}
      for (const view of navigableViews(REGISTRY)) {
        const name = t(view.labelKey)
        // Enter runs the first item: with the sample's people there ("Me" is in "Arjun Mehta").
        const first = paletteItems(name, SAMPLE_PEOPLE, actions)[0]
        navigated.length = 0
        if (first.kind === 'action') first.run()
        reached[view.id] = { name, opens: navigated.map((r) => r.view) }
      }
      for (const [id, { name, opens }] of Object.entries(reached)) {
        expect({ id, named: name.length > 0 && !name.includes('.'), opens }).toEqual({ id, named: true, opens: [id] })
      }
      // One name per view: two sidebar entries with the same name would make the palette ambiguous.
      const names = Object.values(reached).map((r) => r.name)
      expect(new Set(names).size).toBe(names.length)
    })
  }
})
