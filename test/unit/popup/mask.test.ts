import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSensitive } from '../../../lib/popup/mask';

const significant = (text: string) => [...text].filter((character) => /[\p{L}\p{N}]/u.test(character));

describe('maskSensitive', () => {
  it.each([
    ['112-233-445 95', '•••-•••-••5 95'],
    ['6910', '••10'],
    ['123456', '•••456'],
    ['6910 123456', '•••• •••456'],
    ['123456789047', '•••••••••047'],
    ['AB1234567', '••••••567'],
    ['7', '•'],
    ['', ''],
  ])('%s → %s', (shown, masked) => {
    expect(maskSensitive(shown)).toBe(masked);
  });

  it('keeps the separators in place and shows at most three characters, never more than half', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789AБ -.'), maxLength: 30 }), (shown) => {
        const masked = maskSensitive(shown);
        expect([...masked]).toHaveLength([...shown].length);
        [...shown].forEach((character, index) => {
          if (!/[\p{L}\p{N}]/u.test(character)) expect([...masked][index]).toBe(character);
        });
        const visible = significant(masked).length;
        expect(visible).toBeLessThanOrEqual(Math.min(3, significant(shown).length / 2));
        // What is shown is the end of the value, as it was.
        expect(significant(masked).join('')).toBe(significant(shown).slice(significant(shown).length - visible).join(''));
      }),
    );
  });
});
