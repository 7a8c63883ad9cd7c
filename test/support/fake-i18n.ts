/**
 * WXT's fake browser leaves `i18n` unmocked; this serves the real catalogues from
 * public/_locales so that unit tests see the same strings users do.
 * `setTestLocale('en')` switches the catalogue for a test.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach } from 'vitest';
import ru from '../../public/_locales/ru/messages.json';
import en from '../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogues: Record<'ru' | 'en', Catalogue> = { ru, en };
let locale: 'ru' | 'en' = 'ru';

export function setTestLocale(next: 'ru' | 'en'): void {
  locale = next;
}

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogues[locale][key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  // Named placeholders ($count$) resolve to their `content` ($1), then positional ones to values.
  const named = entry.message.replace(/\$([a-z0-9_]+)\$/gi, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
}

Object.assign(fakeBrowser.i18n, {
  getMessage,
  getUILanguage: () => locale,
});

afterEach(() => {
  locale = 'ru';
});
