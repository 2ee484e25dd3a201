/**
 * Taxonomies as data, with Japanese and English labels.
 *
 * - ISCO-08 (International Standard Classification of Occupations, ILO 2012): 10 major groups.
 *   Sub-major groups are two-digit codes whose first digit is the major group.
 * - ISIC Rev.4 (International Standard Industrial Classification, UN 2008): 21 sections A-U.
 * - Schwartz's ten basic values (Schwartz 1992; Schwartz 2012, "An Overview of the Schwartz
 *   Theory of Basic Values", Online Readings in Psychology and Culture 2(1)), in circumplex order,
 *   with the four higher-order groups. Hedonism shares elements of openness to change and
 *   self-enhancement; we place it with openness to change, as Schwartz 2012 (fig. 1) draws it on
 *   that side of the circle. Angles are equally spaced (36 degrees) around the circle.
 * - Age bands by decade.
 */

export interface Label {
  en: string
  ja: string
}

export type IscoMajorId = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'
/** Two digits, the first being the major group (e.g. "25" ICT professionals). */
export type IscoSubMajorId = string

export const ISCO_MAJOR_GROUPS: readonly { id: IscoMajorId; label: Label }[] = [
  { id: '1', label: { en: 'Managers', ja: '管理職' } },
  { id: '2', label: { en: 'Professionals', ja: '専門職' } },
  { id: '3', label: { en: 'Technicians and associate professionals', ja: '技術者・准専門職' } },
  { id: '4', label: { en: 'Clerical support workers', ja: '事務補助職' } },
  { id: '5', label: { en: 'Service and sales workers', ja: 'サービス・販売職' } },
  { id: '6', label: { en: 'Skilled agricultural, forestry and fishery workers', ja: '農林漁業職' } },
  { id: '7', label: { en: 'Craft and related trades workers', ja: '技能工' } },
  { id: '8', label: { en: 'Plant and machine operators, and assemblers', ja: '設備・機械運転・組立工' } },
  { id: '9', label: { en: 'Elementary occupations', ja: '単純作業職' } },
  { id: '0', label: { en: 'Armed forces occupations', ja: '軍隊' } },
]

export type IsicSectionId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U'

export const ISIC_SECTIONS: readonly { id: IsicSectionId; label: Label }[] = [
  { id: 'A', label: { en: 'Agriculture, forestry and fishing', ja: '農業・林業・漁業' } },
  { id: 'B', label: { en: 'Mining and quarrying', ja: '鉱業・採石業' } },
  { id: 'C', label: { en: 'Manufacturing', ja: '製造業' } },
  { id: 'D', label: { en: 'Electricity, gas, steam and air conditioning supply', ja: '電気・ガス・熱供給業' } },
  { id: 'E', label: { en: 'Water supply, sewerage and waste management', ja: '水道・下水・廃棄物処理業' } },
  { id: 'F', label: { en: 'Construction', ja: '建設業' } },
  { id: 'G', label: { en: 'Wholesale and retail trade', ja: '卸売・小売業' } },
  { id: 'H', label: { en: 'Transportation and storage', ja: '運輸・倉庫業' } },
  { id: 'I', label: { en: 'Accommodation and food service', ja: '宿泊・飲食サービス業' } },
  { id: 'J', label: { en: 'Information and communication', ja: '情報通信業' } },
  { id: 'K', label: { en: 'Financial and insurance activities', ja: '金融・保険業' } },
  { id: 'L', label: { en: 'Real estate activities', ja: '不動産業' } },
  { id: 'M', label: { en: 'Professional, scientific and technical activities', ja: '専門・科学・技術サービス業' } },
  { id: 'N', label: { en: 'Administrative and support services', ja: '管理・支援サービス業' } },
  { id: 'O', label: { en: 'Public administration and defence', ja: '公務・国防' } },
  { id: 'P', label: { en: 'Education', ja: '教育' } },
  { id: 'Q', label: { en: 'Human health and social work', ja: '医療・福祉' } },
  { id: 'R', label: { en: 'Arts, entertainment and recreation', ja: '芸術・娯楽' } },
  { id: 'S', label: { en: 'Other service activities', ja: 'その他のサービス業' } },
  { id: 'T', label: { en: 'Activities of households as employers', ja: '家事サービス(雇用主としての世帯)' } },
  { id: 'U', label: { en: 'Extraterritorial organizations', ja: '治外法権機関・国際機関' } },
]

export type SchwartzValueId = 'self-direction' | 'stimulation' | 'hedonism' | 'achievement' | 'power' | 'security' | 'conformity' | 'tradition' | 'benevolence' | 'universalism'

export type SchwartzGroupId = 'openness-to-change' | 'self-enhancement' | 'conservation' | 'self-transcendence'

export const SCHWARTZ_GROUPS: readonly { id: SchwartzGroupId; label: Label }[] = [
  { id: 'openness-to-change', label: { en: 'Openness to change', ja: '変化への開放性' } },
  { id: 'self-enhancement', label: { en: 'Self-enhancement', ja: '自己高揚' } },
  { id: 'conservation', label: { en: 'Conservation', ja: '保守' } },
  { id: 'self-transcendence', label: { en: 'Self-transcendence', ja: '自己超越' } },
]

