/**
 * Import and export at scale: a generated 10,000-card vCard 3.0 file (Japanese and Latin names,
 * readings, organisations, emails, phones, folded notes; 20% of the cards duplicate vault people
 * by email or phone) imported into a 10,000-person vault with duplicate detection
 * (parseImport + findDuplicates + suggestDecisions('merge') + applyImport; target ≤ 5 s), and the
 * resulting vault exported to GEXF including community detection (target ≤ 1 s).
 * Baselines, measured in the same run: ical.js alone parsing the same file (the parser's share of
 * the import), duplicate detection without the spoken keys (what "same name in another script"
 * costs), and the GEXF export without the analysis (the serialisation's share).
 */
import ICAL from 'ical.js'
import * as Y from 'yjs'
import { addPerson, linkPeople, readGraph } from '../../shared/graph'
import { applyImport, exportGexf, findDuplicates, parseImport, suggestDecisions } from '../../shared/io'
import { median, time } from './support/stats'
import type { BenchFigure, Benchmark } from './types'

const PEOPLE = 10_000
const TIES = 30_000
const ORGS = 400
const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', 'Smith', 'García', 'Kim', 'Nguyen']
const GIVEN = ['花子', '太郎', '一郎', '美咲', 'Anna', 'John', 'María', 'Min']

/** A distinct 4-letter word per index, so generated names are not near-duplicates of each other. */
function word(i: number): string {
  let n = Math.imul(i + 1, 2654435761) >>> 0
  let out = ''
  for (let k = 0; k < 4; k++, n = Math.floor(n / 26)) out += String.fromCharCode(97 + (n % 26))
  return out[0].toUpperCase() + out.slice(1)
}

function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296
}

function buildVault(): Y.Doc {
  const r = lcg(1)
  const doc = new Y.Doc()
  doc.transact(() => {
    for (let i = 0; i < PEOPLE; i++) {
      addPerson(
        doc,
        {
          id: `v${i}`,
          name: `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]} ${word(i)}`,
          organization: `Org ${i % ORGS}`,
          handles: [
            { kind: 'email', value: `person${i}@example.com` },
            { kind: 'phone', value: `090-${String(i).padStart(4, '0')}-0000` },
          ],
        },
        { now: 0 },
      )
    }
    for (let k = 0; k < TIES; k++) {
      const a = Math.floor(r() * PEOPLE)
      const b = r() < 0.8 ? Math.floor(a / 50) * 50 + Math.floor(r() * 50) : Math.floor(r() * PEOPLE)
      if (a !== b) linkPeople(doc, `v${a}`, `v${b}`, { strength: (1 + Math.floor(r() * 3)) as 1 | 2 | 3 })
    }
  })
  return doc
}

function buildVcard(): string {
  const cards: string[] = []
  for (let i = 0; i < PEOPLE; i++) {
    const dup = i % 5 === 0
    const family = FAMILY[(i * 7) % FAMILY.length]
    const given = GIVEN[(i * 3) % GIVEN.length]
    cards.push(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `N:${family};${given};;;`,
        `FN:${family} ${given} ${word(i + PEOPLE)}`,
        'X-PHONETIC-LAST-NAME:さとう',
        'X-PHONETIC-FIRST-NAME:はなこ',
        `ORG:Org ${(i * 13) % ORGS};Dept`,
        'TITLE:Engineer',
        `EMAIL;type=INTERNET:${dup ? `person${i}@example.com` : `new${i}@example.org`}`,
        `TEL;type=CELL:${dup && i % 10 === 0 ? `+81 90 ${String(i).padStart(4, '0')} 0000` : `+1 555 ${String(i).padStart(6, '0')}`}`,
        `NOTE:Met at event ${i}\\; a note long enough that an exporter folds it across two lines of the f`,
        ' ile.',
        'END:VCARD',
      ].join('\r\n'),
    )
  }
  return `${cards.join('\r\n')}\r\n`
}

/** Runs `fn` once and returns its result with its wall time in ms. */
function timed<T>(fn: () => T): [T, number] {
  let out: T | undefined
  const ms = time(() => {
    out = fn()
  })
  return [out as T, ms]
}

const GEXF_RUNS = 3
const MATCH_RUNS = 3

const benchmark: Benchmark = {
  name: 'import-export',
  run: async (ctx) => {
    const file = new TextEncoder().encode(buildVcard())
    const text = new TextDecoder().decode(file)
    const parserAlone = time(() => void ICAL.parse(text))
    const doc = buildVault()
    const [result, importMs] = timed(() => {
      const preview = parseImport(file)
      const decisions = suggestDecisions(preview, findDuplicates(preview, readGraph(doc)), 'merge')
      return applyImport(doc, preview, decisions, { now: 1 })
    })
    // Duplicate detection alone, with and without the spoken keys ("same name in another script"):
    // what keying every name by its sound adds, alternating runs against the vault before the import.
    const before = readGraph(buildVault())
    const preview = parseImport(file)
    const spoken: number[] = []
    const unspoken: number[] = []
    for (let run = 0; run < MATCH_RUNS; run++) {
      spoken.push(time(() => void findDuplicates(preview, before)))
      unspoken.push(time(() => void findDuplicates(preview, before, { spokenKeys: () => [] })))
    }
    const snapshot = readGraph(doc)
    // Alternating runs, median of each: one run alone is at the mercy of a collection of the import's garbage.
    const withAnalysis: number[] = []
    const plain: number[] = []
    for (let run = 0; run < GEXF_RUNS; run++) {
      withAnalysis.push(time(() => void exportGexf(snapshot)))
      plain.push(time(() => void exportGexf(snapshot, { analysis: 'none' })))
    }
    const gexfMs = median(withAnalysis)
    const gexfPlainMs = median(plain)
    ctx.log(
      `import: ${importMs.toFixed(0)} ms (${result.created.length} created, ${result.merged.length} merged); ical.js alone: ${parserAlone.toFixed(0)} ms; GEXF: ${gexfMs.toFixed(0)} ms (without analysis ${gexfPlainMs.toFixed(0)} ms), ${snapshot.people.length} people / ${snapshot.ties.length} ties`,
    )
    await Promise.resolve()
    const figures: BenchFigure[] = [
      {
        name: 'vCard import, 10k cards into 10k vault, with duplicates',
        value: importMs,
        unit: 'ms',
        better: 'lower',
        target: 5_000,
        baseline: parserAlone,
        ratio: importMs / parserAlone,
        note: 'baseline: ical.js parsing the same file alone',
      },
      {
        name: 'duplicate detection, 10k cards against 10k people, with spoken keys',
        value: median(spoken),
        unit: 'ms',
        better: 'lower',
        baseline: median(unspoken),
        ratio: median(spoken) / median(unspoken),
        note: `median of ${MATCH_RUNS}; baseline: the same without spoken keys`,
      },
      {
        name: 'GEXF export of that vault (with community detection)',
        value: gexfMs,
        unit: 'ms',
        better: 'lower',
        target: 1_000,
        baseline: gexfPlainMs,
        ratio: gexfMs / gexfPlainMs,
        note: `median of ${GEXF_RUNS}; baseline: the same export without analysis`,
      },
    ]
    return figures
  },
}

export default benchmark
