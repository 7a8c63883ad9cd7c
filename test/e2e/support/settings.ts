/**
 * Everything the real-browser harness is configured with, as data: where things are, which
 * browsers run, their flags and preferences, and how long anything may take.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** The build each browser loads (`npm run build`). */
export const EXTENSION_BUILDS: Readonly<Record<BrowserName, string>> = {
  chromium: join(REPO_ROOT, '.output/chrome-mv3'),
  firefox: join(REPO_ROOT, '.output/firefox-mv3'),
};

/** Debian's packages; resolved on PATH like `command -v`. */
export const BROWSER_COMMANDS: Readonly<Record<BrowserName, string>> = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
};

/**
 * An empty page added to the staged copy of the build. Code evaluated there has the extension's
 * privileges (storage, permissions) without running the popup's or options' own scripts.
 */
export const HARNESS_PAGE = 'e2e-harness.html';
export const HARNESS_PAGE_HTML = '<!doctype html><meta charset="utf-8"><title>e2e harness</title>';

/**
 * URL path prefix → folder the replica server serves it from, for every host.
 * `/built/` holds fixture scripts that tests bundle before use.
 */
export const FIXTURE_ROOTS: Readonly<Record<string, string>> = {
  '/fixtures/': join(REPO_ROOT, 'test/fixtures'),
  '/built/': join(REPO_ROOT, '.cache/fixtures'),
};

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The host replica pages are served from unless a test names another one. */
export const DEFAULT_PORTAL_HOST = 'esia.gosuslugi.ru';

/**
 * Names in the self-signed certificate. Browsers are told to accept any certificate (tests also
 * serve look-alike hosts), so this only makes the genuine hosts look right to a human reading it.
 */
export const CERTIFICATE_SUBJECT = '/CN=gosuslugi.ru';
export const CERTIFICATE_NAMES: readonly string[] = ['gosuslugi.ru', '*.gosuslugi.ru'];

/**
 * The browsers run in Russian, as the people this extension is for have them: the extension's
 * texts come from its `ru` catalogue and pages see `ru-RU` as the preferred language. Debian
 * ships the Russian UI separately: `chromium-l10n` and `firefox-esr-l10n-ru` (see .ci/run).
 */
export const UI_LANGUAGE = 'ru';
export const UI_LOCALE = 'ru-RU';

/** Where the replica server listens (on a free port): the browsers' proxy. */
export const PROXY_HOST = '127.0.0.1';

/**
 * Chromium flags besides the extension and proxy ones the launcher adds. Playwright passes some
 * of these by default as well; they are listed so the harness does not depend on its defaults.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--ignore-certificate-errors',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every request goes through the replica proxy; if anything tried to resolve a name itself,
  // it must not reach the real network.
  `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${PROXY_HOST}`,
  // Loopback addresses too (Chromium bypasses a proxy for them by default): a page at
  // https://127.0.0.1/ is the replica's, never a service that happens to run on this machine.
  '--proxy-bypass-list=<-loopback>',
  // Lets the harness press the extension's toolbar button (DevTools' Extensions.triggerAction),
  // which is what grants `activeTab` on a tab.
  '--enable-unsafe-extension-debugging',
];

/** Playwright's defaults that would stop the extension from loading. */
export const CHROMIUM_IGNORED_DEFAULT_ARGS: readonly string[] = ['--disable-extensions'];

/** Playwright's defaults left out of a window a person uses: the "controlled by automated test software" bar. */
export const CHROMIUM_HEADED_IGNORED_DEFAULT_ARGS: readonly string[] = ['--enable-automation'];

/**
 * The moz-extension UUID is random per profile unless fixed in advance through
 * `extensions.webextensions.uuids`; fixing it makes the extension's pages addressable.
 */
export const FIREFOX_EXTENSION_UUID = '3d6f5a1e-7b2c-4c1e-9a8f-0e5d2b7c4a91';

/**
 * Firefox preferences besides the proxy address and the UUID map the launcher adds (Puppeteer
 * and Firefox's remote agent already turn off most background traffic).
 */
export const FIREFOX_PREFS: Readonly<Record<string, string | number | boolean>> = {
  // Manual proxy: the replica server gets every request.
  'network.proxy.type': 1,
  'intl.locale.requested': UI_LANGUAGE,
  'intl.accept_languages': `${UI_LOCALE}, ${UI_LANGUAGE}`,
  // Loopback addresses through the proxy too (Firefox bypasses it for them by default): a page at
  // https://127.0.0.1/ is the replica's, never a service that happens to run on this machine.
  'network.proxy.allow_hijacking_localhost': true,
};

/** Navigating a tab to a moz-extension page through WebDriver BiDi needs system access. */
export const FIREFOX_ARGS: readonly string[] = ['--remote-allow-system-access'];

/**
 * Requests the browsers make by themselves, whatever the page or the extension does; the
 * replica server answers them (204, no content) but leaves them out of its log, so a test can assert
 * that the log holds exactly the requests the pages and the extension made.
 * No flag or preference turns these off in the browsers installed here.
 */
export const BROWSER_OWN_TRAFFIC: { readonly hosts: readonly string[]; readonly paths: readonly string[] } = {
  hosts: [
    'accounts.google.com', // Chromium lists the Google accounts of every profile at start
    'update.googleapis.com', // Chromium's component updater, on demand
    'content-autofill.googleapis.com', // Chromium's own autofill asks for field-type predictions of the forms it sees
    'firefox.settings.services.mozilla.com', // Firefox's remote settings
  ],
  paths: ['/favicon.ico'], // both browsers ask every site for its icon
};

/** Milliseconds. Generous: two cores shared with other test runs. */
export const TIMEOUTS = {
  launch: 60_000,
  /** Waiting for the extension's service worker (Chromium) to register. */
  extensionStart: 30_000,
  navigation: 30_000,
  action: 15_000,
  /** After this, a browser that has not closed is killed. */
  close: 10_000,
} as const;

/** Screenshots and console logs of failed e2e tests. */
export const ARTIFACTS_DIR = join(REPO_ROOT, '.cache/e2e-artifacts');
