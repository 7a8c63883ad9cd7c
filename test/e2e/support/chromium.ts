/**
 * Chromium through Playwright: a persistent context (extensions need one) with the staged build
 * loaded unpacked, every request sent through the replica proxy.
 */
import { chromium, type Page } from 'playwright-core';
import { browserExecutable } from './executables';
import { adaptPage, type DriverPage } from './page';
import { type LaunchFolder, prepareLaunch } from './launch-folder';
import type { BrowserSession } from './session';
import { CHROMIUM_ARGS, CHROMIUM_HEADED_IGNORED_DEFAULT_ARGS, CHROMIUM_IGNORED_DEFAULT_ARGS, PROXY_HOST, TIMEOUTS, UI_LANGUAGE, UI_LOCALE } from './settings';

function adaptPlaywrightPage(page: Page): DriverPage {
  const log: string[] = [];
  page.on('console', (message) => log.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => log.push(`uncaught: ${error.message}`));
  page.setDefaultTimeout(TIMEOUTS.action);
  page.setDefaultNavigationTimeout(TIMEOUTS.navigation);
  return adaptPage('chromium', { kind: 'chromium', page }, {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg),
    evaluateExpression: (expression) => page.evaluate(expression),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    waitForSelector: async (selector) => {
      await page.waitForSelector(selector, { state: 'visible' });
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
    isClosed: () => page.isClosed(),
  }, log);
}

export interface ChromiumLaunchOptions {
  /** The launch's folder: a new one unless relaunching on the profile of an earlier launch. */
  readonly folder?: LaunchFolder;
  /**
   * A window for a person (the practice portal, `npm start`) instead of the tests' headless
   * browser: the window's own size, and no "controlled by automated software" bar.
   */
  readonly headed?: boolean;
  /**
   * The caller ends the browser on Ctrl+C and the like itself; by default Playwright does, and
   * then exits the process with code 130 before the caller can clean up.
   */
  readonly callerHandlesSignals?: boolean;
}

/** Starts Chromium with the extension, every request sent to the replica proxy at `proxyPort`. */
export async function launchChromium(proxyPort: number, options: ChromiumLaunchOptions = {}): Promise<BrowserSession> {
  const { folder = prepareLaunch('chromium'), headed = false, callerHandlesSignals = false } = options;
  const executablePath = browserExecutable('chromium');
  const launching = chromium.launchPersistentContext(folder.profile, {
    executablePath,
    headless: !headed,
    ...(headed ? { viewport: null } : {}),
    ...(callerHandlesSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    ignoreHTTPSErrors: true,
    locale: UI_LOCALE,
    // Chromium on Linux takes its UI language from the environment, not from --lang.
    env: { ...process.env, LANGUAGE: UI_LANGUAGE },
    timeout: TIMEOUTS.launch,
    ignoreDefaultArgs: [...CHROMIUM_IGNORED_DEFAULT_ARGS, ...(headed ? CHROMIUM_HEADED_IGNORED_DEFAULT_ARGS : [])],
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${folder.extension}`,
      `--load-extension=${folder.extension}`,
      `--proxy-server=http://${PROXY_HOST}:${proxyPort}`,
    ],
  });
  try {
    const context = await launching;
    const isExtensionWorker = (url: string): boolean => url.startsWith('chrome-extension://');
    const serviceWorker =
      context.serviceWorkers().find((worker) => isExtensionWorker(worker.url())) ??
      (await context.waitForEvent('serviceworker', { predicate: (worker) => isExtensionWorker(worker.url()), timeout: TIMEOUTS.extensionStart }));
    const extensionId = new URL(serviceWorker.url()).host;

    return {
      name: 'chromium',
      extensionBaseUrl: `chrome-extension://${extensionId}/`,
      extensionDir: folder.extension,
      raw: { kind: 'chromium', context, serviceWorker },
      newPage: async () => adaptPlaywrightPage(await context.newPage()),
      close: () => folder.release(context.close()),
      relaunch: async () => {
        await folder.stop(context.close());
        return launchChromium(proxyPort, { ...options, folder });
      },
    };
  } catch (error) {
    await folder.release(launching.then((context) => context.close()));
    throw new Error(`Chromium did not start with the extension: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
