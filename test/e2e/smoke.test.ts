/**
 * The extension loads in real Chromium and Firefox, its popup renders, and a portal URL reaches
 * the replica server with the address exactly as on the real portal.
 */
import { expect, it } from 'vitest';
import { PORTAL_MATCH_PATTERNS } from '../../lib/portal/hosts';
import { forEachBrowser } from './support/browsers';

const HELLO_PAGE = '/fixtures/portal/hello.html';

forEachBrowser((browser) => {
  it('runs with the browser in Russian', async () => {
    // Debian ships the Russian UI apart: chromium-l10n and firefox-esr-l10n-ru (README, Prerequisites).
    expect(await browser.evaluateInExtension((api) => api.i18n.getUILanguage())).toMatch(/^ru\b/);
  });

  it('opens the popup with its heading', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForSelector('h1');
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Помощник Госуслуг');
  });

  it('may run its content script on every portal host', async () => {
    const granted = await browser.evaluateInExtension((api) => api.permissions.getAll());
    expect(granted.origins).toEqual(expect.arrayContaining([...PORTAL_MATCH_PATTERNS]));
  });

  it('opens a replica page at the portal address, with no port', async () => {
    browser.server.clearLog();
    const page = await browser.open(browser.server.url(HELLO_PAGE));
    await page.waitForSelector('#replica-greeting');
    expect(await page.url()).toBe(`https://esia.gosuslugi.ru${HELLO_PAGE}`);
    expect(await page.evaluate(() => document.querySelector('#replica-greeting')?.textContent)).toBe('Реплика портала Госуслуг');
    // The page is all that was fetched: the extension made no request of its own.
    expect(browser.server.requests).toEqual([{ scheme: 'https', method: 'GET', host: 'esia.gosuslugi.ru', path: HELLO_PAGE }]);
  });
});
