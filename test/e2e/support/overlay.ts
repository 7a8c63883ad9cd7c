/**
 * Reading and using the helper's in-page overlay (its open shadow root) as a person would:
 * text as shown, and real mouse clicks at a button's centre (the panel ignores synthetic
 * clicks and clicks in its first half second, so a test waits like a person does).
 */
import { OWN_UI_ATTRIBUTE } from '../../../lib/detect/dom';
import { PANEL_SETTLE_MS } from '../../../lib/content/click-guard';
import type { E2EPage } from './page';

const POLL_MS = 100;
const POLL_LIMIT = 50;

/** The overlay's text ('' when the helper shows nothing on the page). */
export function overlayText(page: E2EPage): Promise<string> {
  return page.evaluate((attribute) => document.querySelector(`[${attribute}]`)?.shadowRoot?.textContent ?? '', OWN_UI_ATTRIBUTE);
}

/**
 * Polls `read` until `accept` holds (or gives up after `attempts` polls, 5 s and more by default)
 * and returns the last value read.
 */
export async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, attempts = POLL_LIMIT): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < attempts && !accept(value); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    value = await read();
  }
  return value;
}

/** Waits for the overlay's button named exactly `name`, lets the panel settle, then clicks it with the real mouse. */
export async function clickPanelButton(page: E2EPage, name: string): Promise<void> {
  const present = await waitFor(
    () => page.evaluate(({ attribute, name }) => [...(document.querySelector(`[${attribute}]`)?.shadowRoot?.querySelectorAll('button') ?? [])].some((button) => button.textContent?.trim() === name), { attribute: OWN_UI_ATTRIBUTE, name }),
    (found) => found,
  );
  if (!present) throw new Error(`[${page.browserName}] the helper's panel shows no button «${name}»; it shows: ${await overlayText(page)}`);
  await new Promise((resolve) => setTimeout(resolve, PANEL_SETTLE_MS + 100));
  // Each driver's own element click: it scrolls the button into view and clicks its centre with the mouse.
  if (page.raw.kind === 'chromium') {
    await page.raw.page.locator(`[${OWN_UI_ATTRIBUTE}] button`).getByText(name, { exact: true }).click();
    return;
  }
  for (const button of await page.raw.page.$$(`[${OWN_UI_ATTRIBUTE}] >>> button`)) {
    if ((await button.evaluate((element) => element.textContent?.trim())) === name) return button.click();
  }
  throw new Error(`[firefox] the button «${name}» went away before it could be clicked`);
}

/** The person fills the page from the panel: «Заполнить из профиля», then «Заполнить» in the preview; resolves once the panel reports the fill. */
export async function fillFromPanel(page: E2EPage): Promise<void> {
  await clickPanelButton(page, 'Заполнить из профиля');
  await clickPanelButton(page, 'Заполнить');
  const shown = await waitFor(() => overlayText(page), (text) => /Заполнено \d+ пол/.test(text));
  if (!/Заполнено \d+ пол/.test(shown)) throw new Error(`[${page.browserName}] the panel reported no fill; it shows: ${shown}`);
}