/** In circumplex order; `angle` in degrees, counter-clockwise from self-direction. */
export const SCHWARTZ_VALUES: readonly {
  id: SchwartzValueId
  group: SchwartzGroupId
  angle: number
  label: Label
}[] = [
  { id: 'self-direction', group: 'openness-to-change', angle: 0, label: { en: 'Self-direction', ja: '自律' } },
  { id: 'stimulation', group: 'openness-to-change', angle: 36, label: { en: 'Stimulation', ja: '刺激' } },
  { id: 'hedonism', group: 'openness-to-change', angle: 72, label: { en: 'Hedonism', ja: '快楽' } },
  { id: 'achievement', group: 'self-enhancement', angle: 108, label: { en: 'Achievement', ja: '達成' } },
  { id: 'power', group: 'self-enhancement', angle: 144, label: { en: 'Power', ja: '権力' } },
  { id: 'security', group: 'conservation', angle: 180, label: { en: 'Security', ja: '安全' } },
  { id: 'conformity', group: 'conservation', angle: 216, label: { en: 'Conformity', ja: '同調' } },
  { id: 'tradition', group: 'conservation', angle: 252, label: { en: 'Tradition', ja: '伝統' } },
  { id: 'benevolence', group: 'self-transcendence', angle: 288, label: { en: 'Benevolence', ja: '博愛' } },
  { id: 'universalism', group: 'self-transcendence', angle: 324, label: { en: 'Universalism', ja: '普遍主義' } },
]

export const MAX_VALUES_PER_PERSON = 3

export type AgeBandId = 'under-20' | '20s' | '30s' | '40s' | '50s' | '60s' | '70-plus'

export const AGE_BANDS: readonly { id: AgeBandId; minAge: number; maxAge: number | null; label: Label }[] = [
  { id: 'under-20', minAge: 0, maxAge: 19, label: { en: 'Under 20', ja: '20歳未満' } },
  { id: '20s', minAge: 20, maxAge: 29, label: { en: '20s', ja: '20代' } },
  { id: '30s', minAge: 30, maxAge: 39, label: { en: '30s', ja: '30代' } },
  { id: '40s', minAge: 40, maxAge: 49, label: { en: '40s', ja: '40代' } },
  { id: '50s', minAge: 50, maxAge: 59, label: { en: '50s', ja: '50代' } },
  { id: '60s', minAge: 60, maxAge: 69, label: { en: '60s', ja: '60代' } },
  { id: '70-plus', minAge: 70, maxAge: null, label: { en: '70 and over', ja: '70歳以上' } },
]

/** The gender list a new vault starts with; the user can add entries (stored in the vault). */
export const DEFAULT_GENDERS: readonly { id: string; label: Label }[] = [
  { id: 'woman', label: { en: 'Woman', ja: '女性' } },
  { id: 'man', label: { en: 'Man', ja: '男性' } },
  { id: 'non-binary', label: { en: 'Non-binary', ja: 'ノンバイナリー' } },
]

/** The birth years a profile accepts. */
export const BIRTH_YEARS = { min: 1880, max: 2200 } as const

/** The age band of someone born in `birthYear`, as of the calendar year `currentYear`. */
export function ageBandOf(birthYear: number, currentYear: number): AgeBandId {
  const age = currentYear - birthYear
  for (const band of AGE_BANDS) {
    if (age >= band.minAge && (band.maxAge === null || age <= band.maxAge)) return band.id
  }
  return 'under-20'
}

/**
 * ISCO-08 sub-major groups (ILO 2012, vol. 1, table 1): all 43, two-digit codes whose first digit
 * is the major group. Japanese labels follow the usual translation of the ILO titles.
 */
