/** The pairing QR as a data: URL of an SVG (CSP allows data: images; no inline script or style). */
import QRCode from 'qrcode'

export async function pairingQrDataUrl(payload: string): Promise<string> {
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
