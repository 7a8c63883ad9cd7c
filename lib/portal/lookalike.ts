/**
 * Does a host name imitate the portal's name? Compares host labels with «gosuslugi» after
 * undoing the tricks phishing hosts use: Punycode (homoglyphs arrive as `xn--…`), letters of
 * other scripts, hyphens and dots inside the name, the name embedded in a longer one.
 */
import { CYRILLIC_TRANSLITERATION, LATIN_LOOKALIKES } from './confusables';
import { PORTAL_DOMAIN } from './hosts';
import { decodeHostLabels } from './punycode';

/**
 * - `similar-name`: Latin letters close to the portal's name: a typo (gossuslugi, gosusliga),
 *   split (gos-uslugi, gos.uslugi), or the name inside another domain (gosuslugi.ru.evil.com,
 *   my-gosuslugi.site, gosuslugi-16.ru).
 * - `homoglyph`: letters of another script that look like the Latin ones (gоsuslugi with a Cyrillic о).
 * - `cyrillic-name`: the portal's name spelled in Cyrillic (госуслуги.рф).
 */
export type LookalikeReason = 'similar-name' | 'homoglyph' | 'cyrillic-name';

/** «gosuslugi»: the label every look-alike imitates. */
const PORTAL_NAME = PORTAL_DOMAIN.split('.')[0] ?? PORTAL_DOMAIN;

/** A whole label or hyphen-separated part this close to the name is a look-alike (gosusliga: 2). */
const MAX_DISTANCE_OF_WHOLE_PART = 2;
/**
 * Inside a longer run of letters only one edit is allowed: two edits over nine letters inside
 * arbitrary text would start matching unrelated words.
 */
const MAX_DISTANCE_EMBEDDED = 1;

/**
 * Optimal-string-alignment distance (the restricted Damerau–Levenshtein distance: insertions,
 * deletions, substitutions and swaps of two neighbouring letters, the typos people make).
 * With `embedded`, `pattern` may match any stretch of `text`: the cost of the best alignment
 * of the whole pattern with a substring of text.
 */
export function editDistance(pattern: string, text: string, embedded = false): number {
  const a = Array.from(pattern);
  const b = Array.from(text);
  // rows[i][j]: the distance between a[0..i) and b[0..j) (or a suffix of it when embedded).
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => (embedded ? 0 : j))];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(cell(rows, i - 1, j) + 1, (row[j - 1] ?? 0) + 1, cell(rows, i - 1, j - 1) + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, cell(rows, i - 2, j - 2) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  const last = rows[a.length] ?? [];
  return embedded ? Math.min(...last) : last[b.length] ?? 0;
}

function cell(rows: readonly (readonly number[])[], i: number, j: number): number {
  return rows[i]?.[j] ?? 0;
}

/** Lower case without diacritics: gósuslugi and gosuslugi are the same to the eye. */
function withoutMarks(label: string): string {
  return label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function mapLetters(label: string, table: Readonly<Record<string, string>>): string {
  return Array.from(label, (letter) => table[letter] ?? letter).join('');
}

/** Cyrillic letters transliterated; other scripts' look-alikes read as the Latin letter they imitate. */
function transliterated(label: string): string {
  return mapLetters(mapLetters(label, CYRILLIC_TRANSLITERATION), LATIN_LOOKALIKES);
}

/** True when some part of the host, or all its letters run together, come close to the portal's name. */
function resemblesPortalName(labels: readonly string[]): boolean {
  const parts = labels.flatMap((label) => [label, label.replaceAll('-', ''), ...label.split('-')]);
  if (parts.some((part) => editDistance(PORTAL_NAME, part) <= MAX_DISTANCE_OF_WHOLE_PART)) return true;
  const runTogether = labels.join('').replaceAll('-', '');
  return editDistance(PORTAL_NAME, runTogether, true) <= MAX_DISTANCE_EMBEDDED;
}

/**
 * Why the host's labels (as the URL parser gives them: lower case, `xn--` Punycode) imitate
 * the portal's name, or undefined when they do not. The genuine hosts and the portal's own
 * subdomains are the caller's business: this looks at names only.
 */
export function portalNameResemblance(labels: readonly string[]): LookalikeReason | undefined {
  const decoded = decodeHostLabels(labels).map(withoutMarks);
  const latinOnly = decoded.filter((label) => /^\p{ASCII}*$/u.test(label));
  if (resemblesPortalName(latinOnly)) return 'similar-name';
  if (latinOnly.length === decoded.length) return undefined;
  if (resemblesPortalName(decoded.map((label) => mapLetters(label, LATIN_LOOKALIKES)))) return 'homoglyph';
  if (resemblesPortalName(decoded.map(transliterated))) return 'cyrillic-name';
  return undefined;
}
