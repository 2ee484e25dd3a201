/** Echo chambers are named by what makes them alike, as codes the renderer words. */
import { describe, expect, it } from 'vitest'
import { analyzeNetwork, nameEchoChamber, nameEchoChambers } from '../../../../shared/analysis'
import type { EchoChamber, HomogeneousDimension } from '../../../../shared/analysis'
import { generateSampleNetwork } from '../../../../shared/sample'

function chamber(community: number, size: number, homogeneous: HomogeneousDimension[]): EchoChamber {
  return {
    community,
    circle: community,
    memberIds: Array.from({ length: size }, (_, i) => `p${community}-${i}`),
    reason: { density: 0.8, homogeneous, groupEi: -0.9, rescaledGroupEi: null, advisorShare: null, consultationShare: null },
    bridges: [],
  }
}

const h = (dimension: HomogeneousDimension['dimension'], dominantCategory: string, dominantShare = 0.9): HomogeneousDimension => ({
  dimension,
  dominantCategory,
  dominantShare,
  iqv: 0.2,
})

describe('echo-chamber names', () => {
  it('puts the field first, then age, gender and values, at most three traits, each held by at least half the members', () => {
    const named = nameEchoChamber(chamber(2, 18, [h('gender', 'man'), h('value-group', 'openness-to-change'), h('age-band', '30s'), h('industry', 'J'), h('occupation', '2', 0.4)]))
    expect(named).toEqual({
      circle: 2,
      traits: [
        { dimension: 'industry', category: 'J' },
        { dimension: 'age-band', category: '30s' },
        { dimension: 'gender', category: 'man' },
      ],
      size: 18,
      ordinal: null,
    })
  })

  it('tells apart chambers that sit in one map community by their circle', () => {
    const a = { ...chamber(4, 6, [h('gender', 'man')]), circle: 7 }
    const b = { ...chamber(4, 9, [h('age-band', '50s')]), circle: 8 }
    expect(nameEchoChambers([a, b]).map((name) => name.circle)).toEqual([7, 8])
    expect(nameEchoChamber(b, [a, b]).traits).toEqual([{ dimension: 'age-band', category: '50s' }])
  })

  it('numbers chambers that would otherwise share a name, and only those', () => {
    const chambers = [
      chamber(0, 5, [h('age-band', '20s'), h('gender', 'woman')]),
      chamber(1, 5, [h('gender', 'woman'), h('age-band', '20s')]),
      chamber(3, 6, [h('age-band', '20s'), h('gender', 'woman')]),
    ]
    expect(nameEchoChambers(chambers).map((name) => name.ordinal)).toEqual([1, 2, null])
    expect(nameEchoChamber(chambers[1], chambers).ordinal).toBe(2)
  })

  it('names the sample network’s planted work team by its field, age and gender (one field, not industry and occupation both)', () => {
    const sample = generateSampleNetwork(1, { today: '2025-06-15' })
    const report = analyzeNetwork({ schemaVersion: 1, trash: [], ...sample }, { now: Date.parse('2025-06-15') })
    const names = nameEchoChambers(report.echoChambers)
    expect(names.map((name) => name.traits)).toEqual([
      [
        { dimension: 'industry', category: 'J' },
        { dimension: 'age-band', category: '30s' },
        { dimension: 'gender', category: 'man' },
      ],
    ])
  })
})
