/**
 * The one error every importer and `applyImport` throws: what was wrong and where. Nothing has
 * been written to the vault when it is thrown.
 */
import type { SourcePosition } from './import-types'

export type ImportErrorCode =
  /** Bytes that are not valid text in the detected encoding. */
  | 'encoding'
  /** Content that matches none of the supported formats. */
  | 'unknown-format'
  /** The file is in the format but breaks its rules (a card without END:VCARD, a missing column...). */
  | 'malformed'
  /** The file is empty or holds nobody. */
  | 'empty'
  /** The decisions passed to applyImport do not fit the preview. */
  | 'invalid-decision'
  /** A value the vault rejects (too long, bad date...), found while validating before writing. */
  | 'invalid-data'

export class ImportError extends Error {
  override readonly name = 'ImportError'
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly at: SourcePosition | null = null,
  ) {
    super(at === null ? message : `${describePosition(at)}: ${message}`)
  }
}

export function describePosition(at: SourcePosition): string {
  const parts: string[] = []
  if (at.card !== undefined) parts.push(`card ${at.card}`)
  if (at.row !== undefined) parts.push(`row ${at.row}`)
  parts.push(`line ${at.line}`)
  return parts.join(', ')
}
