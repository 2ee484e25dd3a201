/** The people feature: the list (in the first chunk) and a person's page (loaded on demand). */
import { createElement } from 'react'
import { lazyView } from '../core/lazy-view'
import type { Feature } from '../core/registry'
import { PeopleView } from './PeopleView'

const Person = lazyView(() => import('./PersonView').then((m) => m.PersonView))

export const peopleFeature: Feature = {
  views: [
    { id: 'people', labelKey: 'nav.people', nav: true, render: () => createElement(PeopleView) },
    {
      id: 'person',
      labelKey: 'nav.people',
      nav: false,
      render: ({ route }) => {
        const id = route.view === 'person' ? route.params.id : ''
        return createElement(Person.Component, { key: id, id })
      },
    },
  ],
}

export { personPageEn } from './i18n-en'
export { personPageJa } from './i18n-ja'
