/**
 * Russian and Latin letters that look the same. A person switching keyboard layouts mid-word
 * produces «Иванoв» with a Latin o; the portal rejects the mix, and the person cannot see why.
 * This table is the one place those pairs live.
 */
import { error } from './define';
import type { FieldIssue } from './types';

/** Latin letter → the Cyrillic letter it is mistaken for. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

export const CYRILLIC_LETTER = /[А-Яа-яЁё]/;
export const LATIN_LETTER = /[A-Za-z]/;

function count(value: string, letter: RegExp): number {
  return [...value].filter((character) => letter.test(character)).length;
}

function replaceEach(value: string, table: Readonly<Record<string, string>>): string {
  return [...value].map((character) => table[character] ?? character).join('');
}

/** `value` with every Latin look-alike turned into its Cyrillic twin. */
export function latinLookalikesToCyrillic(value: string): string {
  return replaceEach(value, LATIN_TO_CYRILLIC);
}

function mixesAlphabets(value: string): boolean {
  return CYRILLIC_LETTER.test(value) && LATIN_LETTER.test(value);
}

/**
 * An error when one value holds both Russian and Latin letters. The fix converts the minority
 * alphabet's look-alikes into the majority's (a tie counts as Russian, the portal's usual case);
 * when that cannot remove the mix, the other direction is tried; when neither can, no fix is offered.
 */
export function mixedAlphabetsIssue(value: string): FieldIssue | undefined {
  if (!mixesAlphabets(value)) return undefined;
  const toCyrillic = replaceEach(value, LATIN_TO_CYRILLIC);
  const toLatin = replaceEach(value, CYRILLIC_TO_LATIN);
  const preferred = count(value, LATIN_LETTER) > count(value, CYRILLIC_LETTER) ? [toLatin, toCyrillic] : [toCyrillic, toLatin];
  return error('field_error_mixed_alphabets', undefined, preferred.find((candidate) => !mixesAlphabets(candidate)));
}
