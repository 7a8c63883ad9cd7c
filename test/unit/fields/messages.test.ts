import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../../public/_locales/en/messages.json';
import ru from '../../../public/_locales/ru/messages.json';

const root = join(__dirname, '..', '..', '..');

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(root, folder, name), 'utf8'));
}

/** Every message key the field rules and the profile can produce or show, read from their source. */
const usedKeys = [...new Set([...sources('lib/fields'), ...sources('lib/profile')].flatMap((text) => [...text.matchAll(/'((?:field|profile)_[A-Za-z0-9_]+)'/g)].map((match) => match[1] ?? '')))];

const catalogues: Record<'ru' | 'en', Record<string, { message: string }>> = { ru, en };

describe('messages of the field rules and the profile', () => {
  it('finds the keys in the source', () => {
    expect(usedKeys).toEqual(expect.arrayContaining(['field_error_snils_checksum', 'field_label_lastName', 'profile_item_document']));
  });

  it.each(['ru', 'en'] as const)('exist in the %s catalogue', (locale) => {
    const missing = usedKeys.filter((key) => !(key in catalogues[locale]));
    expect(missing).toEqual([]);
  });

  it('take the same substitutions in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((match) => match[0]).sort();
    for (const key of usedKeys) {
      expect({ key, en: placeholders(catalogues.en[key]?.message ?? '') }).toEqual({ key, en: placeholders(catalogues.ru[key]?.message ?? '') });
    }
  });
});
