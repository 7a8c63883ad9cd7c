import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, type Sender } from '../../../lib/background';
import { markTab, lookalikeWarning } from '../../../lib/background/lookalike';
import { stageRecordStore } from '../../../lib/stage/store';
import { profileStore } from '../../../lib/store/profile-store';
import { PROFILE, SNILS, PASSPORT_NUMBER, diskKeysBesidesSettings, holdsPersonalData, testEnv, useMode } from '../store/support';
import { GENUINE, POPUP, PORTAL_TAB, harness } from './support';

const ASKED = ['snils', 'passportNumber', 'email', 'no-such-kind'];

beforeEach(async () => {
  fakeBrowser.reset();
  await useMode('personal');
  await profileStore(testEnv()).save(PROFILE);
});

function ask(sender: Sender, message: unknown): Promise<unknown> | undefined {
  return createBackground(harness().env).onMessage(message, sender);
}

describe('the background answering the content script', () => {
  it('gives a genuine portal page the values of exactly the asked kinds that have one', async () => {
    expect(await ask(GENUINE, { type: 'profile-values', kinds: ASKED })).toEqual({ ok: true, values: { snils: SNILS, passportNumber: PASSPORT_NUMBER } });
    expect(await ask(GENUINE, { type: 'profile-values', kinds: ['phone'] })).toEqual({ ok: true, values: { phone: '9123456789' } });
  });

  it('names the kinds it could fill, without their values', async () => {
    const reply = await ask(GENUINE, { type: 'profile-kinds', kinds: ASKED });
    expect(reply).toEqual({ kinds: ['snils', 'passportNumber'] });
  });

  it.each<[string, Sender]>([
    ['a frame inside the portal page', { ...GENUINE, frameId: 7 }],
    ['a plain http page', { ...GENUINE, url: 'http://esia.gosuslugi.ru/login/registration' }],
    ['a look-alike host', { ...GENUINE, url: 'https://gosuslugi-16.ru/login/registration' }],
    ['a third-party site under gosuslugi.ru', { ...GENUINE, url: 'https://perspectiva70.gosuslugi.ru/' }],
    ['a page with a port', { ...GENUINE, url: 'https://esia.gosuslugi.ru:8443/login/registration' }],
    ['a sender without a URL', { id: GENUINE.id, frameId: 0, tab: { id: PORTAL_TAB } }],
  ])('gives %s nothing', async (_, sender) => {
    const values = await ask(sender, { type: 'profile-values', kinds: ASKED });
    expect(values).toEqual({ ok: false, reason: 'not-portal' });
    expect(await ask(sender, { type: 'profile-kinds', kinds: ASKED })).toEqual({ kinds: [] });
  });

  it('believes the sender the browser reports, not a URL inside the message', async () => {
    const forged = { type: 'profile-values', kinds: ASKED, url: GENUINE.url, frameId: 0, sender: GENUINE };
    expect(await ask({ ...GENUINE, url: 'https://gossuslugi.ru/' }, forged)).toEqual({ ok: false, reason: 'not-portal' });
  });

  it.each<[string, Sender]>([
    ['without a tab', { id: GENUINE.id, url: GENUINE.url, frameId: 0 }],
    ['from another extension', { ...GENUINE, id: 'some-other-extension' }],
  ])('does not answer a sender %s', (_, sender) => {
    expect(ask(sender, { type: 'profile-values', kinds: ASKED })).toBeUndefined();
  });

  it.each([
    ['an unknown type', { type: 'give-me-everything' }],
    ['a malformed message', { type: 'profile-values', kinds: 'snils' }],
    ['too many kinds', { type: 'profile-values', kinds: Array.from({ length: 201 }, () => 'snils') }],
    ['not an object', 'profile-values'],
    ['a page action from a portal page', { type: 'end-session' }],
  ])('ignores %s', (_, message) => {
    expect(ask(GENUINE, message)).toBeUndefined();
  });

  it('tells why there is nothing: empty, locked, damaged', async () => {
    expect(await ask(GENUINE, { type: 'profile-values', kinds: ['email'] })).toEqual({ ok: false, reason: 'empty' });
    const store = profileStore(testEnv());
    await store.setPassphrase('синий трамвай в четверг');
    await store.lock();
    expect(await ask(GENUINE, { type: 'profile-values', kinds: ASKED })).toEqual({ ok: false, reason: 'locked' });
    expect(await ask(GENUINE, { type: 'profile-kinds', kinds: ASKED })).toEqual({ kinds: [] });
    await fakeBrowser.storage.local.set({ 'profile-sealed': 'damaged' });
    expect(await ask(GENUINE, { type: 'profile-values', kinds: ASKED })).toEqual({ ok: false, reason: 'damaged' });
  });

  it('records an observed page in the stage record of the mode', async () => {
    await ask(GENUINE, { type: 'page-observed', observation: { source: 'observed', page: 'verification' } });
    expect(await stageRecordStore(fakeBrowser.storage.local).read()).toMatchObject({ status: 'stored', value: { stage: 'verification' } });
    await ask({ ...GENUINE, url: 'https://gosuslugi-16.ru/' }, { type: 'page-observed', observation: { source: 'observed', page: 'account-level', level: 'AL20' } });
    expect(await stageRecordStore(fakeBrowser.storage.local).read()).toMatchObject({ value: { stage: 'verification' } });
  });

  it('on a public terminal keeps the stage record and the profile in memory: nothing on disk but the settings', async () => {
    fakeBrowser.reset();
    await useMode('public-terminal');
    await profileStore(testEnv()).save(PROFILE);
    await ask(GENUINE, { type: 'page-observed', observation: { source: 'observed', page: 'verification' } });
    expect(await ask(GENUINE, { type: 'profile-values', kinds: ASKED })).toMatchObject({ ok: true });
    expect(await diskKeysBesidesSettings()).toEqual([]);
    expect(await holdsPersonalData('local')).toBe(false);
    expect(await stageRecordStore(fakeBrowser.storage.session).read()).toMatchObject({ status: 'stored', value: { stage: 'verification' } });
  });

  it('clears a look-alike mark on the tab once a genuine portal page there speaks', async () => {
    await markTab(fakeBrowser.action, PORTAL_TAB, lookalikeWarning('https://gosuslugi-16.ru/'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: PORTAL_TAB })).toBe('!');
    await ask(GENUINE, { type: 'profile-kinds', kinds: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: PORTAL_TAB })).toBe('');
  });
});

