/** The wording context of the consult feature: translation, language, gender labels and names. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useGenders, useGraph } from '../core/vault-context'
import { useUiLanguage } from '../components/labels'
import type { Wording } from './consult-words'

export function useWording(): Wording {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const genders = useGenders()
  const graph = useGraph()
  return useMemo(() => {
    const names = new Map(graph.people.map((person) => [person.id, person.name]))
    return { t, language, genders, nameOf: (id: string) => names.get(id) ?? id }
  }, [t, language, genders, graph.people])
}
