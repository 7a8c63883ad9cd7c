/**
 * The options page's profile editor with the built extension, used as a person uses it: each
 * value typed into the field its label names, errors and warnings read beside the field, and
 * the popup's documents checklist following what the saved profile holds.
 */
import { afterEach, expect, it } from 'vitest';
import { forEachBrowser } from './support/browsers';
import type { E2EPage } from './support/page';

/** What a person types, by the label they read; choices by the option they pick. */
const TYPED: readonly (readonly [string, string])[] = [
  ['Мобильный телефон', '8 912 345-67-89'],
  ['Электронная почта', 'ivanov@mail.ru'],
  ['Фамилия', 'Иванов'],
  ['Имя', 'Иван'],
  ['Отчество', 'Иванович'],
  ['Дата рождения', '15.03.1990'],
  ['Место рождения', 'г. Томск'],
  ['СНИЛС', '112-233-445 95'],
  ['Серия паспорта', '6910'],
  ['Номер паспорта', '123456'],
  ['Дата выдачи', '01.04.2010'],
  ['Кем выдан', 'ОТДЕЛОМ УФМС РОССИИ ПО ТОМСКОЙ ОБЛ.'],
  ['Код подразделения', '700001'],
  ['Индекс', '634050'],
  ['Регион', 'Томская область'],
  ['Город или населённый пункт', 'Томск'],
  ['Улица', 'проспект Ленина'],
  ['Дом', '30'],
  ['Квартира', '12'],
];
const CHOSEN: readonly (readonly [string, string])[] = [
  ['Пол', 'Мужской'],
  ['Гражданство', 'Россия'],
  ['Документ, удостоверяющий личность', 'Паспорт гражданина Российской Федерации'],
];

const SAVE = '.editor__actions button[type="submit"]';

/** The control a label names, found the way assistive technology finds it: by the label's `for`. */
async function controlFor(page: E2EPage, label: string): Promise<string> {
  const id = await page.evaluate((text) => [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text)?.htmlFor, label);
  if (!id) throw new Error(`no label «${label}» points at a control`);
  return `#${id}`;
}

async function choose(page: E2EPage, selector: string, option: string): Promise<void> {
  if (page.raw.kind === 'chromium') await page.raw.page.selectOption(selector, option);
  else await page.raw.page.select(selector, option);
}

function textOf(page: E2EPage, selector: string): Promise<string> {
  return page.evaluate((target) => document.querySelector(target)?.textContent ?? '', selector);
}

/** Waits (a few seconds at most) for the element to say `expected`, then returns what it says. */
async function settledText(page: E2EPage, selector: string, expected: string): Promise<string> {
  for (let attempt = 0; attempt < 50 && (await textOf(page, selector)) !== expected; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return textOf(page, selector);
}

/** The popup's documents checklist: each item's name and state. */
async function checklist(page: E2EPage): Promise<string[][]> {
  await page.waitForSelector('.documents');
  return page.evaluate(() =>
    [...document.querySelectorAll('.document')].map((item) => [
      item.querySelector('.document__label')?.textContent ?? '',
      (item.querySelector('.document__state')?.textContent ?? '').replace(/^ — /, ''),
    ]),
  );
}

forEachBrowser((browser) => {
  afterEach(async () => {
    await browser.evaluateInExtension((api) => Promise.all([api.storage.local.clear(), api.storage.session.clear()]));
  });

  it('saves a profile entered through the labelled fields, and the popup’s checklist then shows it complete', async () => {
    const popupBefore = await browser.openExtensionPage('popup.html');
    const before = await checklist(popupBefore);
    expect(before).toContainEqual(['СНИЛС', 'не заполнено']);
    expect(before.filter(([, state]) => state === 'готово')).toEqual([]);
    await popupBefore.close();

    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector(SAVE);
    for (const [label, value] of TYPED) await options.type(await controlFor(options, label), value);
    for (const [label, option] of CHOSEN) await choose(options, await controlFor(options, label), option);
    await options.click(SAVE);
    expect(await settledText(options, '.editor [role="status"]', 'Профиль сохранён.')).toBe('Профиль сохранён.');
    // Saved values come back as the portal shows them.
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#profile-contacts-phone')?.value)).toBe('+7 (912) 345-67-89');
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#profile-document-departmentCode')?.value)).toBe('700-001');

    const after = await checklist(await browser.openExtensionPage('popup.html'));
    expect(after.filter(([, state]) => state !== 'готово')).toEqual([['Квалифицированная электронная подпись (КЭП)', 'проверьте сами']]);
    expect(after).toContainEqual(['СНИЛС', 'готово']);
  });

  it('says beside a field what is wrong, keeps what was typed, and never saves it over the last valid profile', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector(SAVE);
    await options.type(await controlFor(options, 'Фамилия'), 'Иванов');
    await options.type(await controlFor(options, 'Имя'), 'Иван');
    await options.type(await controlFor(options, 'Мобильный телефон'), '9123456789');
    await options.click(SAVE);
    expect(await settledText(options, '.editor [role="status"]', 'Профиль сохранён.')).toBe('Профиль сохранён.');
    // Saved, with a warning beside the patronymic: it is needed later, but its absence blocks nothing.
    const middleName = await controlFor(options, 'Отчество');
    expect(await textOf(options, `${middleName}-issues`)).toBe('Укажите отчество или отметьте «Нет отчества»');

    const snils = await controlFor(options, 'СНИЛС');
    await options.type(snils, '112-233-445 96');
    await options.click('h1');
    expect(await textOf(options, `${snils}-issues`)).toBe('Контрольное число СНИЛС не сходится — проверьте цифры');
    expect(await options.evaluate((target) => document.querySelector(target)?.getAttribute('aria-invalid'), snils)).toBe('true');

    await options.click(SAVE);
    expect(await textOf(options, '.editor__errors')).toBe('Не сохранено: исправьте отмеченные поля (ошибок: 1). Всё введённое осталось в форме, прежний профиль не изменён.');
    expect(await options.evaluate((target) => document.querySelector<HTMLInputElement>(target)?.value, snils)).toBe('112-233-445 96');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe(snils.slice(1));

    // A fresh page shows what is stored: the last valid profile, without the wrong SNILS.
    const reopened = await browser.openExtensionPage('options.html');
    await reopened.waitForSelector(SAVE);
    const stored = await reopened.evaluate(() =>
      ['person-lastName', 'person-firstName', 'contacts-phone', 'person-snils'].map((id) => document.querySelector<HTMLInputElement>(`#profile-${id}`)?.value),
    );
    expect(stored).toEqual(['Иванов', 'Иван', '+7 (912) 345-67-89', '']);
  });
});
