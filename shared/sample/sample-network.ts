/**
 * A deterministic, realistic-looking sample network of about 120 fictional people, for demos,
 * screenshots and tests. Same seed, same network: ids derive from the seed and each person's
 * index, dates from a fixed "today", randomness from the seeded LCG of the analysis engine.
 *
 * The owner is a backend engineer in their thirties. Their circles (sample-groups.ts) form
 * recognisable communities, and the work team is a planted echo chamber: dense, homogeneous in
 * field, age and values, and the source of most of their advice.
 */
import type { GraphEvent, Interaction, InteractionKind, Me, Opportunity, Person, Project, Tie } from '../graph'
import type { IscoMajorId } from '../graph'
import { createSeededRandom } from '../analysis'
import type { RandomSource } from '../analysis'
import { SAMPLE_GROUPS } from './sample-groups'
import type { SampleGroup } from './sample-groups'
import { FAMILY_NAMES, GIVEN_NAMES, NON_JAPANESE_NAMES } from './sample-names'

export interface SampleNetwork {
  me: Me
  people: Person[]
  ties: Tie[]
  interactions: Interaction[]
  projects: Project[]
  events: GraphEvent[]
  opportunities: Opportunity[]
}

export interface SampleOptions {
  /** ISO date the sample treats as today; interactions lie in the year before. */
  today?: string
}

export const SAMPLE_TODAY = '2025-06-01'
const DAY_MS = 86_400_000
/** Weak ties between circles: people know a few people in other circles. */
const CROSS_GROUP_TIES = 28

