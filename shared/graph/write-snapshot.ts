/**
 * Writes a whole snapshot into a document in one transaction, keeping ids and times: the way a
 * backup or another app's export comes in. A person, tie or record whose id already exists is
 * updated in place (the incoming fields win, sets are replaced), so importing the same file twice
 * changes nothing the second time.
 */
import * as Y from 'yjs'
import { GraphError, parseInput } from './errors'
import { originOf, type WriteOptions } from './origins'
import { replaceSet, setIfChanged, writeProfilePatch } from './profile-codec'
import { EVENT, INTERACTION, OPPORTUNITY, PROJECT, writeFields } from './records'
import { root, rowOf, stampSchemaVersion, tieKey, type RecordRootName, type Row } from './schema'
import { vaultDataSchema, type VaultData } from './snapshot-schema'

function rowFor(doc: Y.Doc, name: 'people' | RecordRootName, id: string): Row {
  const existing = rowOf(doc, name, id)
  if (existing !== undefined) return existing
  const row: Row = new Y.Map()
  root(doc, name).set(id, row)
  return row
}

export function writeSnapshot(doc: Y.Doc, data: VaultData, options?: WriteOptions): void {
  const { graph, trashedTies, genders } = parseInput(vaultDataSchema, data, 'vault')
  const people = [...graph.people, ...graph.trash]
  const known = new Set([...people.map((p) => p.id), ...root(doc, 'people').keys()])
  const seen = new Set<string>()
  people.forEach((p, i) => {
    if (seen.has(p.id)) throw new GraphError('duplicate-id', `vault.people[${i}].id: "${p.id}" appears twice`, ['people', i, 'id'])
    seen.add(p.id)
  })
  const ties = [...graph.ties, ...trashedTies]
  ties.forEach((t, i) => {
    for (const end of [t.a, t.b]) {
      if (!known.has(end)) throw new GraphError('not-found', `vault.ties[${i}]: no person with id "${end}"`, ['ties', i])
    }
  })

  doc.transact(() => {
    stampSchemaVersion(doc)
    const me = root(doc, 'me')
    const { updatedAt: meUpdatedAt, name: meName, ...meProfile } = graph.me
    writeProfilePatch(me, meName === '' ? meProfile : { ...meProfile, name: meName }, meUpdatedAt)
    setIfChanged(me, 'updatedAt', meUpdatedAt)

    for (const p of people) {
      const row = rowFor(doc, 'people', p.id)
      const { id: _id, roles, howWeMet, createdAt, updatedAt, deletedAt, ...profile } = p
      writeProfilePatch(row, profile, createdAt)
      replaceSet(row, 'roles', roles, createdAt)
      setIfChanged(row, 'metWhere', howWeMet.where)
      setIfChanged(row, 'metWhen', howWeMet.when)
      setIfChanged(row, 'introducedBy', howWeMet.introducedBy)
      setIfChanged(row, 'createdAt', createdAt)
      setIfChanged(row, 'updatedAt', updatedAt)
      setIfChanged(row, 'deletedAt', deletedAt)
    }

    const tieMap = root(doc, 'ties')
    for (const t of ties) {
      setIfChanged(tieMap, tieKey(t.id, 'linked'), true)
      setIfChanged(tieMap, tieKey(t.id, 'kind'), t.kind)
      setIfChanged(tieMap, tieKey(t.id, 'strength'), t.strength)
      setIfChanged(tieMap, tieKey(t.id, 'since'), t.since)
      setIfChanged(tieMap, tieKey(t.id, 'notes'), t.notes)
    }

    const records = [
      [INTERACTION, graph.interactions],
      [PROJECT, graph.projects],
      [EVENT, graph.events],
      [OPPORTUNITY, graph.opportunities],
    ] as const
    for (const [kind, list] of records) {
      for (const { id, ...fields } of list) {
        const row = rowFor(doc, kind.root, id)
        // Through the record's codecs: list fields become per-element keys, and the file's list
        // replaces the stored membership (a person removed from a project stays removed).
        writeFields(row, kind, fields)
        setIfChanged(row, 'deletedAt', null)
      }
    }

    const genderMap = root(doc, 'genders')
    for (const g of genders) setIfChanged(genderMap, g.id, { label: g.label, hidden: g.hidden })
  }, originOf(options))
}
