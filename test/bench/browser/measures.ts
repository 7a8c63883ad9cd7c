/**
 * Reading the content script's user-timing measures (`gu:scan`, `gu:fill`) from the page.
 *
 * The content script runs in an isolated world, but user timing lives on the window's
 * performance timeline, which both worlds share: a PerformanceObserver in the page's main world
 * sees the content script's measures. It is registered before any script of the page runs
 * (an init script), so it hears every measure, also those the scanner clears again at once
 * (it keeps only its latest `gu:scan`).
 */
import type { Page } from 'playwright-core';
import type { DriverPage } from '../../e2e/support/page';
import type { BrowserSession } from '../../e2e/support/session';

export interface MeasureEntry {
  readonly name: string;
  readonly duration: number;
}

/** The page-global array the observer appends to. */
interface MeasureLog {
  __benchMeasures: MeasureEntry[];
}

/** The id of the element `provokeRescan` adds and removes. */
const NUDGE_ID = 'bench-nudge';

/**
 * What `provokeRescan` changes: an element with no control in it (what a portal page does most:
 * a notice, a spinner), or a control of its own (as when a form grows a field): then every
 * root's query for controls must be made again (lib/detect/page-changes.ts).
 */
export type RescanCause = 'element' | 'control';

/** A new tab that records every user-timing measure from its first navigation on. */
export async function openMeasuredTab(session: BrowserSession): Promise<{ tab: DriverPage; page: Page }> {
  const tab = await session.newPage();
  if (tab.raw.kind !== 'chromium') throw new Error('the speed figures are taken in Chromium only');
  const page = tab.raw.page;
  await page.addInitScript(() => {
    const log: MeasureEntry[] = [];
    (window as unknown as MeasureLog).__benchMeasures = log;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) log.push({ name: entry.name, duration: entry.duration });
    }).observe({ type: 'measure' });
  });
  return { tab, page };
}

/** The durations of every measure called `name` so far, in order. */
export function measuresNamed(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (wanted) => (window as unknown as MeasureLog).__benchMeasures.filter((entry) => entry.name === wanted).map((entry) => entry.duration),
    name,
  );
}

/** Waits until more than `count` measures called `name` were recorded; returns their durations. */
export async function waitForMeasures(page: Page, name: string, count: number, timeoutMs: number): Promise<number[]> {
  await page.waitForFunction(
    ({ wanted, seen }) => (window as unknown as MeasureLog).__benchMeasures.filter((entry) => entry.name === wanted).length > seen,
    { wanted: name, seen: count },
    { timeout: timeoutMs },
  );
  return measuresNamed(page, name);
}

/**
 * A change of the page that makes the watcher rescan: an element added at the end of the body, or
 * removed again next time, so the page stays as it was. `cause` says what the element is: a
 * paragraph, or a labelled text input (a control to classify, no field of ours).
 */
export function provokeRescan(page: Page, cause: RescanCause = 'element'): Promise<void> {
  return page.evaluate(
    ({ id, control }) => {
      const added = document.getElementById(id);
      if (added) {
        added.remove();
        return;
      }
      const nudge = document.createElement(control ? 'input' : 'p');
      nudge.id = id;
      if (control) nudge.setAttribute('aria-label', 'Комментарий к заказу');
      else nudge.textContent = '·';
      document.body.append(nudge);
    },
    { id: NUDGE_ID, control: cause === 'control' },
  );
}
