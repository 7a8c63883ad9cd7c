import { it } from 'vitest';
import { forEachBrowser } from './support/browsers';

forEachBrowser((browser) => {
  it('explores restart', async () => {
    await browser.evaluateInExtension(async (api) => { await api.storage.local.set({ probe: 'disk' }); await api.storage.session.set({ probe: 'memory' }); });
    const before = await browser.evaluateInExtension(async (api) => ({ local: await api.storage.local.get(null), session: await api.storage.session.get(null) }));
    await browser.restart();
    await new Promise((r) => setTimeout(r, 1000));
    const after = await browser.evaluateInExtension(async (api) => ({ local: await api.storage.local.get(null), session: await api.storage.session.get(null) }));
    console.log(browser.name, JSON.stringify({ before, after }));
    const page = await browser.open('https://127.0.0.1/fixtures/portal/hello.html');
    console.log(browser.name, await page.evaluate(() => location.href + ' ' + document.title), JSON.stringify(browser.server.requests.slice(-3)));
  }, 600_000);
});
