/**
 * Finding a consult topic in text, in either language.
 *
 * A typed topic is first looked up in the vocabulary (consult-topics.ts): equal after
 * normalisation (normalizeForSearch: NFKC, case, katakana to hiragana, no spaces), equal as romaji
 * ("tenshoku" is てんしょく, romajiKey from name-keys.ts), or containing a term ("転職の相談").
 * Unknown topics match as typed.
 *
 * Words in Latin letters match whole words (the last word may continue: "startup" finds
 * "startups"), so "hr" never matches "three" and "ai" never "said"; words in any other script match
 * as a substring of the normalised text, as Japanese has no spaces between words.
 */
import { isKana } from 'wanakana'
import type { IsicSectionId } from '../graph'
import { normalizeForSearch, romajiKey } from '../graph'
import { CONSULT_TOPICS } from './consult-topics'

/** One term, prepared once. */
export interface TermMatcher {
  term: string
  /** Latin words: matched word by word; null for a term in another script. */
  words: string | null
  /** The normalised text of a non-Latin term. */
  text: string
}

export interface TopicQuery {
  /** As typed, trimmed. */
  query: string
  /** The vocabulary entry it names, or null for a topic matched as typed. */
  topicId: string | null
  terms: TermMatcher[]
  related: TermMatcher[]
  occupations: readonly string[]
  industries: readonly IsicSectionId[]
}

/** A text prepared for every term: normalised, and its Latin words between single spaces. */
export interface PreparedText {
  raw: string
  text: string
  words: string
}

const LATIN_TERM = /^[a-z0-9][a-z0-9 '&.+-]*$/u
/** Latin words shorter than this must match a whole word, not the start of one. */
const MIN_PREFIX_WORD = 4

function latinWords(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .join(' ')} `
}

export function prepareText(text: string): PreparedText {
  return { raw: text, text: normalizeForSearch(text), words: latinWords(text) }
}

export function termMatcher(term: string): TermMatcher {
  const lower = term.normalize('NFKC').toLowerCase().trim()
  return { term, words: LATIN_TERM.test(lower) ? latinWords(lower).trim() : null, text: normalizeForSearch(term) }
}

export function textHasTerm(prepared: PreparedText, matcher: TermMatcher): boolean {
  if (matcher.words === null) return matcher.text !== '' && prepared.text.includes(matcher.text)
  if (matcher.words === '') return false
  const last = matcher.words.slice(matcher.words.lastIndexOf(' ') + 1)
  return prepared.words.includes(` ${matcher.words}${last.length < MIN_PREFIX_WORD ? ' ' : ''}`)
}

/** True when the tag names the term or the term names the tag ("UXリサーチ" and "UX"). */
export function tagHasTerm(tag: PreparedText, matcher: TermMatcher): boolean {
  if (textHasTerm(tag, matcher)) return true
  return tag.text.length >= 2 && textHasTerm(prepareText(matcher.term), termMatcher(tag.raw))
}

function romajiOf(term: string): string | null {
  const text = normalizeForSearch(term)
  return text !== '' && (isKana(text) || /^[a-z]+$/u.test(text)) ? romajiKey(text) : null
}

/** The vocabulary entry a query names, best (longest term) first; null when none. */
function findTopic(query: string): (typeof CONSULT_TOPICS)[number] | null {
  const text = normalizeForSearch(query)
  const romaji = romajiOf(query)
  const prepared = prepareText(query)
  let best: { topic: (typeof CONSULT_TOPICS)[number]; score: number } | null = null
  for (const topic of CONSULT_TOPICS) {
    for (const term of topic.terms) {
      const matcher = termMatcher(term)
      let score = 0
      if (matcher.text === text) score = 1000
      else if (romaji !== null && romaji.length >= 3 && romajiOf(term) === romaji) score = 900
      else if (matcher.text.length >= 2 && textHasTerm(prepared, matcher)) score = matcher.text.length
      if (score > 0 && (best === null || score > best.score)) best = { topic, score }
    }
  }
  return best?.topic ?? null
}

/** Prepares a typed topic; a blank one has no terms (and matches nobody). */
export function resolveTopic(query: string): TopicQuery {
  const trimmed = query.trim()
  const topic = trimmed === '' ? null : findTopic(trimmed)
  if (topic === null) {
    return { query: trimmed, topicId: null, terms: trimmed === '' ? [] : [termMatcher(trimmed)], related: [], occupations: [], industries: [] }
  }
  const typed = termMatcher(trimmed)
  const terms = topic.terms.map(termMatcher)
  // What was typed ("転職の相談") matches too, besides the vocabulary's words.
  if (!terms.some((t) => t.text === typed.text)) terms.push(typed)
  return { query: trimmed, topicId: topic.id, terms, related: topic.related.map(termMatcher), occupations: topic.occupations, industries: topic.industries }
}
