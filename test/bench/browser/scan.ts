/**
 * Scan speed in Chromium with the built extension: the content script's own `gu:scan` measure,
 * on the personal-data form and on the stress page, the latter set against a floor (the least
 * any scan of that page must do) timed in the same page.
 */
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { SCAN_MEASURE } from '../../../lib/detect/scan';
import type { ReplicaServer } from '../../e2e/support/replica-server';
import type { BrowserSession } from '../../e2e/support/session';
import { TIMEOUTS } from '../../e2e/support/settings';
import { BENCH } from '../goals';
import { summarise } from '../statistics';
import { atMost, describeSamples, milliseconds, times, withoutGoal, type Figure } from '../table';
import { openMeasuredTab, provokeRescan, waitForMeasures } from './measures';

interface Scans {
  /** The scan at document_idle, with the code still cold. */
  readonly first: number;
  readonly rescans: readonly number[];
}

/** Waits for the first scan, then provokes `rescans` more, one after the other. */
async function collectScans(page: Page, rescans: number): Promise<Scans> {
  let durations = await waitForMeasures(page, SCAN_MEASURE, 0, TIMEOUTS.navigation);
  while (durations.length < rescans + 1) {
    await provokeRescan(page);
    durations = await waitForMeasures(page, SCAN_MEASURE, durations.length, TIMEOUTS.action);
  }
  return { first: durations[0]!, rescans: durations.slice(1) };
}

export async function personalDataScanFigures(session: BrowserSession, server: ReplicaServer): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const path of BENCH.scan.pages) {
    const { tab, page } = await openMeasuredTab(session);
    try {
      await tab.goto(server.url(path));
      const scans = await collectScans(page, BENCH.scan.rescans);
      const summary = summarise(scans.rescans);
      figures.push(
        atMost(
          `Scan, ${basename(path)}`,
          summary.median,
          BENCH.scan.goalMs,
          milliseconds,
          `gu:scan of rescans provoked by a DOM change, ${describeSamples(summary, milliseconds)}; first scan on load ${milliseconds(scans.first)}`,
        ),
      );
    } finally {
      await tab.close();
    }
  }
  return figures;
}

interface StressPage {
  readonly controls: number;
  readonly elements: number;
}

interface FloorRuns {
  readonly durations: number[];
  /** Characters read, returned so that the reads are used. */
  readonly characters: number;
}

export async function stressScanFigures(session: BrowserSession, server: ReplicaServer): Promise<Figure[]> {
  const { controls, elements, rescans, floorRuns, floorAttributes, goalRatio } = BENCH.stress;
  const { tab, page } = await openMeasuredTab(session);
  try {
    await tab.goto(server.url(`${BENCH.stress.page}?controls=${controls}&elements=${elements}`));
    const built = await page.evaluate(
      (): StressPage => ({ controls: document.querySelectorAll('input,select,textarea').length, elements: document.getElementsByTagName('*').length }),
    );
    const scans = await collectScans(page, rescans);
    const floor = await page.evaluate(
      ({ runs, attributes }): FloorRuns => {
        const durations: number[] = [];
        let characters = 0;
        for (let run = 0; run < runs; run += 1) {
          const start = performance.now();
          for (const control of document.querySelectorAll('input,select,textarea')) {
            for (const attribute of attributes) characters += control.getAttribute(attribute)?.length ?? 0;
          }
          durations.push(performance.now() - start);
        }
        return { durations, characters };
      },
      { runs: floorRuns, attributes: [...floorAttributes] },
    );
    const scan = summarise(scans.rescans);
    const floorSummary = summarise(floor.durations);
    const pageSize = `${built.controls.toLocaleString('en')} controls, ${built.elements.toLocaleString('en')} elements`;
    return [
      withoutGoal('Stress page: scan', scan.median, milliseconds(scan.median), `${pageSize}; gu:scan of provoked rescans, ${describeSamples(scan, milliseconds)}; first scan on load ${milliseconds(scans.first)}`),
      withoutGoal(
        'Stress page: floor',
        floorSummary.median,
        milliseconds(floorSummary.median),
        `querySelectorAll('input,select,textarea') + getAttribute of ${floorAttributes.join(', ')} per control, in the page, ${describeSamples(floorSummary, milliseconds)}`,
      ),
      atMost('Stress page: scan ÷ floor', scan.median / floorSummary.median, goalRatio, times, 'median scan ÷ median floor'),
    ];
  } finally {
    await tab.close();
  }
}
