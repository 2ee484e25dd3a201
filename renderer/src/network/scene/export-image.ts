/**
 * Export of the current view as a picture: PNG (the canvas drawing, redrawn at EXPORT_SCALE) and
 * SVG (the same scene as vector shapes), each with a legend band below the network. Saved through
 * an <a download> on a blob: URL (the preload has no file dialog; img-src allows blob:).
 */
import { colourOf, drawScene, nodeScreenRadius } from './draw-network'
import type { Frame, SceneData } from './draw-network'
import { labelPlateOpacity } from './ink'
import type { SceneColours } from './scene-model'

export interface LegendEntry {
  label: string
  colour: string
}

export const EXPORT_SCALE = 2
const ROW = 22
const FONT = '13px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif'

interface LegendLayout {
  height: number
  items: { x: number; y: number; entry: LegendEntry }[]
}

/** Legend items flow left to right in rows under a title; widths are estimated per character. */
function layoutLegend(entries: readonly LegendEntry[], width: number, measure: (text: string) => number): LegendLayout {
  const items: LegendLayout['items'] = []
  let x = 16
  let y = 16 + ROW
  for (const entry of entries) {
    const w = 18 + measure(entry.label) + 20
    if (x + w > width - 16 && x > 16) {
      x = 16
      y += ROW
    }
    items.push({ x, y, entry })
    x += w
  }
  return { height: y + ROW, items }
}

function measurer(): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d')!
  ctx.font = FONT
  return (text) => ctx.measureText(text).width
}

