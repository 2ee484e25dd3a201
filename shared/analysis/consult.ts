/**
 * "Who should I consult about …?": the people I could ask about a topic, ranked, each with the
 * reasons as codes and parameters (the renderer and the CLI word them), and my habit when I keep
 * asking the same few people.
 *
 * Five factors, each in [0, 1]:
 *   knowledge   noisy-or of the evidence, 1 − Π(1 − wᵢ): a field tag naming the topic (1.0) or a
 *               broader word of it (0.5); a past consultation (consulted-them) whose note names it
 *               (0.7 each; 0.35 for a broader word); their notes (0.6 / 0.3); another interaction
 *               naming it (0.3 / 0.15); an occupation (0.3) or industry (0.25) the vocabulary links
 *               to it (consult-topics.ts). Only people with some knowledge are candidates.
 *   from me, from advisors   consult-difference.ts. My advisors: people with the advisor role and
 *               people I consulted in the last USUAL_DAYS days.
 *   tie         my tie's weight (my-ties.ts: strength × recency), 0 without a direct tie.
 *   reach       1 / (cost of the cheapest chain from me), reach-graph.ts; 0 when unreachable.
 * score = Σ WEIGHTS · factor, ties broken by id. Deterministic; the clock is `now`.
 *
 * Habit: at least HABIT_MIN_CONSULTATIONS consultations on the topic in the last USUAL_DAYS days,
 * all with at most HABIT_MAX_PEOPLE people.
 */
import type { GraphSnapshot, IsicSectionId, PersonId } from '../graph'
import { dayNumber } from '../workflow'
import { countAdvisorTraits, differenceFromAdvisors, differenceFromMe, traitsOf } from './consult-difference'
import type { Trait } from './consult-difference'
import { prepareReach } from './reach'
import { shortestPaths } from './reach-graph'
import { prepareText, resolveTopic, tagHasTerm, textHasTerm } from './topic-match'
import type { PreparedText, TermMatcher, TopicQuery } from './topic-match'

export const WEIGHTS = { knowledge: 0.35, fromMe: 0.15, fromAdvisors: 0.2, tie: 0.15, reach: 0.15 } as const
export const USUAL_DAYS = 365
export const HABIT_MIN_CONSULTATIONS = 3
export const HABIT_MAX_PEOPLE = 3
export const DEFAULT_SUGGESTIONS = 5
const EVIDENCE = {
  tag: 1,
  relatedTag: 0.5,
  consulted: 0.7,
  relatedConsulted: 0.35,
  notes: 0.6,
  relatedNotes: 0.3,
  mentioned: 0.3,
  relatedMentioned: 0.15,
  occupation: 0.3,
  industry: 0.25,
}

export type ConsultReason =
  | { code: 'field-tag'; tag: string }
  | { code: 'related-tag'; tag: string }
  | { code: 'consulted-before'; count: number; lastOn: string }
  | { code: 'notes' }
  | { code: 'mentioned'; count: number }
  | { code: 'occupation'; subMajor: string }
  | { code: 'industry'; section: IsicSectionId }
  | { code: 'unlike-advisors'; traits: Trait[] }
  | { code: 'unlike-me'; traits: Trait[] }
  | { code: 'last-contact'; on: string }
  | { code: 'no-contact' }
  | { code: 'through'; via: PersonId[] }
  | { code: 'unreachable' }

export interface ConsultFactors {
  knowledge: number
  fromMe: number
  fromAdvisors: number
  tie: number
  reach: number
}

export interface ConsultSuggestion {
  personId: PersonId
  score: number
  factors: ConsultFactors
  /** Knowledge first (strongest evidence first), then difference, contact, reach. */
  reasons: ConsultReason[]
  /** One of the advisors I already ask. */
  usualAdvisor: boolean
  /** The people between me and them on the best chain (empty: a direct tie); null: unreachable. */
  via: PersonId[] | null
}

export interface ConsultHabit {
  code: 'same-people'
  personIds: PersonId[]
  consultations: number
  days: number
}

export interface ConsultResult {
  query: string
  topicId: string | null
  /** The analysis date, ISO. */
  asOf: string
  advisorIds: PersonId[]
  /** How many people know something of the topic; `suggestions` are the best `limit` of them. */
  candidates: number
  suggestions: ConsultSuggestion[]
  habit: ConsultHabit | null
}

export interface ConsultOptions {
  now: number
  limit?: number
}

export type ConsultInput = Pick<GraphSnapshot, 'me' | 'people' | 'ties' | 'interactions' | 'events'>

