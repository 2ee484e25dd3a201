/**
 * Unfolding is linear: a folded 1,000,000-character note (the shape of base64 photos in phone
 * exports) unfolds to the same value as its unfolded form. It took 84 s when each continuation
 * re-scanned the growing value; now it takes well under the test's time limit.
 */
import { describe, expect, it } from 'vitest'
import { parseImport } from '../../../../shared/io'

/** RFC 6350 folding: 75-character physical lines, continuations start with one space. */
function fold(line: string): string {
  const out = [line.slice(0, 75)]
  for (let i = 75; i < line.length; i += 74) out.push(` ${line.slice(i, i + 74)}`)
  return out.join('\r\n')
}

const card = (...lines: string[]): string => ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Long Note', ...lines, 'END:VCARD', ''].join('\r\n')

describe('vCard unfolding', () => {
  it('unfolds a 1,000,000-character folded note to the same value as the unfolded line', () => {
    const note = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('')
    const folded = parseImport(card(fold(`NOTE:${note}`)), { format: 'vcard' })
    const unfolded = parseImport(card(`NOTE:${note}`), { format: 'vcard' })
    // Notes are kept to 100,000 characters (with a warning); both forms give the same value.
    expect({ same: folded.people[0].notes === unfolded.people[0].notes, length: folded.people[0].notes.length, prefix: note.startsWith(folded.people[0].notes) }).toEqual({
      same: true,
      length: 100_000,
      prefix: true,
    })
  }, 20_000)

  it('joins quoted-printable soft breaks, also when a fold follows one, and when the parameters are folded', () => {
    const text = card('NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9 =', 'au lait=', ' !', 'X-A;ENCO', ' DING=QUOTED-PRINTABLE:a=', 'b')
    expect(parseImport(text, { format: 'vcard' }).people[0].notes).toBe('café au lait!')
  })
})