export function generateSampleNetwork(seed = 1, options: SampleOptions = {}): SampleNetwork {
  const random = createSeededRandom(seed)
  const today = Date.parse(`${options.today ?? SAMPLE_TODAY}T00:00:00Z`)
  const dayBefore = (days: number): string => new Date(today - days * DAY_MS).toISOString().slice(0, 10)
  const prefix = `sample-${seed}`
  const me: Me = {
    name: '佐藤 健太',
    reading: 'さとう けんた',
    gender: 'man',
    genderBasis: 'stated',
    birthYear: 1990,
    ageBand: null,
    occupation: { major: '2', subMajor: '25' },
    industry: 'J',
    fieldTags: ['バックエンド', 'SaaS', 'UX'],
    values: ['achievement', 'self-direction'],
    organization: '株式会社ネクストクラウド',
    location: '東京都渋谷区',
    handles: [{ kind: 'email', value: 'kenta@example.com' }],
    tags: [],
    notes: '',
    updatedAt: today,
  }

  const people: Person[] = []
  const groupOf = new Map<string, string>()
  const members = new Map<string, Person[]>()
  for (const group of SAMPLE_GROUPS) {
    const list: Person[] = []
    for (let i = 0; i < group.size; i++) {
      const person = makePerson(`${prefix}-p${String(people.length + 1).padStart(3, '0')}`, group, i, random, today, dayBefore)
      people.push(person)
      list.push(person)
      groupOf.set(person.id, group.key)
    }
    members.set(group.key, list)
  }
  dedupeNames(people)
  const group = (key: string): Person[] => members.get(key) ?? []

  const ties = new Map<string, Tie>()
  const addTie = (x: Person, y: Person, kind: Tie['kind'], strength: 1 | 2 | 3, since: string | null): void => {
    if (x.id === y.id) return
    const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id]
    const id = `tie:${a}:${b}`
    if (!ties.has(id)) ties.set(id, { id, a, b, kind, strength, since, notes: '' })
  }
  for (const spec of SAMPLE_GROUPS) {
    const list = group(spec.key)
    for (let i = 0; i < list.length; i++) {
      // Everyone knows at least one earlier member, so each circle is connected.
      if (i > 0) addTie(list[i], list[Math.floor(random() * i)], spec.kind, pick(random, spec.strengths), `${spec.metYear}-04-01`)
      for (let j = i + 1; j < list.length; j++) {
        if (random() < spec.density) addTie(list[i], list[j], spec.kind, pick(random, spec.strengths), `${spec.metYear}-04-01`)
      }
    }
  }
  for (let added = 0; added < CROSS_GROUP_TIES;) {
    const x = pick(random, people)
    const y = pick(random, people)
    if (groupOf.get(x.id) === groupOf.get(y.id) || groupOf.get(x.id) === 'work' || groupOf.get(y.id) === 'work') continue
    addTie(x, y, 'other', 1, null)
    added++
  }
  // The echo chamber is inward-looking but not sealed: two colleagues know people outside.
  addTie(group('work')[7], group('meetup')[0], 'community', 1, '2022-06-01')
  addTie(group('work')[8], group('industry')[0], 'work', 2, '2019-01-01')
  // The introduction chain behind the opportunity: university friend -> NPO coordinator.
  addTie(group('university')[1], group('npo')[0], 'friend', 2, '2020-09-01')

  const work = group('work')
  const interactions: Interaction[] = []
  const log = (kind: InteractionKind, daysAgo: number, ids: Person[], note: string): void => {
    interactions.push({ id: `${prefix}-i${String(interactions.length + 1).padStart(3, '0')}`, date: dayBefore(daysAgo), kind, personIds: ids.map((p) => p.id), note })
  }
  const consultationNotes = ['設計レビューの相談', '評価面談の前に相談', 'キャリアの相談', 'チーム運営の相談', '技術選定の相談']
  for (let i = 0; i < 6; i++) {
    for (let k = 0; k < 3; k++) log('consulted-them', 20 + i * 11 + k * 97, [work[i]], consultationNotes[(i + k) % consultationNotes.length])
  }
  log('consulted-them', 150, [group('university')[0]], '転職するか迷っている件')
  log('consulted-them', 300, [group('family')[0]], '実家のことの相談')
  log('consulted-me', 12, [group('meetup')[1]], 'ポートフォリオの見直し')
  log('consulted-me', 64, [group('meetup')[2]], 'バックエンドの学び方')
  log('consulted-me', 130, [group('online')[0]], 'OSS へのコントリビュート')
  log('helped-them', 40, [group('meetup')[2]], 'API 設計のレビュー')
  log('helped-them', 200, [group('npo')[0]], '寄付フォームの不具合修正')
  log('helped-me', 90, [work[3]], '障害対応を手伝ってもらった')
  log('introduced', 75, [group('meetup')[1], group('industry')[2]], '採用担当を紹介')
  log('introduced', 420, [group('university')[1], group('npo')[0]], '大学の友人から NPO のコーディネーターを紹介された')
  log('worked-together', 18, [work[5], work[8]], 'リリース作業')
  log('worked-together', 45, [group('meetup')[3]], 'アクセシビリティ診断ツールの開発')
  log('worked-together', 110, [group('npo')[0]], '寄付サイトの改修')
  log('met', 30, [group('meetup')[0], group('meetup')[4]], 'UX Tokyo Meetup #42')
  log('call', 8, [group('university')[2]], '近況報告')
  log('message', 3, [group('neighbours')[0]], '夏祭りの準備')

  const projects: Project[] = [
    {
      id: `${prefix}-project-1`,
      name: 'アクセシビリティ診断ツール',
      memberIds: [group('meetup')[3].id, group('online')[0].id, group('meetup')[2].id],
      start: dayBefore(160),
      end: null,
      deadline: dayBefore(-60),
      finishedAt: null,
      myRole: '開発リード',
      notes: '週末のサイドプロジェクト',
    },
    {
      id: `${prefix}-project-2`,
      name: 'こども食堂 寄付サイト改修',
      memberIds: [group('npo')[0].id, group('npo')[1].id],
      start: dayBefore(240),
      end: dayBefore(100),
      deadline: dayBefore(95),
      finishedAt: dayBefore(104),
      myRole: 'エンジニア',
      notes: '納期より早めに完了',
    },
  ]
  const events: GraphEvent[] = [
    {
      id: `${prefix}-event-1`,
      name: 'UX Tokyo Meetup #42',
      kind: 'meetup',
      where: '渋谷',
      date: dayBefore(30),
      met: [
        { personId: group('meetup')[0].id, exchange: 'リサーチ手法を教わり、API の話で返せそう' },
        { personId: group('meetup')[4].id, exchange: '一緒に登壇できるかも' },
      ],
    },
    {
      id: `${prefix}-event-2`,
      name: 'Developers Summit 2025',
      kind: 'conference',
      where: '目黒',
      date: dayBefore(100),
      met: [{ personId: group('industry')[3].id, exchange: 'プロダクトマネジメントの視点をもらえる' }],
    },
  ]
  const opportunities: Opportunity[] = [
    {
      id: `${prefix}-opportunity-1`,
      date: dayBefore(20),
      kind: 'collaboration',
      title: '地域医療 NPO のデータ基盤づくり',
      viaPersonIds: [group('university')[1].id, group('npo')[0].id],
      field: 'Q',
      note: '大学の友人の紹介で知り合ったコーディネーター経由',
    },
  ]
  return { me, people, ties: [...ties.values()].sort((x, y) => (x.id < y.id ? -1 : 1)), interactions, projects, events, opportunities }
}

