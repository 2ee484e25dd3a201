import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { addPerson, deletePerson, linkPeople, readGraph, readGraphSummary } from '../../../../shared/graph'

describe('readGraphSummary', () => {
  it('agrees with readGraph on counts and the newest people', () => {
    const doc = new Y.Doc()
    const ids = Array.from({ length: 12 }, (_, i) => addPerson(doc, { name: `P${i}`, roles: i % 3 === 0 ? ['advisor'] : ['peer'] }, { now: 1_000 + (i % 5) }))
    linkPeople(doc, ids[0], ids[1])
    linkPeople(doc, ids[1], ids[2])
    linkPeople(doc, ids[3], ids[4])
    deletePerson(doc, ids[4])
    deletePerson(doc, ids[9])

    const graph = readGraph(doc)
    const newest = [...graph.people]
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1))
      .slice(0, 5)
      .map((p) => ({ id: p.id, name: p.name, createdAt: p.createdAt }))
    expect(readGraphSummary(doc, 5)).toEqual({
      people: graph.people.length,
      ties: graph.ties.length,
      advisors: graph.people.filter((p) => p.roles.includes('advisor')).length,
      trash: graph.trash.length,
      recent: newest,
    })
    expect([graph.people.length, graph.ties.length, graph.trash.length]).toEqual([10, 2, 2])
  })

  it('is empty for an empty vault', () => {
    expect(readGraphSummary(new Y.Doc())).toEqual({ people: 0, ties: 0, advisors: 0, trash: 0, recent: [] })
  })
})
