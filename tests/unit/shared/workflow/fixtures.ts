/** Small plain-data builders for workflow tests. */
import type { GraphSnapshot, Person } from '../../../../shared/graph/types'

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return {
    id,
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
    roles: [],
    howWeMet: { where: null, when: null, introducedBy: null },
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...extra,
  }
}

export function snapshot(parts: Partial<GraphSnapshot>): GraphSnapshot {
  const me = { ...person('me', 'Me'), updatedAt: 0 }
  const { id: _id, roles: _roles, howWeMet: _howWeMet, createdAt: _createdAt, deletedAt: _deletedAt, ...profile } = me
  return { schemaVersion: 1, me: profile, people: [], ties: [], trash: [], interactions: [], projects: [], events: [], opportunities: [], ...parts }
}
