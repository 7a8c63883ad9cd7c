/**
 * The helper's own pages in the real browsers, laid out: axe-core (every rule it runs by
 * default, contrast included) finds nothing on the popup, the options page and the memo in the
 * states a person sees, and every control of the popup is reached with Tab in the order it is
 * read, and works from the keyboard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { emptyProfile } from '../../lib/profile';
import { z } from '../../lib/zod';
import { forEachBrowser, type E2EBrowser } from './support/browsers';
import type { E2EPage } from './support/page';
import { seedProfile } from './support/profile';
import { REPO_ROOT } from './support/settings';
import { openWithTabId } from './support/tabs';

const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** axe's findings, one line each (the rule and the elements it found wrong), and how many rules passed. */
const AXE_RUN = `axe.run(document).then((result) => ({
  violations: result.violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(' | ')),
  passed: result.passes.length,
}))`;
const AuditSchema = z.object({ violations: z.array(z.string()), passed: z.number() });

/** Injected as a source string: extension pages forbid script tags and eval, not the driver's own evaluation. */
async function audit(page: E2EPage): Promise<z.infer<typeof AuditSchema>> {
  if (page.raw.kind === 'chromium') {
    await page.raw.page.evaluate(AXE_SOURCE);
    return z.parse(AuditSchema, await page.raw.page.evaluate(AXE_RUN));
  }
  await page.raw.page.evaluate(AXE_SOURCE);
  return z.parse(AuditSchema, await page.raw.page.evaluate(AXE_RUN));
}

/** No violation, and axe did look: a page it could not read would pass no rule either. */
async function expectNoViolations(page: E2EPage): Promise<void> {
  const { violations, passed } = await audit(page);
  expect(violations).toEqual([]);
  expect(passed).toBeGreaterThan(10);
}

/** A key as a person presses it; the drivers name the space bar differently. */
async function press(page: E2EPage, key: 'Tab' | 'Enter' | 'Space'): Promise<void> {
  if (page.raw.kind === 'chromium') await page.raw.page.keyboard.press(key);
  else await page.raw.page.keyboard.press(key === 'Space' ? ' ' : key);
}

/** A registration replica with a name typed in, and the popup for it with its «Заполнить» section. */
async function popupWithFillSection(browser: E2EBrowser): Promise<{ portal: E2EPage; popup: E2EPage }> {
  const { page: portal, tabId } = await openWithTabId(browser, browser.server.url('/fixtures/portal/registration.html'));
  await portal.type('#lastName', 'Сидорова');
  await portal.type('#firstName', 'Анна');
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitForSelector('.popup-fill__take button');
  return { portal, popup };
}

function activeText(page: E2EPage): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

