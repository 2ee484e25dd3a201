import { describe, expect, it } from 'vitest'
import { addPerson, addValue, effectiveAgeBand, mainValueGroupOf, mainValueOf, readPerson, removeValue, updatePerson, type SchwartzValueId } from '../../../../shared/graph'
import { machine } from './replicas'

describe('effective age band', () => {
  it('derives the band from the birth year at each band edge', () => {
    const bandAt = (age: number) => effectiveAgeBand({ ageBand: null, birthYear: 2026 - age }, 2026)
    expect([0, 19, 20, 29, 30, 39, 40, 49, 50, 59, 60, 69, 70, 105].map(bandAt)).toEqual([
      'under-20',
      'under-20',
      '20s',
      '20s',
      '30s',
      '30s',
      '40s',
      '40s',
      '50s',
      '50s',
      '60s',
      '60s',
      '70-plus',
      '70-plus',
    ])
  })

  it('counts the age as of the given calendar year', () => {
    expect([2019, 2020].map((year) => effectiveAgeBand({ ageBand: null, birthYear: 1990 }, year))).toEqual(['20s', '30s'])
  })

  it('takes the band the user chose over the birth year, and is unknown without either', () => {
    expect(effectiveAgeBand({ ageBand: '50s', birthYear: 1990 }, 2026)).toBe('50s')
    expect(effectiveAgeBand({ ageBand: '60s', birthYear: null }, 2026)).toBe('60s')
    expect(effectiveAgeBand({ ageBand: null, birthYear: null }, 2026)).toBeNull()
  })
})

describe('main value', () => {
  const orders: SchwartzValueId[][] = [
    ['universalism', 'power', 'stimulation'],
    ['power', 'stimulation', 'universalism'],
    ['stimulation', 'universalism', 'power'],
    ['tradition', 'self-direction'],
  ]

  it('is the value entered first, whatever its place on the circle', () => {
    const doc = machine(1)
    const read = orders.map((values, i) => {
      const id = addPerson(doc, { name: `P${i}`, values }, { now: 1000 })
      const person = readPerson(doc, id)!
      return { values: person.values, main: mainValueOf(person), group: mainValueGroupOf(person) }
    })
    expect(read).toEqual([
      { values: ['universalism', 'power', 'stimulation'], main: 'universalism', group: 'self-transcendence' },
      { values: ['power', 'stimulation', 'universalism'], main: 'power', group: 'self-enhancement' },
      { values: ['stimulation', 'universalism', 'power'], main: 'stimulation', group: 'openness-to-change' },
      { values: ['tradition', 'self-direction'], main: 'tradition', group: 'conservation' },
    ])
  })

  it('stays the first value when values are added one by one and later ones change', () => {
    const doc = machine(1)
    const id = addPerson(doc, { name: 'P', values: ['security'] }, { now: 1000 })
    addValue(doc, id, 'achievement', { now: 2000 })
    updatePerson(doc, id, { values: ['benevolence', 'security', 'hedonism'] }, { now: 3000 })
    expect(readPerson(doc, id)!.values).toEqual(['security', 'benevolence', 'hedonism'])
    removeValue(doc, id, 'security', { now: 4000 })
    expect(mainValueGroupOf(readPerson(doc, id)!)).toBe('self-transcendence')
  })

  it('falls back to circumplex order for values stamped at the same time, and is null without values', () => {
    const doc = machine(1)
    const id = addPerson(doc, { name: 'P' }, { now: 1000 })
    addValue(doc, id, 'universalism', { now: 2000 })
    addValue(doc, id, 'achievement', { now: 2000 })
    expect(mainValueOf(readPerson(doc, id)!)).toBe('achievement')
    expect([mainValueOf({ values: [] }), mainValueGroupOf({ values: [] })]).toEqual([null, null])
  })
})
