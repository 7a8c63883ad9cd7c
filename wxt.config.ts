import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { MANIFEST_HOST_PERMISSIONS, MANIFEST_PERMISSIONS } from './lib/manifest-permissions';

const FIREFOX_ADDON_ID = 'gosuslugi-helper@gosuslugi-helper.local';

/**
 * Where builds and archives go. The packaging test builds into folders of its own, so that it
 * never rewrites `.output/` while other tests load the build from there. Not `WXT_`-prefixed:
 * Vite offers such variables to the bundled code, and nothing in the bundle should see a path.
 */
const OUT_DIR = process.env.EXTENSION_OUT_DIR ?? '.output';

/**
 * What addons.mozilla.org's reviewers need to rebuild the Firefox archive (`npm ci && npm run
 * build`), nothing else: no tests (they need both browsers and rebuild nothing), no
 * node_modules, no build output. The README says how to rebuild.
 */
const SOURCES_FOR_REVIEW = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'README.md',
  'entrypoints/**',
  'components/**',
  'lib/**',
  'public/**',
];

/** WXT's own `browser`: the browser's native API (`browser` in Firefox, `chrome` in Chrome), no polyfill. */
const NATIVE_BROWSER_MODULE = createRequire(import.meta.url).resolve('wxt/browser');

/**
 * The in-page code goes without webextension-polyfill (10 KB): the core on every portal page
 * (entrypoints/content.ts, 50 KB budget) uses only runtime messaging, which both browsers provide
 * natively with promises under Manifest V3, and answers through `sendResponse`, which both
 * browsers' own onMessage take; the engine (entrypoints/content-engine.ts) uses only the
 * synchronous i18n. The extension's own pages and the background keep the polyfill.
 */
const UNPOLYFILLED_ENTRYPOINTS: ReadonlySet<string> = new Set(['content', 'content-engine']);

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: OUT_DIR,
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: [...MANIFEST_PERMISSIONS],
    host_permissions: [...MANIFEST_HOST_PERMISSIONS],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: '140.0',
              // Nothing is collected or sent anywhere: the profile never leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on; without this it
            // would inherit 140 from `gecko`, where the declaration is ignored (addons-linter warns).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // The administrator's policy (public terminal). Firefox reads its 3rdparty policy without a schema and does not know this key.
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  zip: {
    // File names carry package.json's version (also the manifest's): gosuslugi-helper-0.1.0-firefox.zip.
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    includeSources: SOURCES_FOR_REVIEW,
  },
  vite: () => ({
    build: { sourcemap: false },
    // Vite compiles JSX for development (with each element's absolute source path) whenever
    // NODE_ENV is not `production` — as under vitest, or in a shell that sets it. A build is
    // always the one that ships: the same bytes wherever and however it is made.
    oxc: { jsx: { development: false } },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => UNPOLYFILLED_ENTRYPOINTS.has(entrypoint.name))) return;
      // Ahead of the polyfill module's alias: the first matching alias wins.
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER_MODULE }, ...aliasList(config.resolve?.alias)] };
    },
  },
});

type AliasOption = NonNullable<NonNullable<import('vite').InlineConfig['resolve']>['alias']>;

function aliasList(alias: AliasOption | undefined): { find: string | RegExp; replacement: string }[] {
  if (alias === undefined) return [];
  return Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}
