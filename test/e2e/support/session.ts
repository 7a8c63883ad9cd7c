/** What a launcher returns: one running browser with the extension installed. */
import type { BrowserContext, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';
import type { DriverPage } from './page';
import type { BrowserName } from './settings';

export type RawBrowser =
  | { readonly kind: 'chromium'; readonly context: BrowserContext; readonly serviceWorker: Worker }
  | { readonly kind: 'firefox'; readonly browser: PuppeteerBrowser };

export interface BrowserSession {
  readonly name: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionBaseUrl: string;
  /** The folder the browser loaded the extension from (the staged copy of the build). */
  readonly extensionDir: string;
  /** A new blank tab. */
  newPage(): Promise<DriverPage>;
  readonly raw: RawBrowser;
  /** Closes the browser; kills it if it does not close in time. Never throws. */
  close(): Promise<void>;
  /**
   * Closes the browser and starts it again on the same profile folder, with the same build and
   * proxy, as a person closing and reopening it does; this session is over once it resolves.
   */
  relaunch(): Promise<BrowserSession>;
}
