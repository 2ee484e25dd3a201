export { isLanguage, LANGUAGES, LANGUAGE_SETTINGS, languageOfLocale, resolveLanguage, type Language, type LanguageSetting } from './language'
export { createTranslator, type MessageKey, type Translate, type Translation } from './translate'
export { adviceEn, adviceJa, adviceText, dimensionInlineEn, dimensionInlineJa } from './analysis-words'
