/**
 * `kizuna analyze` as readable text: the same NetworkReport the UI shows, in English, with
 * people named. Numbers are rounded for reading; `--json` carries them exact.
 */
import type { DimensionId, EchoChamberReason, NetworkReport } from '../../shared/analysis'
import type { GraphSnapshot } from '../../shared/graph'
import { adviceEn, adviceText, dimensionInlineEn } from '../../shared/i18n'
import { formatTable } from './format-people'

const num = (value: number | null, digits = 2): string => (value === null || !Number.isFinite(value) ? '-' : value.toFixed(digits))
const pct = (value: number | null): string => (value === null ? '-' : `${Math.round(value * 100)}%`)

/** Why a circle is an echo chamber, in one English sentence (the app words the same reason in its own dictionaries). */
function describeChamber(reason: EchoChamberReason): string {
  const alike = [...new Set(reason.homogeneous.map((h) => dimensionInlineEn[h.dimension]))].join(', ')
  return `A close-knit circle (density ${num(reason.density)}) where ${alike} are much the same, and ${pct((1 - reason.groupEi) / 2)} of its ties stay inside.`
}

function diversityTable(profile: NetworkReport['network']): string {
  const rows = (Object.entries(profile.diversity) as [DimensionId, NetworkReport['network']['diversity'][DimensionId]][]).map(([dimension, d]) => [
    dimension,
    String(d.n),
    String(d.missing),
    String(d.richness),
    num(d.iqv),
    num(d.normalizedEntropy),
  ])
  return formatTable(['DIMENSION', 'KNOWN', 'MISSING', 'CATEGORIES', 'IQV', 'ENTROPY'], rows)
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n')
}

export function formatReport(report: NetworkReport, graph: GraphSnapshot): string {
  const names = new Map(graph.people.map((person) => [person.id, person.name]))
  const name = (id: string) => names.get(id) ?? id
  const out: string[] = []
  const p = report.parameters
  out.push(`Network: ${p.people} people, ${p.ties} ties (as of ${p.now.slice(0, 10)}; seed ${p.seed}, ${p.restarts} restarts)`, '')

  out.push(`Advisors (${report.advisors.ids.length}): ${report.advisors.ids.map(name).join(', ') || 'none yet; give someone the advisor role'}`)
  if (report.advisors.ids.length > 0) {
    out.push('  Diversity of my advisors (IQV 0 = all alike, 1 = as varied as possible):', diversityTable(report.advisors.profile))
    const circle = report.advisors.profile.circumplex
    out.push(`  Values around the circle: spread ${num(circle.circularVariance)} (mean resultant length ${num(circle.meanResultantLength)})`)
    const ei = Object.entries(report.advisors.homophily).map(([dimension, h]) => `${dimension} ${num(h.ei)}`)
    out.push(`  E-I between me and my advisors (-1 = all like me, +1 = all different): ${ei.join(', ')}`)
  }
  out.push('', 'Diversity of the whole network:', diversityTable(report.network))

  const communities = report.communities
  out.push(`Communities: ${communities.list.length}, modularity ${num(communities.modularity, 3)}`)
  for (const community of communities.list) {
    out.push(`  #${community.index}: ${community.memberIds.length} people, density ${num(community.density)}, group E-I ${num(community.groupEi.ei)}`)
  }

  out.push('', `Echo chambers: ${report.echoChambers.length === 0 ? 'none found' : report.echoChambers.length}`)
  for (const chamber of report.echoChambers) {
    out.push(`  #${chamber.circle} (${chamber.memberIds.length} people): ${describeChamber(chamber.reason)}`)
    out.push(`    advisors inside: ${pct(chamber.reason.advisorShare)}, consultations inside: ${pct(chamber.reason.consultationShare)}`)
    for (const bridge of chamber.bridges.slice(0, 5)) {
      out.push(`    bridge: ${name(bridge.personId)} (differs on ${bridge.differsOn.join(', ')}; via ${name(bridge.viaPersonId)})`)
    }
  }

  const holes = report.structuralHoles
  out.push(
    '',
    `My position: ${holes.contacts} contacts, effective size ${num(holes.effectiveSize)}, efficiency ${num(holes.efficiency)}, constraint ${num(holes.constraint)}, ${holes.nonAdjacentPairs} pairs only I connect`,
  )

  out.push('', `Missing perspectives among my advisors: ${report.missingPerspectives.length === 0 ? 'none' : ''}`.trimEnd())
  for (const missing of report.missingPerspectives) {
    const candidates = missing.candidateIds.slice(0, 3).map(name).join(', ')
    out.push(`  ${missing.dimension} "${missing.category}" ${missing.status} (${pct(missing.advisorShare)})${candidates ? `; could fill it: ${candidates}` : ''}`)
  }

  out.push('', 'Network quality:')
  for (const review of report.quality) {
    out.push(`  ${review.property}: ${review.score === null ? 'no data yet' : `${review.score}/100`}. ${adviceText(adviceEn, review.property, review.advice)}`)
  }
  return `${out.join('\n')}\n`
}
