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

/** Waits for the first scan, then provokes `rescans` more, one after the other; `afterEachScan` runs after each, the first included. */
async function collectScans(page: Page, rescans: number, afterEachScan: () => Promise<void> = async () => undefined): Promise<Scans> {
  let durations = await waitForMeasures(page, SCAN_MEASURE, 0, TIMEOUTS.navigation);
  await afterEachScan();
  while (durations.length < rescans + 1) {
    await provokeRescan(page);
    durations = await waitForMeasures(page, SCAN_MEASURE, durations.length, TIMEOUTS.action);
    await afterEachScan();
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

/** The median of `runs` runs of the floor in the page, in milliseconds. */
async function timeFloor(page: Page, runs: number, attributes: readonly string[]): Promise<number> {
  const { durations } = await page.evaluate(
    ({ times, read }) => {
      const taken: number[] = [];
      // The characters read are returned too, so that no read can be optimised away.
      let characters = 0;
      for (let run = 0; run < times; run += 1) {
        const start = performance.now();
        for (const control of document.querySelectorAll('input,select,textarea')) {
          for (const attribute of read) characters += control.getAttribute(attribute)?.length ?? 0;
        }
        taken.push(performance.now() - start);
      }
      return { durations: taken, characters };
    },
    { times: runs, read: [...attributes] },
  );
  return summarise(durations).median;
}

export async function stressScanFigures(session: BrowserSession, server: ReplicaServer): Promise<Figure[]> {
  const { controls, elements, rescans, floorRunsPerRescan, floorAttributes, goalRatio } = BENCH.stress;
  const { tab, page } = await openMeasuredTab(session);
  try {
    await tab.goto(server.url(`${BENCH.stress.page}?controls=${controls}&elements=${elements}`));
    const built = await page.evaluate(
      (): StressPage => ({ controls: document.querySelectorAll('input,select,textarea').length, elements: document.getElementsByTagName('*').length }),
    );
    // The floor right after the first scan, then after each rescan.
    const timedFloors: number[] = [];
    const scans = await collectScans(page, rescans, async () => {
      timedFloors.push(await timeFloor(page, floorRunsPerRescan, floorAttributes));
    });
    const [firstFloor = Number.NaN, ...floors] = timedFloors;
    const scan = summarise(scans.rescans);
    const floor = summarise(floors);
    const ratio = summarise(scans.rescans.map((duration, index) => duration / floors[index]!));
    const pageSize = `${built.controls.toLocaleString('en')} controls, ${built.elements.toLocaleString('en')} elements`;
    return [
      withoutGoal('Stress page: scan', scan.median, milliseconds(scan.median), `${pageSize}; gu:scan of provoked rescans, ${describeSamples(scan, milliseconds)}; first scan on load ${milliseconds(scans.first)}`),
      withoutGoal(
        'Stress page: floor',
        floor.median,
        milliseconds(floor.median),
        `querySelectorAll('input,select,textarea') + getAttribute of ${floorAttributes.join(', ')} per control, in the page, ` +
          `right after each rescan (median of ${floorRunsPerRescan} runs each), ${describeSamples(floor, milliseconds)}`,
      ),
      atMost('Stress page: scan ÷ floor', ratio.median, goalRatio, times, `each rescan (only controls changed since the last scan are read into signals again) ÷ the floor right after it, ${describeSamples(ratio, times)}`),
      // A rescan reclassifies only the controls that changed; the first scan reads every one, with the code still cold.
      withoutGoal(
        'Stress page: first scan ÷ floor',
        scans.first / firstFloor,
        times(scans.first / firstFloor),
        `the first scan on load (${milliseconds(scans.first)}, every control read and classified) ÷ the floor right after it (${milliseconds(firstFloor)})`,
      ),
    ];
  } finally {
    await tab.close();
  }
}
