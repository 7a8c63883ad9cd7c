// @vitest-environment node
/**
 * Precision and recall in real Chromium (Debian's /usr/bin/chromium, or $CHROMIUM): every labelled
 * fixture served at its real address through request interception (nothing leaves the machine),
 * the scanner bundled into the page, the same labels and counting as in happy-dom. (Speed in
 * Chromium, with the built extension, is measured by extension.figures.ts.)
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer, { type Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { PORTAL_FIXTURES } from '../fixtures/portal/labels';
import { FIXTURE_BASE_URL, fixtureHtml } from '../fixtures/portal/load';
import { figuresOf, formatFigures, type Outcome } from './figures';

type InPage = typeof import('./in-page');
declare global {
  // The bundle's global name.
  var guBench: InPage;
}

const SCRIPTED_PAGE_TIMEOUT_MS = 10_000;

async function inPageBundle(): Promise<string> {
  const result = await build({ entryPoints: [new URL('in-page.ts', import.meta.url).pathname], bundle: true, format: 'iife', globalName: 'guBench', write: false });
  return result.outputFiles[0]?.text ?? '';
}

/** Serves the fixtures at their real address; everything else is refused. */
async function serveFixtures(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(FIXTURE_BASE_URL)) {
      void request.abort();
      return;
    }
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(new URL(url).pathname.split('/').pop() ?? '') });
  });
}

it('precision and recall of field classification in Chromium', { timeout: 180_000 }, async () => {
  const bundle = await inPageBundle();
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await serveFixtures(page);
    const outcomes: Outcome[] = [];
    for (const [file, labels] of Object.entries(PORTAL_FIXTURES)) {
      await page.goto(FIXTURE_BASE_URL + file);
      await page.addScriptTag({ content: bundle });
      if (/<script[\s>]/i.test(fixtureHtml(file))) {
        await page.waitForFunction((expected) => globalThis.guBench.pageKindHere() === expected, { timeout: SCRIPTED_PAGE_TIMEOUT_MS }, labels.page);
      }
      outcomes.push(...(await page.evaluate((name) => globalThis.guBench.evaluateHere(name), file)));
    }
    const figures = figuresOf(outcomes);
    console.log(`Chromium ${await browser.version()}\n${formatFigures(figures)}`);
    expect(figures.outcomes.length).toBe(Object.values(PORTAL_FIXTURES).flatMap((fixture) => fixture.fields).length);
  } finally {
    await browser.close();
  }
});
