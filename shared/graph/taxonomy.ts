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

export type IsicSectionId =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K'
  | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U'

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

export type SchwartzValueId =
  | 'self-direction'
  | 'stimulation'
  | 'hedonism'
  | 'achievement'
  | 'power'
  | 'security'
  | 'conformity'
  | 'tradition'
  | 'benevolence'
  | 'universalism'

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

/** The age band of someone born in `birthYear`, as of the calendar year `currentYear`. */
export function ageBandOf(birthYear: number, currentYear: number): AgeBandId {
  const age = currentYear - birthYear
  for (const band of AGE_BANDS) {
    if (age >= band.minAge && (band.maxAge === null || age <= band.maxAge)) return band.id
  }
  return 'under-20'
}