export async function exportPng(frame: Frame, data: SceneData, colours: SceneColours, title: string, legend: readonly LegendEntry[]): Promise<Blob> {
  const measure = measurer()
  const layout = layoutLegend(legend, frame.width, measure)
  const canvas = document.createElement('canvas')
  canvas.width = frame.width * EXPORT_SCALE
  canvas.height = (frame.height + layout.height) * EXPORT_SCALE
  const ctx = canvas.getContext('2d')!
  ctx.setTransform(EXPORT_SCALE, 0, 0, EXPORT_SCALE, 0, 0)
  drawScene(ctx, frame, data, colours, new Float32Array(data.model.ids.length))
  ctx.translate(0, frame.height)
  ctx.fillStyle = colours.background
  ctx.fillRect(0, 0, frame.width, layout.height)
  ctx.strokeStyle = colours.muted
  ctx.beginPath()
  ctx.moveTo(0, 0.5)
  ctx.lineTo(frame.width, 0.5)
  ctx.stroke()
  ctx.font = `600 ${FONT}`
  ctx.fillStyle = colours.foreground
  ctx.textBaseline = 'middle'
  ctx.fillText(title, 16, 16 + ROW / 2 - 4)
  ctx.font = FONT
  for (const { x, y, entry } of layout.items) {
    ctx.fillStyle = entry.colour
    ctx.beginPath()
    ctx.arc(x + 6, y + ROW / 2, 6, 0, 2 * Math.PI)
    ctx.fill()
    ctx.fillStyle = colours.foreground
    ctx.fillText(entry.label, x + 18, y + ROW / 2)
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'))
}

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
const n1 = (v: number): string => v.toFixed(1)

export function exportSvg(frame: Frame, data: SceneData, colours: SceneColours, title: string, legend: readonly LegendEntry[]): string {
  const { width, height } = frame
  const { k, x: tx, y: ty } = frame.transform
  const { model, xy, lit } = data
  const layout = layoutLegend(legend, width, (text) => text.length * 7.5)
  const sx = (i: number): number => xy[2 * i] * k + tx
  const sy = (i: number): number => xy[2 * i + 1] * k + ty
  const inView = (x: number, y: number): boolean => x >= -10 && y >= -10 && x <= width + 10 && y <= height + 10
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + layout.height}" viewBox="0 0 ${width} ${height + layout.height}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${colours.background}"/>`,
  ]
  for (const region of data.regions) {
    const colour = colourOf(colours, model.categories[region.cluster].colourIndex)
    const d = region.points.map(([x, y], p) => `${p === 0 ? 'M' : 'L'}${n1(x * k + tx)},${n1(y * k + ty)}`).join('') + 'Z'
    parts.push(`<path d="${d}" fill="${colour}" fill-opacity="0.1" stroke="${colour}" stroke-opacity="0.55"/>`)
  }
  for (const bright of [false, true]) {
    const d: string[] = []
    for (let e = 0; e < model.sources.length; e++) {
      const s = model.sources[e]
      const t = model.targets[e]
      if ((lit === null || (lit[s] & lit[t]) === 1) !== bright) continue
      if (!inView(sx(s), sy(s)) && !inView(sx(t), sy(t))) continue
      d.push(`M${n1(sx(s))},${n1(sy(s))}L${n1(sx(t))},${n1(sy(t))}`)
    }
    if (d.length > 0) parts.push(`<path d="${d.join('')}" stroke="${colours.foreground}" stroke-opacity="${bright ? 0.3 : 0.05}" stroke-width="0.8" fill="none"/>`)
  }
  const r = nodeScreenRadius(k, false)
  const ra = nodeScreenRadius(k, true)
  for (let i = 0; i < model.ids.length; i++) {
    if (!inView(sx(i), sy(i))) continue
    const colour = colourOf(colours, model.categories[model.clusterOfNode[i]].colourIndex)
    const dim = lit !== null && !lit[i] ? ' fill-opacity="0.14"' : ''
    const ring = model.advisor[i] ? ` stroke="${colours.foreground}" stroke-width="1.5"` : ''
    parts.push(
      `<circle cx="${n1(sx(i))}" cy="${n1(sy(i))}" r="${n1(model.advisor[i] ? ra : r)}" fill="${colour}"${dim}${ring}><title>${escapeXml(model.labels[i])}</title></circle>`,
    )
  }
  parts.push(`<circle cx="${n1(tx)}" cy="${n1(ty)}" r="9" fill="${colours.foreground}"/>`)
  // Labels on plates, as on the canvas: the plate's opacity keeps the text at 4.5:1 over anything.
  const plateOpacity = labelPlateOpacity(colours.background, colours.foreground)
  const measure = measurer()
  const plated = (x: number, y: number, text: string, anchor: 'start' | 'middle', size: number, weight = ''): string => {
    const w = measure(text) * (size / 13)
    const left = anchor === 'middle' ? x - w / 2 : x
    return (
      `<rect x="${n1(left - 2)}" y="${n1(y - size)}" width="${n1(w + 4)}" height="${n1(size + 5)}" fill="${colours.background}" fill-opacity="${plateOpacity}"/>` +
      `<text x="${n1(x)}" y="${n1(y)}" text-anchor="${anchor}" font-size="${size}"${weight} fill="${colours.foreground}">${escapeXml(text)}</text>`
    )
  }
  parts.push(plated(tx + 12, ty + 4, model.meLabel, 'start', 12))
  for (const region of data.regions) {
    const category = model.categories[region.cluster]
    parts.push(plated(region.labelX * k + tx, region.labelY * k + ty - 6, `${category.label} (${region.size})`, 'middle', 13, ' font-weight="600"'))
  }
  parts.push(`<g transform="translate(0 ${height})"><line x1="0" x2="${width}" y1="0.5" y2="0.5" stroke="${colours.muted}"/>`)
  parts.push(`<text x="16" y="${16 + ROW / 2}" font-size="13" font-weight="600" fill="${colours.foreground}">${escapeXml(title)}</text>`)
  for (const { x, y, entry } of layout.items) {
    parts.push(
      `<circle cx="${x + 6}" cy="${y + ROW / 2}" r="6" fill="${entry.colour}"/><text x="${x + 18}" y="${y + ROW / 2 + 4}" font-size="13" fill="${colours.foreground}">${escapeXml(entry.label)}</text>`,
    )
  }
  parts.push('</g></svg>')
  return parts.join('\n')
}

/** Saves a blob through a temporary download link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
