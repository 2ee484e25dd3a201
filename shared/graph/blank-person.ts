/**
 * A person with nothing known but a name: every optional field null, every set empty, times 0.
 * Merges start from it and fill fields in; tests and benches build their people from it and name
 * only the fields they care about.
 */
import type { Person, PersonId, Profile } from './types'

export function blankProfile(name: string): Profile {
  return {
    name,
    reading: null,
    gender: null,
    genderBasis: null,
    birthYear: null,
    ageBand: null,
    occupation: null,
    industry: null,
    fieldTags: [],
    values: [],
    organization: null,
    location: null,
    handles: [],
    tags: [],
    notes: '',
  }
}

/** `fields` overrides the blanks, e.g. `blankPerson('p1', 'Hana', { tags: ['UX'] })`. */
export function blankPerson(id: PersonId, name: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    ...blankProfile(name),
    roles: [],
    howWeMet: { where: null, when: null, introducedBy: null },
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...fields,
  }
}
