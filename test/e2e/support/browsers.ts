/**
 * The facade e2e tests use: `forEachBrowser` runs one test body in Chromium and in Firefox,
 * each with the built extension installed and every request going to a replica server.
 * See test/e2e/README.md.
 */
import { afterAll, afterEach, beforeAll, describe, type TestContext } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { WxtBrowser } from 'wxt/browser';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { DriverPage, E2EPage } from './page';
import { type ReplicaServer, startReplicaServer } from './replica-server';
import type { BrowserSession, RawBrowser } from './session';
import { ARTIFACTS_DIR, BROWSER_NAMES, type BrowserName, HARNESS_PAGE, TIMEOUTS } from './settings';

export interface E2EBrowser {
  readonly name: BrowserName;
  /** The replica server of this `forEachBrowser` block (both browsers share it). */
  readonly server: ReplicaServer;
  /** A new tab at `url`, loaded. Tabs are closed after each test. */
  open(url: string): Promise<E2EPage>;
  /** The extension's own page, e.g. 'popup.html', 'options.html', in a new tab. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** `chrome-extension://<id>/<path>` or `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  /**
   * Runs `fn` with the extension's privileges (in an empty extension page): `api` is the
   * extension API (`browser` in Firefox, `chrome` in Chromium; both return promises in MV3).
   * `fn` is serialised: it may use only its parameters; `arg` must be JSON.
   */
  evaluateInExtension<Result, Arg = undefined>(fn: (api: WxtBrowser, arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Awaited<Result>>;
  /** Everything in `storage.local`. */
  readStorage(): Promise<Record<string, unknown>>;
  /**
   * Closes the browser and starts it again on the same profile, as a person closing and
   * reopening it does: what the browser keeps on disk stays, its memory (tabs, `storage.session`)
   * is gone. Tabs of the test are closed with it.
   */
  restart(): Promise<void>;
  /** The driver's own objects, for what the facade does not cover. */
  readonly raw: RawBrowser;
}

const LAUNCHERS: Readonly<Record<BrowserName, (proxyPort: number) => Promise<BrowserSession>>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not ready: use it inside it(), beforeEach() or afterEach(), not while tests are collected`);
  return value;
}

function fileSafe(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/** Screenshots and console output of the pages open when a test failed, printed with the test's output. */
async function reportFailure(browser: BrowserName, context: TestContext, pages: Iterable<DriverPage>): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const lines = [`[${browser}] "${context.task.name}" failed; pages open at the time:`];
  let index = 0;
  for (const page of pages) {
    if (page.isClosed()) continue;
    index += 1;
    const url = await page.url().catch(() => 'unknown URL');
    const screenshot = join(ARTIFACTS_DIR, `${browser}-${fileSafe(context.task.name)}-${index}.png`);
    const saved = await page.screenshot(screenshot).then(() => screenshot, (error: unknown) => `none (${String(error).split('\n')[0]})`);
    lines.push(`  ${url}`, `    screenshot: ${saved}`, ...page.log.map((entry) => `    ${entry}`));
  }
  console.error(lines.join('\n'));
}

export interface ForEachBrowserOptions {
  /** Adds to the block's replica server once it has started, before any browser uses it (e.g. mountPracticePortal). */
  readonly prepareServer?: (server: ReplicaServer) => void;
}

/**
 * Declares `body`'s tests once per browser, in a `describe` named after it. A replica server is
 * started for the block and each browser is launched once for it (beforeAll), then closed
 * (afterAll). Call it at the top level of a test file.
 */
export function forEachBrowser(body: (browser: E2EBrowser) => void, options: ForEachBrowserOptions = {}): void {
  let server: ReplicaServer | undefined;
  beforeAll(async () => {
    server = await startReplicaServer();
    options.prepareServer?.(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const name of BROWSER_NAMES) {
    describe(name, () => {
      let session: BrowserSession | undefined;
      /** Tabs opened during the current test. */
      const pages = new Set<DriverPage>();
      const running = (): BrowserSession => required(session, `${name}`);

      async function newTab(url: string): Promise<DriverPage> {
        const page = await running().newPage();
        pages.add(page);
        await page.goto(url);
        return page;
      }

      const facade: E2EBrowser = {
        name,
        get server() {
          return required(server, 'The replica server');
        },
        get raw() {
          return running().raw;
        },
        open: (url) => newTab(url),
        extensionUrl: (path) => running().extensionBaseUrl + path.replace(/^\//, ''),
        openExtensionPage: async (path) => {
          // Firefox shows a blank page, not an error, for a file the extension lacks.
          const file = join(running().extensionDir, new URL(facade.extensionUrl(path)).pathname);
          if (!existsSync(file)) throw new Error(`[${name}] the built extension has no ${path} (looked for ${file})`);
          return newTab(facade.extensionUrl(path));
        },
        evaluateInExtension: async <Result, Arg>(fn: (api: WxtBrowser, arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Awaited<Result>> => {
          const harness = await newTab(facade.extensionUrl(HARNESS_PAGE));
          const argument = arg === undefined ? 'undefined' : JSON.stringify(arg);
          // A source string, not a function: extension pages forbid eval, and this is how
          // both drivers run code there regardless of the page's content security policy.
          const result = await harness.evaluateExpression(`(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${argument})`);
          await harness.close();
          pages.delete(harness);
          return result as Awaited<Result>;
        },
        readStorage: () => facade.evaluateInExtension((api) => api.storage.local.get(null)),
        restart: async () => {
          // The browser closes the test's tabs; a failure report must not try to use them.
          pages.clear();
          const current = running();
          session = undefined;
          session = await current.relaunch();
        },
      };

      beforeAll(async () => {
        session = await LAUNCHERS[name](required(server, 'The replica server').proxyPort);
      }, TIMEOUTS.launch + TIMEOUTS.extensionStart);

      afterEach(async (context) => {
        if (context.task.result?.state === 'fail') await reportFailure(name, context, pages);
        await Promise.all([...pages].map((page) => page.close().catch(() => undefined)));
        pages.clear();
      });

      afterAll(async () => {
        await session?.close();
      }, TIMEOUTS.close + TIMEOUTS.action);

      body(facade);
    });
  }
}
