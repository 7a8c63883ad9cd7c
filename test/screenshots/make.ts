/**
 * Takes the README's screenshots with the built extension in Chromium, in Russian, against the
 * replica portal: the popup with a stage and the documents checklist, the popup's «Заполнить»
 * preview on the personal-data page, and the options page with a field marked. The profile is
 * typed in through the options page, the stage set through the popup's own form, as a person
 * would. For the README's side-loading steps: `chrome://extensions` in Developer mode with the
 * build loaded unpacked, and Firefox's `about:debugging` with it as a temporary add-on.
 * Run by test/screenshots/vitest.config.ts; the PNGs go to test/screenshots/out/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../e2e/support/chromium';
import { readBuiltManifest } from '../e2e/support/extension-build';
import { gotoExtensionPage, launchFirefox } from '../e2e/support/firefox';
import { waitFor } from '../e2e/support/overlay';
import { startReplicaServer, type ReplicaServer } from '../e2e/support/replica-server';
import type { BrowserSession } from '../e2e/support/session';
import { REPO_ROOT } from '../e2e/support/settings';

const OUT = join(REPO_ROOT, 'test/screenshots/out');
/** The popup is 26rem wide plus the page's padding; Chrome shows it at most 800 × 600. */
const POPUP_VIEWPORT = { width: 450, height: 600 };
const OPTIONS_VIEWPORT = { width: 900, height: 1100 };
/** Tall enough for the toolbar and the first row of extension cards (Chromium), or the temporary add-on's card (Firefox). */
const CHROME_EXTENSIONS_VIEWPORT = { width: 1000, height: 440 };
const ABOUT_DEBUGGING_VIEWPORT = { width: 1000, height: 600 };
const ABOUT_DEBUGGING = 'about:debugging#/runtime/this-firefox';

/** The extension's name in the browsers' Russian UI, and the version both pages show. */
const EXTENSION_NAME = (JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/ru/messages.json'), 'utf8')) as { extName: { message: string } }).extName.message;
const { version: VERSION } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

/** Most of a profile, typed as a person would (by field id); the SNILS is still missing. */
const TYPED: Readonly<Record<string, string>> = {
  'contacts-phone': '8 912 345-67-89',
  'person-lastName': 'Иванова',
  'person-firstName': 'Мария',
  'person-middleName': 'Петровна',
  'person-birthDate': '15.03.1990',
  'person-birthPlace': 'г. Томск',
  'document-series': '6910',
  'document-number': '123456',
  'document-issueDate': '01.04.2010',
  'document-issuedBy': 'ОТДЕЛОМ УФМС РОССИИ ПО ТОМСКОЙ ОБЛ.',
  'document-departmentCode': '700-001',
};
const CHOSEN: Readonly<Record<string, string>> = {
  'person-sex': 'Женский',
  'person-citizenship': 'Россия',
  'document-docType': 'Паспорт гражданина Российской Федерации',
};
const SAVE = '.editor__actions button[type="submit"]';

let server: ReplicaServer | undefined;
let session: BrowserSession | undefined;
let firefox: BrowserSession | undefined;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startReplicaServer();
  session = await launchChromium(server.proxyPort);
});

