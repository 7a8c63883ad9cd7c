/**
 * Nothing leaves the computer: a whole registration is walked on the replicas with the helper
 * at work (hints while typing, fills from its panel, the stage followed page by page, its popup
 * and options page opened at the end), and the replica server, which is every request's proxy,
 * heard of nothing but the pages themselves. The replica pages have no subresources of their
 * own, so any other request, to any host or path, would be the extension's. The browsers' own
 * background traffic is left out of the log by the harness (BROWSER_OWN_TRAFFIC).
 */
import { expect, it } from 'vitest';
import { stageRecordStore } from '../../lib/stage/store';
import { completeProfile } from '../fixtures/profile';
import { forEachBrowser } from './support/browsers';
import { fillFromPanel, waitFor } from './support/overlay';
import type { E2EPage } from './support/page';
import { seedProfile } from './support/profile';
import { extensionStorage } from './support/storage';

const PORTAL_HOST = 'esia.gosuslugi.ru';

/** Typed by hand, as the person does where the profile does not fill (codes, passwords) or before it is used. */
async function typeAll(page: E2EPage, typed: readonly (readonly [string, string])[]): Promise<void> {
  for (const [selector, text] of typed) await page.type(selector, text);
}

const CODE_CELL = (index: number): string => `code-input span:nth-child(${index}) input`;

/** The registration, page after page, and what the person does on each. */
const WALK: readonly { readonly path: string; readonly act: (page: E2EPage) => Promise<void> }[] = [
  {
    path: '/fixtures/portal/registration.html',
    act: (page) => typeAll(page, [['#lastName', 'Иванов'], ['#firstName', 'Иван'], ['#phone', '9123456789'], ['#email', 'ivanov@mail.ru']]),
  },
  { path: '/fixtures/portal/code-sms.html', act: (page) => typeAll(page, [...'123456'].map((digit, index) => [CODE_CELL(index + 1), digit] as const)) },
  { path: '/fixtures/portal/password.html', act: (page) => typeAll(page, [['#password', 'Qwerty!2345'], ['#passwordRepeat', 'Qwerty!2345']]) },
  { path: '/fixtures/portal/personal-data-label-for.html', act: fillFromPanel },
  { path: '/fixtures/portal/verification.html', act: async () => undefined },
  { path: '/fixtures/portal/confirmation-methods.html', act: async () => undefined },
  { path: '/fixtures/portal/letter-address.html', act: fillFromPanel },
  { path: '/fixtures/portal/letter-code.html', act: (page) => typeAll(page, [['#letter-code', 'AB12CD34']]) },
  { path: '/fixtures/portal/account-level-confirmed.html', act: async () => undefined },
];

forEachBrowser((browser) => {
  it('walks a whole registration with the helper at work, and the network hears of nothing but the portal pages', async () => {
    await seedProfile(browser, completeProfile());
    browser.server.clearLog();

    const [first, ...rest] = WALK;
    if (!first) throw new Error('the walk has no pages');
    const page = await browser.open(browser.server.url(first.path));
    await first.act(page);
    for (const step of rest) {
      await page.goto(browser.server.url(step.path));
      await step.act(page);
    }
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForSelector('main.popup');
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('.editor__actions button[type="submit"]');

    // The helper was at work: it followed the pages up to the confirmed account.
    const stage = await waitFor(() => stageRecordStore(extensionStorage(browser, 'local')).read(), (read) => read.value.stage === 'confirmed');
    expect(stage).toMatchObject({ status: 'stored', value: { stage: 'confirmed' } });
    expect(browser.server.requests).toEqual(WALK.map(({ path }) => ({ scheme: 'https', method: 'GET', host: PORTAL_HOST, path })));
    expect([...browser.server.tunnelHosts]).toEqual([PORTAL_HOST]);
  });
});
