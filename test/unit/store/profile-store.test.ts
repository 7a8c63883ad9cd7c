import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile } from '../../../lib/profile';
import { MIN_PASSPHRASE_LENGTH, profileStore } from '../../../lib/store/profile-store';
import { PROFILE_KEY, SEALED_PROFILE_KEY, SESSION_KEY_ITEM, plainProfileRecord } from '../../../lib/store/records';
import { faultyArea, snapshot } from '../storage/faulty-area';
import { PROFILE, SNILS, diskKeysBesidesSettings, dump, holdsPersonalData, testEnv, useMode } from './support';
import ru from '../../../public/_locales/ru/messages.json';

const PASSPHRASE = 'синий трамвай в четверг';
const OTHER = 'зелёный автобус в среду';

beforeEach(() => {
  fakeBrowser.reset();
});

async function protectedStore() {
  await useMode('personal');
  const store = profileStore(testEnv());
  expect(await store.save(PROFILE)).toEqual({ ok: true });
  expect(await store.setPassphrase(PASSPHRASE)).toEqual({ ok: true });
  return store;
}

describe('the profile store on a personal computer', () => {
  beforeEach(async () => {
    await useMode('personal');
  });

  it('is empty at first, then keeps the profile on disk', async () => {
    const store = profileStore(testEnv());
    expect(await store.load()).toEqual({ status: 'empty' });
    expect(await store.save(PROFILE)).toEqual({ ok: true });
    expect(await store.load()).toEqual({ status: 'ready', profile: PROFILE });
    expect(await holdsPersonalData('local')).toBe(true);
    expect(await store.protection()).toBe('off');
  });

  it('gives the last good profile and a message when the current copy is damaged', async () => {
    const store = profileStore(testEnv());
    await store.save(emptyProfile());
    await store.save(PROFILE);
    await fakeBrowser.storage.local.set({ [PROFILE_KEY]: 'damaged' });
    expect(await store.load()).toEqual({ status: 'ready', profile: emptyProfile(), notice: 'privacy_storage_recovered_damaged' });
  });

  it('says a profile with no good copy is damaged, and leaves it as it is', async () => {
    await fakeBrowser.storage.local.set({ [PROFILE_KEY]: 'damaged' });
    expect(await profileStore(testEnv()).load()).toEqual({ status: 'damaged', message: 'privacy_storage_unreadable_damaged' });
    expect((await fakeBrowser.storage.local.get(PROFILE_KEY))[PROFILE_KEY]).toBe('damaged');
  });

  it('keeps the last good profile when a save fails, and says so', async () => {
    const { area, faults } = faultyArea();
    const store = profileStore(testEnv({ local: area }));
    await store.save(PROFILE);
    const before = await snapshot();
    faults.failSet.add(`${PROFILE_KEY}.staging`);
    expect(await store.save(emptyProfile())).toMatchObject({ ok: false, message: 'privacy_storage_write_failed' });
    expect(await snapshot()).toEqual(before);
    expect(await store.load()).toEqual({ status: 'ready', profile: PROFILE });
  });

  it('seals the stored copy under a passphrase: no plaintext on disk, and unlocked for this session', async () => {
    const store = await protectedStore();
    expect(await holdsPersonalData('local')).toBe(false);
    expect(await dump('local')).toContain(SEALED_PROFILE_KEY);
    expect(await store.protection()).toBe('unlocked');
    expect(await store.load()).toEqual({ status: 'ready', profile: PROFILE });
  });

  it('refuses a short passphrase and changes nothing', async () => {
    const store = profileStore(testEnv());
    await store.save(PROFILE);
    const before = await snapshot();
    expect(await store.setPassphrase('x'.repeat(MIN_PASSPHRASE_LENGTH - 1))).toEqual({ ok: false, message: 'sec_passphrase_too_short' });
    expect(await snapshot()).toEqual(before);
    expect(ru.sec_passphrase_too_short.message).toContain(String(MIN_PASSPHRASE_LENGTH));
  });

  it('locks by dropping the key: the profile is then locked, not lost', async () => {
    const store = await protectedStore();
    expect(await store.lock()).toEqual({ ok: true });
    expect(await fakeBrowser.storage.session.get(SESSION_KEY_ITEM)).toEqual({});
    expect(await store.load()).toEqual({ status: 'locked' });
    expect(await store.protection()).toBe('locked');
    expect(await store.save(emptyProfile())).toEqual({ ok: false, message: 'sec_profile_locked' });
  });

  it('changes nothing on a wrong passphrase, and unlocks with the right one', async () => {
    const store = await protectedStore();
    await store.lock();
    const [local, session] = [await snapshot(), await fakeBrowser.storage.session.get(null)];
    expect(await store.unlock(OTHER)).toEqual({ ok: false, message: 'privacy_vault_wrong_passphrase' });
    expect(await store.changePassphrase(OTHER, 'новая фраза для проверки')).toEqual({ ok: false, message: 'privacy_vault_wrong_passphrase' });
    expect(await store.removePassphrase(OTHER)).toEqual({ ok: false, message: 'privacy_vault_wrong_passphrase' });
    expect(await snapshot()).toEqual(local);
    expect(await fakeBrowser.storage.session.get(null)).toEqual(session);

    expect(await store.unlock(PASSPHRASE)).toEqual({ ok: true });
    expect(await store.load()).toEqual({ status: 'ready', profile: PROFILE });
  });

  it('saves through the seal while unlocked', async () => {
    const store = await protectedStore();
    const changed = { ...PROFILE, person: { ...PROFILE.person, firstName: 'Мария' } };
    expect(await store.save(changed)).toEqual({ ok: true });
    expect(await dump('local')).not.toContain('Мария');
    await store.lock();
    await store.unlock(PASSPHRASE);
    expect(await store.load()).toEqual({ status: 'ready', profile: changed });
  });

  it('changes the passphrase: the old one no longer opens it', async () => {
    const store = await protectedStore();
    expect(await store.changePassphrase(PASSPHRASE, OTHER)).toEqual({ ok: true });
    await store.lock();
    expect(await store.unlock(PASSPHRASE)).toEqual({ ok: false, message: 'privacy_vault_wrong_passphrase' });
    expect(await store.unlock(OTHER)).toEqual({ ok: true });
    expect(await store.load()).toEqual({ status: 'ready', profile: PROFILE });
  });

  it('removes the passphrase: the profile is plain again and the sealed copy gone', async () => {
    const store = await protectedStore();
    await store.lock();
    expect(await store.removePassphrase(PASSPHRASE)).toEqual({ ok: true });
    expect(await dump('local')).not.toContain(SEALED_PROFILE_KEY);
    expect(await store.protection()).toBe('off');
    expect(await store.load()).toEqual({ status: 'ready', profile: PROFILE });
  });

  it('keeps the plain copy when the sealed one cannot be written', async () => {
    const { area, faults } = faultyArea();
    const store = profileStore(testEnv({ local: area }));
    await store.save(PROFILE);
    faults.failSet.add(`${SEALED_PROFILE_KEY}.staging`);
    expect(await store.setPassphrase(PASSPHRASE)).toMatchObject({ ok: false, message: 'privacy_storage_write_failed' });
    expect(await store.protection()).toBe('off');
    expect(await store.load()).toEqual({ status: 'ready', profile: PROFILE });
  });

  it('erases a plaintext copy an interrupted migration left beside the sealed one', async () => {
    const store = await protectedStore();
    await plainProfileRecord(fakeBrowser.storage.local).write({ version: 1, profile: PROFILE });
    expect(await holdsPersonalData('local')).toBe(true);
    expect(await store.load()).toEqual({ status: 'ready', profile: PROFILE });
    expect(await holdsPersonalData('local')).toBe(false);
  });

  it('erases the profile and its passphrase', async () => {
    const store = await protectedStore();
    expect(await store.erase()).toEqual({ ok: true });
    expect(await store.load()).toEqual({ status: 'empty' });
    expect(await store.protection()).toBe('off');
    expect(await dump('local')).not.toContain('profile');
    expect(await dump('session')).toBe('{}');
  });
});

describe('the profile store on a public terminal', () => {
  it.each(['public-terminal', 'unset'] as const)('in mode %s writes nothing about the person to disk', async (mode) => {
    await useMode(mode);
    const store = profileStore(testEnv());
    expect(await store.save(PROFILE)).toEqual({ ok: true });
    expect(await store.load()).toEqual({ status: 'ready', profile: PROFILE });
    expect(await holdsPersonalData('local')).toBe(false);
    expect(await diskKeysBesidesSettings()).toEqual([]);
    expect(await dump('session')).toContain(SNILS);
  });

  it('has no passphrase to set', async () => {
    await useMode('public-terminal');
    const store = profileStore(testEnv());
    expect(await store.setPassphrase(PASSPHRASE)).toEqual({ ok: false, message: 'sec_passphrase_personal_only' });
    expect(await store.protection()).toBe('off');
  });

  it('is forced by the administrator even where the person chose personal', async () => {
    await useMode('personal');
    await fakeBrowser.storage.managed.set({ forcePublicTerminal: true });
    const store = profileStore(testEnv());
    await store.save(PROFILE);
    expect(await holdsPersonalData('local')).toBe(false);
    expect(await holdsPersonalData('session')).toBe(true);
  });
});