forEachBrowser((browser) => {
  afterEach(async () => {
    await browser.evaluateInExtension((api) => Promise.all([api.storage.local.clear(), api.storage.session.clear()]));
  });

  it('finds nothing wrong on the popup: stage, guidance open, «Заполнить», what a page holds, the outcome', async () => {
    const { popup } = await popupWithFillSection(browser);
    await popup.waitForSelector('.documents');
    await popup.evaluate(() => document.querySelector('details.more')?.setAttribute('open', ''));
    await expectNoViolations(popup);

    await popup.click('.popup-fill__take .popup-fill__actions button');
    await popup.waitForSelector('.popup-fill__take .popup-fill__row');
    await expectNoViolations(popup);

    await popup.click('.popup-fill__take .popup-fill__actions button');
    await popup.waitForSelector('.popup-fill__fill .popup-fill__actions button');
    await popup.click('.popup-fill__fill .popup-fill__actions button');
    await popup.waitForSelector('.popup-fill__fill .popup-fill__note--done');
    await expectNoViolations(popup);
  });

  it('finds nothing wrong on the options page, empty and with errors marked', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('#profile-person-snils');
    await expectNoViolations(options);
    await options.type('#profile-person-snils', '112-233-445 96');
    await options.click('.editor__actions button[type="submit"]');
    await options.waitForSelector('#profile-person-snils-issues');
    await expectNoViolations(options);
  });

  it('finds nothing wrong on the memo, with and without the personal details box ticked', async () => {
    const memo = await browser.openExtensionPage('memo.html');
    await memo.waitForSelector('.memo h1');
    await expectNoViolations(memo);
    await memo.click('.memo__controls input[type="checkbox"]');
    await memo.waitForSelector('.memo__warning');
    await expectNoViolations(memo);
  });

  it('reaches every control of the popup with Tab, in reading order, and works them from the keyboard', async () => {
    // A computer whose owner already answered the first-run question (tested in popup-security).
    await seedProfile(browser, emptyProfile(), 'personal');
    const { portal, popup } = await popupWithFillSection(browser);
    await popup.waitForSelector('.documents');
    // Every control a person can reach, in document order, numbered where it stands, by its name.
    const controls = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
        // checkVisibility: not inside a folded <details> either, whose content keeps its boxes.
        .filter((control) => control.tabIndex >= 0 && !control.matches(':disabled') && control.checkVisibility())
        .map((control, index) => {
          control.setAttribute('data-tab-order', String(index));
          const label = control instanceof HTMLInputElement ? control.labels?.[0]?.textContent : control.textContent;
          return (label ?? '').trim();
        }),
    );
    expect(controls).toEqual([
      'Крупный шрифт',
      'Высокий контраст',
      'Открыть регистрацию на Госуслугах (откроется в новой вкладке)',
      'Открыть мои данные',
      'Взять с этой страницы',
      'Способы подтверждения личности и адреса МФЦ',
      'Памятка для печати',
      'Указать этап вручную',
    ]);
    const reached: (string | null)[] = [];
    for (let step = 0; step < controls.length; step += 1) {
      await press(popup, 'Tab');
      reached.push(await popup.evaluate(() => document.activeElement?.getAttribute('data-tab-order') ?? null));
    }
    expect(reached).toEqual(controls.map((_, index) => String(index)));

    // Space ticks a check box: large type.
    await popup.evaluate(() => document.querySelector<HTMLElement>('[data-tab-order="0"]')?.focus());
    await press(popup, 'Space');
    await popup.waitForSelector('.app--large');

    // Enter on «Взять с этой страницы», then Tab to «Сохранить в профиль» and Space.
    await popup.evaluate(() => document.querySelector<HTMLElement>('.popup-fill__take button')?.focus());
    expect(await activeText(popup)).toBe('Взять с этой страницы');
    await press(popup, 'Enter');
    await popup.waitForSelector('.popup-fill__take .popup-fill__row');
    // The focus moved to the new step's heading, not back to the top of the popup.
    expect(await activeText(popup)).toBe('Найдено на странице');
    await press(popup, 'Tab');
    expect(await activeText(popup)).toBe('Сохранить в профиль');
    await press(popup, 'Space');
    await popup.waitForSelector('.popup-fill__fill .popup-fill__actions button');

    // Enter on «Заполнить» fills the page.
    await portal.evaluate(() => {
      document.querySelector<HTMLInputElement>('#lastName')!.value = '';
    });
    await popup.evaluate(() => document.querySelector<HTMLElement>('.popup-fill__fill .popup-fill__actions button')?.focus());
    expect(await activeText(popup)).toBe('Заполнить');
    await press(popup, 'Enter');
    await popup.waitForSelector('.popup-fill__fill .popup-fill__note--done');
    expect(await portal.evaluate(() => document.querySelector<HTMLInputElement>('#lastName')?.value)).toBe('Сидорова');

    // Enter on a summary opens what it folds.
    await popup.evaluate(() => document.querySelector<HTMLElement>('details.more summary')?.focus());
    const open = () => popup.evaluate(() => document.querySelector<HTMLDetailsElement>('details.more')?.open);
    const before = await open();
    await press(popup, 'Enter');
    expect(await open()).toBe(!before);
  });
});
