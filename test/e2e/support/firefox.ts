/**
 * Firefox through Puppeteer over WebDriver BiDi: the staged build installed as a temporary
 * add-on, every request sent through the replica proxy.
 *
 * Firefox gives each profile a random moz-extension UUID; the pref `extensions.webextensions.uuids`
 * fixes it before the install, so the extension's pages have a known address. Two Firefox
 * limits shape the rest: navigating a tab to a moz-extension page needs
 * `--remote-allow-system-access`, and BiDi reports no navigation events for extension pages
 * (bug 1755014), so such a navigation is awaited by watching the document instead.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { browserExecutable } from './executables';
import { readBuiltManifest } from './extension-build';
import { adaptPage, type DriverPage } from './page';
import { type LaunchFolder, prepareLaunch } from './launch-folder';
import type { BrowserSession } from './session';
import { FIREFOX_ARGS, FIREFOX_EXTENSION_UUID, FIREFOX_PREFS, PROXY_HOST, TIMEOUTS } from './settings';

const EXTENSION_SCHEME = 'moz-extension:';
const EXTENSION_PAGE_POLL_MS = 50;

/** Polls from here: a wait running inside the page would be lost when the document is replaced. */
async function waitForDocument(page: Page, url: string): Promise<void> {
  const deadline = Date.now() + TIMEOUTS.navigation;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => undefined);
    if (state?.href === url && state.ready === 'complete') return;
    await new Promise((resolveLater) => setTimeout(resolveLater, EXTENSION_PAGE_POLL_MS));
  }
  throw new Error(`${url} did not finish loading within ${TIMEOUTS.navigation} ms`);
}

/** Navigates to an extension page: starts a driver navigation, watches the document, then drops the navigation's own wait. */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const abandon = new AbortController();
  const navigation = page.goto(url, { signal: abandon.signal, timeout: TIMEOUTS.navigation });
  // A refused navigation rejects at once; it must win over the document watch.
  await Promise.race([navigation, waitForDocument(page, url)]);
  abandon.abort();
  await navigation.catch(() => undefined);
}

function adaptPuppeteerPage(page: Page): DriverPage {
  const log: string[] = [];
  page.on('console', (message) => log.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => log.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.setDefaultTimeout(TIMEOUTS.action);
  page.setDefaultNavigationTimeout(TIMEOUTS.navigation);
  const visible = async (selector: string) => {
    const element = await page.waitForSelector(selector, { visible: true });
    if (!element) throw new Error(`no element matches ${selector}`);
    return element;
  };
  return adaptPage('firefox', { kind: 'firefox', page }, {
    goto: async (url) => {
      if (url.startsWith(EXTENSION_SCHEME)) await gotoExtensionPage(page, url);
      else await page.goto(url, { waitUntil: 'load' });
    },
    // Puppeteer's page.url() misses extension pages (no navigation events); the document knows.
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg),
    evaluateExpression: (expression) => page.evaluate(expression),
    click: async (selector) => {
      await (await visible(selector)).click();
    },
    type: async (selector, text) => {
      await (await visible(selector)).type(text);
    },
    waitForSelector: async (selector) => {
      await visible(selector);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
    isClosed: () => page.isClosed(),
  }, log);
}

/** Starts Firefox on `folder` (a new one unless relaunching on the profile of an earlier launch). */
export async function launchFirefox(proxyPort: number, folder: LaunchFolder = prepareLaunch('firefox')): Promise<BrowserSession> {
  const executablePath = browserExecutable('firefox');
  const addonId = readBuiltManifest('firefox').browser_specific_settings?.gecko?.id;
  if (!addonId) {
    await folder.release();
    throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
  }
  const launching = puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: folder.profile,
    timeout: TIMEOUTS.launch,
    protocolTimeout: TIMEOUTS.launch,
    args: [...FIREFOX_ARGS],
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      'network.proxy.http': PROXY_HOST,
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': PROXY_HOST,
      'network.proxy.ssl_port': proxyPort,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
    },
  });
  try {
    const browser = await launching;
    await browser.installExtension(folder.extension);

    return {
      name: 'firefox',
      extensionBaseUrl: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
      extensionDir: folder.extension,
      raw: { kind: 'firefox', browser },
      newPage: async () => adaptPuppeteerPage(await browser.newPage()),
      close: () => folder.release(browser.close()),
      relaunch: async () => {
        await folder.stop(browser.close());
        return launchFirefox(proxyPort, folder);
      },
    };
  } catch (error) {
    await folder.release(launching.then((browser) => browser.close()));
    throw new Error(`Firefox did not start with the extension: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
