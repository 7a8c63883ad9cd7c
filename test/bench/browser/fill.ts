/**
 * Fill speed in Chromium with the built extension: the content script's `gu:fill` measure for the
 * whole personal-data form, filled as a person does it, through the in-page panel.
 *
 * The profile (test/fixtures/profile.ts) is put into the extension's storage the way the
 * extension itself stores it: lib/store's `profileStore().save()` runs here against storage areas
 * in memory, and what it wrote is copied into the browser's areas from the service worker (and
 * removed again afterwards). Then, on a fresh page each run: the panel offers the fill, a real
 * mouse click on «Заполнить из профиля», the preview, a real click on «Заполнить»; the content
 * script asks the background for the values and fills. The panel ignores clicks in its first
 * PANEL_SETTLE_MS after a step appears, so each click waits that long.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { PANEL_SETTLE_MS } from '../../../lib/content/click-guard';
import { FILL_MEASURE } from '../../../lib/fill/engine';
import type { StorageArea } from '../../../lib/storage/area';
import { profileStore } from '../../../lib/store/profile-store';
import { completeProfile } from '../../fixtures/profile';
import type { ReplicaServer } from '../../e2e/support/replica-server';
import type { BrowserSession } from '../../e2e/support/session';
import { REPO_ROOT, TIMEOUTS, UI_LANGUAGE } from '../../e2e/support/settings';
import { BENCH } from '../goals';
import { summarise } from '../statistics';
import { atMost, describeSamples, milliseconds, type Figure } from '../table';
import { openMeasuredTab, waitForMeasures } from './measures';

/** A click this long after the step appeared is past the panel's settle time with room to spare. */
const CLICK_AFTER_MS = PANEL_SETTLE_MS + 100;

type StoredItems = Record<string, unknown>;

interface SeededStorage {
  readonly local: StoredItems;
  readonly session: StoredItems;
}

/** The panel's name and its buttons' in the browser's language, from the extension's own catalogue. */
function panelTexts(): { title: string; offer: string; confirm: string } {
  const catalogue = JSON.parse(readFileSync(join(REPO_ROOT, `public/_locales/${UI_LANGUAGE}/messages.json`), 'utf8')) as Record<string, { message: string }>;
  const message = (key: string): string => {
    const entry = catalogue[key];
    if (!entry) throw new Error(`the ${UI_LANGUAGE} catalogue has no ${key}`);
    return entry.message;
  };
  return { title: message('page_panel_title'), offer: message('page_fill_from_profile'), confirm: message('page_confirm_fill') };
}

function memoryArea(items: StoredItems): StorageArea {
  return {
    get: async (keys) => Object.fromEntries(keys.filter((key) => key in items).map((key) => [key, items[key]])),
    set: async (changes) => void Object.assign(items, changes),
    remove: async (keys) => keys.forEach((key) => delete items[key]),
  };
}

/** What the extension's own store writes for the test profile, in a browser that has nothing stored yet. */
async function storedTestProfile(): Promise<SeededStorage> {
  const seeded: SeededStorage = { local: {}, session: {} };
  const outcome = await profileStore({ local: memoryArea(seeded.local), session: memoryArea(seeded.session) }).save(completeProfile());
  if (!outcome.ok) throw new Error(`the store refused the test profile: ${outcome.message}`);
  return seeded;
}

function serviceWorker(session: BrowserSession) {
  if (session.raw.kind !== 'chromium') throw new Error('the speed figures are taken in Chromium only');
  return session.raw.serviceWorker;
}

/** Puts the seeded items into the browser's storage areas, or takes them out again. */
async function updateExtensionStorage(session: BrowserSession, seeded: SeededStorage, action: 'set' | 'remove'): Promise<void> {
  await serviceWorker(session).evaluate(
    async ({ items, change }) => {
      const api = (globalThis as unknown as { chrome: WxtBrowser }).chrome;
      for (const area of ['local', 'session'] as const) {
        if (change === 'set') await api.storage[area].set(items[area]);
        else await api.storage[area].remove(Object.keys(items[area]));
      }
    },
    { items: seeded, change: action },
  );
}

/** Waits until the panel's button is visible, lets the panel settle, then clicks it with the mouse. */
async function clickPanelButton(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await button.waitFor({ state: 'visible', timeout: TIMEOUTS.navigation });
  await page.waitForTimeout(CLICK_AFTER_MS);
  await button.click();
}

/** Counts the keys the page sees pressed (Escape aside: the engine closes dropdowns with it): the typing fallback. */
function countTypedKeys(page: Page): Promise<void> {
  return page.evaluate(() => {
    const counter = window as unknown as { __benchTypedKeys: number };
    counter.__benchTypedKeys = 0;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') counter.__benchTypedKeys += 1;
      },
      true,
    );
  });
}

interface FillRun {
  readonly durationMs: number;
  readonly typedKeys: number;
  /** What the panel says after the fill. */
  readonly panelSays: string;
}

async function fillThroughPanel(session: BrowserSession, server: ReplicaServer, path: string): Promise<FillRun> {
  const texts = panelTexts();
  const { tab, page } = await openMeasuredTab(session);
  try {
    await tab.goto(server.url(path));
    await countTypedKeys(page);
    await clickPanelButton(page, texts.offer);
    await clickPanelButton(page, texts.confirm);
    const [durationMs] = await waitForMeasures(page, FILL_MEASURE, 0, TIMEOUTS.action);
    // The panel's own status line and list of problems (hints beside the fields have a status role too).
    const panel = page.getByRole('region', { name: texts.title, exact: true });
    const status = panel.getByRole('status');
    await status.waitFor({ state: 'visible', timeout: TIMEOUTS.action });
    const problems = await panel.getByRole('listitem').allInnerTexts();
    return {
      durationMs: durationMs!,
      typedKeys: await page.evaluate(() => (window as unknown as { __benchTypedKeys: number }).__benchTypedKeys),
      panelSays: [await status.innerText(), ...problems].map((text) => text.trim()).join(' '),
    };
  } finally {
    await tab.close();
  }
}

export async function fillFigures(session: BrowserSession, server: ReplicaServer): Promise<Figure[]> {
  const seeded = await storedTestProfile();
  await updateExtensionStorage(session, seeded, 'set');
  try {
    const figures: Figure[] = [];
    for (const path of BENCH.fill.pages) {
      const runs: FillRun[] = [];
      for (let run = 0; run < BENCH.fill.runs; run += 1) runs.push(await fillThroughPanel(session, server, path));
      const summary = summarise(runs.map((run) => run.durationMs));
      const typedKeys = Math.max(...runs.map((run) => run.typedKeys));
      const panelSays = [...new Set(runs.map((run) => run.panelSays))].join(' / ');
      figures.push(
        atMost(
          `Fill, ${basename(path)}`,
          summary.median,
          BENCH.fill.goalMs,
          milliseconds,
          `gu:fill after real clicks in the in-page panel, fresh page each run, ${describeSamples(summary, milliseconds)}; ` +
            `keys typed (typing fallback): ${typedKeys}; the panel said: «${panelSays}»`,
        ),
      );
    }
    return figures;
  } finally {
    await updateExtensionStorage(session, seeded, 'remove');
  }
}
