import { describe, expect, it } from 'vitest';
import { CYRILLIC_TRANSLITERATION, LATIN_LOOKALIKES } from '../../../lib/portal/confusables';
import { editDistance, portalNameResemblance } from '../../../lib/portal/lookalike';
import { decodeHostLabels } from '../../../lib/portal/punycode';

describe('editDistance', () => {
  it.each([
    ['gosuslugi', 'gosuslugi', 0],
    ['gosuslugi', 'gossuslugi', 1], // insertion
    ['gosuslugi', 'gosuslug', 1], // deletion
    ['gosuslugi', 'gosusluni', 1], // substitution
    ['gosuslugi', 'gosulsugi', 1], // neighbours swapped
    ['gosuslugi', 'gosusliga', 2],
    ['gosuslugi', 'uslugi', 3],
    ['ca', 'abc', 3], // restricted: a swapped pair is not edited again
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('counts letters, not UTF-16 units', () => {
    expect(editDistance('g𝐨s', 'gos')).toBe(1);
  });

  it('finds the pattern inside a longer text when embedded', () => {
    expect(editDistance('gosuslugi', 'mygosuslugisite', true)).toBe(0);
    expect(editDistance('gosuslugi', 'mygossuslugisite', true)).toBe(1);
    expect(editDistance('gosuslugi', 'mygossuslugisite')).toBe(7);
    expect(editDistance('gosuslugi', 'uslugimosru', true)).toBe(3);
  });
});

describe('portalNameResemblance', () => {
  const labels = (host: string): string[] => new URL(`https://${host}/`).hostname.split('.');

  it.each(['gossuslugi.ru', 'gos.uslugi.ru', 'gos-uslugi.ru', 'gosuslugi-16.ru', 'my-gosuslugi.site', 'gosuslugiru.com', 'gosusliga.ru'])(
    '%s imitates the name',
    (host) => {
      expect(portalNameResemblance(labels(host))).toBe('similar-name');
    },
  );

  it('sees Cyrillic, Greek and Armenian look-alikes through Punycode', () => {
    expect(portalNameResemblance(labels('gоsuslugi.ru'))).toBe('homoglyph');
    expect(portalNameResemblance(labels('gοѕսslսgі.ru'))).toBe('homoglyph');
  });

  it('reads the Cyrillic spelling of the name', () => {
    expect(portalNameResemblance(labels('госуслуги.рф'))).toBe('cyrillic-name');
    expect(portalNameResemblance(labels('гос-услуги.рус'))).toBe('cyrillic-name');
  });

  it.each(['example.com', 'uslugi.mos.ru', 'mos.ru', 'nalog.gov.ru', 'президент.рф', 'услуги.рф'])('%s does not', (host) => {
    expect(portalNameResemblance(labels(host))).toBeUndefined();
  });
});

describe('the letter tables', () => {
  it('maps each look-alike, as the URL parser keeps it, to one Latin letter', () => {
    for (const [letter, latin] of Object.entries(LATIN_LOOKALIKES)) {
      const [label = ''] = new URL(`https://x${letter}y.test/`).hostname.split('.');
      expect(decodeHostLabels([label]), letter).toEqual([`x${letter}y`]);
      expect(latin, letter).toMatch(/^[a-z]$/);
      expect(letter.normalize('NFD'), letter).toBe(letter);
    }
  });

  it('transliterates base Cyrillic letters only into Latin ones', () => {
    for (const [letter, latin] of Object.entries(CYRILLIC_TRANSLITERATION)) {
      expect(letter.normalize('NFD'), letter).toBe(letter);
      expect(letter).toMatch(/^\p{Script=Cyrillic}$/u);
      expect(latin, letter).toMatch(/^[a-z]*$/);
    }
  });
});
