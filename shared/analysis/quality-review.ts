/**
 * The network-quality review along the essay's four properties (質の高い人脈):
 * consult anytime (いつでも相談できる), give value (自分から価値を提供できる), raise each other
 * (お互いに高められる), do things together (一緒に活動すると安心感がある).
 *
 * Each property's score is 100 × the mean of its ingredients, each ingredient a number in [0, 1]
 * saturating at a named target (a count at or above the target is full marks: the essay asks for
 * the habit, not for ever more). Ingredients that need interactions or projects report
 * `noData: true` and value null while there are none, and are left out of the mean; a property
 * with no ingredient left has score null. The advice targets the weakest ingredient.
 *
 * From the workflow (issue 6): follow-up promptness (the essay's "contact people early after
 * meeting them": the share of people met in the last year, by howWeMet.when, whom I contacted
 * within PROMPT_DAYS), what I learned from joint projects and whether I took on the chores nobody
 * owned. The last two count only once the user records them (absent reads as not recorded).
 */
import type { Interaction, InteractionKind, Person, Project } from '../graph'
import { REAL_CONTACT_KINDS } from '../workflow'

export type PropertyId = 'consult-anytime' | 'give-value' | 'raise-each-other' | 'do-together'

export interface Ingredient {
  id: string
  /** In [0, 1]; null when there is no data yet. */
  value: number | null
  noData: boolean
  data: Record<string, number>
}

export interface PropertyReview {
  property: PropertyId
  score: number | null
  ingredients: Ingredient[]
  /** What to do next, as a code the app and the command line word: the weakest ingredient's advice. */
  advice: ReviewAdvice
}

/** No ingredient has data yet; every ingredient is at its target; or the weakest ingredient's id. */
export type ReviewAdvice = { kind: 'no-data' } | { kind: 'all-good' } | { kind: 'ingredient'; ingredient: string }

export interface QualityInput {
  people: readonly Person[]
  advisorIds: ReadonlySet<string>
  /** Mean IQV of my advisors on gender, age band and value group (null without advisors). */
  advisorDiversity: number | null
  /** Largest share of my advisors inside one echo chamber (0 when none). */
  echoAdvisorShare: number
  interactions: readonly Interaction[]
  projects: readonly Project[]
  industryOf: (personId: string) => string | null
  now: number
}

/** Targets at which an ingredient saturates, and the windows it looks back over. */
export const TARGET_ADVISORS = 5
export const TARGET_RECENT_CONSULTATIONS = 3
export const TARGET_GIVING = 6
export const TARGET_FIELDS_HELPED = 3
export const TARGET_PROJECTS = 2
export const TARGET_COLLABORATORS = 5
export const TARGET_WORKED_TOGETHER = 4
export const RECENT_DAYS = 90
/** A follow-up within a week still reads as "early" (the app suggests two days). */
export const PROMPT_DAYS = 7
export const YEAR_DAYS = 365

const GIVING: readonly InteractionKind[] = ['consulted-me', 'helped-them', 'introduced']
const TAKING: readonly InteractionKind[] = ['consulted-them', 'helped-me']
const DAY_MS = 86_400_000

