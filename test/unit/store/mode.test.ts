import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordObservation, stageRecordStore } from '../../../lib/stage/store';
import { switchMode } from '../../../lib/store/mode';
import { profileStore } from '../../../lib/store/profile-store';
import { hasDiskData } from '../../../lib/store/records';
import { readSettings, stageArea } from '../../../lib/store/settings';
import { faultyArea } from '../storage/faulty-area';
import { PROFILE, diskKeysBesidesSettings, holdsPersonalData, testEnv, useMode } from './support';

const NOW = new Date(2025, 2, 1, 10, 0);

beforeEach(() => {
  fakeBrowser.reset();
});

async function observeVerification(): Promise<void> {
  const { effective } = await readSettings(testEnv());
  await recordObservation(stageRecordStore(stageArea(testEnv(), effective.mode)), { source: 'observed', page: 'verification' }, NOW);
}

describe('switching the mode', () => {
  it('to a public terminal erases what was on disk (profile and stage), after the page asked', async () => {
    await useMode('personal');
    await profileStore(testEnv()).save(PROFILE);
    await observeVerification();
    expect(await hasDiskData(testEnv())).toBe(true);

    expect(await switchMode(testEnv(), 'public-terminal')).toEqual({ ok: true });
    expect(await hasDiskData(testEnv())).toBe(false);
    expect(await diskKeysBesidesSettings()).toEqual([]);
    expect((await readSettings(testEnv())).effective.mode).toBe('public-terminal');
  });

  it('to personal ends the public session without copying anything to disk', async () => {
    await useMode('public-terminal');
    await profileStore(testEnv()).save(PROFILE);
    await observeVerification();
    expect(await switchMode(testEnv(), 'personal')).toEqual({ ok: true });
    expect(await holdsPersonalData('local')).toBe(false);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await profileStore(testEnv()).load()).toEqual({ status: 'empty' });
  });

  it('keeps the mode when the disk could not be cleared', async () => {
    await useMode('personal');
    const { area } = faultyArea();
    const env = testEnv({ local: { ...area, remove: () => Promise.reject(new Error('busy')) } });
    await profileStore(env).save(PROFILE);
    expect(await switchMode(env, 'public-terminal')).toMatchObject({ ok: false, message: 'privacy_storage_write_failed' });
    expect((await readSettings(env)).effective.mode).toBe('personal');
  });

  it('is refused when the administrator forces the public terminal', async () => {
    await useMode('personal');
    await fakeBrowser.storage.managed.set({ forcePublicTerminal: true });
    const before = await fakeBrowser.storage.local.get(null);
    expect(await switchMode(testEnv(), 'personal')).toEqual({ ok: false, message: 'sec_mode_forced' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('from the first-run question stores the answer', async () => {
    expect(await switchMode(testEnv(), 'personal')).toEqual({ ok: true });
    expect((await readSettings(testEnv())).stored.mode).toBe('personal');
  });
});
