import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { forEachBrowser } from './support/browsers';
import { REPO_ROOT } from './support/settings';

const html = readFileSync(REPO_ROOT + 'test/fixtures/portal/personal-data-label-for.html', 'utf8');

forEachBrowser((browser) => {
  it('explores popup', async () => {
    if (browser.raw.kind !== 'firefox') return;
    browser.server.route('*', '/', html);
    const page = await browser.open('https://gossuslugi.ru/');
    const ff = browser.raw.browser;
    const info = await browser.evaluateInExtension(async (api, url) => {
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      const created = await api.windows.create({ url });
      return { windowId: tab?.windowId, tabId: tab?.id, created: created.id };
    }, browser.extensionUrl('e2e-harness.html?clicker'));
    console.log(JSON.stringify(info));
    await new Promise((r) => setTimeout(r, 1500));
    const pages = await ff.pages();
    const clicker = await (async () => { for (const p of pages) { const u = await p.evaluate(() => location.href).catch(() => ''); if (u.includes('clicker')) return p; } return undefined; })();
    console.log('clicker found', !!clicker);
    if (!clicker) return;
    await clicker.evaluate((windowId) => {
      const button = document.createElement('button');
      button.id = 'go'; button.textContent = 'go'; button.style.cssText = 'width:200px;height:80px';
      const g = globalThis as unknown as { browser: { action: { openPopup(o: unknown): Promise<void> } }; result?: string };
      button.addEventListener('click', () => { g.browser.action.openPopup({ windowId }).then(() => { g.result = 'ok'; }, (e: unknown) => { g.result = String(e); }); });
      document.body.append(button);
    }, info.windowId);
    await clicker.evaluate(async (windowId) => {
      const b = (globalThis as unknown as { browser: { windows: { update(id: number, o: object): Promise<unknown> } } }).browser;
      await b.windows.update(windowId, { focused: true });
    }, info.windowId);
    await (await clicker.waitForSelector('#go'))!.click();
    await new Promise((r) => setTimeout(r, 1500));
    console.log('result', await clicker.evaluate(() => (globalThis as unknown as { result?: string }).result));
    const after = await clicker.evaluate(async () => {
      const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string; active: boolean; windowId: number }[]> } } }).browser;
      return JSON.stringify((await b.tabs.query({})).map((t) => [t.id, t.windowId, t.active, t.url ?? '-']));
    });
    console.log('after', after);
    await clicker.close();
    await page.close();
  }, 600_000);
});