interface Evidence {
  weightMiss: number
  reasons: { reason: ConsultReason; weight: number }[]
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000

export function suggestAdvisors(snapshot: ConsultInput, query: string, options: ConsultOptions): ConsultResult {
  const topic = resolveTopic(query)
  const now = options.now
  const today = Math.floor(now / 86_400_000)
  const year = new Date(now).getUTCFullYear()
  const within = (date: string, days: number): boolean => {
    const day = dayNumber(date)
    return day !== null && day <= today && today - day <= days
  }
  const personById = new Map(snapshot.people.map((person) => [person.id, person]))
  const usual = new Set(snapshot.people.filter((person) => person.roles.includes('advisor')).map((person) => person.id))
  const topicConsultations: { date: string; personIds: PersonId[] }[] = []
  const evidence = new Map<PersonId, Evidence>()
  const add = (id: PersonId, reason: ConsultReason, weight: number): void => {
    let e = evidence.get(id)
    if (e === undefined) evidence.set(id, (e = { weightMiss: 1, reasons: [] }))
    e.weightMiss *= 1 - weight
    e.reasons.push({ reason, weight })
  }
  const consulted = new Map<PersonId, { count: number; lastOn: string; related: boolean }>()
  const mentioned = new Map<PersonId, { count: number; related: boolean }>()
  for (const interaction of snapshot.interactions) {
    const ids = [...new Set(interaction.personIds)].filter((id) => personById.has(id))
    if (interaction.kind === 'consulted-them' && within(interaction.date, USUAL_DAYS)) for (const id of ids) usual.add(id)
    if (topic.terms.length === 0 || interaction.note === '') continue
    const hit = matchStrength(prepareText(interaction.note), topic)
    if (hit === 0) continue
    if (interaction.kind === 'consulted-them') {
      if (hit === 2 && within(interaction.date, USUAL_DAYS)) topicConsultations.push({ date: interaction.date, personIds: ids })
      for (const id of ids) {
        const c = consulted.get(id) ?? { count: 0, lastOn: interaction.date, related: true }
        consulted.set(id, { count: c.count + 1, lastOn: c.lastOn > interaction.date ? c.lastOn : interaction.date, related: c.related && hit === 1 })
        add(id, { code: 'consulted-before', count: 0, lastOn: '' }, hit === 2 ? EVIDENCE.consulted : EVIDENCE.relatedConsulted)
      }
    } else {
      for (const id of ids) {
        const m = mentioned.get(id) ?? { count: 0, related: true }
        mentioned.set(id, { count: m.count + 1, related: m.related && hit === 1 })
        add(id, { code: 'mentioned', count: 0 }, hit === 2 ? EVIDENCE.mentioned : EVIDENCE.relatedMentioned)
      }
    }
  }
  // People share tags ("SaaS", "UXリサーチ"): each distinct tag is judged once.
  const tagVerdicts = new Map<string, 0 | 1 | 2>()
  const tagVerdict = (tag: string): 0 | 1 | 2 => {
    let verdict = tagVerdicts.get(tag)
    if (verdict === undefined) {
      const prepared = prepareText(tag)
      verdict = topic.terms.some((t) => tagHasTerm(prepared, t)) ? 2 : topic.related.some((t) => tagHasTerm(prepared, t)) ? 1 : 0
      tagVerdicts.set(tag, verdict)
    }
    return verdict
  }
  for (const person of snapshot.people) {
    if (topic.terms.length === 0) break
    for (const tag of person.fieldTags) {
      const verdict = tagVerdict(tag)
      if (verdict === 2) add(person.id, { code: 'field-tag', tag }, EVIDENCE.tag)
      else if (verdict === 1) add(person.id, { code: 'related-tag', tag }, EVIDENCE.relatedTag)
    }
    if (person.notes !== '') {
      const hit = matchStrength(prepareText(person.notes), topic)
      if (hit > 0) add(person.id, { code: 'notes' }, hit === 2 ? EVIDENCE.notes : EVIDENCE.relatedNotes)
    }
    const subMajor = person.occupation?.subMajor ?? null
    if (subMajor !== null && topic.occupations.includes(subMajor)) add(person.id, { code: 'occupation', subMajor }, EVIDENCE.occupation)
    if (person.industry !== null && topic.industries.includes(person.industry)) add(person.id, { code: 'industry', section: person.industry }, EVIDENCE.industry)
  }

  const graph = prepareReach(snapshot, now)
  const { dist, prev } = shortestPaths(graph, graph.myCost)
  const advisorTraits = countAdvisorTraits([...usual].map((id) => traitsOf(personById.get(id)!, year)))
  const myTraits = traitsOf(snapshot.me, year)
  const suggestions: ConsultSuggestion[] = []
  for (const person of snapshot.people) {
    const e = evidence.get(person.id)
    if (e === undefined) continue
    const traits = traitsOf(person, year)
    const isUsual = usual.has(person.id)
    const fromMe = differenceFromMe(traits, myTraits)
    const fromAdvisors = differenceFromAdvisors(traits, advisorTraits, isUsual)
    const mine = graph.myTies.get(person.id)
    const i = graph.indexOf.get(person.id)!
    const via = dist[i] < Infinity ? chainVia(prev, i, graph.ids) : null
    const factors: ConsultFactors = {
      knowledge: round(1 - e.weightMiss),
      fromMe: round(fromMe.score),
      fromAdvisors: round(fromAdvisors.score),
      tie: round(mine?.weight ?? 0),
      reach: round(dist[i] < Infinity ? 1 / dist[i] : 0),
    }
    const score = round(
      WEIGHTS.knowledge * factors.knowledge +
        WEIGHTS.fromMe * factors.fromMe +
        WEIGHTS.fromAdvisors * factors.fromAdvisors +
        WEIGHTS.tie * factors.tie +
        WEIGHTS.reach * factors.reach,
    )
    const reasons = knowledgeReasons(e, consulted.get(person.id), mentioned.get(person.id))
    // The industry is said once: someone who "works in" it is not also described as "in" it.
    const said = (traits: Trait[]) => (reasons.some((reason) => reason.code === 'industry') ? traits.filter((trait) => trait.dimension !== 'industry') : traits)
    const unlikeAdvisors = said(fromAdvisors.traits)
    const unlikeMe = said(fromMe.traits)
    if (unlikeAdvisors.length > 0) reasons.push({ code: 'unlike-advisors', traits: unlikeAdvisors })
    else if (unlikeMe.length > 0) reasons.push({ code: 'unlike-me', traits: unlikeMe })
    reasons.push(mine?.lastContactOn ? { code: 'last-contact', on: mine.lastContactOn } : { code: 'no-contact' })
    if (via === null) reasons.push({ code: 'unreachable' })
    else if (via.length > 0) reasons.push({ code: 'through', via })
    suggestions.push({ personId: person.id, score, factors, reasons, usualAdvisor: isUsual, via })
  }
  suggestions.sort((a, b) => b.score - a.score || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0))
  return {
    query: topic.query,
    topicId: topic.topicId,
    asOf: new Date(now).toISOString().slice(0, 10),
    advisorIds: [...usual].sort(),
    candidates: suggestions.length,
    suggestions: suggestions.slice(0, options.limit ?? DEFAULT_SUGGESTIONS),
    habit: findHabit(topicConsultations),
  }
}

