import fc from 'fast-check';
import { FIELD_KINDS } from '../../../lib/fields';
import type { FieldKind } from '../../../lib/fields';
import { isoDay } from '../../../lib/fields/dates';
import { fieldSchema } from '../../../lib/fields/schema';
import { context } from './support';

/** Characters that break naive code: invisible marks, direction overrides, full-width and other digits, surrogates. */
const TRICKY = ['\u200b', '\u200e', '\u200f', '\u202e', '\ufeff', '\u00a0', '１', '٣', '१', 'ё', 'Ё', '\ud83d\ude00', '\ud800', '*', ':', '-', '+7', '@', '.', '\n'];

const trickyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.constantFrom(...TRICKY, 'a', 'я', '1', ' '), { maxLength: 40 }).map((parts) => parts.join('')),
);

const relatedValues = fc.dictionary(fc.constantFrom('birthDate', 'docType', 'passportSeries', 'passportSeriesNumber', 'password'), trickyString);

/** Values likely to be valid for some kind, so the stability property meets valid canonicals often. */
function plausible(kind: FieldKind) {
  const digits = (kind.detection.mask ?? '').split('X').length - 1;
  return fc.oneof(
    trickyString,
    fc.stringMatching(new RegExp(`^[0-9]{${String(Math.max(digits, 1))}}$`)),
    fc.stringMatching(/^9[0-9]{9}$/),
    fc.date({ min: new Date(1900, 0, 1), max: new Date(2025, 0, 1), noInvalidDate: true }).map(isoDay),
    fc.constantFrom(...Object.keys(kind.detection.choices ?? { true: [] }), 'true', 'false'),
    fc.stringMatching(/^[А-ЯЁ][а-яё]{1,10}(-[А-ЯЁ][а-яё]{1,10})?$/),
    fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.(ru|com)$/),
    fc.stringMatching(/^[A-Z][a-z]{2,8}-[0-9]{2}![a-z]$/),
  );
}

const HUGE = ['x'.repeat(10_000), '1'.repeat(10_000), `${'a'.repeat(9_990)}@mail.ru`, `${'-'.repeat(5_000)}${'.'.repeat(5_000)}`, '\u200b'.repeat(10_000)];

describe.each(FIELD_KINDS.map((kind) => [kind.id, kind] as const))('%s', (_, kind) => {
  it('never throws on any string or related values', () => {
    fc.assert(
      fc.property(trickyString, relatedValues, (raw, related) => {
        const value = kind.normalize(raw);
        expect(typeof value).toBe('string');
        expect(Array.isArray(kind.check(value, context(related)))).toBe(true);
        expect(Array.isArray(kind.check(raw, context(related)))).toBe(true);
        expect(typeof kind.format(value)).toBe('string');
        expect(typeof kind.format(raw)).toBe('string');
        expect(typeof fieldSchema(kind).safeParse(raw).success).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });

  it('copes with 10,000-character input', () => {
    for (const raw of HUGE) {
      const value = kind.normalize(raw);
      expect(Array.isArray(kind.check(value, context()))).toBe(true);
      expect(typeof kind.format(value)).toBe('string');
    }
  });

  it('normalises idempotently', () => {
    fc.assert(
      fc.property(plausible(kind), (raw) => {
        const once = kind.normalize(raw);
        expect(kind.normalize(once)).toBe(once);
      }),
      { numRuns: 150 },
    );
  });

  it('reads its own display form back (normalize ∘ format is stable on valid values)', () => {
    fc.assert(
      fc.property(plausible(kind), (raw) => {
        const value = kind.normalize(raw);
        const valid = value !== '' && kind.check(value, context()).every((issue) => issue.severity !== 'error');
        if (valid) expect(kind.normalize(kind.format(value))).toBe(value);
      }),
      { numRuns: 150 },
    );
  });
});
