/**
 * The heart of the product, end to end: on replicas of the portal's pages, served at the
 * portal's address, the person presses «Заполнить из профиля» in the helper's panel, confirms
 * the preview, and every recognised field holds the profile's value — in the page's own state
 * too (React, Vue, masks) —, trap fields stay empty, and one action undoes the fill.
 */
import { beforeAll, expect, it } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '../../lib/detect/dom';
import { completeProfile } from '../fixtures/profile';
import { forEachBrowser, type E2EBrowser } from './support/browsers';
import type { E2EPage } from './support/page';
import { buildFrameworkFixtures } from './support/framework-fixtures';
import { seedProfile } from './support/profile';
import { clickPanelButton, overlayText, waitFor } from './support/overlay';

async function fillFromPanel(page: E2EPage): Promise<void> {
  await clickPanelButton(page, 'Заполнить из профиля');
  await clickPanelButton(page, 'Заполнить');
  await waitFor(() => overlayText(page), (text) => /Заполнено \d+ пол/.test(text));
}

function values(page: E2EPage, selectors: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate(
    (list) => Object.fromEntries(list.map((selector) => [selector, (document.querySelector(selector) as HTMLInputElement | null)?.value ?? '(missing)'])),
    [...selectors],
  );
}

async function openWithProfile(browser: E2EBrowser, path: string): Promise<E2EPage> {
  await seedProfile(browser, completeProfile());
  return browser.open(browser.server.url(path));
}

beforeAll(buildFrameworkFixtures);

forEachBrowser((browser) => {
  it('fills the personal-data form from the panel, marks the fields, and undoes the fill', async () => {
    const page = await openWithProfile(browser, '/fixtures/portal/personal-data-label-for.html');
    await fillFromPanel(page);
    expect(await values(page, ['#f1', '#f2', '#f3', '#f6', '#f7', '#f8', '#f11', '#f12', '#f13', '#f14', '#f15'])).toEqual({
      '#f1': 'Иванов',
      '#f2': 'Иван',
      '#f3': 'Иванович',
      '#f6': '15.03.1990',
      '#f7': 'г. Томск',
      '#f8': '112-233-445 95',
      '#f11': '6910',
      '#f12': '123456',
      '#f13': '01.04.2010',
      '#f14': 'ОТДЕЛОМ УФМС РОССИИ ПО ТОМСКОЙ ОБЛ.',
      '#f15': '700-001',
    });
    expect(await page.evaluate(() => (document.querySelector('#f9') as HTMLSelectElement).value)).toBe('RUS');
    expect(await page.evaluate(() => (document.querySelector('#f5m') as HTMLInputElement).checked)).toBe(true);
    // The panel names fields but never shows a profile value on the page.
    expect(await overlayText(page)).not.toMatch(/112-233-445|11223344595|123456/);
    await clickPanelButton(page, 'Отменить заполнение');
    await waitFor(() => overlayText(page), (text) => /Заполнение отменено/.test(text));
    expect(await values(page, ['#f1', '#f8', '#f15'])).toEqual({ '#f1': '', '#f8': '', '#f15': '' });
  });

  it('fills the Angular-like form with custom elements and masked inputs', async () => {
    const page = await openWithProfile(browser, '/fixtures/portal/personal-data-angular.html');
    await fillFromPanel(page);
    const shown = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('input[formcontrolname], [formcontrolname] input')].map((input) => [input.closest('[formcontrolname]')?.getAttribute('formcontrolname') ?? input.id, input.value])),
    );
    expect(shown).toMatchObject({
      lastName: 'Иванов',
      firstName: 'Иван',
      snils: '112-233-445 95',
      gender: 'Мужской',
      citizenship: 'Россия',
      documentType: 'Паспорт гражданина Российской Федерации',
      rfPasportSeries: '6910',
    });
  });

  it('leaves every trap field empty on the decoy page and fills the visible ones', async () => {
    const page = await openWithProfile(browser, '/fixtures/portal/decoys.html');
    await fillFromPanel(page);
    const decoys = ['#d1', '#d2', '#d3', '#d4', '#d5', '#d6', '#d7', '#d8', '#d9', '#d10', '#d11', '#d12', '#d13', '#d14'];
    expect(await values(page, decoys)).toEqual(Object.fromEntries(decoys.map((selector) => [selector, ''])));
    expect(await values(page, ['#lastName', '#firstName'])).toEqual({ '#lastName': 'Иванов', '#firstName': 'Иван' });
  });

  it('puts the values into React state, the Vue model and the masks through the panel', async () => {
    for (const [path, expected] of [
      ['/fixtures/frameworks/react.html', { lastName: 'Иванов', phone: '+7 (912) 345-67-89', sex: 'M', noMiddleName: false }],
      ['/fixtures/frameworks/vue.html', { lastName: 'Иванов', phone: '+7 (912) 345-67-89', birthDate: '1990-03-15', sex: 'M' }],
    ] as const) {
      const page = await openWithProfile(browser, path);
      await fillFromPanel(page);
      const state = await page.evaluate(() => (window as unknown as { __state(): Record<string, unknown> }).__state());
      expect(state).toMatchObject(expected);
      await page.close();
    }
  });

  it('fills the phone behind a constant +7 mask without a doubled seven', async () => {
    const page = await openWithProfile(browser, '/fixtures/frameworks/masks.html');
    await fillFromPanel(page);
    const state = await page.evaluate(() => (window as unknown as { __state(): Record<string, unknown> }).__state());
    expect(state).toEqual({ imaskPhone: '79123456789', inputmaskPhone: '9123456789', inputmaskSnils: '11223344595', textMaskPhone: '+7 (912) 345-67-89' });
  });

  it('offers nothing and writes nothing when the profile is empty', async () => {
    await browser.evaluateInExtension(async (api) => {
      await api.storage.local.clear();
      await api.storage.session.clear();
    });
    const page = await browser.open(browser.server.url('/fixtures/portal/personal-data-label-for.html'));
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await page.evaluate((attribute) => document.querySelector(`[${attribute}]`) === null, OWN_UI_ATTRIBUTE)).toBe(true);
  });
});
