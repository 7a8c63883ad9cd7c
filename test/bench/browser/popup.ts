/**
 * The popup's first render in Chromium: from the popup page's navigation start (the person's
 * click on the toolbar button opens exactly this page) to the moment its first render has put
 * the account's stage on the page (the popup's own `POPUP_STAGE_SHOWN_MARK`) and the browser has
 * painted it (first contentful paint: the page shows nothing before the stage), whichever is later.
 * The page is opened in a tab of its own, a fresh one each run, as headless Chromium shows no
 * toolbar popup.
 */
import type { Page } from 'playwright-core';
import { POPUP_STAGE_SHOWN_MARK } from '../../../lib/popup/first-render';
import type { BrowserSession } from '../../e2e/support/session';
import { TIMEOUTS } from '../../e2e/support/settings';
import { BENCH } from '../goals';
import { summarise } from '../statistics';
import { atMost, describeSamples, milliseconds, type Figure } from '../table';

/** The step the stepper highlights: the stage is shown, not only a mark set. */
const CURRENT_STEP = '[aria-current="step"]';

interface FirstRender {
  readonly renderedMs: number;
  readonly firstPaintMs: number;
}

const stageShownMs = (run: FirstRender): number => Math.max(run.renderedMs, run.firstPaintMs);

async function openPopupOnce(session: BrowserSession): Promise<FirstRender> {
  const tab = await session.newPage();
  if (tab.raw.kind !== 'chromium') throw new Error('the speed figures are taken in Chromium only');
  const page: Page = tab.raw.page;
  try {
    await page.goto(new URL('popup.html', session.extensionBaseUrl).href);
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0,
      POPUP_STAGE_SHOWN_MARK,
      { timeout: TIMEOUTS.action },
    );
    await page.waitForSelector(CURRENT_STEP, { timeout: TIMEOUTS.action });
    return await page.evaluate(
      (mark) => ({
        renderedMs: performance.getEntriesByName(mark)[0]!.startTime,
        firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      }),
      POPUP_STAGE_SHOWN_MARK,
    );
  } finally {
    await tab.close();
  }
}

export async function popupFigures(session: BrowserSession): Promise<Figure[]> {
  const runs: FirstRender[] = [];
  for (let run = 0; run < BENCH.popup.runs; run += 1) runs.push(await openPopupOnce(session));
  const shown = summarise(runs.map(stageShownMs));
  const rendered = summarise(runs.map((run) => run.renderedMs));
  const painted = summarise(runs.map((run) => run.firstPaintMs));
  return [
    atMost(
      'Popup: open to stage shown',
      shown.median,
      BENCH.popup.goalMs,
      milliseconds,
      `popup.html in a fresh tab, navigation start to the later of the popup's ${POPUP_STAGE_SHOWN_MARK} mark (the stepper's current step in the page) and the first contentful paint, ${describeSamples(shown, milliseconds)}; first open ${milliseconds(stageShownMs(runs[0]!))}; medians: rendered ${milliseconds(rendered.median)}, painted ${milliseconds(painted.median)}`,
    ),
  ];
}
