import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, startBackground } from '../../../lib/background';
import { INACTIVITY_ALARM } from '../../../lib/background/session';
import { recordObservation, stageRecordStore } from '../../../lib/stage/store';
import { profileStore } from '../../../lib/store/profile-store';
import { updateMinutes } from '../../../lib/store/settings';
import { PROFILE, holdsPersonalData, testEnv, useMode } from '../store/support';
import { GENUINE, NOW, POPUP, PORTAL_TAB, UNKNOWN_TAB, harness } from './support';

const PASSPHRASE = 'синий трамвай в четверг';
const CLEARED = [
  { tabId: PORTAL_TAB, message: { type: 'clear-page' } },
  { tabId: UNKNOWN_TAB, message: { type: 'clear-page' } },
];

beforeEach(() => {
  fakeBrowser.reset();
});

/** A patron's session: a profile and a stage record where the mode keeps them. */
async function patronSession(mode: 'public-terminal' | 'personal'): Promise<void> {
  await useMode(mode);
  await profileStore(testEnv()).save(PROFILE);
  const area = mode === 'personal' ? fakeBrowser.storage.local : fakeBrowser.storage.session;
  await recordObservation(stageRecordStore(area), { source: 'observed', page: 'verification' }, NOW);
}

async function nothingLeft(): Promise<void> {
  expect(await holdsPersonalData('local')).toBe(false);
  expect(await holdsPersonalData('session')).toBe(false);
  expect(await stageRecordStore(fakeBrowser.storage.local).read()).toMatchObject({ status: 'empty' });
  expect(await stageRecordStore(fakeBrowser.storage.session).read()).toMatchObject({ status: 'empty' });
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
}

describe('«Завершить сеанс — стереть данные»', () => {
  it.each(['public-terminal', 'personal'] as const)('in mode %s erases the profile, the stage record, the key and the marks on portal tabs', async (mode) => {
    await patronSession(mode);
    if (mode === 'personal') await profileStore(testEnv()).setPassphrase(PASSPHRASE);
    const { env, delivered } = harness();
    expect(await createBackground(env).onMessage({ type: 'end-session' }, POPUP)).toEqual({ ok: true });
    await nothingLeft();
    // Tabs showing another site are skipped; a portal tab without our script refuses, quietly.
    expect(delivered).toEqual(CLEARED);
    expect(await fakeBrowser.alarms.get(INACTIVITY_ALARM)).toBeUndefined();
  });

  it('says so when something could not be erased, and still erases the rest', async () => {
    await patronSession('public-terminal');
    const { env, delivered } = harness();
    const local = { ...env.store.local, remove: () => Promise.reject(new Error('busy')) };
    const background = createBackground({ ...env, store: { ...env.store, local } });
    expect(await background.onMessage({ type: 'end-session' }, POPUP)).toEqual({ ok: false });
    expect(await holdsPersonalData('session')).toBe(false);
    expect(delivered).toEqual(CLEARED);
  });
});

describe('inactivity on a public terminal', () => {
  it('starts the timer at every use of the helper, with the minutes of the settings', async () => {
    await patronSession('public-terminal');
    await updateMinutes(testEnv(), { publicIdleMinutes: 7 });
    const { env } = harness();
    await createBackground(env).onMessage({ type: 'profile-kinds', kinds: ['snils'] }, GENUINE);
    expect(await fakeBrowser.alarms.get(INACTIVITY_ALARM)).toMatchObject({ scheduledTime: NOW.getTime() + 7 * 60_000 });
  });

  it('wipes when the alarm fires, in a background started again from storage alone', async () => {
    await patronSession('public-terminal');
    await createBackground(harness().env).onMessage({ type: 'activity' }, POPUP);
    const alarm = await fakeBrowser.alarms.get(INACTIVITY_ALARM);
    expect(alarm).toBeDefined();

    // The worker was stopped: nothing of the first one is left but storage and the alarm.
    const { env, delivered } = harness();
    await createBackground(env).onAlarm(alarm?.name ?? '');
    await nothingLeft();
    expect(delivered).toEqual(CLEARED);
  });

  it('ignores an alarm that is not its own', async () => {
    await patronSession('public-terminal');
    await createBackground(harness().env).onAlarm('something-else');
    expect(await holdsPersonalData('session')).toBe(true);
  });

  it('wipes when the computer goes idle or its screen locks, not when it is in use', async () => {
    await patronSession('public-terminal');
    const background = createBackground(harness().env);
    await background.onIdleState('active');
    expect(await holdsPersonalData('session')).toBe(true);
    await background.onIdleState('idle');
    await nothingLeft();
    await patronSession('public-terminal');
    await background.onIdleState('locked');
    await nothingLeft();
  });

  it('sets the idle detector to the minutes of the mode (never under its 15-second floor)', async () => {
    await useMode('public-terminal');
    await fakeBrowser.storage.managed.set({ publicIdleMinutes: 3 });
    const { env, idleIntervals } = harness();
    await createBackground(env).start();
    expect(idleIntervals).toEqual([180]);
  });
});

