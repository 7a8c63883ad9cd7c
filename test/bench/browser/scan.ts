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
import { openMeasuredTab, provokeRescan, waitForMeasures, type RescanCause } from './measures';

interface Scans {
  /** The scan at document_idle, with the code still cold. */
  readonly first: number;
  readonly rescans: readonly number[];
}

/** Waits for the first scan, then provokes `rescans` more (each by a change of `cause`), one after the other; `afterEachScan` runs after each, the first included. */
async function collectScans(page: Page, rescans: number, cause: RescanCause = 'element', afterEachScan: () => Promise<void> = async () => undefined): Promise<Scans> {
  let durations = await waitForMeasures(page, SCAN_MEASURE, 0, TIMEOUTS.navigation);
  const before = durations.length - 1;
  await afterEachScan();
  while (durations.length < before + rescans + 1) {
    await provokeRescan(page, cause);
    durations = await waitForMeasures(page, SCAN_MEASURE, durations.length, TIMEOUTS.action);
    await afterEachScan();
  }
  return { first: durations[before]!, rescans: durations.slice(before + 1) };
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

/** Scans of the stress page, each with the floor timed right after it. */
interface TimedScans {
  readonly scans: Scans;
  /** The floor after the last scan before the rescans (`scans.first`), then after each rescan. */
  readonly firstFloor: number;
  readonly floors: readonly number[];
}

/** The last scan so far and `rescans` more provoked by changes of `cause`, each with the floor right after it. */
async function timedScans(page: Page, cause: RescanCause): Promise<TimedScans> {
  const { rescans, floorRunsPerRescan, floorAttributes } = BENCH.stress;
  const timedFloors: number[] = [];
  const scans = await collectScans(page, rescans, cause, async () => {
    timedFloors.push(await timeFloor(page, floorRunsPerRescan, floorAttributes));
  });
  const [firstFloor = Number.NaN, ...floors] = timedFloors;
  return { scans, firstFloor, floors };
}

/** Each rescan ÷ the floor right after it. */
function ratios({ scans, floors }: TimedScans): number[] {
  return scans.rescans.map((duration, index) => duration / floors[index]!);
}

export async function stressScanFigures(session: BrowserSession, server: ReplicaServer): Promise<Figure[]> {
  const { controls, elements, floorRunsPerRescan, floorAttributes, goalRatio } = BENCH.stress;
  const { tab, page } = await openMeasuredTab(session);
  try {
    await tab.goto(server.url(`${BENCH.stress.page}?controls=${controls}&elements=${elements}`));
    const built = await page.evaluate(
      (): StressPage => ({ controls: document.querySelectorAll('input,select,textarea').length, elements: document.getElementsByTagName('*').length }),
    );
    const afterElements = await timedScans(page, 'element');
    const afterControls = await timedScans(page, 'control');
    const { first } = afterElements.scans;
    const scan = summarise(afterElements.scans.rescans);
    const floor = summarise(afterElements.floors);
    const ratio = summarise(ratios(afterElements));
    const controlScan = summarise(afterControls.scans.rescans);
    const controlRatio = summarise(ratios(afterControls));
    const pageSize = `${built.controls.toLocaleString('en')} controls, ${built.elements.toLocaleString('en')} elements`;
    return [
      withoutGoal(
        'Stress page: scan',
        scan.median,
        milliseconds(scan.median),
        `${pageSize}; gu:scan of rescans provoked by an element (no control) added or removed, ${describeSamples(scan, milliseconds)}; ` +
          `by a control added or removed, ${describeSamples(controlScan, milliseconds)}; first scan on load ${milliseconds(first)}`,
      ),
      withoutGoal(
        'Stress page: floor',
        floor.median,
        milliseconds(floor.median),
        `querySelectorAll('input,select,textarea') + getAttribute of ${floorAttributes.join(', ')} per control, in the page, ` +
          `right after each rescan (median of ${floorRunsPerRescan} runs each), ${describeSamples(floor, milliseconds)}`,
      ),
      atMost(
        'Stress page: scan ÷ floor',
        ratio.median,
        goalRatio,
        times,
        `each rescan after an element with no control in it came or went (the page queried again only where a change may alter what the query finds; ` +
          `only controls changed since the last scan read into signals again) ÷ the floor right after it, ${describeSamples(ratio, times)}`,
      ),
      atMost(
        'Stress page: scan after a control came or went ÷ floor',
        controlRatio.median,
        goalRatio,
        times,
        `each rescan after a control was added or removed (the controls' query of every root made again; only the changed control read into signals) ÷ the floor right after it, ${describeSamples(controlRatio, times)}`,
      ),
      // A rescan reclassifies only the controls that changed; the first scan reads every one, with the code still cold.
      withoutGoal(
        'Stress page: first scan ÷ floor',
        first / afterElements.firstFloor,
        times(first / afterElements.firstFloor),
        `the first scan on load (${milliseconds(first)}, every control read and classified) ÷ the floor right after it (${milliseconds(afterElements.firstFloor)})`,
      ),
    ];
  } finally {
    await tab.close();
  }
}
