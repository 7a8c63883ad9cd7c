/**
 * What the content script costs a page that never stops changing.
 *
 * The page: the personal-data form and, appended at the end of its body, a container of
 * `steadyItems` items (numbers in test/bench/goals.ts, BENCH.mutation). For `durationMs`, every
 * `tickMs` a timer appends `elementsPerTick` new items to the container and removes as many of
 * the oldest: 2 × 5 child-list mutations every 10 ms, 1,000 a second, each a change the watcher
 * has to look at (elements outside anything scans skip).
 *
 * Two honest ways to the cost, each over the same kind of window, in the same browser:
 * - with − without: Chromium's accounting of the renderer's main thread (CDP
 *   `Performance.getMetrics`: `TaskDuration`, all main-thread tasks, and `ScriptDuration`, the
 *   JavaScript in them, in thread time so that other processes on the machine count less), for
 *   the page at the portal's address (the content script runs there) and for the very same page
 *   at another host (it does not). It counts everything the extension adds, also the work its
 *   mutation observer adds to the page's own mutations, but carries the noise of two runs.
 * - profiler: CDP's sampling profiler in a window with the content script; every sample whose
 *   stack holds a frame of the extension's scripts counts for it (the DOM calls it makes
 *   included). Precise about the content script's own time; blind to work done outside it.
 */
import type { CDPSession, Page } from 'playwright-core';
import { SCAN_MEASURE } from '../../../lib/detect/scan';
import type { ReplicaServer } from '../../e2e/support/replica-server';
import type { BrowserSession } from '../../e2e/support/session';
import { BENCH } from '../goals';
import { summarise } from '../statistics';
import { atMost, milliseconds, percent, type Figure } from '../table';
import { measuresNamed, openMeasuredTab } from './measures';

const CONTAINER_ID = 'bench-churn';

/** Starts measuring on `cdp` and returns how to stop and read the result. */
type Meter<Result> = (cdp: CDPSession) => Promise<() => Promise<Result>>;

/** The parts of CDP's `Profiler.Profile` read here. */
interface SampledProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly url: string }; readonly children?: readonly number[] }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

interface MainThreadTime {
  readonly taskMs: number;
  readonly scriptMs: number;
}

interface ChurnRun<Result> {
  readonly measured: Result;
  readonly mutations: number;
  readonly rescans: number;
}

async function mainThreadTotals(cdp: CDPSession): Promise<MainThreadTime> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string): number => {
    const metric = metrics.find((candidate) => candidate.name === name);
    if (!metric) throw new Error(`Chromium reported no ${name} metric`);
    return metric.value;
  };
  return { taskMs: seconds('TaskDuration') * 1000, scriptMs: seconds('ScriptDuration') * 1000 };
}

const mainThreadMeter: Meter<MainThreadTime> = async (cdp) => {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await mainThreadTotals(cdp);
  return async () => {
    const after = await mainThreadTotals(cdp);
    return { taskMs: after.taskMs - before.taskMs, scriptMs: after.scriptMs - before.scriptMs };
  };
};

/** The sampled milliseconds whose stack holds a frame of a script under `scriptUrlPrefix`. */
function sampledTimeIn(profile: SampledProfile, scriptUrlPrefix: string): number {
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const attributed = new Map<number, boolean>();
  const isAttributed = (id: number): boolean => {
    const known = attributed.get(id);
    if (known !== undefined) return known;
    const parent = parents.get(id);
    const own = byId.get(id)?.callFrame.url.startsWith(scriptUrlPrefix) ?? false;
    const result = own || (parent !== undefined && isAttributed(parent));
    attributed.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let microseconds = 0;
  // A sample stands for the time until the next one.
  samples.forEach((id, index) => {
    if (isAttributed(id)) microseconds += deltas[index + 1] ?? 0;
  });
  return microseconds / 1000;
}

function contentScriptMeter(scriptUrlPrefix: string): Meter<number> {
  return async (cdp) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: BENCH.mutation.samplingIntervalUs });
    await cdp.send('Profiler.start');
    return async () => sampledTimeIn((await cdp.send('Profiler.stop')).profile, scriptUrlPrefix);
  };
}

/** Adds the container with its steady population. */
function addContainer(page: Page): Promise<void> {
  return page.evaluate(
    ({ id, items }) => {
      const container = document.createElement('div');
      container.id = id;
      for (let item = 0; item < items; item += 1) container.append(Object.assign(document.createElement('div'), { textContent: `Запись ${item}` }));
      document.body.append(container);
    },
    { id: CONTAINER_ID, items: BENCH.mutation.steadyItems },
  );
}

