/**
 * Where each cluster's region goes: on one ring around me (at the origin), in category order,
 * each taking an arc proportional to its diameter, so regions never overlap and the ring reads
 * like a clock face (age bands in age order, value groups in circumplex order).
 *
 * A cluster of n people gets radius r = spacing · √n (its members fill a disc of about that
 * size at the link distance), and the ring radius R is the smallest for which the arcs fit:
 * Σ (2 r_c + gap) = 2πR, never less than MIN_RING so the centre stays free for me.
 */

export interface ClusterCentre {
  x: number
  y: number
  radius: number
}

export interface CentreOptions {
  /** Distance between neighbouring people, in layout units. */
  spacing?: number
  gap?: number
}

const MIN_RING = 80

export function clusterCentres(sizes: readonly number[], options: CentreOptions = {}): ClusterCentre[] {
  const spacing = options.spacing ?? 14
  const gap = options.gap ?? 40
  const radii = sizes.map((size) => spacing * Math.sqrt(Math.max(1, size)))
  if (sizes.length === 1) return [{ x: 0, y: MIN_RING + radii[0], radius: radii[0] }]
  const circumference = radii.reduce((sum, r) => sum + 2 * r + gap, 0)
  const ring = Math.max(MIN_RING + Math.max(0, ...radii), circumference / (2 * Math.PI))
  const centres: ClusterCentre[] = []
  // Start at twelve o'clock and go clockwise.
  let arc = 0
  for (const radius of radii) {
    const middle = arc + radius + gap / 2
    const angle = -Math.PI / 2 + (middle / circumference) * 2 * Math.PI
    centres.push({ x: ring * Math.cos(angle), y: ring * Math.sin(angle), radius })
    arc += 2 * radius + gap
  }
  return centres
}
