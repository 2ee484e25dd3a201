import type { Project } from '../../../shared/graph'
import { daysBetween } from '../../../shared/workflow'
import type { Translate } from '../i18n'

/** How a finished project met its deadline, in words; null when either date is unknown. */
export function deadlineText(t: Translate, p: Project): string | null {
  if (p.finishedAt === null || p.deadline === null) return null
  const early = daysBetween(p.finishedAt, p.deadline)
  return early > 0 ? t('workflow.projects.early', { count: early }) : early < 0 ? t('workflow.projects.late', { count: -early }) : t('workflow.projects.onTime')
}
