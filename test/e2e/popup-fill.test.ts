/**
 * The popup's «Заполнить» and «Взять с этой страницы» with the built extension, against replica
 * pages at the portal's address. The popup is opened in a tab of its own, which makes it the
 * active tab; `?tab=<id>` points it at the replica's tab (lib/popup/tab-channel.ts), and only
 * the content script of a genuine portal page answers it.
 */
import { afterEach, expect, it } from 'vitest';
import { completeProfile } from '../fixtures/profile';
import { forEachBrowser } from './support/browsers';
import type { E2EPage } from './support/page';
import { seedProfile } from './support/profile';
import { openWithTabId } from './support/tabs';

const PERSONAL_DATA = '/fixtures/portal/personal-data-label-for.html';
const REGISTRATION = '/fixtures/portal/registration.html';

/** Clicks the button at `selector` after checking it is the one meant. */
async function press(page: E2EPage, selector: string, text: string): Promise<void> {
  expect(await page.evaluate((target) => document.querySelector(target)?.textContent, selector)).toBe(text);
  await page.click(selector);
}

/** Each row of a part of the section: the field's name, then what is said about it. */
function rowsOf(page: E2EPage, part: string): Promise<string[][]> {
  return page.evaluate(
    (scope) => [...document.querySelectorAll(`${scope} .popup-fill__row`)].map((row) => [...row.querySelectorAll('dt, dd > span')].map((cell) => cell.textContent ?? '')),
    part,
  );
}

/** What each control of a replica page holds: its text, or 'true'/'false' for a tick box or a radio button. */
function controlsOf(page: E2EPage): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('main input, main select, main textarea, esia-root input')].map((control) => [
        control.id,
        control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio') ? String(control.checked) : control.value,
      ]),
    ),
  );
}

const FILL_BUTTON = '.popup-fill__fill .popup-fill__actions button';
const TAKE_BUTTON = '.popup-fill__take .popup-fill__actions button:first-child';

forEachBrowser((browser) => {
  afterEach(async () => {
    await browser.evaluateInExtension((api) => Promise.all([api.storage.local.clear(), api.storage.session.clear()]));
  });

  it('previews the fill with SNILS and passport partly hidden, fills the replica on confirmation, and undoes it', async () => {
    await seedProfile(browser, completeProfile());
    browser.server.clearLog();
    const { page: portal, tabId } = await openWithTabId(browser, browser.server.url(PERSONAL_DATA));
    await portal.type('#f1', 'Петров');
    const before = await controlsOf(portal);

    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('.popup-fill__row');
    const section = await popup.evaluate(() => document.querySelector('.popup-fill')?.textContent ?? '');
    expect(section).toContain('Страница: Личные данные');
    expect(section).toContain('•••-•••-••5 95');
    for (const secret of ['445 95', '11223344595', '6910', '123456']) expect(section).not.toContain(secret);
    expect(await rowsOf(popup, '.popup-fill__fill')).toEqual(
      expect.arrayContaining([
        ['Фамилия', 'Иванов'],
        ['СНИЛС', '•••-•••-••5 95'],
        ['Серия паспорта', '••10'],
        ['Номер паспорта', '•••456'],
        ['Дата выдачи', '01.04.2010'],
      ]),
    );

    await press(popup, FILL_BUTTON, 'Заполнить');
    await popup.waitForSelector('.popup-fill__fill .popup-fill__note--done');
    const outcomes = await rowsOf(popup, '.popup-fill__fill');
    expect(outcomes).toContainEqual(['СНИЛС', 'заполнено']);
    expect(outcomes.filter((row) => row[1] !== 'заполнено')).toEqual([]);
    expect(await controlsOf(portal)).toMatchObject({
      f1: 'Иванов',
      f2: 'Иван',
      f3: 'Иванович',
      f6: '15.03.1990',
      f7: 'г. Томск',
      f8: '112-233-445 95',
      f11: '6910',
      f12: '123456',
      f13: '01.04.2010',
      f14: 'ОТДЕЛОМ УФМС РОССИИ ПО ТОМСКОЙ ОБЛ.',
      f15: '700-001',
      // «Пол» is a pair of radio buttons, filled as one field.
      f5m: 'true',
      f5f: 'false',
    });

    await press(popup, FILL_BUTTON, 'Отменить заполнение');
    await popup.waitForSelector('.popup-fill__fill .popup-fill__value');
    expect(await popup.evaluate(() => document.querySelector('.popup-fill__fill [role="status"]')?.textContent)).toBe(
      'Заполнение отменено: в полях снова то, что было до него.',
    );
    expect(await controlsOf(portal)).toEqual(before);
    // The replica page is all that was fetched: nothing of the profile went anywhere. Chromium's
    // own autofill asks its server about any page with a form; that is the browser, not us.
    const requests = browser.server.requests.filter((request) => request.host !== 'content-autofill.googleapis.com');
    expect(requests.map((request) => request.host + request.path)).toEqual([`esia.gosuslugi.ru${PERSONAL_DATA}`]);
  });

  it('takes what was typed on the registration form into the profile once confirmed, leaving out what is invalid', async () => {
    const { page: portal, tabId } = await openWithTabId(browser, browser.server.url(REGISTRATION));
    await portal.type('#lastName', 'Сидорова');
    await portal.type('#firstName', 'Анна');
    await portal.type('#phone', '+7 912 345-67-89');
    await portal.type('#email', 'anna@');

    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector(TAKE_BUTTON);
    expect(await popup.evaluate(() => document.querySelector('.popup-fill')?.textContent ?? '')).toContain('В профиле нет данных для полей этой страницы.');
    await press(popup, TAKE_BUTTON, 'Взять с этой страницы');
    await popup.waitForSelector('.popup-fill__take .popup-fill__row');
    expect(await rowsOf(popup, '.popup-fill__take')).toEqual([
      ['Фамилия', 'Сидорова', 'нет в профиле — будет сохранено'],
      ['Имя', 'Анна', 'нет в профиле — будет сохранено'],
      ['Мобильный телефон', '+7 (912) 345-67-89', 'нет в профиле — будет сохранено'],
      ['Электронная почта', 'anna@', 'Адрес почты выглядит так: name@example.ru', 'с ошибкой — не будет сохранено'],
    ]);
    expect(await browser.evaluateInExtension((api) => api.storage.session.get(null))).toEqual({});

    await press(popup, TAKE_BUTTON, 'Сохранить в профиль');
    // Saved: the profile now has values for this page, so «Заполнить» appears.
    await popup.waitForSelector('.popup-fill__fill');
    expect(await popup.evaluate(() => document.querySelector('.popup-fill__take [role="status"]')?.textContent)).toBe('Сохранено в профиле: 3 значения.');

    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('#profile-person-lastName');
    const shown = await options.evaluate(() =>
      ['person-lastName', 'person-firstName', 'contacts-phone', 'contacts-email'].map((id) => document.querySelector<HTMLInputElement>(`#profile-${id}`)?.value),
    );
    expect(shown).toEqual(['Сидорова', 'Анна', '+7 (912) 345-67-89', '']);
  });
});
