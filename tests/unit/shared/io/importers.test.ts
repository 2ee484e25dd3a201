import { describe, expect, it } from 'vitest'
import { detectFormat, ImportError, parseImport, type ImportedPerson } from '../../../../shared/io'
import { fixture } from './fixtures'

/** The people without their keys (checked separately), for one whole-result toEqual. */
const content = (people: ImportedPerson[]) => people.map(({ key: _key, ...rest }) => rest)
const blank = { reading: null, organization: null, title: null, emails: [], phones: [], urls: [], tags: [], notes: '', metAt: null, metWhere: null }

function rejection(input: string | Uint8Array): ImportError {
  try {
    parseImport(input)
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
  throw new Error('expected an ImportError')
}

describe('vCard', () => {
  it('decodes the quoted-printable lines Outlook writes into 3.0 cards (soft line breaks, =0D=0A, UTF-8)', () => {
    const preview = parseImport(fixture('outlook-qp-3.0.vcf'))
    expect(content(preview.people)).toEqual([
      {
        ...blank,
        source: { card: 1, line: 1 },
        name: 'Jürgen Müller',
        organization: 'Contoso GmbH',
        emails: ['juergen@contoso.example'],
        notes: 'Erstes Treffen: München, 2021.\nZweite Zeile; mit Semikolon und Fortsetzung.',
      },
      { ...blank, source: { card: 2, line: 10 }, name: 'Björn Ek' },
    ])
  })

  it('reads an Apple Contacts 3.0 export: BOM, folding, grouped properties, phonetic names, escapes, photo, nameless card', () => {
    const preview = parseImport(fixture('apple-contacts-3.0.vcf'))
    expect(preview.format).toBe('vcard')
    expect(preview.warnings).toEqual([])
    expect(content(preview.people)).toEqual([
      {
        ...blank,
        source: { card: 1, line: 1 },
        name: '佐藤 花子',
        reading: 'さとう はなこ',
        organization: '株式会社サンプル',
        title: 'UXリサーチャー',
        emails: ['hanako.sato@example.co.jp'],
        phones: ['090-1234-5678'],
        urls: ['https://example.co.jp/~hanako'],
        tags: ['仕事', 'UX'],
        notes: '2019年の UX Tokyo で知り合った。\n紹介: 田中さん, 鈴木さん。とても長いメモはこのように折り返される。\ndepartment: デザイン部',
      },
      {
        ...blank,
        source: { card: 2, line: 21 },
        name: 'Dr. John Q. Doe Jr.',
        organization: 'Example, Inc.',
        title: 'Chief Scientist',
        emails: ['John.Doe@Example.com'],
        phones: ['+1 (555) 010-0200', '+1 555 010 0300'],
        notes: 'Met at the 2022 summit; wants an intro to the design team.',
      },
      { ...blank, source: { card: 3, line: 34 }, name: 'Acme Corporation', organization: 'Acme Corporation', emails: ['info@acme.example'] },
    ])
  })

  it('reads vCard 4.0: SORT-AS reading, tel: URIs, quoted parameters, emoji across a fold', () => {
    expect(content(parseImport(fixture('android-4.0.vcf')).people)).toEqual([
      {
        ...blank,
        source: { card: 1, line: 1 },
        name: '鈴木 一郎',
        reading: 'すずき いちろう',
        organization: '東京大学',
        title: '准教授',
        emails: ['ichiro@u-tokyo.example.jp'],
        phones: ['+81-80-9876-5432'],
        urls: ['https://researchmap.example/ichiro'],
        tags: ['研究', '大学'],
        notes: '共同研究の相談相手',
      },
      {
        ...blank,
        source: { card: 2, line: 13 },
        name: 'María José García-López',
        organization: 'Universidad de Ejemplo',
        emails: ['mj.garcia@ejemplo.es'],
        notes: 'Emoji 🎉 and a folded line that is long enough to need folding because RFC 6350 says 75 octets.',
      },
    ])
  })

  it('reads vCard 2.1 from a feature phone: Shift_JIS quoted-printable, soft line breaks, SOUND;X-IRMC-N, bare parameters, base64 photo', () => {
    expect(content(parseImport(fixture('feature-phone-2.1.vcf')).people)).toEqual([
      {
        ...blank,
        source: { card: 1, line: 1 },
        name: '山田 太郎',
        reading: 'ヤマダ タロウ',
        emails: ['taro.yamada@docomo.example.ne.jp'],
        phones: ['09011112222', '03-1234-5678'],
        notes: '高校の同級生\n釣り仲間',
      },
      { ...blank, source: { card: 2, line: 11 }, name: 'Anna Smith', organization: 'Nokia Fans Club', emails: ['anna@example.org'], phones: ['+44 20 7946 0000'] },
    ])
  })

  it('reads UTF-16 with a BOM (Outlook)', () => {
    expect(parseImport(fixture('outlook-utf16.vcf')).people.map((p) => p.name)).toEqual(['Jürgen Müller'])
  })

  it('gives the same keys on every import and different keys to different people', () => {
    const keys = parseImport(fixture('apple-contacts-3.0.vcf')).people.map((p) => p.key)
    expect(parseImport(fixture('apple-contacts-3.0.vcf')).people.map((p) => p.key)).toEqual(keys)
    expect(new Set(keys).size).toBe(keys.length)
    const twice = 'BEGIN:VCARD\nVERSION:3.0\nFN:Same\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Same\nEND:VCARD\n'
    const [a, b] = parseImport(twice).people.map((p) => p.key)
    expect(b).toBe(`${a}-2`)
  })

  it('rejects malformed cards with the card number and line', () => {
    expect(rejection('BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:B\n')).toMatchObject({ code: 'malformed', at: { card: 2, line: 5 } })
    expect(rejection('BEGIN:VCARD\nVERSION:4.0\nFN:A\nno colon here\nEND:VCARD\n')).toMatchObject({ code: 'malformed', at: { card: 1, line: 4 } })
    expect(rejection('BEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD\ngarbage\n').message).toMatch(/line 5.*outside/)
  })
})

describe('LinkedIn Connections.csv', () => {
  it('skips the Notes preamble and maps Connected On to when and where we met', () => {
    const preview = parseImport(fixture('linkedin-connections.csv'))
    expect(preview.format).toBe('linkedin')
    const li = { ...blank, metWhere: 'LinkedIn' }
    expect(content(preview.people)).toEqual([
      {
        ...li,
        source: { row: 1, line: 5 },
        name: 'Hanako Sato',
        organization: 'Sample Co., Ltd.',
        title: 'UX Researcher',
        emails: ['hanako.sato@example.co.jp'],
        urls: ['https://www.linkedin.com/in/hanako-sato-12345'],
        metAt: '2021-03-12',
      },
      {
        ...li,
        source: { row: 2, line: 6 },
        name: 'John Doe',
        organization: 'Example, Inc.',
        title: 'Chief Scientist, R&D',
        urls: ['https://www.linkedin.com/in/johndoe'],
        metAt: '2019-01-03',
      },
      {
        ...li,
        source: { row: 3, line: 7 },
        name: '高橋 健太',
        organization: 'メルカリ',
        title: 'Engineer\n(Backend)',
        urls: ['https://www.linkedin.com/in/kenta-takahashi'],
        metAt: '2024-02-28',
      },
      { ...li, source: { row: 4, line: 9 }, name: 'Priya Raman', organization: 'Freelance', urls: ['https://www.linkedin.com/in/priya-raman'], metAt: '2020-04-01' },
    ])
  })

  it('reads the older layout without preamble or URL column, and its date styles', () => {
    expect(parseImport(fixture('linkedin-connections-old.csv')).people.map((p) => [p.name, p.metAt])).toEqual([
      ['Ana Silva', '2017-06-05'],
      ['Lee Min', '2017-06-05'],
    ])
  })

  it('warns about a date it cannot read and rejects an unterminated quote with its line', () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
    expect(parseImport(`${header}A,B,,,,,someday\n`).warnings).toEqual([{ message: '"someday" is not a date; when we met was left empty', at: { row: 1, line: 2 } }])
    expect(rejection(`${header}A,B,,,,,1 Jan 2020\nC,"D,,,,,1 Jan 2020\n`)).toMatchObject({ code: 'malformed', at: { line: 3 } })
  })
})

