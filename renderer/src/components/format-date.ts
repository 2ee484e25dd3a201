/**
 * Dates as the UI shows them: one format everywhere, through Intl for the UI language
 * ("Dec 1, 2026" in English, "2026年12月1日" in Japanese). Stored dates are ISO calendar days
 * (`YYYY-MM-DD`), read as UTC so the day never shifts with the time zone; instants (ms) are shown
 * as the local calendar day they fall on.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(language: string, timeZone: 'UTC' | undefined): Intl.DateTimeFormat {
  const key = `${language}|${timeZone ?? ''}`
  let f = formatters.get(key)
  if (f === undefined) {
    f = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone })
    formatters.set(key, f)
  }
  return f
}

/** An ISO calendar day in the UI language; text that is not a date comes back as it is. */
export function formatDay(iso: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso)
  if (m === null) return iso
  return formatterFor(language, 'UTC').format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
}

/** An instant (ms since the epoch) as its local calendar day in the UI language. */
export function formatInstant(ms: number, language: string): string {
  return formatterFor(language, undefined).format(ms)
}

export interface DateFormat {
  day: (iso: string) => string
  instant: (ms: number) => string
}

export function useDateFormat(): DateFormat {
  const { i18n } = useTranslation()
  const language = i18n.language
  return useMemo(() => ({ day: (iso: string) => formatDay(iso, language), instant: (ms: number) => formatInstant(ms, language) }), [language])
}
