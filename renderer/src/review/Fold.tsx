import type { ReactNode } from 'react'

/** A section that folds (open at first), its heading the summary: long analysis pages stay scannable. */
export function Fold({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <details open className="fold" aria-labelledby={id}>
      <summary>
        <h2 id={id}>{title}</h2>
      </summary>
      {children}
    </details>
  )
}