export const ISCO_SUB_MAJOR_GROUPS: readonly { id: IscoSubMajorId; major: IscoMajorId; label: Label }[] = [
  { id: '11', major: '1', label: { en: 'Chief executives, senior officials and legislators', ja: '経営者・上級公務員・議員' } },
  { id: '12', major: '1', label: { en: 'Administrative and commercial managers', ja: '管理・商業部門の管理職' } },
  { id: '13', major: '1', label: { en: 'Production and specialised services managers', ja: '生産・専門サービス部門の管理職' } },
  { id: '14', major: '1', label: { en: 'Hospitality, retail and other services managers', ja: '宿泊・小売・その他サービスの管理職' } },
  { id: '21', major: '2', label: { en: 'Science and engineering professionals', ja: '科学・工学の専門職' } },
  { id: '22', major: '2', label: { en: 'Health professionals', ja: '保健医療の専門職' } },
  { id: '23', major: '2', label: { en: 'Teaching professionals', ja: '教育の専門職' } },
  { id: '24', major: '2', label: { en: 'Business and administration professionals', ja: 'ビジネス・管理の専門職' } },
  { id: '25', major: '2', label: { en: 'Information and communications technology professionals', ja: '情報通信技術の専門職' } },
  { id: '26', major: '2', label: { en: 'Legal, social and cultural professionals', ja: '法務・社会・文化の専門職' } },
  { id: '31', major: '3', label: { en: 'Science and engineering associate professionals', ja: '科学・工学の准専門職' } },
  { id: '32', major: '3', label: { en: 'Health associate professionals', ja: '保健医療の准専門職' } },
  { id: '33', major: '3', label: { en: 'Business and administration associate professionals', ja: 'ビジネス・管理の准専門職' } },
  { id: '34', major: '3', label: { en: 'Legal, social, cultural and related associate professionals', ja: '法務・社会・文化関連の准専門職' } },
  { id: '35', major: '3', label: { en: 'Information and communications technicians', ja: '情報通信の技術者' } },
  { id: '41', major: '4', label: { en: 'General and keyboard clerks', ja: '一般事務・入力事務員' } },
  { id: '42', major: '4', label: { en: 'Customer services clerks', ja: '顧客サービス事務員' } },
  { id: '43', major: '4', label: { en: 'Numerical and material recording clerks', ja: '計数・資材記録事務員' } },
  { id: '44', major: '4', label: { en: 'Other clerical support workers', ja: 'その他の事務補助職' } },
  { id: '51', major: '5', label: { en: 'Personal service workers', ja: '対人サービス職' } },
  { id: '52', major: '5', label: { en: 'Sales workers', ja: '販売職' } },
  { id: '53', major: '5', label: { en: 'Personal care workers', ja: '介護・対人ケア職' } },
  { id: '54', major: '5', label: { en: 'Protective services workers', ja: '保安サービス職' } },
  { id: '61', major: '6', label: { en: 'Market-oriented skilled agricultural workers', ja: '市場向け農業従事者' } },
  { id: '62', major: '6', label: { en: 'Market-oriented skilled forestry, fishery and hunting workers', ja: '市場向け林業・漁業・狩猟従事者' } },
  { id: '63', major: '6', label: { en: 'Subsistence farmers, fishers, hunters and gatherers', ja: '自給的農業・漁業・狩猟採集従事者' } },
  { id: '71', major: '7', label: { en: 'Building and related trades workers, excluding electricians', ja: '建設関連の技能工(電気工を除く)' } },
  { id: '72', major: '7', label: { en: 'Metal, machinery and related trades workers', ja: '金属・機械関連の技能工' } },
  { id: '73', major: '7', label: { en: 'Handicraft and printing workers', ja: '手工芸・印刷の技能工' } },
  { id: '74', major: '7', label: { en: 'Electrical and electronic trades workers', ja: '電気・電子の技能工' } },
  { id: '75', major: '7', label: { en: 'Food processing, woodworking, garment and other craft and related trades workers', ja: '食品加工・木工・衣服・その他の技能工' } },
  { id: '81', major: '8', label: { en: 'Stationary plant and machine operators', ja: '定置式設備・機械の運転員' } },
  { id: '82', major: '8', label: { en: 'Assemblers', ja: '組立工' } },
  { id: '83', major: '8', label: { en: 'Drivers and mobile plant operators', ja: '運転手・移動式機械の運転員' } },
  { id: '91', major: '9', label: { en: 'Cleaners and helpers', ja: '清掃員・家事補助者' } },
  { id: '92', major: '9', label: { en: 'Agricultural, forestry and fishery labourers', ja: '農林漁業の労務作業者' } },
  { id: '93', major: '9', label: { en: 'Labourers in mining, construction, manufacturing and transport', ja: '鉱業・建設・製造・運輸の労務作業者' } },
  { id: '94', major: '9', label: { en: 'Food preparation assistants', ja: '調理補助者' } },
  { id: '95', major: '9', label: { en: 'Street and related sales and service workers', ja: '露天・街頭の販売・サービス従事者' } },
  { id: '96', major: '9', label: { en: 'Refuse workers and other elementary workers', ja: '廃棄物処理その他の単純作業者' } },
  { id: '01', major: '0', label: { en: 'Commissioned armed forces officers', ja: '士官' } },
  { id: '02', major: '0', label: { en: 'Non-commissioned armed forces officers', ja: '下士官' } },
  { id: '03', major: '0', label: { en: 'Armed forces occupations, other ranks', ja: 'その他の階級の兵' } },
]

/**
 * The workflow's kinds, each a `const` tuple: the type, the zod schema (records.ts) and the UI's
 * lists all derive from it, so a new kind is added here once (and worded in both dictionaries).
 */
export const INTERACTION_KINDS = ['consulted-them', 'consulted-me', 'helped-them', 'helped-me', 'introduced', 'met', 'message', 'call', 'worked-together'] as const
/** What passes between me and people. */
export type InteractionKind = (typeof INTERACTION_KINDS)[number]
export const EVENT_KINDS = ['seminar', 'conference', 'meetup', 'sns', 'other'] as const
export type EventKind = (typeof EVENT_KINDS)[number]
export const OPPORTUNITY_KINDS = ['job', 'client', 'collaboration', 'invitation', 'other'] as const
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number]