describe('the background bringing the in-page engine', () => {
  const LOAD = { type: 'load-engine' };
  const INTO_PORTAL_TOP_FRAME = { target: { tabId: PORTAL_TAB, frameIds: [0] }, files: ['/content-engine.js'] };

  it('injects the engine from the package into exactly the genuine portal frame that asked', async () => {
    const { env, injected } = harness();
    expect(await createBackground(env).onMessage(LOAD, GENUINE)).toBeUndefined();
    expect(injected).toEqual([INTO_PORTAL_TOP_FRAME]);
  });

  it('injects once per document the browser names, however often it is asked', async () => {
    const { env, injected } = harness();
    const background = createBackground(env);
    const first = { ...GENUINE, documentId: 'document-1' };
    await background.onMessage(LOAD, first);
    await background.onMessage(LOAD, first);
    await background.onMessage(LOAD, { ...GENUINE, documentId: 'document-2' });
    expect(injected).toEqual([INTO_PORTAL_TOP_FRAME, INTO_PORTAL_TOP_FRAME]);
  });

  it.each<[string, Sender]>([
    ['a frame inside the portal page', { ...GENUINE, frameId: 7 }],
    ['a plain http page', { ...GENUINE, url: 'http://esia.gosuslugi.ru/login/registration' }],
    ['a look-alike host', { ...GENUINE, url: 'https://gosuslugi-16.ru/login/registration' }],
    ['a third-party site under gosuslugi.ru', { ...GENUINE, url: 'https://perspectiva70.gosuslugi.ru/' }],
    ['a sender without a tab', { id: GENUINE.id, url: GENUINE.url, frameId: 0 }],
    ['another extension', { ...GENUINE, id: 'some-other-extension' }],
    ['the popup', POPUP],
  ])('injects nothing for %s', async (_, sender) => {
    const { env, injected } = harness();
    expect(await createBackground(env).onMessage(LOAD, sender)).toBeUndefined();
    expect(injected).toEqual([]);
  });

  it('settles when the injection fails (the tab went away)', async () => {
    const { env } = harness();
    const failing = { ...env, scripting: { executeScript: () => Promise.reject(new Error('No tab with id: 1')) } };
    expect(await createBackground(failing).onMessage(LOAD, GENUINE)).toBeUndefined();
  });
});

describe('the background answering the helper pages', () => {
  it('answers a helper page opened in a tab (the options page, the memo)', async () => {
    expect(await ask({ ...POPUP, url: fakeBrowser.runtime.getURL('/options.html'), tab: { id: 9 } }, { type: 'activity' })).toEqual({ ok: true });
  });

  it('does not take page actions from another extension or a web page', async () => {
    expect(ask({ ...POPUP, id: 'some-other-extension' }, { type: 'end-session' })).toBeUndefined();
    expect(ask({ id: POPUP.id, url: 'https://esia.gosuslugi.ru/', tab: { id: 1 }, frameId: 0 }, { type: 'end-session' })).toBeUndefined();
    expect(ask({ id: POPUP.id, url: `https://evil.test/${fakeBrowser.runtime.getURL('')}` }, { type: 'end-session' })).toBeUndefined();
    expect(await profileStore(testEnv()).load()).toEqual({ status: 'ready', profile: PROFILE });
  });
});
