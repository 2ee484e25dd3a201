/**
 * Quick capture: one line such as "consulted Sato about the job change" or
 * 「佐藤さんに転職の相談をした」 into an interaction draft. A small fixed grammar, not NLP: the
 * line matches one of the patterns below or the parser returns null and the UI opens the full form.
 *
 *   line    := [date] sentence
 *   date    := "today" | "yesterday" | YYYY-MM-DD | 今日 | きょう | 昨日 | きのう  (then "," ":" "、" or space)
 *   names   := name {("," | "and" | "&") name}        en
 *            | name [hon] {("と" after hon | "、" | "・") name [hon]}   ja; hon := さん 様 さま 氏 先生 くん 君 ちゃん
 *
 * English (case-insensitive; TOPIC after about/on/re/regarding/with/for/at becomes the note):
 *   consulted NAMES [about TOPIC] | asked NAMES for advice [about TOPIC]          consulted-them
 *   NAMES consulted me [about TOPIC] | NAMES asked me for advice [about TOPIC]   consulted-me
 *   helped NAMES [with TOPIC]                                                    helped-them
 *   NAMES helped me [with TOPIC]                                                 helped-me
 *   introduced NAME to NAME [about|for TOPIC]                                    introduced
 *   met NAMES [at|about TOPIC]                                                   met
 *   called NAMES | had a call with NAMES [about TOPIC]                           call
 *   messaged | emailed | texted | wrote to NAMES [about TOPIC]                   message
 *   worked with NAMES [on TOPIC]                                                 worked-together
 *
 * Japanese (TOPIC before の相談 / を / について / で becomes the note):
 *   NAMESに[TOPIC(の|について(の)?|を)]相談(を)?した                                consulted-them
 *   NAMESから[TOPIC(の|について(の)?)]相談(を)?(受けた|された) | NAMESに相談された   consulted-me
 *   NAMESの TOPICを手伝った | NAMESを(手伝った|助けた)                               helped-them
 *   NAMESに[TOPICを](手伝ってもらった|助けてもらった) | NAMESに助けられた            helped-me
 *   NAMEをNAMEに紹介した                                                         introduced
 *   [TOPICで]NAMES(に|と)会った                                                    met
 *   NAMES(に|と)電話(を)?した                                                      call
 *   NAMESに(メッセージ|メール|DM|LINE)(を)?(送った|した)                            message
 *   NAMESと[TOPICで](一緒に(働いた|作業した|仕事をした)|協働した)                   worked-together
 *
 * Each name becomes a mention with its candidates (name-match.ts); a mention with several
 * candidates, or none, is for the user to resolve.
 */
import type { Language } from '../i18n'
import type { InteractionKind } from '../graph'
import { addDays } from './calendar-days'
import { matchPeople, type NamedPerson, type PersonCandidate } from './name-match'

export interface Mention {
  text: string
  candidates: PersonCandidate[]
  /** True when more than one person fits equally well. */
  ambiguous: boolean
}

export interface QuickCapture {
  kind: InteractionKind
  language: Language
  mentions: Mention[]
  note: string
  /** ISO date when the line named one, else null (the caller uses today). */
  date: string | null
}

interface Rule {
  pattern: RegExp
  kind: InteractionKind
}

const T = String.raw`(?:\s+(?:about|on|re|regarding|with|for|at)\s+(?<topic>.+))?`
const EN_RULES: Rule[] = [
  { pattern: new RegExp(String.raw`^consulted\s+(?<names>.+?)${T}$`, 'iu'), kind: 'consulted-them' },
  { pattern: new RegExp(String.raw`^asked\s+(?<names>.+?)\s+for\s+advice${T}$`, 'iu'), kind: 'consulted-them' },
  { pattern: new RegExp(String.raw`^(?<names>.+?)\s+(?:consulted\s+me|asked\s+me\s+for\s+advice)${T}$`, 'iu'), kind: 'consulted-me' },
  { pattern: new RegExp(String.raw`^(?<names>.+?)\s+helped\s+me${T}$`, 'iu'), kind: 'helped-me' },
  { pattern: new RegExp(String.raw`^helped\s+(?<names>.+?)${T}$`, 'iu'), kind: 'helped-them' },
  { pattern: new RegExp(String.raw`^introduced\s+(?<names>.+?)\s+to\s+(?<second>.+?)${T}$`, 'iu'), kind: 'introduced' },
  { pattern: new RegExp(String.raw`^met\s+(?:with\s+)?(?<names>.+?)${T}$`, 'iu'), kind: 'met' },
  { pattern: new RegExp(String.raw`^(?:called|phoned|had\s+a\s+call\s+with)\s+(?<names>.+?)${T}$`, 'iu'), kind: 'call' },
  { pattern: new RegExp(String.raw`^(?:messaged|emailed|texted|mailed|wrote\s+to|sent\s+a\s+message\s+to)\s+(?<names>.+?)${T}$`, 'iu'), kind: 'message' },
  { pattern: new RegExp(String.raw`^worked\s+(?:together\s+)?with\s+(?<names>.+?)${T}$`, 'iu'), kind: 'worked-together' },
]

