import { describe, expect, it } from 'vitest';
import ru from '../../../public/_locales/ru/messages.json';
import en from '../../../public/_locales/en/messages.json';

function privacyKeys(catalogue: Record<string, { message: string }>): string[] {
  return Object.keys(catalogue).filter((key) => key.startsWith('privacy_')).sort();
}

describe('privacy messages', () => {
  it('exist in Russian and English alike, none empty', () => {
    const keys = privacyKeys(ru);
    expect(keys.length).toBeGreaterThan(10);
    expect(privacyKeys(en)).toEqual(keys);
    const catalogues: Record<string, { message: string }>[] = [ru, en];
    for (const catalogue of catalogues) for (const key of keys) expect(catalogue[key]?.message.trim(), key).not.toBe('');
  });
});
