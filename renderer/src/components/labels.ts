/** Taxonomy labels in the UI language, and GraphError problems as sentences next to a field. */
import { languageOfLocale, type Language } from '../../../shared/i18n'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Label } from '../../../shared/graph'
import type { WriteProblem } from '../vault/write-problem'

export function useUiLanguage(): Language {
  const { i18n } = useTranslation()
  return languageOfLocale(i18n.language)
}

export function labelIn(label: Label, language: Language): string {
  return label[language]
}

/** The translated sentence for a rejected write; the field it belongs to is decided by the caller. */
export function problemText(t: TFunction, problem: WriteProblem): string {
  switch (problem.code) {
    case 'too-many-values':
      return t('errors.tooManyValues')
    case 'not-found':
      return t('errors.notFound')
    case 'in-trash':
      return t('errors.inTrash')
    case 'self-tie':
      return t('errors.selfTie')
    case 'duplicate-id':
      return t('errors.duplicate')
    default: {
      const field = problem.path.map(String)
      if (field.includes('birthYear')) return t('errors.year')
      if (field.includes('when') || field.includes('since')) return t('errors.date')
      if (/must not be empty/.test(problem.message)) return t('errors.empty')
      return t('errors.invalid')
    }
  }
}

/** The top-level field a problem is about, e.g. 'values' or 'howWeMet.when'. */
export function problemField(problem: WriteProblem): string {
  const [first, second] = problem.path
  return first === 'howWeMet' && typeof second === 'string' ? `howWeMet.${second}` : String(first ?? '')
}