/** 2 when a term of the topic itself is in the text, 1 for a broader word only, else 0. */
function matchStrength(text: PreparedText, topic: TopicQuery): 0 | 1 | 2 {
  const has = (terms: readonly TermMatcher[]): boolean => terms.some((term) => textHasTerm(text, term))
  return has(topic.terms) ? 2 : has(topic.related) ? 1 : 0
}

/** The evidence as reasons, strongest first; one reason per kind, with counts filled in. */
function knowledgeReasons(e: Evidence, consulted: { count: number; lastOn: string } | undefined, mentioned: { count: number } | undefined): ConsultReason[] {
  const order = [...e.reasons].sort((a, b) => b.weight - a.weight)
  const out: ConsultReason[] = []
  const seen = new Set<string>()
  for (const { reason } of order) {
    if (seen.has(reason.code)) continue
    seen.add(reason.code)
    if (reason.code === 'consulted-before' && consulted) out.push({ code: 'consulted-before', count: consulted.count, lastOn: consulted.lastOn })
    else if (reason.code === 'mentioned' && mentioned) out.push({ code: 'mentioned', count: mentioned.count })
    else out.push(reason)
  }
  return out
}

/** The people between me and node i on its shortest chain (prev points back towards me). */
function chainVia(prev: Int32Array, i: number, ids: readonly string[]): PersonId[] {
  const via: PersonId[] = []
  for (let k = prev[i]; k >= 0; k = prev[k]) via.push(ids[k])
  return via.reverse()
}

function findHabit(consultations: readonly { date: string; personIds: PersonId[] }[]): ConsultHabit | null {
  if (consultations.length < HABIT_MIN_CONSULTATIONS) return null
  const people = new Set(consultations.flatMap((c) => c.personIds))
  if (people.size === 0 || people.size > HABIT_MAX_PEOPLE) return null
  return { code: 'same-people', personIds: [...people].sort(), consultations: consultations.length, days: USUAL_DAYS }
}
