import type { ReactNode } from 'react'

interface Props<T> {
  /** The heading above the list, which also names the list. */
  title: string
  /** The heading's id, for a section labelled by it. */
  titleId?: string
  /** The quiet line shown instead of an empty list. */
  empty: string
  /** Shown above the list when it has records, e.g. a summary of them. */
  intro?: ReactNode
  items: readonly T[]
  keyOf: (item: T) => string
  children: (item: T) => ReactNode
}

/** Events, projects or opportunities under their heading, one to a line, or a quiet line when there are none. */
export function RecordList<T>({ title, titleId, empty, intro, items, keyOf, children }: Props<T>) {
  return (
    <>
      <h2 id={titleId}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          {intro}
          <ul className="record-list" aria-label={title}>
            {items.map((item) => (
              <li key={keyOf(item)}>{children(item)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
