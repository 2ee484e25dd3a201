import { describe, expect, it } from 'vitest'
import { computeLedger, traceOpportunities } from '../../../../shared/workflow'
import { blankPerson, type Interaction, type InteractionKind } from '../../../../shared/graph'
import { snapshot } from './fixtures'

let n = 0
const act = (kind: InteractionKind, personIds: string[], date = '2025-03-01'): Interaction => ({ id: `i${n++}`, date, kind, personIds, note: '' })

describe('give-and-take ledger', () => {
  const people = [
    blankPerson('taker', 'Taker'),
    blankPerson('asker', 'Asker'),
    blankPerson('mutual', 'Mutual'),
    blankPerson('friend', 'Friend', { howWeMet: { where: null, when: '2025-02-01', introducedBy: 'mutual' } }),
  ]
  const interactions = [
    act('consulted-them', ['taker']),
    act('helped-me', ['taker']),
    act('consulted-them', ['taker']),
    act('consulted-me', ['asker']),
    act('consulted-me', ['asker']),
    act('consulted-me', ['asker']),
    act('introduced', ['mutual', 'asker']),
    act('consulted-them', ['mutual']),
    act('helped-them', ['mutual']),
    act('consulted-them', ['taker'], '2024-12-31'),
    act('call', ['taker']),
    act('helped-me', ['gone']),
  ]
  const graph = snapshot({ people, trash: [blankPerson('gone', 'Gone', { deletedAt: 1 })], interactions })

  it('counts per person and overall over the period, with gentle flags', () => {
    const ledger = computeLedger(graph, { from: '2025-01-01', to: '2025-12-31' })
    const zero = { consultedMe: 0, helpedThem: 0, introducedForThem: 0, consultedThem: 0, helpedMe: 0, introducedMe: 0 }
    expect(ledger).toEqual({
      period: { from: '2025-01-01', to: '2025-12-31' },
      people: [
        { personId: 'asker', name: 'Asker', ...zero, consultedMe: 3, introducedForThem: 1, gave: 4, received: 0, flags: ['consults-me-one-way'] },
        { personId: 'mutual', name: 'Mutual', ...zero, introducedForThem: 1, helpedThem: 1, consultedThem: 1, introducedMe: 1, gave: 2, received: 2, flags: [] },
        { personId: 'taker', name: 'Taker', ...zero, consultedThem: 2, helpedMe: 1, gave: 0, received: 3, flags: ['only-take'] },
      ],
      overall: { ...zero, consultedMe: 3, introducedForThem: 1, helpedThem: 1, consultedThem: 3, helpedMe: 1, introducedMe: 1, gave: 5, received: 5 },
      flagged: [
        { personId: 'asker', flags: ['consults-me-one-way'] },
        { personId: 'taker', flags: ['only-take'] },
      ],
    })
  })

  it('narrows with the period: before 2025 nobody is flagged', () => {
    const ledger = computeLedger(graph, { from: null, to: '2024-12-31' })
    expect([ledger.people.map((p) => [p.personId, p.received]), ledger.flagged]).toEqual([[['taker', 1]], []])
  })
})

describe('opportunity provenance', () => {
  it('traces the chain, the field against mine and the years since meeting whoever brought it', () => {
    const graph = snapshot({
      people: [
        blankPerson('uni', 'University friend', { industry: 'P', howWeMet: { where: null, when: '2015-04-01', introducedBy: null } }),
        blankPerson('npo', 'NPO coordinator', { industry: 'Q' }),
        blankPerson('colleague', 'Colleague', { industry: 'J' }),
      ],
      interactions: [act('met', ['npo'], '2019-06-01'), act('call', ['npo'], '2020-01-01')],
      events: [{ id: 'ev', name: 'Meetup', kind: 'meetup', where: null, date: '2018-05-01', met: [{ personId: 'colleague', exchange: '' }] }],
      opportunities: [
        { id: 'o1', date: '2025-06-01', kind: 'collaboration', title: 'Data platform', viaPersonIds: ['uni', 'npo'], field: 'Q', note: '' },
        { id: 'o2', date: '2024-05-01', kind: 'job', title: 'Lead', viaPersonIds: ['colleague'], field: 'J', note: '' },
        { id: 'o3', date: '2023-01-01', kind: 'other', title: 'Talk', viaPersonIds: [], field: null, note: '' },
      ],
    })
    graph.me.industry = 'J'
    const { opportunities, summary } = traceOpportunities(graph)
    expect(
      opportunities.map((o) => [o.opportunityId, o.chain.map((l) => [l.personId, l.metOn, l.metFrom, l.daysAfterMeeting]), o.yearsAfterMeeting, o.crossField, o.bridgeFields]),
    ).toEqual([
      [
        'o1',
        [
          ['uni', '2015-04-01', 'how-we-met', 3714],
          ['npo', '2019-06-01', 'first-interaction', 2192],
        ],
        6,
        true,
        ['P', 'Q'],
      ],
      ['o2', [['colleague', '2018-05-01', 'event', 2192]], 6, false, []],
      ['o3', [], null, null, []],
    ])
    expect(summary).toEqual({ count: 3, dated: 2, medianYearsAfterMeeting: 6, maxYearsAfterMeeting: 6, crossField: 1, sameField: 1, unknownField: 1 })
  })
})