describe('Google Contacts CSV', () => {
  it('reads the current layout: phonetic names, " ::: " multi-values, labels without system groups, department', () => {
    expect(content(parseImport(fixture('google-contacts.csv')).people)).toEqual([
      {
        ...blank,
        source: { row: 1, line: 2 },
        name: '佐藤 花子',
        reading: 'さとう はなこ',
        organization: '株式会社サンプル',
        title: 'UXリサーチャー',
        emails: ['hanako.sato@example.co.jp', 'HANAKO@private.example'],
        phones: ['+81 90-1234-5678'],
        tags: ['仕事'],
        notes: '勉強会で知り合った\n二行目のメモ\ndepartment: デザイン部',
      },
      {
        ...blank,
        source: { row: 2, line: 4 },
        name: 'John Q. Doe',
        organization: 'Example, Inc.',
        title: 'Chief Scientist',
        emails: ['john.doe@example.com'],
        phones: ['+1 555-010-0200', '+1 555 010 0300'],
        urls: ['https://example.com/john'],
        tags: ['Friends'],
      },
      { ...blank, source: { row: 3, line: 5 }, name: 'Plumbing Co', organization: 'Plumbing Co', phones: ['03-5555-0000'] },
    ])
  })

  it('reads the older layout (Given Name, Yomi, Organization 1 - Name, Group Membership)', () => {
    expect(content(parseImport(fixture('google-contacts-old.csv')).people)).toEqual([
      {
        ...blank,
        source: { row: 1, line: 2 },
        name: '高橋 健太',
        reading: 'たかはし けんた',
        organization: 'メルカリ',
        title: 'エンジニア',
        emails: ['kenta@example.jp'],
        phones: ['080-2222-3333'],
        tags: ['元同僚'],
        notes: '元同僚',
      },
    ])
  })
})

describe('encoding and detection', () => {
  it('rejects invalid UTF-8 with its line and byte offset, UTF-16 without BOM, and unknown content', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('BEGIN:VCARD\nFN:'), 0x83, 0x65, 0x0a])
    expect(rejection(bytes)).toMatchObject({ code: 'encoding', at: { line: 2 }, message: 'line 2: not valid UTF-8 at byte 15; save the file as UTF-8' })
    const utf16 = new Uint8Array([...'BEGIN:VCARD'].flatMap((c) => [c.charCodeAt(0), 0]))
    expect(rejection(utf16).code).toBe('encoding')
    expect(rejection('hello, world\n1,2\n').code).toBe('unknown-format')
    expect(rejection('   \n').code).toBe('empty')
  })

  it('detects each format from content', () => {
    expect(
      ['apple-contacts-3.0.vcf', 'linkedin-connections.csv', 'google-contacts.csv', 'google-contacts-old.csv'].map((f) => detectFormat(new TextDecoder().decode(fixture(f)))),
    ).toEqual(['vcard', 'linkedin', 'google', 'google'])
    expect(detectFormat('{"format":"kizuna"}')).toBe('kizuna-json')
  })
})
