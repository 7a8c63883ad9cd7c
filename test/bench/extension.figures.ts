/**
 * The figures of `npm run bench` (see test/bench/run.mjs): speed in real Chromium with the built
 * extension, through the e2e harness's launcher and replica server, and the built sizes. Not a
 * test: nothing here asserts a time. A figure that cannot be measured is reported as such (and
 * its step fails, so the run says so); goals not met are only reported.
 */
import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, it } from 'vitest';
import { launchChromium } from '../e2e/support/chromium';
import { type ReplicaServer, startReplicaServer } from '../e2e/support/replica-server';
import type { BrowserSession } from '../e2e/support/session';
import { TIMEOUTS } from '../e2e/support/settings';
import { fillFigures } from './browser/fill';
import { mutationFigures } from './browser/mutation';
import { popupFigures } from './browser/popup';
import { personalDataScanFigures, stressScanFigures } from './browser/scan';
import { BENCH } from './goals';
import { sizeFigures } from './sizes';
import { type Figure, milliseconds, notMeasured, percent, times, writeReport } from './table';

const figures: Figure[] = [];
const environment: Record<string, string> = {
  date: new Date().toISOString(),
  cpus: String(cpus().length),
  'load average at start': loadavg()[0]!.toFixed(2),
};
let server: ReplicaServer | undefined;
let session: BrowserSession | undefined;

function running(): { session: BrowserSession; server: ReplicaServer } {
  if (!session || !server) throw new Error('Chromium with the extension did not start');
  return { session, server };
}

/** Runs one step; on failure its row says «not measured» and why, and the step fails. */
async function record(name: string, goal: string | null, measure: () => Figure[] | Promise<Figure[]>): Promise<void> {
  try {
    figures.push(...(await measure()));
  } catch (error) {
    figures.push(notMeasured(name, goal, error));
    throw error;
  }
}

beforeAll(async () => {
  server = await startReplicaServer();
  session = await launchChromium(server.proxyPort);
  environment.chromium = await chromiumVersion(session);
}, TIMEOUTS.launch + TIMEOUTS.extensionStart);

afterAll(async () => {
  await session?.close();
  await server?.close();
  // Other work on the machine slows the browser down: the load says how much there was.
  environment['load average at end'] = loadavg()[0]!.toFixed(2);
  writeReport(figures, environment);
}, TIMEOUTS.close + TIMEOUTS.action);

/** A persistent context has no Browser object to ask; the DevTools protocol tells the version. */
async function chromiumVersion(browser: BrowserSession): Promise<string> {
  if (browser.raw.kind !== 'chromium') return 'unknown';
  const page = await browser.raw.context.newPage();
  try {
    const cdp = await browser.raw.context.newCDPSession(page);
    return (await cdp.send('Browser.getVersion')).product;
  } finally {
    await page.close();
  }
}

it('scan of the personal-data form', () =>
  record('Scan, personal-data form', `≤ ${milliseconds(BENCH.scan.goalMs)}`, () => personalDataScanFigures(running().session, running().server)));

it('scan of the stress page against its floor', () =>
  record('Stress page: scan ÷ floor', `≤ ${times(BENCH.stress.goalRatio)}`, () => stressScanFigures(running().session, running().server)));

it('fill of the personal-data form', () =>
  record('Fill, personal-data form', `≤ ${milliseconds(BENCH.fill.goalMs)}`, () => fillFigures(running().session, running().server)));

it('main-thread overhead on a constantly mutating page', () =>
  record('Mutation overhead', `≤ ${percent(BENCH.mutation.goalShare)}`, () => mutationFigures(running().session, running().server)));

it('popup first render', () =>
  record('Popup: open to stage shown', `≤ ${milliseconds(BENCH.popup.goalMs)}`, () => popupFigures(running().session)));

it('built sizes', () => record('Built sizes', null, sizeFigures));
