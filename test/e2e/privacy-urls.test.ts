/**
 * The URL guard in the real browsers: every address of test/fixtures/adversarial-urls.ts that a
 * browser can be taken to serves the portal's personal-data form (the replica) at exactly that
 * host and path, with the test profile stored, and the helper must stay silent there: no overlay,
 * not a field filled. Where its content script does run (the portal's host on another port or
 * with a trailing dot: match patterns ignore the port), it stops before offering anything; the
 * other hosts are not in the manifest's matches at all. On the genuine addresses the panel comes.
 *
 * Then the look-alike warning: the person presses the toolbar button on the tab (which grants
 * `activeTab`, support/toolbar.ts), and the tab's badge says «!» on a look-alike of the portal
 * or the portal's host served the wrong way, and nothing elsewhere.
 *
 * Not served here, because no browser fetches them from a server: `javascript:`, `wss:`,
 * another extension's page, and the strings that do not parse as URLs. The guard's unit tests
 * (test/unit/portal/guard.test.ts) hold every entry of the list, these included, to its verdict.
 * The local-document schemes (`data:`, `blob:`, `file:`) are opened below with the form in them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { PORTAL_HOSTS } from '../../lib/portal/hosts';
import { ADVERSARIAL_URLS, GENUINE_URLS } from '../fixtures/adversarial-urls';
import { completeProfile } from '../fixtures/profile';
import { forEachBrowser, type E2EBrowser } from './support/browsers';
import { fillFromPanel, overlayText, waitFor } from './support/overlay';
import type { E2EPage } from './support/page';
import { seedProfile } from './support/profile';
import { type BrowserName, REPO_ROOT } from './support/settings';
import { openWithTabId } from './support/tabs';
import { openToolbarObserver } from './support/toolbar';
import { filledControls, hasOverlay } from './support/traces';

const FORM_PAGE = readFileSync(join(REPO_ROOT, 'test/fixtures/portal/personal-data-label-for.html'), 'utf8');

/** A genuine portal page with the same form, opened after the pages under test (see quietPagesState). */
const CONTROL_URL = 'https://esia.gosuslugi.ru/fixtures/portal/personal-data-label-for.html';

/** Tabs open at once while checking the adversarial pages: enough to save time, few enough for two cores. */
const TABS_AT_ONCE = 8;

const OFFER_BUTTON = 'Заполнить из профиля';