afterAll(async () => {
  await session?.close();
  await firefox?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  if (!session) throw new Error('Chromium did not start');
  const page = await session.newPage();
  if (page.raw.kind !== 'chromium') throw new Error('the screenshots are taken in Chromium');
  await page.goto(url);
  return page.raw.page;
}

function extensionPage(path: string): Promise<Page> {
  return open((session?.extensionBaseUrl ?? '') + path);
}

it('takes the screenshots', async () => {
  const options = await extensionPage('options.html');
  await options.setViewportSize(OPTIONS_VIEWPORT);
  for (const [id, value] of Object.entries(TYPED)) await options.locator(`#profile-${id}`).pressSequentially(value);
  for (const [id, option] of Object.entries(CHOSEN)) await options.selectOption(`#profile-${id}`, option);
  await options.click(SAVE);
  await options.getByText('Профиль сохранён.').waitFor();

  // The popup at the simplified level: the checklist still asks for the SNILS.
  const stage = await extensionPage('popup.html');
  await stage.click('.manual-stage summary');
  await stage.selectOption('.manual-stage select', 'simplified');
  await stage.click('.manual-stage button[type="submit"]');
  await stage.getByText('Этап сохранён.').waitFor();
  const popup = await extensionPage('popup.html');
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.locator('.documents').waitFor();
  await popup.screenshot({ path: join(OUT, 'popup-stage.png'), fullPage: true });

  // A SNILS with a wrong check number: the mark beside the field is what the picture shows; then the right one.
  const snils = options.locator('#profile-person-snils');
  await snils.pressSequentially('112-233-445 96');
  await options.click('h1');
  await options.locator('#profile-person-snils-issues').waitFor();
  // The personal data group alone: the page above it (display and security settings) changes with the mode.
  await options.locator('fieldset.editor__group', { has: snils }).screenshot({ path: join(OUT, 'options.png') });
  await snils.fill('112-233-445 95');
  await options.click(SAVE);
  await options.getByText('Профиль сохранён.').waitFor();

  await open(server?.url('/fixtures/portal/personal-data-label-for.html') ?? '');
  const harness = await extensionPage('e2e-harness.html');
  // The replica's tab: opened just before the harness page, in the same window.
  const tabId = await harness.evaluate<number | undefined>(`chrome.tabs.getCurrent().then((current) =>
    chrome.tabs.query({ windowId: current.windowId, index: current.index - 1 })).then(([previous]) => previous?.id)`);
  const fill = await extensionPage(`popup.html?tab=${tabId}`);
  await fill.setViewportSize(POPUP_VIEWPORT);
  await fill.locator('.popup-fill__row').first().waitFor();
  // The section alone: the rest of the popup is the picture above.
  await fill.locator('.popup-fill').screenshot({ path: join(OUT, 'popup-fill.png') });

  expect(await fill.locator('.popup-fill').textContent()).toContain('•••-•••-••5 95');
});

it('takes chrome://extensions in Developer mode with the build loaded unpacked', async () => {
  const extensions = await open('chrome://extensions');
  await extensions.setViewportSize(CHROME_EXTENSIONS_VIEWPORT);
  // The toggle is in the page's shadow DOM; Playwright's locators look inside open shadow roots.
  const developerMode = extensions.locator('#devMode');
  const isDeveloperMode = (): Promise<boolean> => developerMode.evaluate((toggle) => (toggle as HTMLInputElement).checked);
  if (!(await isDeveloperMode())) await developerMode.click();
  const card = extensions.locator('extensions-item', { hasText: EXTENSION_NAME });
  // The id line shows only in Developer mode.
  await card.locator('#extension-id').waitFor();
  await extensions.screenshot({ path: join(OUT, 'chrome-extensions.png') });

  expect(await isDeveloperMode()).toBe(true);
  expect((await card.locator('#version').textContent())?.trim()).toBe(VERSION);
});

it("takes Firefox's about:debugging with the build as a temporary add-on", async () => {
  if (!server) throw new Error('the replica server did not start');
  firefox = await launchFirefox(server.proxyPort);
  const page = await firefox.newPage();
  if (page.raw.kind !== 'firefox') throw new Error('about:debugging is taken in Firefox');
  const debugging = page.raw.page;
  await debugging.setViewport(ABOUT_DEBUGGING_VIEWPORT);
  // Like extension pages, about: pages get no BiDi navigation events; the document is watched instead.
  await gotoExtensionPage(debugging, ABOUT_DEBUGGING);
  const addonId = readBuiltManifest('firefox').browser_specific_settings?.gecko?.id ?? '';
  // Polled from here: the page's privileges forbid the function Puppeteer's waitForFunction builds in it.
  const listed = await waitFor(() => debugging.evaluate(() => document.body.innerText), (text) => text.includes(addonId));
  await debugging.screenshot({ path: join(OUT, 'firefox-about-debugging.png') });

  expect(listed).toContain(addonId);
  expect(listed).toContain(EXTENSION_NAME);
});
