/**
 * The egogram (egocentric network diagram; cf. McCarty et al. 2007 "Eliciting and visualizing
 * personal networks" and the concentric-circles method of Kahn & Antonucci 1980): me at the
 * centre, one ring per closeness, one sector per category of the chosen dimension. Every
 * category of the taxonomy gets its sector, so empty sectors of life show as empty.
 *
 * Closeness, from roles and the interaction log (ties in the vault are between other people):
 * - advisor: holds the advisor role;
 * - close: a collaborator or peer, or ≥ CLOSE_INTERACTIONS interactions in the last year;
 * - regular: any other role, or any interaction in the last year;
 * - distant: everyone else.
 */
import { AGE_BANDS, ISCO_MAJOR_GROUPS, SCHWARTZ_GROUPS, effectiveAgeBand, mainValueGroupOf } from '../../../shared/graph'
import type { Interaction, Person } from '../../../shared/graph'

export type Ring = 'advisor' | 'close' | 'regular' | 'distant'
export const RINGS: readonly Ring[] = ['advisor', 'close', 'regular', 'distant']
export type SectorBy = 'field' | 'age-band' | 'value-group'
export const SECTOR_BY: readonly SectorBy[] = ['field', 'age-band', 'value-group']
export const UNKNOWN_SECTOR = '?'

const CLOSE_INTERACTIONS = 3
const YEAR_MS = 365 * 86_400_000

export function sectorIds(by: SectorBy): string[] {
  const ids = by === 'field' ? ISCO_MAJOR_GROUPS.map((g) => g.id) : by === 'age-band' ? AGE_BANDS.map((b) => b.id) : SCHWARTZ_GROUPS.map((g) => g.id)
  return [...ids, UNKNOWN_SECTOR]
}

export function sectorOf(person: Person, by: SectorBy, year: number): string {
  if (by === 'field') return person.occupation?.major ?? UNKNOWN_SECTOR
  if (by === 'age-band') return effectiveAgeBand(person, year) ?? UNKNOWN_SECTOR
  return mainValueGroupOf(person) ?? UNKNOWN_SECTOR
}

export function ringsOf(people: readonly Person[], interactions: readonly Interaction[], now: number): Map<string, Ring> {
  const recent = new Map<string, number>()
  for (const interaction of interactions) {
    if (now - Date.parse(`${interaction.date}T00:00:00Z`) > YEAR_MS) continue
    for (const id of new Set(interaction.personIds)) recent.set(id, (recent.get(id) ?? 0) + 1)
  }
  return new Map(
    people.map((person) => {
      const count = recent.get(person.id) ?? 0
      const ring: Ring = person.roles.includes('advisor')
        ? 'advisor'
        : person.roles.includes('collaborator') || person.roles.includes('peer') || count >= CLOSE_INTERACTIONS
          ? 'close'
          : person.roles.length > 0 || count > 0
            ? 'regular'
            : 'distant'
      return [person.id, ring]
    }),
  )
}

export interface EgogramCell {
  sector: string
  ring: Ring
  personIds: string[]
}

export interface PlacedPerson {
  id: string
  sector: number
  ring: number
  x: number
  y: number
}

export interface Egogram {
  sectors: string[]
  /** counts[sector][ring] */
  cells: EgogramCell[][]
  people: PlacedPerson[]
  /** Outer radius of ring r is ringRadius * (r + 1); me sits inside ring 0. */
  ringRadius: number
}

/** Rows of a cell: radii from the inside out and how many people fit on each at `spacing`. */
function cellRows(r0: number, r1: number, span: number, spacing: number): { radius: number; capacity: number }[] {
  const count = Math.max(1, Math.floor((r1 - r0) / spacing))
  return Array.from({ length: count }, (_, row) => {
    const radius = r0 + (row + 0.5) * ((r1 - r0) / count)
    return { radius, capacity: Math.max(1, Math.floor((span * radius) / spacing) - 1) }
  })
}

/**
 * Lays people out in their cell (an annular sector): in rows across the ring, spread evenly
 * along each row's arc; the spacing shrinks until everyone fits.
 */
export function layoutEgogram(people: readonly Person[], rings: ReadonlyMap<string, Ring>, by: SectorBy, year: number, ringRadius = 60): Egogram {
  const sectors = sectorIds(by)
  const sectorIndex = new Map(sectors.map((id, i) => [id, i]))
  const cells = sectors.map((sector) => RINGS.map((ring) => ({ sector, ring, personIds: [] as string[] })))
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : 1))
  for (const person of sorted) {
    cells[sectorIndex.get(sectorOf(person, by, year)) ?? sectors.length - 1][RINGS.indexOf(rings.get(person.id) ?? 'distant')].personIds.push(person.id)
  }
  const span = (2 * Math.PI) / sectors.length
  const placed: PlacedPerson[] = []
  cells.forEach((row, s) =>
    row.forEach((cell, r) => {
      const count = cell.personIds.length
      if (count === 0) return
      const r0 = ringRadius * r + (r === 0 ? 18 : 5)
      const r1 = ringRadius * (r + 1) - 5
      let spacing = 10
      let rows = cellRows(r0, r1, span, spacing)
      while (rows.reduce((sum, x) => sum + x.capacity, 0) < count && spacing > 2) {
        spacing *= 0.85
        rows = cellRows(r0, r1, span, spacing)
      }
      // Fill rows outside-in in proportion to their capacity, so a cell looks evenly filled.
      const total = rows.reduce((sum, x) => sum + x.capacity, 0)
      let next = 0
      rows.forEach((line, k) => {
        const take = k === rows.length - 1 ? count - next : Math.min(count - next, Math.round((count * line.capacity) / total))
        for (let j = 0; j < take; j++) {
          const angle = -Math.PI / 2 + span * s + (span * (j + 0.5)) / take
          placed.push({ id: cell.personIds[next + j], sector: s, ring: r, x: line.radius * Math.cos(angle), y: line.radius * Math.sin(angle) })
        }
        next += take
      })
    }),
  )
  return { sectors, cells, people: placed, ringRadius }
}
