import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Figures and speed, apart from the test run:
 * - `npx vitest run --config test/bench/vitest.config.ts`: precision and recall over the fixtures;
 * - `npx vitest bench --run --config test/bench/vitest.config.ts`: scan speed.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    name: 'bench',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'happy-dom',
    include: ['test/bench/**/*.test.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    setupFiles: ['test/support/fake-i18n.ts'],
    globals: true,
  },
});
