/**
 * Kizuna JSON (docs/json-format.md) as an import preview: parsed and validated by kizuna-json.ts,
 * its live people listed for the duplicate step (keys are their own ids), and the whole backup
 * kept in `vault` so that applyImport can restore it exactly into an empty vault.
 */
import { ImportError } from './import-error'
import type { ImportedPerson, ImportPreview } from './import-types'
import { KizunaJsonError, parseVaultJson } from './kizuna-json'

/** Line of the first occurrence of `"path-leaf"` near the failing path, else 1 (JSON has no card numbers). */
function lineOfPath(text: string, path: string): number {
  const leaf = /([A-Za-z]+)(?:\[\d+\])*$/.exec(path)?.[1]
  if (leaf === undefined) return 1
  const at = text.indexOf(`"${leaf}"`)
  return at < 0 ? 1 : text.slice(0, at).split('\n').length
}

export function importKizunaJson(text: string): ImportPreview {
  let vault
  try {
    vault = parseVaultJson(text)
  } catch (error) {
    if (error instanceof KizunaJsonError) throw new ImportError('malformed', error.message, { line: lineOfPath(text, error.path) })
    throw error
  }
  const people: ImportedPerson[] = vault.graph.people.map((p, i) => ({
    key: p.id,
    source: { row: i + 1, line: 1 },
    name: p.name,
    reading: p.reading,
    organization: p.organization,
    title: null,
    emails: p.handles.filter((h) => h.kind === 'email').map((h) => h.value),
    phones: p.handles.filter((h) => h.kind === 'phone').map((h) => h.value),
    urls: p.handles.filter((h) => h.kind === 'url').map((h) => h.value),
    tags: p.tags,
    notes: p.notes,
    metAt: p.howWeMet.when,
    metWhere: p.howWeMet.where,
  }))
  return { format: 'kizuna-json', entries: people.length, people, warnings: [], vault }
}
