/**
 * The security stores over WXT's fake storage areas, a profile with recognisable values to
 * search storage dumps for, and the dumps.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile, type Profile } from '../../../lib/profile';
import type { StoreEnv } from '../../../lib/store/env';
import { DEFAULT_SETTINGS, SETTINGS_KEY, settingsStore, type Settings } from '../../../lib/store/settings';

export const SNILS = '11223344595';
export const PASSPORT_NUMBER = '654321';
export const SURNAME = 'Кузнецова';

export const PROFILE: Profile = {
  ...emptyProfile(),
  contacts: { phone: '9123456789' },
  person: { lastName: SURNAME, firstName: 'Анна', snils: SNILS },
  document: { series: '6900', number: PASSPORT_NUMBER },
};

/** 1,000 PBKDF2 rounds instead of 600,000: the tests are about the flows, not the cost. */
export function testEnv(overrides: Partial<StoreEnv> = {}): StoreEnv {
  return {
    local: fakeBrowser.storage.local,
    session: fakeBrowser.storage.session,
    managed: fakeBrowser.storage.managed,
    vault: { iterations: 1_000 },
    ...overrides,
  };
}

export async function useMode(mode: Settings['mode'], env: StoreEnv = testEnv()): Promise<void> {
  const written = await settingsStore(env.local).write({ ...DEFAULT_SETTINGS, mode });
  if (!written.ok) throw new Error(written.error);
}

export async function dump(area: 'local' | 'session'): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage[area].get(null));
}

/** True when any of the profile's identifying values is in the area. */
export async function holdsPersonalData(area: 'local' | 'session'): Promise<boolean> {
  const text = await dump(area);
  return [SNILS, PASSPORT_NUMBER, SURNAME].some((value) => text.includes(value));
}

/** The keys on disk besides the settings record's (its current copy, backup and staging). */
export async function diskKeysBesidesSettings(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key !== SETTINGS_KEY && !key.startsWith(`${SETTINGS_KEY}.`));
}
