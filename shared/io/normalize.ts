/**
 * Normalised forms used to recognise the same person across files and the vault.
 *
 * Email: NFKC (full-width "ｔａｒｏ＠" to ASCII), trimmed, lowercased, a "mailto:" prefix dropped.
 * The local part is lowercased too: RFC 5321 lets it be case-sensitive, but no mainstream
 * provider treats it so, and a missed duplicate costs the user more than a suggested one.
 *
 * Phone (digits only, so formatting never matters), with JAPAN AS THE DEFAULT COUNTRY:
 *   "+<digits>"       international: the digits, country code first       "+81 90-1234-5678" -> 819012345678
 *   "00<digits>"      international dialling prefix                        "0081 90..."       -> 8190...
 *   "010<digits>"     Japan's international prefix                         "010 1 555..."     -> 1555...
 *   "0<digits>"       a Japanese national number: trunk 0 replaced by 81   "090-1234-5678"    -> 819012345678
 *   other digits      kept as written (no country known)                   "555 1234"         -> 5551234
 * Numbers with fewer than 6 digits after this (extensions, short codes) are not matched: null.
 *
 * Name: NFKC, case-folded, katakana folded to hiragana, whitespace removed, so "ヤマダ タロウ",
 * "やまだたろう" and "ﾔﾏﾀﾞ ﾀﾛｳ" are the same name. This is the people list's folding
 * (normalizeForSearch in shared/graph/search.ts) done with two whole-string replaces instead of a
 * regex test and a string concatenation per character: an import folds every vault name and
 * organisation once (tens of thousands of strings). A unit test holds the two equal.
 */

export function normalizeEmail(email: string): string {
  return email
    .normalize('NFKC')
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase()
}

export const MIN_PHONE_DIGITS = 6

export function normalizePhone(phone: string): string | null {
  const text = phone.normalize('NFKC').trim().replace(/^tel:/i, '')
  const digits = text.replace(/\D/g, '')
  let out: string
  if (text.startsWith('+')) out = digits
  else if (digits.startsWith('00')) out = digits.slice(2)
  else if (digits.startsWith('010')) out = digits.slice(3)
  else if (digits.startsWith('0')) out = `81${digits.slice(1)}`
  else out = digits
  return out.length >= MIN_PHONE_DIGITS ? out : null
}

const WHITESPACE = /\s/
const ALL_WHITESPACE = /\s+/g
/** U+30A1-U+30F6 fold to hiragana by subtracting 0x60. */
const KATAKANA = /[\u30a1-\u30f6]/
const ALL_KATAKANA = /[\u30a1-\u30f6]/g
const toHiragana = (kana: string) => String.fromCharCode(kana.charCodeAt(0) - 0x60)

export function normalizeName(name: string | null): string {
  if (name === null || name === '') return ''
  let folded = name.normalize('NFKC').toLowerCase()
  if (WHITESPACE.test(folded)) folded = folded.replace(ALL_WHITESPACE, '')
  if (KATAKANA.test(folded)) folded = folded.replace(ALL_KATAKANA, toHiragana)
  return folded
}