function makePerson(id: string, group: SampleGroup, index: number, random: RandomSource, today: number, dayBefore: (days: number) => string): Person {
  const roll = random()
  const gender = roll < group.genderMix[0] ? 'woman' : roll < group.genderMix[0] + group.genderMix[1] ? 'non-binary' : 'man'
  const foreign = random() < group.nonJapaneseShare || gender === 'non-binary'
  let name: string
  let reading: string | null
  if (foreign) {
    name = pick(random, NON_JAPANESE_NAMES[gender])
    reading = null
  } else {
    const family = pick(random, FAMILY_NAMES)
    const given = pick(random, GIVEN_NAMES[gender === 'woman' ? 'woman' : 'man'])
    name = `${family.kanji} ${given.kanji}`
    reading = `${family.kana} ${given.kana}`
  }
  const subMajor = pick(random, group.occupations)
  const values = pickDistinct(random, group.values, 1 + Math.floor(random() * 2))
  const birthYear = group.birthYears[0] + Math.floor(random() * (group.birthYears[1] - group.birthYears[0] + 1))
  const metDaysAgo = Math.max(30, Math.round((today - Date.parse(`${group.metYear}-04-01T00:00:00Z`)) / DAY_MS) - Math.floor(random() * 300))
  return {
    id,
    name,
    reading,
    gender,
    genderBasis: 'perceived',
    // One in twelve has no known birth year, as in a real address book.
    birthYear: random() < 1 / 12 ? null : birthYear,
    ageBand: null,
    occupation: { major: subMajor[0] as IscoMajorId, subMajor },
    industry: pick(random, group.industries),
    fieldTags: pickDistinct(random, group.fieldTags, Math.min(group.fieldTags.length, 1 + Math.floor(random() * 2))),
    values,
    organization: group.organizations.length > 0 ? pick(random, group.organizations) : null,
    location: group.location,
    handles: [],
    tags: [group.key],
    notes: '',
    roles: group.roles[index] ?? [],
    howWeMet: { where: group.metAt, when: dayBefore(metDaysAgo), introducedBy: null },
    createdAt: today - metDaysAgo * DAY_MS,
    updatedAt: today - Math.floor(random() * 30) * DAY_MS,
    deletedAt: null,
  }
}

/**
 * Two people with the same name look like one person entered twice, and "Alex Rivera (2)" reads
 * like a duplicate too. A later namesake gets the nearest unused name instead: the next given
 * name for a Japanese name (same family name and reading), the next first and last name pair for
 * others. No randomness is drawn, so everything generated after the names stays as it was.
 */
function dedupeNames(people: Person[]): void {
  const used = new Set<string>()
  for (const person of people) {
    if (used.has(person.name)) rename(person, used)
    used.add(person.name)
  }
}

function rename(person: Person, used: ReadonlySet<string>): void {
  const [family, given] = person.name.split(' ')
  const familyPart = FAMILY_NAMES.find((f) => f.kanji === family)
  if (familyPart !== undefined) {
    const givens = person.gender === 'woman' ? GIVEN_NAMES.woman : GIVEN_NAMES.man
    const start = givens.findIndex((g) => g.kanji === given)
    for (let k = 1; k <= givens.length; k++) {
      const next = givens[(start + k) % givens.length]
      const name = `${familyPart.kanji} ${next.kanji}`
      if (used.has(name)) continue
      person.name = name
      person.reading = `${familyPart.kana} ${next.kana}`
      return
    }
  }
  const all = Object.values(NON_JAPANESE_NAMES).flat()
  const firsts = all.map((n) => n.split(' ')[0])
  const lasts = all.map((n) => n.split(' ').slice(1).join(' '))
  const start = lasts.indexOf(person.name.split(' ').slice(1).join(' '))
  for (let k = 1; k <= lasts.length * firsts.length; k++) {
    const name = `${person.name.split(' ')[0]} ${lasts[(start + k) % lasts.length]}`
    const other = `${firsts[(start + k) % firsts.length]} ${lasts[(start + 2 * k) % lasts.length]}`
    const free = [name, other].find((n) => !used.has(n))
    if (free !== undefined) {
      person.name = free
      return
    }
  }
}

function pick<T>(random: RandomSource, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]
}

function pickDistinct<T>(random: RandomSource, list: readonly T[], count: number): T[] {
  const pool = [...list]
  const result: T[] = []
  while (result.length < count && pool.length > 0) result.push(pool.splice(Math.floor(random() * pool.length), 1)[0])
  return result
}
