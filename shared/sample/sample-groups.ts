/**
 * The circles of the sample network's owner, as data: who is in each, how they are alike, how
 * densely they know each other. The work team is the planted echo chamber: dense, all ICT
 * professionals in their thirties who value achievement and power, and the source of most advice.
 */
import type { IsicSectionId, SchwartzValueId } from '../graph'
import type { Role, TieKind } from '../graph'

export interface SampleGroup {
  key: string
  size: number
  /** Probability of a tie between two members. */
  density: number
  kind: TieKind
  strengths: readonly (1 | 2 | 3)[]
  birthYears: readonly [number, number]
  /** Chance of a woman, a non-binary person; the rest are men. */
  genderMix: readonly [number, number]
  /** ISCO sub-major groups ("25" = ICT professionals); the major group is the first digit. */
  occupations: readonly string[]
  industries: readonly IsicSectionId[]
  values: readonly SchwartzValueId[]
  nonJapaneseShare: number
  organizations: readonly string[]
  location: string
  fieldTags: readonly string[]
  metAt: string
  metYear: number
  /** Roles given to the first members (index 0 upwards), in order. */
  roles: readonly Role[][]
}

export const SAMPLE_GROUPS: readonly SampleGroup[] = [
  {
    key: 'work',
    size: 18,
    density: 0.75,
    kind: 'work',
    strengths: [2, 3, 3],
    birthYears: [1987, 1994],
    genderMix: [0.06, 0],
    occupations: ['25'],
    industries: ['J'],
    values: ['achievement', 'power'],
    nonJapaneseShare: 0.05,
    organizations: ['株式会社ネクストクラウド'],
    location: '東京都渋谷区',
    fieldTags: ['SaaS', 'バックエンド', 'クラウド', '生成AI'],
    metAt: 'ネクストクラウド',
    metYear: 2018,
    roles: [['advisor'], ['advisor'], ['advisor'], ['advisor', 'peer'], ['advisor'], ['advisor', 'collaborator'], ['peer'], ['peer'], ['collaborator']],
  },
  {
    key: 'university',
    size: 14,
    density: 0.45,
    kind: 'friend',
    strengths: [1, 2, 3],
    birthYears: [1990, 1992],
    genderMix: [0.5, 0],
    occupations: ['21', '22', '24', '26', '33', '12'],
    industries: ['C', 'K', 'M', 'P', 'Q', 'R'],
    values: ['self-direction', 'stimulation', 'hedonism', 'benevolence', 'universalism', 'security'],
    nonJapaneseShare: 0.07,
    organizations: ['東都大学 OB・OG会'],
    location: '東京都',
    fieldTags: ['研究', '金融', '医療', '出版'],
    metAt: '東都大学',
    metYear: 2010,
    roles: [['advisor', 'peer'], ['peer'], ['peer']],
  },
  {
    key: 'meetup',
    size: 20,
    density: 0.22,
    kind: 'community',
    strengths: [1, 1, 2],
    birthYears: [1972, 2002],
    genderMix: [0.45, 0.08],
    occupations: ['21', '26', '34', '25', '35', '24'],
    industries: ['M', 'R', 'J', 'P', 'N'],
    values: ['self-direction', 'stimulation', 'universalism', 'achievement', 'hedonism'],
    nonJapaneseShare: 0.3,
    organizations: ['UX Tokyo Meetup'],
    location: '東京都',
    fieldTags: ['UXリサーチ', 'デザイン', 'アクセシビリティ', 'Service design'],
    metAt: 'UX Tokyo Meetup',
    metYear: 2021,
    roles: [['peer'], ['mentee'], ['mentee'], ['collaborator']],
  },
  {
    key: 'family',
    size: 10,
    density: 0.8,
    kind: 'family',
    strengths: [2, 3, 3],
    birthYears: [1948, 2012],
    genderMix: [0.5, 0],
    occupations: ['52', '91', '23', '14', '41', '61'],
    industries: ['G', 'P', 'A', 'Q', 'I'],
    values: ['tradition', 'security', 'benevolence', 'conformity'],
    nonJapaneseShare: 0,
    organizations: [],
    location: '静岡県浜松市',
    fieldTags: [],
    metAt: '家族',
    metYear: 1991,
    roles: [['advisor']],
  },
  {
    key: 'neighbours',
    size: 12,
    density: 0.3,
    kind: 'community',
    strengths: [1, 1, 2],
    birthYears: [1950, 1998],
    genderMix: [0.55, 0],
    occupations: ['52', '71', '83', '91', '13', '32', '51'],
    industries: ['G', 'I', 'F', 'Q', 'H'],
    values: ['security', 'benevolence', 'tradition', 'conformity', 'hedonism'],
    nonJapaneseShare: 0.1,
    organizations: ['代々木三丁目町内会'],
    location: '東京都渋谷区',
    fieldTags: ['町内会', '子育て'],
    metAt: '町内会',
    metYear: 2019,
    roles: [],
  },
  {
    key: 'industry',
    size: 16,
    density: 0.12,
    kind: 'work',
    strengths: [1, 1, 2],
    birthYears: [1965, 1995],
    genderMix: [0.35, 0],
    occupations: ['12', '24', '25', '33', '11', '26'],
    industries: ['J', 'K', 'M', 'C', 'N'],
    values: ['achievement', 'power', 'security', 'self-direction', 'stimulation'],
    nonJapaneseShare: 0.2,
    organizations: ['元同僚(グローバルテック)', '取引先'],
    location: '東京都',
    fieldTags: ['営業', 'プロダクトマネジメント', '法務', 'VC'],
    metAt: 'グローバルテック',
    metYear: 2014,
    roles: [['peer']],
  },
  {
    key: 'npo',
    size: 14,
    density: 0.35,
    kind: 'community',
    strengths: [1, 2, 2],
    birthYears: [1958, 1985],
    genderMix: [0.65, 0.07],
    occupations: ['22', '23', '26', '34', '11', '42'],
    industries: ['Q', 'P', 'O', 'S'],
    values: ['benevolence', 'universalism', 'tradition', 'security'],
    nonJapaneseShare: 0.15,
    organizations: ['NPO法人 こども食堂ネット'],
    location: '東京都世田谷区',
    fieldTags: ['福祉', '地域活動', '教育'],
    metAt: 'こども食堂ボランティア',
    metYear: 2023,
    roles: [['collaborator'], ['peer']],
  },
  {
    key: 'online',
    size: 16,
    density: 0.08,
    kind: 'other',
    strengths: [1, 1, 1],
    birthYears: [1975, 2004],
    genderMix: [0.45, 0.1],
    occupations: ['26', '25', '21', '35', '53', '34'],
    industries: ['R', 'J', 'M', 'S', 'U'],
    values: ['stimulation', 'self-direction', 'universalism', 'hedonism', 'achievement'],
    nonJapaneseShare: 0.6,
    organizations: ['SNS'],
    location: 'オンライン',
    fieldTags: ['OSS', '写真', '翻訳', 'ポッドキャスト'],
    metAt: 'SNS',
    metYear: 2022,
    roles: [['mentee']],
  },
]
