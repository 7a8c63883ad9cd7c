import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import managedSchema from '../../../public/managed_schema.json';
import ru from '../../../public/_locales/ru/messages.json';
import en from '../../../public/_locales/en/messages.json';
import {
  DEFAULT_SETTINGS,
  effectiveSettings,
  inactivityMinutes,
  MINUTES_RANGE,
  POLICY_KEYS,
  readPolicy,
  readSettings,
  SETTINGS_KEY,
  updateMinutes,
} from '../../../lib/store/settings';
import { testEnv, useMode } from './support';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the administrator policy', () => {
  it('is "no policy" without managed storage, when it throws (Firefox), or when it is empty', async () => {
    expect(await readPolicy(undefined)).toEqual({ forcePublicTerminal: false });
    expect(await readPolicy({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual({ forcePublicTerminal: false });
    expect(await readPolicy(fakeBrowser.storage.managed)).toEqual({ forcePublicTerminal: false });
  });

  it('forces the public-terminal mode and the idle minutes', async () => {
    await fakeBrowser.storage.managed.set({ forcePublicTerminal: true, publicIdleMinutes: 5 });
    await useMode('personal');
    const { effective, stored } = await readSettings(testEnv());
    expect(stored.mode).toBe('personal');
    expect(effective).toEqual({ mode: 'public-terminal', modeForced: true, publicIdleMinutes: 5, idleForced: true, lockAfterMinutes: 15 });
  });

  it('ignores a value of the wrong type key by key, so a bad number keeps the forced mode', async () => {
    expect(await readPolicy({ get: async () => ({ forcePublicTerminal: true, publicIdleMinutes: 'ten' }) })).toEqual({ forcePublicTerminal: true });
    expect(await readPolicy({ get: async () => ({ forcePublicTerminal: 'yes', publicIdleMinutes: 0 }) })).toEqual({ forcePublicTerminal: false });
  });

  it('is declared for Chrome with exactly the keys and limits the code reads', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    expect(managedSchema.properties.forcePublicTerminal.type).toBe('boolean');
    expect(managedSchema.properties.publicIdleMinutes).toMatchObject({ type: 'integer', minimum: MINUTES_RANGE.min, maximum: MINUTES_RANGE.max });
  });
});

describe('the settings', () => {
  it('start unset, with ten minutes before a public terminal is wiped', async () => {
    const { effective, notice } = await readSettings(testEnv());
    expect(effective.mode).toBe('unset');
    expect(inactivityMinutes(effective)).toBe(10);
    expect(notice).toBeUndefined();
  });

  it('use the lock delay on a personal computer', () => {
    const effective = effectiveSettings({ ...DEFAULT_SETTINGS, mode: 'personal', lockAfterMinutes: 30 }, { forcePublicTerminal: false });
    expect(inactivityMinutes(effective)).toBe(30);
  });

  it('say when the stored copy was damaged, and fall back to the defaults', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    const { effective, notice } = await readSettings(testEnv());
    expect(effective.mode).toBe('unset');
    expect(notice).toBe('privacy_storage_unreadable_damaged');
  });

  it('store new minutes, refuse a number out of range and keep the last good value', async () => {
    const env = testEnv();
    expect(await updateMinutes(env, { publicIdleMinutes: 20 })).toEqual({ ok: true });
    for (const minutes of [0, 2.5, Number.NaN, MINUTES_RANGE.max + 1]) {
      expect(await updateMinutes(env, { publicIdleMinutes: minutes })).toEqual({ ok: false, message: 'sec_minutes_invalid' });
    }
    expect((await readSettings(env)).stored.publicIdleMinutes).toBe(20);
  });

  it('refuse to change minutes the administrator set', async () => {
    await fakeBrowser.storage.managed.set({ publicIdleMinutes: 5 });
    expect(await updateMinutes(testEnv(), { publicIdleMinutes: 20 })).toEqual({ ok: false, message: 'sec_forced_by_admin' });
    expect(await updateMinutes(testEnv(), { lockAfterMinutes: 20 })).toEqual({ ok: true });
  });

  it('tell the person the same limits the code enforces', () => {
    for (const catalogue of [ru, en]) {
      expect(catalogue.sec_minutes_invalid.message).toContain(`${MINUTES_RANGE.min} `);
      expect(catalogue.sec_minutes_invalid.message).toContain(`${MINUTES_RANGE.max}.`);
    }
  });
});

describe('the security messages', () => {
  it('exist in Russian and English alike, none empty', () => {
    const keys = (catalogue: Record<string, { message: string }>) => Object.keys(catalogue).filter((key) => key.startsWith('sec_')).sort();
    expect(keys(ru).length).toBeGreaterThan(40);
    expect(keys(en)).toEqual(keys(ru));
    const catalogues: Record<string, { message: string }>[] = [ru, en];
    for (const catalogue of catalogues) for (const key of keys(ru)) expect(catalogue[key]?.message.trim(), key).not.toBe('');
  });
});
