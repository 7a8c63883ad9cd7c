/**
 * UI strings go through the browser's i18n (`public/_locales`): Russian is the default
 * locale, English is used where the browser's UI language is English.
 * Keys are typed from the Russian catalogue, so a missing key is a compile error.
 */
import { browser } from 'wxt/browser';
import type ruCatalogue from '../public/_locales/ru/messages.json';

export type MessageKey = keyof typeof ruCatalogue;
export type Locale = 'ru' | 'en';

/** Substitutions fill `$1`, `$2`… placeholders declared in messages.json. */
export function t(key: MessageKey, substitutions: readonly (string | number)[] = []): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function uiLocale(): Locale {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'ru';
}

/**
 * Russian has three plural forms (1 документ, 2 документа, 5 документов); the browser's
 * i18n has none, so the form is chosen here with `Intl.PluralRules`.
 * `forms` is keyed by the plural category: one, few, many (and other for fractions).
 */
export function plural(count: number, forms: { one: MessageKey; few: MessageKey; many: MessageKey; other?: MessageKey }): string {
  const category = new Intl.PluralRules(uiLocale()).select(count);
  const key = category === 'one' ? forms.one : category === 'few' ? forms.few : category === 'many' ? forms.many : forms.other ?? forms.many;
  return t(key, [count]);
}