export function reviewQuality(input: QualityInput): PropertyReview[] {
  const hasInteractions = input.interactions.length > 0
  const hasProjects = input.projects.length > 0
  // Each date is parsed once: the ingredients below look at every interaction several times.
  const timeOf = new Map(input.interactions.map((interaction) => [interaction, Date.parse(interaction.date)]))
  const within = (days: number) => (interaction: Interaction) => {
    const time = timeOf.get(interaction)!
    return Number.isFinite(time) && time <= input.now && input.now - time <= days * DAY_MS
  }
  const count = (kinds: readonly InteractionKind[], days: number): number =>
    input.interactions.filter((interaction) => kinds.includes(interaction.kind) && within(days)(interaction)).length
  const saturate = (value: number, target: number): number => Math.min(1, value / target)
  const needs = (available: boolean, id: string, compute: () => { value: number | null; data: Record<string, number> }): Ingredient =>
    available ? { id, noData: false, ...compute() } : { id, value: null, noData: true, data: {} }

  const consult = [
    { id: 'advisor-count', noData: false, value: saturate(input.advisorIds.size, TARGET_ADVISORS), data: { advisors: input.advisorIds.size } },
    { id: 'advisor-diversity', noData: false, value: input.advisorDiversity ?? 0, data: { meanIqv: input.advisorDiversity ?? 0 } },
    { id: 'outside-echo-chambers', noData: false, value: 1 - input.echoAdvisorShare, data: { echoAdvisorShare: input.echoAdvisorShare } },
    needs(hasInteractions, 'recent-consultations', () => {
      const recent = count(['consulted-them'], RECENT_DAYS)
      return { value: saturate(recent, TARGET_RECENT_CONSULTATIONS), data: { consultations: recent, days: RECENT_DAYS } }
    }),
  ]

  const give = [
    needs(hasInteractions, 'consulted-by-others', () => {
      const n = count(['consulted-me'], YEAR_DAYS)
      return { value: saturate(n, TARGET_GIVING), data: { consultations: n, days: YEAR_DAYS } }
    }),
    needs(hasInteractions, 'helping', () => {
      const n = count(['helped-them', 'introduced'], YEAR_DAYS)
      return { value: saturate(n, TARGET_GIVING), data: { helps: n, days: YEAR_DAYS } }
    }),
    needs(hasInteractions, 'fields-helped', () => {
      const fields = new Set<string>()
      for (const interaction of input.interactions) {
        if (!GIVING.includes(interaction.kind) || !within(YEAR_DAYS)(interaction)) continue
        for (const id of interaction.personIds) {
          const field = input.industryOf(id)
          if (field !== null) fields.add(field)
        }
      }
      return { value: saturate(fields.size, TARGET_FIELDS_HELPED), data: { fields: fields.size } }
    }),
  ]

  const raise = [
    needs(hasInteractions, 'reciprocity', () => {
      const gave = new Set<string>()
      const took = new Set<string>()
      for (const interaction of input.interactions) {
        const target = GIVING.includes(interaction.kind) ? gave : TAKING.includes(interaction.kind) ? took : null
        for (const id of interaction.personIds) target?.add(id)
      }
      const involved = new Set([...gave, ...took])
      const both = [...involved].filter((id) => gave.has(id) && took.has(id)).length
      return { value: involved.size > 0 ? both / involved.size : 0, data: { mutual: both, involved: involved.size } }
    }),
    followUpPromptness(input),
    learnedFromProjects(input.projects),
    (() => {
      const learnFrom = input.people.filter((person) => person.roles.includes('advisor')).length
      const growWith = input.people.filter((person) => person.roles.includes('peer') || person.roles.includes('mentee')).length
      return { id: 'two-way-roles', noData: false, value: (Number(learnFrom > 0) + Number(growWith > 0)) / 2, data: { advisors: learnFrom, peersAndMentees: growWith } }
    })(),
  ]

  const together = [
    needs(hasProjects, 'projects', () => {
      const recent = input.projects.filter((project) => {
        const end = project.finishedAt ?? project.end
        return end === null || input.now - Date.parse(end) <= YEAR_DAYS * DAY_MS
      }).length
      return { value: saturate(recent, TARGET_PROJECTS), data: { projects: recent } }
    }),
    needs(hasProjects, 'collaborators', () => {
      const members = new Set(input.projects.flatMap((project) => project.memberIds))
      return { value: saturate(members.size, TARGET_COLLABORATORS), data: { collaborators: members.size } }
    }),
    needs(hasProjects, 'finished-on-time', () => {
      const judged = input.projects.filter((project) => project.finishedAt !== null && project.deadline !== null)
      const onTime = judged.filter((project) => project.finishedAt! <= project.deadline!).length
      return { value: judged.length > 0 ? onTime / judged.length : null, data: { onTime, finished: judged.length } }
    }),
    unownedChores(input.projects),
    needs(hasInteractions, 'worked-together', () => {
      const n = count(['worked-together'], YEAR_DAYS)
      return { value: saturate(n, TARGET_WORKED_TOGETHER), data: { sessions: n, days: YEAR_DAYS } }
    }),
  ]

  return [review('consult-anytime', consult), review('give-value', give), review('raise-each-other', raise), review('do-together', together)]
}

const noData = (id: string): Ingredient => ({ id, value: null, noData: true, data: {} })

function followUpPromptness(input: QualityInput): Ingredient {
  // Dates compare as ISO strings; the window is computed once as a date string.
  const since = new Date(input.now - YEAR_DAYS * DAY_MS).toISOString().slice(0, 10)
  const today = new Date(input.now).toISOString().slice(0, 10)
  const metOn = new Map<string, string>()
  for (const person of input.people) {
    const when = person.howWeMet.when
    if (when !== null && when >= since && when <= today) metOn.set(person.id, when)
  }
  if (metOn.size === 0) return noData('follow-up-promptness')
  const firstContact = new Map<string, string>()
  for (const interaction of input.interactions) {
    // Real contact only: an introduction may name someone I never spoke to.
    if (!REAL_CONTACT_KINDS.has(interaction.kind)) continue
    for (const id of interaction.personIds) {
      const met = metOn.get(id)
      // A 'met' on the meeting day is the meeting itself, not the follow-up.
      if (met === undefined || interaction.date < met || (interaction.kind === 'met' && interaction.date === met)) continue
      const seen = firstContact.get(id)
      if (seen === undefined || interaction.date < seen) firstContact.set(id, interaction.date)
    }
  }
  let prompt = 0
  for (const [id, met] of metOn) {
    const first = firstContact.get(id)
    if (first !== undefined && (Date.parse(first) - Date.parse(met)) / DAY_MS <= PROMPT_DAYS) prompt++
  }
  return { id: 'follow-up-promptness', noData: false, value: prompt / metOn.size, data: { prompt, met: metOn.size, days: PROMPT_DAYS } }
}

function learnedFromProjects(projects: readonly Project[]): Ingredient {
  if (!projects.some((p) => (p.learned ?? '').trim() !== '')) return noData('learned')
  const learned = projects.filter((p) => (p.learned ?? '').trim() !== '').length
  return { id: 'learned', noData: false, value: learned / projects.length, data: { learned, projects: projects.length } }
}

function unownedChores(projects: readonly Project[]): Ingredient {
  const recorded = projects.filter((p) => p.tookUnownedChores === true || p.tookUnownedChores === false)
  if (recorded.length === 0) return noData('unowned-chores')
  const took = recorded.filter((p) => p.tookUnownedChores === true).length
  return { id: 'unowned-chores', noData: false, value: took / recorded.length, data: { took, recorded: recorded.length } }
}

function review(property: PropertyId, ingredients: Ingredient[]): PropertyReview {
  const known = ingredients.filter((ingredient) => ingredient.value !== null)
  const score = known.length > 0 ? Math.round((100 * known.reduce((sum, i) => sum + i.value!, 0)) / known.length) : null
  const weakest = [...known].sort((x, y) => x.value! - y.value!)[0]
  const advice: ReviewAdvice = weakest === undefined ? { kind: 'no-data' } : weakest.value! >= 1 ? { kind: 'all-good' } : { kind: 'ingredient', ingredient: weakest.id }
  return { property, score, ingredients, advice }
}
