/**
 * A public terminal forgets the patron: with the profile kept in the public-terminal mode and a
 * portal form filled from it, each way a session ends leaves nothing behind — not in the
 * extension's storage (`storage.local`, `storage.session`), not in its origin's IndexedDB, Cache
 * Storage or localStorage, not on the page (no mark, no hint, no value the helper filled in).
 * The test profile is searched for as it would show: SNILS as stored and as shown, passport
 * number and series, surname (support/traces.ts).
 *
 * - «Завершить сеанс — стереть данные», pressed in the popup (and confirmed) as the patron does.
 * - The inactivity timer: the background arms its alarm when the helper is used; the test moves
 *   that alarm's time to now, and the background's own alarm handler ends the session.
 * - A browser restart: `storage.session` dies with the browser by design, and what is on disk
 *   about a person (here: a profile stored before the computer became a public terminal) is
 *   erased when the helper starts again.
 */
import { afterEach, expect, it } from 'vitest';
import { INACTIVITY_ALARM } from '../../lib/background/session';
import { plainProfileRecord } from '../../lib/store/records';
import { completeProfile } from '../fixtures/profile';
import { forEachBrowser, type E2EBrowser } from './support/browsers';
import { fillFromPanel, waitFor } from './support/overlay';
import type { E2EPage } from './support/page';
import { seedProfile } from './support/profile';
import { extensionStorage } from './support/storage';
import { extensionDump, marksAndHints, pageDump, PROFILE_TRACES, profileTracesIn } from './support/traces';

const PERSONAL_DATA = '/fixtures/portal/personal-data-label-for.html';

/** Everything of the profile the extension holds and the page shows, as the searches below read it. */
async function tracesLeft(browser: E2EBrowser, page?: E2EPage): Promise<string[]> {
  const dump = await extensionDump(browser);
  const shown = page ? await pageDump(page) : '';
  return profileTracesIn(JSON.stringify(dump) + shown);
}

/** The extension's origin keeps nothing in web storage, ever. */
async function webStorageOfOrigin(browser: E2EBrowser): Promise<unknown> {
  const { indexedDB, caches, localStorage } = await extensionDump(browser);
  return { indexedDB, caches, localStorage };
}

const NO_WEB_STORAGE = { indexedDB: [], caches: [], localStorage: {} };

/** Polls of the extension's storage after a restart (each opens a page of the extension): ten seconds and more. */
const SWEEP_POLLS = 100;

/** Clicks the button at `selector` once it shows, after checking it is the one meant. */
async function pressButton(page: E2EPage, selector: string, text: string): Promise<void> {
  await page.waitForSelector(selector);
  expect(await page.evaluate((target) => document.querySelector(target)?.textContent?.trim(), selector)).toBe(text);
  await page.click(selector);
}

forEachBrowser((browser) => {
  /** A patron's session: the profile in memory, a portal form filled from it, and every trace of it findable. */
  async function patronFilledForm(): Promise<E2EPage> {
    await seedProfile(browser, completeProfile(), 'public-terminal');
    const page = await browser.open(browser.server.url(PERSONAL_DATA));
    await fillFromPanel(page);
    expect(await marksAndHints(page)).toBeGreaterThan(0);
    // Before: the search finds every trace, so that finding none afterwards means something.
    expect(await tracesLeft(browser, page)).toEqual(PROFILE_TRACES);
    return page;
  }

  /** The page and the extension once the session is over: no trace left, no mark, no hint, no web storage. */
  async function expectNothingLeft(page: E2EPage): Promise<void> {
    // The page is cleared by the content script after the background's wipe: wait for it to get there.
    expect(await waitFor(() => tracesLeft(browser, page), (traces) => traces.length === 0)).toEqual([]);
    expect(await marksAndHints(page)).toBe(0);
    expect(await webStorageOfOrigin(browser)).toEqual(NO_WEB_STORAGE);
  }

  afterEach(async () => {
    await browser.evaluateInExtension((api) => Promise.all([api.storage.local.clear(), api.storage.session.clear(), api.alarms.clearAll()]));
  });

  it('«Завершить сеанс — стереть данные» leaves nothing of the patron in the extension or on the page', async () => {
    const page = await patronFilledForm();
    const popup = await browser.openExtensionPage('popup.html');
    await pressButton(popup, '.sec-end-session__button', 'Завершить сеанс — стереть данные');
    await pressButton(popup, '.sec-end-session [role=group] button.sec-danger', 'Да, стереть');
    await expectNothingLeft(page);
  });

  it('the inactivity timer, when it goes off, leaves nothing of the patron in the extension or on the page', async () => {
    const page = await patronFilledForm();
    // Using the helper armed the timer (the default is 10 minutes on a public terminal).
    const armed = await browser.evaluateInExtension((api, name) => api.alarms.get(name), INACTIVITY_ALARM);
    expect(armed?.scheduledTime).toBeGreaterThan(Date.now());
    await browser.evaluateInExtension((api, name) => api.alarms.create(name, { when: Date.now() }), INACTIVITY_ALARM);
    await expectNothingLeft(page);
    expect(await browser.evaluateInExtension((api, name) => api.alarms.get(name), INACTIVITY_ALARM)).toBeFalsy();
  });

  it('a browser restart leaves nothing of the patron: memory is gone and the disk is swept when the helper starts', async () => {
    await patronFilledForm();
    // Left on disk from before this computer became a public terminal, as a personal computer stores it.
    expect(await plainProfileRecord(extensionStorage(browser, 'local')).write({ version: 1, profile: completeProfile() })).toEqual({ ok: true });
    expect(Object.keys((await extensionDump(browser)).local)).toContain('profile');

    await browser.restart();

    expect((await extensionDump(browser)).session).toEqual({});
    // The sweep runs as the background starts, which goes on after the browser is back.
    expect(await waitFor(() => tracesLeft(browser), (traces) => traces.length === 0, SWEEP_POLLS)).toEqual([]);
    expect(await webStorageOfOrigin(browser)).toEqual(NO_WEB_STORAGE);
  });
});