/** Runs the mutations for the whole window; resolves with how many there were. */
function churn(page: Page): Promise<number> {
  const { elementsPerTick, tickMs, durationMs } = BENCH.mutation;
  return page.evaluate(
    ({ id, perTick, tick, duration }) =>
      new Promise<number>((resolve) => {
        const container = document.getElementById(id)!;
        let mutations = 0;
        const timer = setInterval(() => {
          for (let item = 0; item < perTick; item += 1) {
            container.append(Object.assign(document.createElement('div'), { textContent: `Запись ${mutations}` }));
            container.firstElementChild!.remove();
            mutations += 2;
          }
        }, tick);
        setTimeout(() => {
          clearInterval(timer);
          resolve(mutations);
        }, duration);
      }),
    { id: CONTAINER_ID, perTick: elementsPerTick, tick: tickMs, duration: durationMs },
  );
}

/** A fresh tab at `url`, settled, then one window of mutations measured by `meter`. */
async function churnWindow<Result>(session: BrowserSession, url: string, meter: Meter<Result>): Promise<ChurnRun<Result>> {
  const { tab, page } = await openMeasuredTab(session);
  try {
    await tab.goto(url);
    await addContainer(page);
    await page.waitForTimeout(BENCH.mutation.settleMs);
    const cdp = await page.context().newCDPSession(page);
    const scansBefore = (await measuresNamed(page, SCAN_MEASURE)).length;
    const stop = await meter(cdp);
    const mutations = await churn(page);
    const measured = await stop();
    await cdp.detach();
    return { measured, mutations, rescans: (await measuresNamed(page, SCAN_MEASURE)).length - scansBefore };
  } finally {
    await tab.close();
  }
}

function medianOf<Item>(items: readonly Item[], pick: (item: Item) => number): number {
  return summarise(items.map(pick)).median;
}

export async function mutationFigures(session: BrowserSession, server: ReplicaServer): Promise<Figure[]> {
  const { page, baselineHost, rounds, durationMs, goalShare, elementsPerTick, tickMs } = BENCH.mutation;
  const withExtension: ChurnRun<MainThreadTime>[] = [];
  const without: ChurnRun<MainThreadTime>[] = [];
  const profiled: ChurnRun<number>[] = [];
  for (let round = 0; round < rounds; round += 1) {
    withExtension.push(await churnWindow(session, server.url(page), mainThreadMeter));
    without.push(await churnWindow(session, server.url(page, baselineHost), mainThreadMeter));
    profiled.push(await churnWindow(session, server.url(page), contentScriptMeter(session.extensionBaseUrl)));
  }
  if (without.some((run) => run.rescans > 0)) throw new Error(`the content script ran on ${baselineHost}: the baseline is not one`);

  const extraTask = summarise(withExtension.map((run, round) => run.measured.taskMs - without[round]!.measured.taskMs));
  const extraScript = summarise(withExtension.map((run, round) => run.measured.scriptMs - without[round]!.measured.scriptMs));
  const sampled = summarise(profiled.map((run) => run.measured));
  const seconds = `${durationMs / 1000} s`;
  const churnDescription =
    `the page: ${elementsPerTick} items added and ${elementsPerTick} removed every ${tickMs} ms; ` +
    `${medianOf(withExtension, (run) => run.mutations)} mutations, ${medianOf(withExtension, (run) => run.rescans)} rescans per window`;
  return [
    atMost(
      'Mutation overhead, with − without',
      extraTask.median / durationMs,
      goalShare,
      percent,
      `${churnDescription}; CDP TaskDuration (thread time) over ${seconds}, median of ${rounds} round differences: ${milliseconds(extraTask.median)} ` +
        `(min ${milliseconds(extraTask.min)}, max ${milliseconds(extraTask.max)}); ScriptDuration difference ${milliseconds(extraScript.median)}; ` +
        `raw medians: with ${milliseconds(medianOf(withExtension, (run) => run.measured.taskMs))} task / ` +
        `${milliseconds(medianOf(withExtension, (run) => run.measured.scriptMs))} script, ` +
        `without ${milliseconds(medianOf(without, (run) => run.measured.taskMs))} task / ` +
        `${milliseconds(medianOf(without, (run) => run.measured.scriptMs))} script`,
    ),
    atMost(
      'Mutation overhead, content script (profiler)',
      sampled.median / durationMs,
      goalShare,
      percent,
      `CDP Profiler, ${BENCH.mutation.samplingIntervalUs} µs sampling, samples with an extension frame on the stack over ${seconds}: ` +
        `${milliseconds(sampled.median)} (median of ${rounds}; min ${milliseconds(sampled.min)}, max ${milliseconds(sampled.max)})`,
    ),
  ];
}
