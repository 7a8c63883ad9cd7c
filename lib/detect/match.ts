/**
 * How a normalised text on the page compares with a normalised hint:
 * - `equal`: the same text;
 * - `qualified`: the hint, then a clarification in punctuation («фамилия (как в паспорте)»,
 *   «телефон, на который придет код»);
 * - `prefix`: the hint, then more words, which may change the meaning («номер полиса»,
 *   «фамилия при рождении»): weak evidence on its own.
 * A hint that ends inside a word does not match («имя» is no prefix of «имени»).
 */
export type TextMatch = 'equal' | 'qualified' | 'prefix';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const NOT_WORD_CHARACTER = /[^\p{L}\p{N}]/u;
const CLARIFICATION = /^\s*[(,—–\-/*:;]/;

export function matchText(text: string, hint: string): TextMatch | null {
  if (hint === '') return null;
  if (text === hint) return 'equal';
  if (!text.startsWith(hint)) return null;
  const rest = text.slice(hint.length);
  if (WORD_CHARACTER.test(rest.charAt(0))) return null;
  return CLARIFICATION.test(rest) ? 'qualified' : 'prefix';
}

/**
 * The text up to its first character that is not a letter or digit (the whole text if none).
 * A hint that matches a text (see matchText) has the same first word as the text.
 */
export function firstWord(text: string): string {
  const end = text.search(NOT_WORD_CHARACTER);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * A `notLabels` hint vetoes on a plain start: such hints are often stems («пользовател») that
 * catch every ending, and a wider veto only costs recall, never precision.
 */
export function matchesStem(text: string, stem: string): boolean {
  return stem !== '' && text.startsWith(stem);
}

/**
 * Masks and mask-like placeholders reduced to their shape: every digit slot (X, _, #, a digit,
 * the д/м/г of a date) becomes X, so `+7 (___) ___-__-__` and `+7 (XXX) XXX-XX-XX` compare equal.
 * A text that is not made of slots and separators only has no shape (null).
 */
const MASK_TEXT = /^[\sXx_#0-9дмгДМГ+().\-/]+$/;
const SLOT = /[Xx_#0-9дмгДМГ]/g;

export function maskShape(text: string): string | null {
  const trimmed = text.trim();
  if (!MASK_TEXT.test(trimmed) || !/[Xx_#0-9дмгДМГ]/.test(trimmed)) return null;
  return trimmed.replace(SLOT, 'X');
}
