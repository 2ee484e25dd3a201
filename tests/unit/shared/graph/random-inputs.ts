/** Random, valid inputs for every attribute, from a seeded source (shared by unit and property tests). */
import { AGE_BANDS, ISCO_SUB_MAJOR_GROUPS, ISIC_SECTIONS, ROLES, SCHWARTZ_VALUES, TIE_KINDS, type PersonPatch, type ProfilePatch, type TiePatch } from '../../../../shared/graph'
import type { Random } from './replicas'

const NAMES = ['佐藤 花子', '鈴木 一郎', 'Alice Martin', '高橋 ユイ', 'Bob Li', '田中 蓮', 'Chloé Dubois', '山本 さくら']
const READINGS = ['さとう はなこ', 'スズキ イチロウ', null, 'たかはし ゆい', null, 'タナカ レン', null, 'やまもと さくら']
const TAGS = ['UX', '生成AI', 'climbing', 'book club', 'ＯＳＳ', 'tea']
const FIELD_TAGS = ['UX research', 'Rust', '法務', 'biotech', 'design']
const GENDERS = ['woman', 'man', 'non-binary', 'custom-1']
const DATES = ['2019-04-01', '2021-11-23', '2024-02-29', '2025-07-07']

/** One attribute of a profile, chosen at random, with a random new value. */
export function randomProfileField(r: Random): ProfilePatch {
  const sub = r.pick(ISCO_SUB_MAJOR_GROUPS)
  const fields: (() => ProfilePatch)[] = [
    () => ({ name: r.pick(NAMES) }),
    () => ({ reading: r.pick(READINGS) }),
    () => ({ gender: r.chance(0.2) ? null : r.pick(GENDERS) }),
    () => ({ genderBasis: r.pick(['stated', 'perceived', null] as const) }),
    () => ({ birthYear: r.chance(0.2) ? null : 1950 + r.int(60) }),
    () => ({ ageBand: r.chance(0.2) ? null : r.pick(AGE_BANDS).id }),
    () => ({ occupation: r.chance(0.2) ? null : { major: sub.major, subMajor: r.chance(0.5) ? sub.id : null } }),
    () => ({ industry: r.chance(0.2) ? null : r.pick(ISIC_SECTIONS).id }),
    () => ({ fieldTags: r.subset(FIELD_TAGS, 3) }),
    () => ({
      values: r.subset(
        SCHWARTZ_VALUES.map((v) => v.id),
        3,
      ),
    }),
    () => ({ organization: r.pick(['Kizuna Lab', '東京大学', null, 'ACME']) }),
    () => ({ location: r.pick(['Tokyo', '大阪', null]) }),
    () => ({
      handles: r.subset(
        [
          { kind: 'email', value: 'a@example.com' },
          { kind: 'phone', value: '+81 90 0000 0000' },
          { kind: 'url', value: 'https://example.com/a' },
        ] as const,
        3,
      ),
    }),
    () => ({ tags: r.subset(TAGS, 4) }),
    () => ({ notes: r.pick(['', 'met at RubyKaigi', 'メモ\n二行目']) }),
  ]
  return r.pick(fields)()
}

export function randomPersonField(r: Random, knownIds: readonly string[]): PersonPatch {
  if (r.chance(0.15)) return { roles: r.subset(ROLES, 3) }
  if (r.chance(0.12)) {
    const introducedBy = knownIds.length > 0 && r.chance(0.5) ? r.pick(knownIds) : null
    return { howWeMet: { where: r.pick(['Seminar', '勉強会', null]), when: r.pick([...DATES, null]), introducedBy } }
  }
  return randomProfileField(r)
}

/** A person with every attribute set to something random. */
export function randomFullPerson(r: Random, knownIds: readonly string[]): PersonPatch & { name: string } {
  let patch: PersonPatch = {}
  for (let i = 0; i < 25; i++) patch = { ...patch, ...randomPersonField(r, knownIds) }
  return { ...patch, name: r.pick(NAMES) }
}

export function randomTie(r: Random): TiePatch {
  return { kind: r.pick(TIE_KINDS), strength: r.pick([1, 2, 3] as const), since: r.pick([...DATES, null]), notes: r.pick(['', 'same team', '同級生']) }
}

export { DATES, TAGS, FIELD_TAGS }
