/**
 * The popup's security parts in the built extension: the first-run question, and on a public
 * terminal «Завершить сеанс — стереть данные», which leaves nothing of the patron behind.
 */
import { expect, it } from 'vitest';
import { completeProfile } from '../fixtures/profile';
import { forEachBrowser } from './support/browsers';
import { waitFor } from './support/overlay';
import { seedProfile } from './support/profile';

const SNILS = completeProfile().person.snils ?? '';

forEachBrowser((browser) => {
  it('asks whose computer it is on first use, and keeps the answer', async () => {
    await browser.evaluateInExtension((api) => Promise.all([api.storage.local.clear(), api.storage.session.clear()]));
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitForSelector('.sec-first-run');
    const choices = await popup.evaluate(() => [...document.querySelectorAll('.sec-first-run button')].map((button) => button.textContent?.trim() ?? ''));
    expect(choices.some((text) => text.startsWith('Это мой компьютер'))).toBe(true);
    expect(choices.some((text) => text.startsWith('Общественный компьютер (библиотека, МФЦ)'))).toBe(true);
    await popup.click('.sec-first-run button');
    // The answer is stored, and a popup opened afresh, once every part of it has loaded, asks no more.
    expect(await waitFor(async () => JSON.stringify(await browser.readStorage()), (stored) => stored.includes('personal'))).toContain('personal');
    const again = await browser.openExtensionPage('popup.html');
    await again.waitForSelector('main.popup[aria-busy="false"]');
    expect(await again.evaluate(() => document.querySelector('.sec-first-run') === null)).toBe(true);
  });

  it('ends a public-terminal session from the popup: the profile is gone from every storage area', async () => {
    await seedProfile(browser, completeProfile(), 'public-terminal');
    const before = await browser.evaluateInExtension((api) => api.storage.session.get(null));
    expect(JSON.stringify(before)).toContain(SNILS);
    const popup = await browser.openExtensionPage('popup.html');
    await popup.click('.sec-end-session__button');
    // A confirmation step: nothing is erased until the person says yes.
    expect(JSON.stringify(await browser.evaluateInExtension((api) => api.storage.session.get(null)))).toContain(SNILS);
    await popup.click('.sec-end-session [role=group] button.sec-danger');
    let after = '';
    for (let attempt = 0; attempt < 30 && (after === '' || after.includes(SNILS)); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = JSON.stringify(await browser.evaluateInExtension(async (api) => ({ local: await api.storage.local.get(null), session: await api.storage.session.get(null) })));
    }
    expect(after).not.toContain(SNILS);
    expect(after).not.toContain('Иванов');
  });
});
