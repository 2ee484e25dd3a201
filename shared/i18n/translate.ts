/**
 * The dictionary convention outside the renderer (the renderer's i18next follows the same one):
 * nested messages, `{{name}}` variables (`{{count, number}}` formats a number), plural forms as keys
 * of their own (`_one`, `_other`, chosen by Intl.PluralRules), and Japanese with exactly the English
 * keys. `createTranslator` types its `t()` by the dictionaries: an unknown key or a left-out variable
 * fails the typecheck.
 */
import type { Language } from './language'

/** A language's messages: exactly the English dictionary's keys, each a string. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }

/** Every message by its dotted key. */
type Flat<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? { [Q in `${P}${K}`]: T[K] } : Flat<T[K], `${P}${K}.`>
}[keyof T & string]
type Merge<U> = (U extends unknown ? (u: U) => void : never) extends (u: infer I) => void ? { [K in keyof I]: I[K] } : never
type Messages<T> = Merge<Flat<T>>

/** Intl.PluralRules' categories. */
type PluralForm = Intl.LDMLPluralRule
/** A key as callers write it: plural forms under their common name. */
type CallKey<K> = K extends `${infer Base}_${PluralForm}` ? Base : K

/** The variable names of a message. */
type Variables<S> = S extends `${string}{{${infer Inside}}}${infer Rest}` ? (Inside extends `${infer Name},${string}` ? Name : Inside) | Variables<Rest> : never
type MessagesOf<M, K extends string> = K extends keyof M ? M[K] : M[Extract<keyof M, `${K}_${PluralForm}`>]
type Params<En, Ja, K extends string> = {
  [V in Variables<MessagesOf<Messages<En>, K> | MessagesOf<Messages<Ja>, K>> & string]: string | number
} & (`${K}_other` extends keyof Messages<En> ? { count: number } : unknown)

export type MessageKey<En> = CallKey<keyof Messages<En> & string>
export type Translate<En, Ja = En> = <K extends MessageKey<En>>(key: K, ...params: keyof Params<En, Ja, K> extends never ? [] : [params: Params<En, Ja, K>]) => string

function lookup(dictionary: unknown, path: string): string | undefined {
  let node = dictionary
  for (const part of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  return typeof node === 'string' ? node : undefined
}

/**
 * `t(key, params)` in one language. Japanese is passed with `as const satisfies Translation<typeof en>`
 * so that its variables are typed too. A key missing at run time (impossible once typechecked) reads as itself.
 */
export function createTranslator<const En, const Ja extends Translation<En>>(dictionaries: { en: En; ja: Ja }, language: Language): Translate<En, Ja> {
  const dictionary: unknown = dictionaries[language]
  const plural = new Intl.PluralRules(language)
  const number = new Intl.NumberFormat(language)
  return (key: string, params: Record<string, string | number> = {}) => {
    const count = params.count
    const message =
      (typeof count === 'number' ? (lookup(dictionary, `${key}_${plural.select(count)}`) ?? lookup(dictionary, `${key}_other`)) : undefined) ?? lookup(dictionary, key) ?? key
    return message.replace(/\{\{\s*([^,}\s]+)\s*(?:,\s*([^}\s]+)\s*)?\}\}/gu, (whole, name: string, format: string | undefined) => {
      const value = params[name]
      if (value === undefined) return whole
      return format === 'number' && typeof value === 'number' ? number.format(value) : String(value)
    })
  }
}
