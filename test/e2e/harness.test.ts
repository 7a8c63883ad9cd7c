/**
 * The e2e harness itself, in both browsers: what other e2e tests rely on (any host answered,
 * routes, the request log, typing and clicking, the extension's storage, failures that name
 * the page) must work the same in Chromium and Firefox.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/browsers';

const LOOK_ALIKE_HOST = 'gosuslugi.ru.evil.test';

/** A form that counts what reaches it, the way the portal's inputs would see it. */
const FORM_PAGE = `<!doctype html><meta charset="utf-8">
<input id="surname"><button id="save" type="button">Сохранить</button>
<script>
  const surname = document.querySelector('#surname');
  window.inputEvents = 0;
  surname.addEventListener('input', () => { window.inputEvents += 1; });
  document.querySelector('#save').addEventListener('click', () => { document.body.dataset.saved = surname.value; });
</script>`;

forEachBrowser((browser) => {
  it('serves a registered page on a look-alike host, and logs exactly the requests made', async () => {
    browser.server.route(LOOK_ALIKE_HOST, '/login', '<!doctype html><meta charset="utf-8"><h1>Вход</h1>');
    browser.server.clearLog();
    const page = await browser.open(`https://${LOOK_ALIKE_HOST}/login?from=mail`);
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Вход');
    expect(await page.url()).toBe(`https://${LOOK_ALIKE_HOST}/login?from=mail`);
    expect(browser.server.requests).toEqual([{ scheme: 'https', method: 'GET', host: LOOK_ALIKE_HOST, path: '/login?from=mail' }]);
    expect([...browser.server.tunnelHosts]).toEqual([LOOK_ALIKE_HOST]);
  });

  it('types key by key and clicks like a user', async () => {
    browser.server.route('esia.gosuslugi.ru', '/form', FORM_PAGE);
    const page = await browser.open(browser.server.url('/form'));
    await page.type('#surname', 'Иванов');
    await page.click('#save');
    expect(await page.evaluate(() => document.body.dataset.saved)).toBe('Иванов');
    expect(await page.evaluate(() => (window as unknown as { inputEvents: number }).inputEvents)).toBe('Иванов'.length);
  });

  it('passes an argument to code evaluated in the page', async () => {
    const page = await browser.open(browser.server.url('/fixtures/portal/hello.html'));
    expect(await page.evaluate((selector) => document.querySelector(selector)?.id, '#replica-greeting')).toBe('replica-greeting');
  });

  it('reads and writes the extension storage', async () => {
    await browser.evaluateInExtension((api, value) => api.storage.local.set({ harnessProbe: value }), { level: 'AL10' });
    expect((await browser.readStorage()).harnessProbe).toEqual({ level: 'AL10' });
    await browser.evaluateInExtension((api) => api.storage.local.remove('harnessProbe'));
    expect(await browser.readStorage()).not.toHaveProperty('harnessProbe');
  });

  it('names the browser, the action and the page when an action fails', async () => {
    const page = await browser.open(browser.server.url('/fixtures/portal/hello.html'));
    await expect(page.evaluate(() => {
      throw new Error('broken on purpose');
    })).rejects.toThrow(`[${browser.name}] evaluate on https://esia.gosuslugi.ru/fixtures/portal/hello.html failed`);
  });

  it('refuses an extension page the build lacks', async () => {
    await expect(browser.openExtensionPage('missing.html')).rejects.toThrow(`[${browser.name}] the built extension has no missing.html`);
  });
});
