import { describe, expect, it } from 'vitest'
import { analyzeNetwork } from '../../../../shared/analysis'
import { categoriesOfProfile } from '../../../../shared/analysis/dimensions'
import type { GraphSnapshot } from '../../../../shared/graph/types'
import { generateSampleNetwork } from '../../../../shared/sample'

const NOW = Date.parse('2025-06-01T00:00:00Z')
const YEAR = 2025
const sample = generateSampleNetwork(1)
const snapshot: GraphSnapshot = { schemaVersion: 1, trash: [], ...sample }
const report = analyzeNetwork(snapshot, { now: NOW })
const personById = new Map(sample.people.map((person) => [person.id, person]))
const workIds = new Set(sample.people.filter((person) => person.tags.includes('work')).map((person) => person.id))

describe('generateSampleNetwork', () => {
  it('is deterministic with stable ids and looks like an address book', () => {
    expect(generateSampleNetwork(1)).toEqual(sample)
    expect(generateSampleNetwork(2).people[0].id).toBe('sample-2-p001')
    expect(sample.people.length).toBeGreaterThanOrEqual(110)
    expect(sample.people.length).toBeLessThanOrEqual(130)
    for (const person of sample.people) {
      // Japanese names carry a kana reading; names in Latin script need none.
      if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(person.name)) expect(person.reading).toMatch(/^[\u3040-\u309f ]+$/u)
      else expect(person.reading).toBeNull()
    }
    for (const tie of sample.ties) expect(tie.a < tie.b).toBe(true)
    expect(new Set(sample.people.map((person) => person.name)).size).toBe(sample.people.length)
    expect(sample.opportunities[0].viaPersonIds).toHaveLength(2)
  })
})

describe('analyzeNetwork on the sample network', () => {
  const chamber = report.echoChambers.find((candidate) => candidate.memberIds.some((id) => workIds.has(id)))

  it('flags the planted work-team echo chamber with its reason', () => {
    expect(chamber).toBeDefined()
    expect(report.echoChambers).toHaveLength(1)
    const members = new Set(chamber!.memberIds)
    expect([...workIds].every((id) => members.has(id))).toBe(true)
    const dims = chamber!.reason.homogeneous.map((h) => h.dimension)
    expect(dims).toEqual(expect.arrayContaining(['age-band', 'occupation', 'industry', 'value-group']))
    expect(chamber!.reason.homogeneous.find((h) => h.dimension === 'industry')).toMatchObject({ dominantCategory: 'J', dominantShare: 1 })
    expect(chamber!.reason.density).toBeGreaterThan(0.5)
    expect(chamber!.reason.groupEi).toBeLessThan(-0.5)
    expect(chamber!.reason.advisorShare).toBe(0.75)
    expect(chamber!.reason.consultationShare).toBeGreaterThan(0.8)
  })

  it('proposes bridges who are outside, differ where the circle is uniform, and are reachable', () => {
    const members = new Set(chamber!.memberIds)
    expect(chamber!.bridges.length).toBeGreaterThan(0)
    for (const bridge of chamber!.bridges) {
      expect(members.has(bridge.personId)).toBe(false)
      const person = personById.get(bridge.personId)!
      for (const h of chamber!.reason.homogeneous.filter((candidate) => bridge.differsOn.includes(candidate.dimension))) {
        expect(categoriesOfProfile(person, h.dimension, YEAR)).not.toContain(h.dominantCategory)
      }
      expect(bridge.differsOn.length).toBeGreaterThanOrEqual(Math.ceil(chamber!.reason.homogeneous.length / 2))
      const tied = sample.ties.some((tie) => (tie.a === bridge.personId && tie.b === bridge.viaPersonId) || (tie.b === bridge.personId && tie.a === bridge.viaPersonId))
      expect(tied).toBe(true)
    }
  })

  it('names missing perspectives that the proposed people really fill', () => {
    expect(report.missingPerspectives.length).toBeGreaterThan(0)
    const advisorIds = new Set(report.advisors.ids)
    for (const gap of report.missingPerspectives) {
      expect(gap.advisorShare).toBeLessThan(0.1)
      expect(gap.candidateIds.length).toBeGreaterThan(0)
      for (const id of gap.candidateIds) {
        expect(advisorIds.has(id)).toBe(false)
        expect(categoriesOfProfile(personById.get(id)!, gap.dimension, YEAR)).toContain(gap.category)
      }
    }
    // Advisors are mostly thirty-something achievers: older people and conservation values are missing.
    const named = report.missingPerspectives.map((gap) => `${gap.dimension}:${gap.category}:${gap.status}`)
    expect(named).toEqual(expect.arrayContaining(['age-band:50s:absent', 'age-band:60s:absent', 'value-group:conservation:nearly-absent']))
    // Absent categories rank before nearly absent ones.
    const firstNearly = named.findIndex((entry) => entry.endsWith(':nearly-absent'))
    expect(named.slice(firstNearly).every((entry) => entry.endsWith(':nearly-absent'))).toBe(true)
  })

  it('recovers the circles as communities and reports consistent figures', () => {
    expect(report.communities.list.length).toBeGreaterThanOrEqual(6)
    expect(report.communities.modularity).toBeGreaterThan(0.6)
    expect(report.structuralHoles.contacts).toBe(sample.people.length)
    expect(report.advisors.homophily.industry.ei).toBeLessThan(0)
    expect(report.quality.map((review) => review.property)).toEqual(['consult-anytime', 'give-value', 'raise-each-other', 'do-together'])
    for (const review of report.quality) expect(review.score).not.toBeNull()
  })
})
