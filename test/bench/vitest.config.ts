import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Figures and speed, apart from the test run: `npm run bench` builds the extension and runs
 * `vitest run` with this config. The projects run one after the other, so that nothing else
 * competes with the browser for the machine's cores while it is timed:
 * 1. `classifier`: precision and recall over the labelled fixtures (`*.test.ts`, happy-dom);
 *    with `npx vitest bench --run --config test/bench/vitest.config.ts`, scan speed in happy-dom;
 * 2. `extension`: speed in real Chromium with the built extension, and built sizes
 *    (`*.figures.ts`), printed as one table at the very end and kept in .cache/bench.json.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    // By path: the reporter is loaded like test code, so it may import the bench's modules.
    reporters: ['default', './test/bench/table-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'classifier',
          environment: 'happy-dom',
          include: ['test/bench/**/*.test.ts'],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
          setupFiles: ['test/support/fake-i18n.ts'],
          globals: true,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'extension',
          environment: 'node',
          include: ['test/bench/**/*.figures.ts'],
          // `vitest bench` files belong to the happy-dom project alone.
          benchmark: { include: [] },
          // Every sample is taken in turn; the mutation rounds alone take about a minute and a half.
          testTimeout: 300_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