/** The URLs a browser fetches over the network (http and https ones that parse), with where they land. */
function servable(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const SERVED_ADVERSARIAL = ADVERSARIAL_URLS.filter((entry) => servable(entry.url) !== undefined);

/** The verdicts the toolbar badge warns of with «!»; every other tab's badge is empty. */
const WARNED_VERDICTS: readonly string[] = ['lookalike', 'unsafe-portal-url'];

/** Put on a tab's badge before the toolbar press; the popup replaces it with its verdict, so a change shows it judged the tab. */
const NOT_JUDGED = '?';

/**
 * Chromium does not show an extension the address of a tab whose URL carries a user name or a
 * password, not even after the toolbar press grants `activeTab` (seen in Chromium 156), unless
 * the extension has a host permission for that host (the portal hosts, for the in-page engine):
 * elsewhere the popup cannot judge such a tab and leaves its badge alone. Firefox shows it. The
 * fill guard refuses those pages all the same (the first test).
 */
function popupSeesAddress(browser: BrowserName, url: string): boolean {
  const parsed = new URL(url.trim());
  const withCredentials = parsed.username !== '' || parsed.password !== '';
  const hostPermitted = parsed.protocol === 'https:' && PORTAL_HOSTS.has(parsed.hostname);
  return browser !== 'chromium' || !withCredentials || hostPermitted;
}

/** What a page under test shows: the form (it did load), and of ours the overlay and any control that holds something. */
interface QuietState {
  readonly form: boolean;
  readonly overlay: boolean;
  readonly filled: Record<string, string>;
}

const QUIET: QuietState = { form: true, overlay: false, filled: {} };

/** The SNILS field of the replica form: the page under test is the form, not an error page. */
const FORM_FIELD = '#f8';

/**
 * Opens each URL in a tab of its own, then the form on the genuine portal, and waits for that
 * page's panel: by then the content script, had it run in the tabs opened before, would have
 * scanned them and shown its panel too (it scans at once and renders without waiting for a
 * frame, so a tab in the background is no slower). Returns what each tab shows, by URL.
 */
async function quietPagesState(browser: E2EBrowser, urls: readonly string[]): Promise<Record<string, QuietState>> {
  const pages: [string, E2EPage][] = [];
  for (const url of urls) pages.push([url, await browser.open(url)]);
  const control = await browser.open(CONTROL_URL);
  if (!/Заполнить из профиля/.test(await waitFor(() => overlayText(control), (text) => text.includes(OFFER_BUTTON)))) {
    throw new Error(`[${browser.name}] the genuine control page showed no panel: nothing can be concluded from the quiet ones`);
  }
  const states: Record<string, QuietState> = {};
  for (const [url, page] of pages) {
    const form = await page.evaluate((selector) => document.querySelector(selector) !== null, FORM_FIELD);
    states[url] = { form, overlay: await hasOverlay(page), filled: await filledControls(page) };
    await page.close();
  }
  await control.close();
  return states;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

forEachBrowser((browser) => {
  beforeAll(() => {
    for (const { url } of [...SERVED_ADVERSARIAL, ...GENUINE_URLS]) {
      const parsed = servable(url);
      if (parsed) browser.server.route(parsed.hostname, parsed.pathname, FORM_PAGE);
    }
  });

  beforeEach(async () => {
    await seedProfile(browser, completeProfile());
  });

  it('shows nothing and fills nothing on every adversarial address that serves the portal form', async () => {
    const observed: Record<string, QuietState> = {};
    for (const batch of batches(SERVED_ADVERSARIAL, TABS_AT_ONCE)) Object.assign(observed, await quietPagesState(browser, batch.map((entry) => entry.url)));
    expect(observed).toEqual(Object.fromEntries(SERVED_ADVERSARIAL.map((entry) => [entry.url, QUIET])));
  });

  it('leaves the form alone in a data: document, a blob: document of the portal and a saved copy of the page', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gh-e2e-saved-page-'));
    try {
      const savedCopy = join(folder, 'esia.gosuslugi.ru', 'index.html');
      mkdirSync(join(folder, 'esia.gosuslugi.ru'));
      writeFileSync(savedCopy, FORM_PAGE);
      const dataUrl = `data:text/html;charset=utf-8,${encodeURIComponent(FORM_PAGE)}`;
      // A blob: document made by a script of the portal's own origin, opened in the top frame.
      const portal = await browser.open(CONTROL_URL);
      const blobUrl = await portal.evaluate((html) => URL.createObjectURL(new Blob([html], { type: 'text/html' })), FORM_PAGE);
      expect(blobUrl).toMatch(/^blob:https:\/\/esia\.gosuslugi\.ru\//);
      const fileUrl = pathToFileURL(savedCopy).href;
      const observed = await quietPagesState(browser, [dataUrl, blobUrl, fileUrl]);
      expect(observed).toEqual({ [dataUrl]: QUIET, [blobUrl]: QUIET, [fileUrl]: QUIET });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('offers the panel on every genuine address, the tricky-looking ones included', async () => {
    const observed: Record<string, { href: string; offer: boolean }> = {};
    for (const { url } of GENUINE_URLS) {
      const page = await browser.open(url);
      const shown = await waitFor(() => overlayText(page), (text) => text.includes(OFFER_BUTTON));
      observed[url] = { href: await page.evaluate(() => location.href), offer: shown.includes(OFFER_BUTTON) };
      await page.close();
    }
    expect(observed).toEqual(Object.fromEntries(GENUINE_URLS.map(({ url, canonical }) => [url, { href: canonical, offer: true }])));
  });

  it('fills through the panel on the genuine control page: the quiet pages are quiet for a reason', async () => {
    const page = await browser.open(CONTROL_URL);
    await fillFromPanel(page);
    expect(await filledControls(page)).toMatchObject({ f1: 'Иванов', f8: '112-233-445 95', f12: '123456' });
  });

  it('marks a look-alike tab «!» when the toolbar button is pressed on it, and leaves other tabs unmarked', { timeout: 600_000 }, async () => {
    const entries = [
      ...SERVED_ADVERSARIAL.map(({ url, verdict }) => ({ url, warned: WARNED_VERDICTS.includes(verdict) })),
      ...GENUINE_URLS.map(({ url }) => ({ url, warned: false })),
    ];
    const expected = Object.fromEntries(entries.map(({ url, warned }) => [url, !popupSeesAddress(browser.name, url) ? NOT_JUDGED : warned ? '!' : '']));
    const observed: Record<string, string> = {};
    const observer = await openToolbarObserver(browser);
    try {
      for (const { url } of entries) {
        const { page, tabId } = await openWithTabId(browser, url);
        await observer.evaluate((api, badge) => api.action.setBadgeText(badge), { tabId, text: NOT_JUDGED });
        await observer.press(page, tabId);
        observed[url] = await waitFor(
          () => observer.evaluate((api, tab) => api.action.getBadgeText({ tabId: tab }), tabId),
          (text) => text !== NOT_JUDGED,
        );
        await observer.closePopup();
        await page.close();
        // A popup that judges nothing would cost every address the whole wait: one is enough to tell.
        if (observed[url] === NOT_JUDGED && expected[url] !== NOT_JUDGED) break;
      }
    } finally {
      await observer.close();
    }
    expect(observed).toEqual(expected);
  });
});
