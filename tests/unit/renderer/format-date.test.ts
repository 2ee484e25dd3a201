import { describe, expect, it } from 'vitest'
import { formatDay, formatInstant } from '../../../renderer/src/components/format-date'

describe('dates in the UI language', () => {
  it('formats an ISO day the same way everywhere, without a time-zone shift, and leaves non-dates alone', () => {
    expect([formatDay('2026-12-01', 'en'), formatDay('2026-12-01', 'ja'), formatDay('1991-05-10', 'en'), formatDay('someday', 'en')]).toEqual([
      'Dec 1, 2026',
      '2026年12月1日',
      'May 10, 1991',
      'someday',
    ])
    expect(formatInstant(Date.UTC(2026, 11, 1, 12), 'ja')).toMatch(/^2026年12月[12]日$/u)
  })
})
