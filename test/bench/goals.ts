/**
 * Every number `npm run bench` works with, in one place: the goals and budgets it reports
 * against, the pages it loads, how many samples it takes and the size of the stress page.
 * Goals are reported as met or not met; nothing here fails the command. One budget also gates
 * the test run: the content script's size (`sizes.gateTolerance`).
 */

/** Where the replica server serves the fixtures (test/fixtures/…), on any host. */
const PORTAL_FIXTURES = '/fixtures/portal/';

export const BENCH = {
  /** The content script's `gu:scan` measure on the personal-data form. */
  scan: {
    pages: [`${PORTAL_FIXTURES}personal-data-label-for.html`, `${PORTAL_FIXTURES}personal-data-angular.html`],
    /** Rescans provoked after the first scan; the figure is their median. */
    rescans: 30,
    goalMs: 2,
  },
  /** A page far larger than any portal page: the scan against the least any scan must do. */
  stress: {
    page: '/fixtures/bench/stress.html',
    controls: 5_000,
    /** Elements in the whole document, the controls included. */
    elements: 50_000,
    rescans: 10,
    /**
     * After each rescan, the floor (querySelectorAll and a read of each control's attributes) is
     * run this many times and their median taken, so that scan and floor meet the same conditions
     * on a busy machine; the figure is the median of the (rescan ÷ floor) pairs.
     */
    floorRunsPerRescan: 5,
    /** The attributes the floor reads of each control: what any field classifier reads at least. */
    floorAttributes: ['id', 'name', 'type', 'placeholder', 'autocomplete', 'aria-label', 'maxlength'],
    goalRatio: 3,
  },
  /** The content script's `gu:fill` measure for the whole personal-data form. */
  fill: {
    pages: [`${PORTAL_FIXTURES}personal-data-label-for.html`, `${PORTAL_FIXTURES}personal-data-angular.html`],
    /** Fresh page loads, one fill each; the figure is their median. */
    runs: 5,
    goalMs: 50,
  },
  /** The content script's main-thread time while the page mutates constantly. */
  mutation: {
    page: `${PORTAL_FIXTURES}personal-data-label-for.html`,
    /** The same page on a host the content script does not run on: the baseline. */
    baselineHost: 'bench-baseline.example',
    /** Items in the page's container before the window: the mutations keep it at this size. */
    steadyItems: 50,
    /** Each tick adds this many elements to the container and removes as many (a mutation each). */
    elementsPerTick: 5,
    tickMs: 10,
    durationMs: 5_000,
    /** Time for the page to load and the content script's first scan before the measured window. */
    settleMs: 1_000,
    /** Rounds of (with the extension, without it); the figure is the median difference. */
    rounds: 5,
    /** The profiler's sampling interval, in microseconds. */
    samplingIntervalUs: 100,
    goalShare: 0.02,
  },
  /** The popup's first render: from its navigation start to the stage shown. */
  popup: {
    /** Fresh tabs, one open each; the figure is their median (the first open is reported too). */
    runs: 10,
    goalMs: 100,
  },
  /** The built content script's budget; other built files are listed without one. */
  sizes: {
    builds: ['.output/chrome-mv3', '.output/firefox-mv3'],
    contentScriptMinifiedBytes: 50 * 1024,
    contentScriptGzippedBytes: 18 * 1024,
    gzipLevel: 9,
    /** `npm test` (test/release/content-script-budget.test.ts) fails beyond budget × (1 + this), minified or gzipped. */
    gateTolerance: 0.1,
  },
  /** Where the figures are written for later use (and the printed table, for `npm run bench` to show last). */
  output: {
    json: '.cache/bench.json',
    table: '.cache/bench.txt',
  },
} as const;
