import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Three projects: `unit` runs pure logic and components in happy-dom with WXT's fake browser;
 * `e2e` drives the built extension in real Chromium and Firefox (see test/e2e/README.md);
 * `release` checks what is shipped: reproducible archives, addons-linter on the Firefox build,
 * the content script's size budget.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/fake-i18n.ts'],
          globals: true,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globals: true,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Browsers are heavy on a 2-core machine, and the HTTPS replica server binds fixed ports.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'release',
          environment: 'node',
          include: ['test/release/**/*.test.ts'],
          globals: true,
          // Packaging builds the extension three times; on two cores beside the browsers that is slow.
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Each file builds or lints; one at a time leaves the cores to the e2e browsers.
          fileParallelism: false,
        },
      },
    ],
  },
});
