/**
 * The acceptance on the sample network: asked about 転職 or "career change", the first or second
 * suggestion is outside my usual advisors and outside the work team's echo chamber, with a reason
 * that says what they know and how they differ; the same input gives the same output.
 */
import { describe, expect, it } from 'vitest'
import { analyzeNetwork, suggestAdvisors } from '../../../../shared/analysis'
import { generateSampleNetwork, SAMPLE_TODAY } from '../../../../shared/sample'

const sample = generateSampleNetwork(1)
const snapshot = { schemaVersion: 2, trash: [], ...sample }
const now = Date.parse(`${SAMPLE_TODAY}T12:00:00Z`)

describe('consult on the sample network', () => {
  const report = analyzeNetwork(snapshot, { now })
  const chamberMembers = new Set(report.echoChambers.flatMap((chamber) => chamber.memberIds))

  it.each(['転職', 'career change'])('%s: someone outside my usual advisors and the echo chamber is first or second', (query) => {
    const result = suggestAdvisors(snapshot, query, { now })
    expect(result.topicId).toBe('career-change')
    expect(chamberMembers.size).toBeGreaterThan(0)
    const outsider = result.suggestions.slice(0, 2).find((s) => !result.advisorIds.includes(s.personId) && !chamberMembers.has(s.personId))
    expect(outsider).toBeDefined()
    expect(outsider!.usualAdvisor).toBe(false)
    const codes = outsider!.reasons.map((reason) => reason.code)
    expect(codes.some((code) => ['field-tag', 'related-tag', 'consulted-before', 'notes', 'mentioned', 'occupation', 'industry'].includes(code))).toBe(true)
    expect(codes).toContain('unlike-advisors')
    expect(suggestAdvisors(snapshot, query, { now })).toEqual(result)
  })

  it('both languages give the same ranking', () => {
    const ja = suggestAdvisors(snapshot, '転職', { now })
    const en = suggestAdvisors(snapshot, 'career change', { now })
    expect(en.suggestions).toEqual(ja.suggestions)
  })
})
