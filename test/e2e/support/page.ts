/**
 * The small surface one e2e test body uses in both browsers. Playwright (Chromium) and
 * Puppeteer (Firefox) pages differ; each launcher adapts its own to `E2EPage`. Anything beyond
 * it is done on `raw`, the driver's own page, after checking `raw.kind`.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { BrowserName } from './settings';

export type RawPage =
  | { readonly kind: 'chromium'; readonly page: PlaywrightPage }
  | { readonly kind: 'firefox'; readonly page: PuppeteerPage };

export interface E2EPage {
  readonly browserName: BrowserName;
  /** Navigates and waits for the `load` event. */
  goto(url: string): Promise<void>;
  /** The document's current URL. */
  url(): Promise<string>;
  /** Runs `fn` in the page (serialised: it may use only its argument, no closure). */
  evaluate<Result, Arg = undefined>(fn: (arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Awaited<Result>>;
  /** Waits until the element is visible, then clicks it as a user would. */
  click(selector: string): Promise<void>;
  /** Focuses the element and types `text` key by key (keydown, input, keyup for each character). */
  type(selector: string, text: string): Promise<void>;
  /** Waits until an element matching `selector` is visible. */
  waitForSelector(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /** Console messages and uncaught errors of the page so far, for failure reports. */
  readonly log: readonly string[];
  readonly raw: RawPage;
}

/** What a launcher implements on its driver's page; `adaptPage` turns it into a `DriverPage`. */
export interface PageOperations {
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  evaluate(fn: (arg: never) => unknown, arg: unknown): Promise<unknown>;
  evaluateExpression(expression: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  waitForSelector(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  isClosed(): boolean;
}

/** What the launchers hand to the facade: a page that can also run a source string (see evaluateInExtension). */
export interface DriverPage extends E2EPage {
  evaluateExpression(expression: string): Promise<unknown>;
  isClosed(): boolean;
}

/**
 * Wraps a driver's page so that every failing action says which browser, which action and
 * which page: a bare "timeout exceeded" from deep inside a driver is no help.
 */
export function adaptPage(browserName: BrowserName, raw: RawPage, operations: PageOperations, log: readonly string[]): DriverPage {
  async function described<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const where = await operations.url().catch(() => 'an unknown page');
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`[${browserName}] ${action} on ${where} failed: ${reason}`, { cause: error });
    }
  }
  return {
    browserName,
    raw,
    log,
    url: () => operations.url(),
    goto: (url) => described(`goto(${url})`, () => operations.goto(url)),
    evaluate: <Result, Arg>(fn: (arg: Arg) => Result | Promise<Result>, arg?: Arg) =>
      described('evaluate', () => operations.evaluate(fn, arg) as Promise<Awaited<Result>>),
    evaluateExpression: (expression) => described('evaluate', () => operations.evaluateExpression(expression)),
    click: (selector) => described(`click(${selector})`, () => operations.click(selector)),
    type: (selector, text) => described(`type(${selector})`, () => operations.type(selector, text)),
    waitForSelector: (selector) => described(`waitForSelector(${selector})`, () => operations.waitForSelector(selector)),
    screenshot: (path) => described('screenshot', () => operations.screenshot(path)),
    close: () => operations.close(),
    isClosed: () => operations.isClosed(),
  };
}