describe('a personal computer with a passphrase', () => {
  it('locks (erases nothing) when the alarm fires or the computer idles', async () => {
    await patronSession('personal');
    const store = profileStore(testEnv());
    await store.setPassphrase(PASSPHRASE);
    const background = createBackground(harness().env);
    await background.onMessage({ type: 'activity' }, POPUP);
    expect(await fakeBrowser.alarms.get(INACTIVITY_ALARM)).toMatchObject({ scheduledTime: NOW.getTime() + 15 * 60_000 });

    await background.onAlarm(INACTIVITY_ALARM);
    expect(await store.protection()).toBe('locked');
    expect(await store.unlock(PASSPHRASE)).toEqual({ ok: true });
    await background.onIdleState('locked');
    expect(await store.protection()).toBe('locked');
    expect(await stageRecordStore(fakeBrowser.storage.local).read()).toMatchObject({ status: 'stored' });
  });

  it('keeps no timer while there is nothing unlocked', async () => {
    await patronSession('personal');
    await createBackground(harness().env).onMessage({ type: 'activity' }, POPUP);
    expect(await fakeBrowser.alarms.get(INACTIVITY_ALARM)).toBeUndefined();
  });
});

describe('browser start', () => {
  it('on a public terminal wipes what a crash left on disk', async () => {
    await patronSession('personal');
    await fakeBrowser.storage.managed.set({ forcePublicTerminal: true });
    const { env } = harness();
    expect(await createBackground(env).onBrowserStart()).toEqual({ ok: true });
    await nothingLeft();
  });

  it('on a personal computer keeps the profile', async () => {
    await patronSession('personal');
    await createBackground(harness().env).onBrowserStart();
    expect(await profileStore(testEnv()).load()).toEqual({ status: 'ready', profile: PROFILE });
  });
});

describe('the wiring to the browser', () => {
  function fakeIdle() {
    const listeners: ((state: string) => Promise<void>)[] = [];
    Object.assign(fakeBrowser.idle, {
      setDetectionInterval: vi.fn(),
      onStateChanged: { addListener: (listener: (state: string) => Promise<void>) => listeners.push(listener) },
    });
    return listeners;
  }

  /** A stopped worker's listeners are gone; only storage and alarms remain. */
  function stopWorker(): void {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onStartup.removeAllListeners();
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    fakeBrowser.storage.onChanged.removeAllListeners();
  }

  it('answers through runtime.onMessage and wipes on the alarm after a restart', async () => {
    fakeIdle();
    Object.assign(fakeBrowser.tabs, { sendMessage: vi.fn(() => Promise.resolve()) });
    await patronSession('public-terminal');
    startBackground(fakeBrowser);
    const tab = await fakeBrowser.tabs.get(0);
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'profile-kinds', kinds: ['snils', 'email'] }, { ...GENUINE, tab }, () => undefined);
    expect(reply).toEqual({ kinds: ['snils'] });
    const alarm = await fakeBrowser.alarms.get(INACTIVITY_ALARM);
    if (!alarm) throw new Error('no alarm');

    stopWorker();
    startBackground(fakeBrowser);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await nothingLeft();
  });

  it('wipes on the idle state and at browser start', async () => {
    const idle = fakeIdle();
    Object.assign(fakeBrowser.tabs, { sendMessage: vi.fn(() => Promise.resolve()) });
    await patronSession('public-terminal');
    startBackground(fakeBrowser);
    await Promise.all(idle.map((listener) => listener('locked')));
    await nothingLeft();

    stopWorker();
    await patronSession('public-terminal');
    await fakeBrowser.storage.local.set({ profile: 'left by a crash' });
    startBackground(fakeBrowser);
    await fakeBrowser.runtime.onStartup.trigger();
    await nothingLeft();
    expect(await fakeBrowser.storage.local.get('profile')).toEqual({});
  });

  it('starts the lock timer when a page unlocks the profile', async () => {
    fakeIdle();
    await patronSession('personal');
    startBackground(fakeBrowser);
    await profileStore(testEnv()).setPassphrase(PASSPHRASE);
    // The fake storage waits for its change listeners, as the key is set.
    expect(await fakeBrowser.alarms.get(INACTIVITY_ALARM)).toBeDefined();
  });
});
