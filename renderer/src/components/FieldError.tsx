import { useTranslation } from 'react-i18next'
import type { WriteProblem } from '../vault/write-problem'
import { problemText } from './labels'

interface Props {
  id: string
  problem: WriteProblem | null | undefined
}

/** The message under a field whose last write was rejected; the field points at it with aria-describedby. */
export function FieldError({ id, problem }: Props) {
  const { t } = useTranslation()
  if (!problem) return null
  return (
    <p id={id} className="field-error" role="alert" data-code={problem.code}>
      {problemText(t, problem)}
    </p>
  )
}
