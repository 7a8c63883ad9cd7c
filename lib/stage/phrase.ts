/**
 * A sentence to show, as data: an i18n key and its substitutions. Counts and dates stay
 * values until shown, so the logic that chooses a sentence is pure and testable without a
 * browser, and Russian plural forms and date formats are applied in one place.
 */
import { plural, t, uiLocale, type MessageKey } from '../i18n';

export interface PluralForms {
  readonly one: MessageKey;
  readonly few: MessageKey;
  readonly many: MessageKey;
}

export type PhraseParam =
  | string
  | number
  | { readonly count: number; readonly forms: PluralForms }
  /** Milliseconds since the epoch, shown as a calendar date («12 марта 2025 г.»). */
  | { readonly date: number };

export interface Phrase {
  readonly key: MessageKey;
  readonly params: readonly PhraseParam[];
}

/** «1 день», «2 дня», «5 дней». */
export const DAY_FORMS: PluralForms = { one: 'ui_days_one', few: 'ui_days_few', many: 'ui_days_many' };

export function formatDate(time: number): string {
  return new Date(time).toLocaleDateString(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
}

function renderParam(param: PhraseParam): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if ('date' in param) return formatDate(param.date);
  return plural(param.count, param.forms);
}

export function renderPhrase(phrase: Phrase): string {
  return t(phrase.key, phrase.params.map(renderParam));
}
