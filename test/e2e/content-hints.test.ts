/**
 * On a replica of the personal-data page, served at the portal's address, the content script
 * of the built extension recognises the fields and says beside a field what is wrong with what
 * was typed, in Russian, inside its own shadow root; the hint goes once the value is right.
 */
import { expect, it } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '../../lib/detect/dom';
import { forEachBrowser } from './support/browsers';
import { overlayText, waitFor } from './support/overlay';

const PERSONAL_DATA = '/fixtures/portal/personal-data-label-for.html';

forEachBrowser((browser) => {
  it('shows a hint for a SNILS with a wrong check number, and removes it when corrected', async () => {
    const page = await browser.open(browser.server.url(PERSONAL_DATA));
    await page.type('#f8', '112-233-445 96');
    await page.click('h1');
    expect(await waitFor(() => overlayText(page), (text) => /контрольн/i.test(text))).toMatch(/Помощник: проверьте поле/);
    // The page's layout did not move: our host takes no room.
    expect(await page.evaluate((attribute) => document.querySelector(`[${attribute}]`)?.getBoundingClientRect().height, OWN_UI_ATTRIBUTE)).toBe(0);

    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#f8')!;
      field.value = '';
    });
    await page.type('#f8', '112-233-445 95');
    await page.click('h1');
    expect(await waitFor(() => overlayText(page), (text) => !/контрольн/i.test(text))).not.toMatch(/контрольн/i);
  });

  it('offers the Cyrillic spelling of a surname typed with a Latin look-alike', async () => {
    const page = await browser.open(browser.server.url(PERSONAL_DATA));
    await page.type('#f1', 'Ивaнов');
    await page.click('h1');
    expect(await waitFor(() => overlayText(page), (text) => /Исправить на «Иванов»/.test(text))).toMatch(/Исправить на «Иванов»/);
  });

  it('leaves a page with nothing for it untouched: no element of ours is added', async () => {
    const page = await browser.open(browser.server.url('/fixtures/portal/hello.html'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate((attribute) => document.querySelectorAll(`[${attribute}]`).length, OWN_UI_ATTRIBUTE)).toBe(0);
  });
});