const HON = '(?:さん|様|さま|氏|先生|くん|君|ちゃん)'
const JA_RULES: Rule[] = [
  { pattern: new RegExp(`^(?<names>.+?)から(?:(?<topic>.+?)(?:の|について(?:の)?))?相談(?:を)?(?:受けた|された)$`, 'u'), kind: 'consulted-me' },
  { pattern: new RegExp(`^(?<names>.+?)に相談された$`, 'u'), kind: 'consulted-me' },
  { pattern: new RegExp(`^(?<names>.+?)に(?:(?<topic>.+?)(?:の|について(?:の)?|を))?相談(?:を)?した$`, 'u'), kind: 'consulted-them' },
  { pattern: new RegExp(`^(?<names>.+?)に(?:(?<topic>.+?)を)?(?:手伝ってもらった|助けてもらった)$`, 'u'), kind: 'helped-me' },
  { pattern: new RegExp(`^(?<names>.+?)に助けられた$`, 'u'), kind: 'helped-me' },
  { pattern: new RegExp(`^(?<names>.+?${HON})の(?<topic>.+?)を手伝った$`, 'u'), kind: 'helped-them' },
  { pattern: new RegExp(`^(?<names>.+?)を(?:手伝った|助けた)$`, 'u'), kind: 'helped-them' },
  { pattern: new RegExp(`^(?<names>.+?)を(?<second>.+?)に紹介した$`, 'u'), kind: 'introduced' },
  { pattern: new RegExp(`^(?:(?<topic>.+?)で)?(?<names>[^で]+?)(?:に|と)会った$`, 'u'), kind: 'met' },
  { pattern: new RegExp(`^(?<names>.+?)(?:に|と)電話(?:を)?した$`, 'u'), kind: 'call' },
  { pattern: new RegExp(`^(?<names>.+?)に(?:メッセージ|メール|DM|LINE)(?:を)?(?:送った|した)$`, 'u'), kind: 'message' },
  { pattern: new RegExp(`^(?<names>.+?)と(?:(?<topic>.+?)で)?(?:一緒に(?:働いた|作業した|仕事をした)|協働した)$`, 'u'), kind: 'worked-together' },
]

const EN_DATE = /^(?<date>today|yesterday|\d{4}-\d{2}-\d{2})\s*[,:]?\s+/iu
const JA_DATE = /^(?<date>今日|きょう|昨日|きのう|\d{4}-\d{2}-\d{2})\s*[、,:]?\s*/u
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u

function splitEnglishNames(text: string): string[] {
  return text
    .split(/\s*(?:,|&|\band\b)\s*/iu)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

function splitJapaneseNames(text: string): string[] {
  return text
    .split(new RegExp(`(?<=${HON})と|[、・,]`, 'u'))
    .map((s) =>
      s
        .trim()
        .replace(new RegExp(`${HON}$`, 'u'), '')
        .trim(),
    )
    .filter((s) => s !== '')
}

function resolveDate(word: string | undefined, today: string | null): string | null {
  if (word === undefined) return null
  const lower = word.toLowerCase()
  if (/^\d{4}-\d{2}-\d{2}$/u.test(lower)) return lower
  if (today === null) return null
  return lower === 'yesterday' || word === '昨日' || word === 'きのう' ? addDays(today, -1) : today
}

/**
 * Parses one quick-capture line against `people` (pass the live people only). `today` resolves
 * "today"/"yesterday"; without it those words give date null. Returns null when no rule matches.
 */
export function parseQuickCapture(line: string, people: readonly NamedPerson[], today: string | null = null): QuickCapture | null {
  const text = line
    .normalize('NFKC')
    .trim()
    .replace(/[.!。！]+$/u, '')
    .trim()
  const language = JAPANESE.test(text) ? 'ja' : 'en'
  const datePattern = language === 'ja' ? JA_DATE : EN_DATE
  const dated = datePattern.exec(text)
  const body = dated === null ? text : text.slice(dated[0].length)
  const rules = language === 'ja' ? JA_RULES : EN_RULES
  for (const rule of rules) {
    const match = rule.pattern.exec(body)
    if (match?.groups?.names === undefined) continue
    const split = language === 'ja' ? splitJapaneseNames : splitEnglishNames
    const names = [...split(match.groups.names), ...(match.groups.second === undefined ? [] : split(match.groups.second))]
    if (names.length === 0) continue
    const mentions = names.map((name): Mention => {
      const candidates = matchPeople(name, people)
      return { text: name, candidates, ambiguous: candidates.length > 1 }
    })
    return { kind: rule.kind, language, mentions, note: match.groups.topic?.trim() ?? '', date: resolveDate(dated?.groups?.date, today) }
  }
  return null
}
