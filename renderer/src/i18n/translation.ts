/**
 * The one dictionary shape: a language's messages have exactly the English dictionary's keys,
 * each a string (plural forms are keys of their own, `_one`/`_other`, as i18next resolves them).
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }
