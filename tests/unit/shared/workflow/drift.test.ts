import { describe, expect, it } from 'vitest'
import { addEventWithPeople, addPerson, logInteraction, readGraph, type Role } from '../../../../shared/graph'
import { addDays, DRIFT_HALF_LIFE_DAYS, findFading, measureDrift, paceRoleOf, warmthAfter } from '../../../../shared/workflow'
import { machine } from '../graph/replicas'

const TODAY = '2026-03-01'

/** A vault with one person per role list, each last contacted `daysAgo` days before TODAY. */
function vaultWith(people: { id: string; roles: Role[]; daysAgo: number | null; kind?: 'met' | 'message' | 'introduced' }[]) {
  const doc = machine(1)
  for (const p of people) {
    addPerson(doc, { id: p.id, name: p.id.toUpperCase(), roles: p.roles, howWeMet: { when: '2001-01-01' } })
    if (p.daysAgo !== null) logInteraction(doc, { date: addDays(TODAY, -p.daysAgo), kind: p.kind ?? 'message', personIds: [p.id] })
  }
  return doc
}

const warmthOf = (doc: ReturnType<typeof machine>, today = TODAY) => Object.fromEntries(measureDrift(readGraph(doc), today).map((t) => [t.personId, t.warmth]))

describe('the fading rule, per role, with an injected clock', () => {
  it('halves each role after its own half-life since real contact, the slowest role setting the pace', () => {
    expect(DRIFT_HALF_LIFE_DAYS).toEqual({ advisor: 180, collaborator: 120, mentee: 90, peer: 90, none: 45 })
    const doc = vaultWith([
      { id: 'adv', roles: ['advisor'], daysAgo: 180 },
      { id: 'col', roles: ['collaborator'], daysAgo: 120 },
      { id: 'men', roles: ['mentee'], daysAgo: 90 },
      { id: 'peer', roles: ['peer'], daysAgo: 90 },
      { id: 'acq', roles: [], daysAgo: 45 },
      { id: 'both', roles: ['peer', 'advisor'], daysAgo: 360 },
    ])
    expect(warmthOf(doc)).toEqual({ adv: 0.5, col: 0.5, men: 0.5, peer: 0.5, acq: 0.5, both: 0.25 })
    expect(paceRoleOf(['peer', 'advisor'])).toBe('advisor')
    expect(paceRoleOf([])).toBe('none')
  })

  it('fades an acquaintance faster than an advisor after the same silence, and moves only with the clock', () => {
    const doc = vaultWith([
      { id: 'adv', roles: ['advisor'], daysAgo: 0 },
      { id: 'acq', roles: [], daysAgo: 0 },
    ])
    expect(warmthOf(doc)).toEqual({ adv: 1, acq: 1 })
    const later = addDays(TODAY, 90)
    expect(warmthOf(doc, later)).toEqual({ adv: expect.closeTo(Math.SQRT1_2, 12) as number, acq: 0.25 })
    expect(warmthAfter(90, 180)).toBeGreaterThan(warmthAfter(90, 45))
    // A contact dated ahead of today counts as today's.
    expect(warmthOf(doc, addDays(TODAY, -10))).toEqual({ adv: 1, acq: 1 })
  })

  it('counts real contact and events where we met, never the date we met nor an introduction', () => {
    const doc = vaultWith([
      { id: 'intro', roles: ['advisor'], daysAgo: 1, kind: 'introduced' },
      { id: 'none', roles: ['advisor'], daysAgo: null },
    ])
    addEventWithPeople(doc, { name: 'Meetup', kind: 'meetup', date: addDays(TODAY, -30), knownPeople: [{ personId: 'none' }] })
    const drift = measureDrift(readGraph(doc), TODAY)
    expect(drift.map((t) => [t.personId, t.lastContactOn, t.daysSince])).toEqual([
      ['intro', null, null],
      ['none', addDays(TODAY, -30), 30],
    ])
    expect(drift[0].warmth).toBeNull()
  })

  it('names fading advisors and collaborators only, coldest first', () => {
    const doc = vaultWith([
      { id: 'adv-warm', roles: ['advisor'], daysAgo: 179 },
      { id: 'adv-cold', roles: ['advisor'], daysAgo: 400 },
      { id: 'col-fading', roles: ['collaborator'], daysAgo: 130 },
      { id: 'peer-cold', roles: ['peer'], daysAgo: 400 },
      { id: 'acq-cold', roles: [], daysAgo: 400 },
      { id: 'adv-never', roles: ['advisor'], daysAgo: null },
    ])
    const fading = findFading(readGraph(doc), TODAY)
    expect(fading.map((t) => [t.personId, t.paceRole, t.daysSince])).toEqual([
      ['adv-cold', 'advisor', 400],
      ['col-fading', 'collaborator', 130],
    ])
    // Logging contact today takes them off the list.
    logInteraction(doc, { date: TODAY, kind: 'call', personIds: ['adv-cold'] })
    expect(findFading(readGraph(doc), TODAY).map((t) => t.personId)).toEqual(['col-fading'])
  })

  it('rejects a today that is not a date', () => {
    expect(() => measureDrift(readGraph(machine(1)), '2026-02-30')).toThrow(RangeError)
  })
})
