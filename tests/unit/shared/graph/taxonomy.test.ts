import { describe, expect, it } from 'vitest'
import { ISCO_MAJOR_GROUPS, ISCO_SUB_MAJOR_GROUPS } from '../../../../shared/graph'

describe('ISCO-08 sub-major groups', () => {
  it('lists all 43, each under its major group, with both labels', () => {
    const perMajor = Object.fromEntries(ISCO_MAJOR_GROUPS.map((m) => [m.id, ISCO_SUB_MAJOR_GROUPS.filter((s) => s.major === m.id).length]))
    expect(perMajor).toEqual({ 1: 4, 2: 6, 3: 5, 4: 4, 5: 4, 6: 3, 7: 5, 8: 3, 9: 6, 0: 3 })
    expect(new Set(ISCO_SUB_MAJOR_GROUPS.map((s) => s.id)).size).toBe(43)
    expect(ISCO_SUB_MAJOR_GROUPS.every((s) => /^\d\d$/.test(s.id) && s.id.startsWith(s.major) && s.label.en !== '' && s.label.ja !== '')).toBe(true)
  })
})
