import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Screenshots of the built extension for the README, apart from the test run:
 * `npm run build && npx vitest run --config test/screenshots/vitest.config.ts` writes PNGs to
 * test/screenshots/out/. It builds nothing itself; it loads .output/chrome-mv3 in Chromium.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/screenshots/make.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
